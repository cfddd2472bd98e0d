//! SHA-1 (FIPS 180-4).

use super::algo::{be_words32, Algorithm, Compress, Md};

/// The SHA-1 state.
#[derive(Clone)]
struct Sha1([u32; 5]);

impl Compress for Sha1 {
    const BLOCK: usize = 64;
    const BIG_ENDIAN: bool = true;

    fn compress(&mut self, block: &[u8]) {
        let mut w = [0u32; 80];
        w[..16].copy_from_slice(&be_words32(block));
        for t in 16..80 {
            w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = self.0;
        for (t, &wt) in w.iter().enumerate() {
            let (f, k) = match t / 20 {
                0 => ((b & c) | (!b & d), 0x5a827999),
                1 => (b ^ c ^ d, 0x6ed9eba1),
                2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
                _ => (b ^ c ^ d, 0xca62c1d6),
            };
            let temp = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(wt);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = temp;
        }
        for (s, v) in self.0.iter_mut().zip([a, b, c, d, e]) {
            *s = s.wrapping_add(v);
        }
    }

    fn output(&self) -> Vec<u8> {
        self.0.iter().flat_map(|w| w.to_be_bytes()).collect()
    }
}

/// A new SHA-1 computation.
pub fn start() -> Box<dyn Algorithm> {
    Md::boxed(
        Sha1([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]),
        20,
    )
}
