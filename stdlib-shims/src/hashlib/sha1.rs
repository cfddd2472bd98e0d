//! SHA-1 (FIPS 180-4).

use super::block::{output, words, Compress, MerkleDamgard};

/// SHA-1's chaining state.
#[derive(Clone)]
pub(super) struct State([u32; 5]);

/// A SHA-1 hash in progress.
pub(super) type Sha1 = MerkleDamgard<State, 64>;

/// A new SHA-1 hash.
pub(super) fn sha1() -> Sha1 {
    MerkleDamgard::new(State([
        0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0,
    ]))
}

impl Compress for State {
    const BIG_ENDIAN: bool = true;

    #[inline(never)]
    fn compress(&mut self, block: &[u8]) {
        let mut w = [0u32; 80];
        w[..16].copy_from_slice(&words::<u32, 16>(block, true));
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = self.0;
        for (i, &wi) in w.iter().enumerate() {
            let (f, k) = match i / 20 {
                0 => ((b & c) | (!b & d), 0x5a827999),
                1 => (b ^ c ^ d, 0x6ed9eba1),
                2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
                _ => (b ^ c ^ d, 0xca62c1d6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(wi);
            (e, d, c, b, a) = (d, c, b.rotate_left(30), a, t);
        }
        for (s, v) in self.0.iter_mut().zip([a, b, c, d, e]) {
            *s = s.wrapping_add(v);
        }
    }

    fn digest(&self) -> Vec<u8> {
        output(&self.0, 20, true)
    }
}
