//! SHA-2 (FIPS 180-4): SHA-224 and SHA-256 on 32-bit words, SHA-384,
//! SHA-512, SHA-512/224 and SHA-512/256 on 64-bit words, with one generic
//! compression function.

use super::block::{output, words, Compress, MerkleDamgard, Word};

/// SHA-512's round constants: the first 64 bits of the fractional parts of
/// the cube roots of the first 80 primes. SHA-256 uses the high halves of
/// the first 64.
const K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// SHA-512's initial state: the first 64 bits of the fractional parts of
/// the square roots of the first 8 primes. SHA-256 starts from the high
/// halves, and BLAKE2b and BLAKE2s use the same words as their IVs.
pub(super) const IV: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

/// SHA-384's initial state (the 9th to 16th primes); SHA-224 starts from
/// the low halves.
const IV384: [u64; 8] = [
    0xcbbb9d5dc1059ed8,
    0x629a292a367cd507,
    0x9159015a3070dd17,
    0x152fecd8f70e5939,
    0x67332667ffc00b31,
    0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7,
    0x47b5481dbefa4fa4,
];

/// What tells SHA-256 from SHA-512 beyond the word size.
pub(super) trait Sha2Word: Word {
    /// Rounds per block.
    const ROUNDS: usize;
    /// The rotations of Σ0, Σ1, σ0 and σ1 (the last of σ0's and σ1's
    /// three is a shift).
    const SIGMA: [u32; 12];
}

impl Sha2Word for u32 {
    const ROUNDS: usize = 64;
    const SIGMA: [u32; 12] = [2, 13, 22, 6, 11, 25, 7, 18, 3, 17, 19, 10];
}

impl Sha2Word for u64 {
    const ROUNDS: usize = 80;
    const SIGMA: [u32; 12] = [28, 34, 39, 14, 18, 41, 1, 8, 7, 19, 61, 6];
}

/// A SHA-2 chaining state and the digest length in bytes.
#[derive(Clone)]
pub(super) struct State<W> {
    h: [W; 8],
    out: usize,
}

/// SHA-224 and SHA-256 in progress.
pub(super) type Sha256 = MerkleDamgard<State<u32>, 64>;
/// SHA-384, SHA-512 and SHA-512/t in progress.
pub(super) type Sha512 = MerkleDamgard<State<u64>, 128>;

/// A new SHA-256 hash.
pub(super) fn sha256() -> Sha256 {
    MerkleDamgard::new(State {
        h: IV.map(u32::high),
        out: 32,
    })
}

/// A new SHA-224 hash.
pub(super) fn sha224() -> Sha256 {
    MerkleDamgard::new(State {
        h: IV384.map(|x| x as u32),
        out: 28,
    })
}

/// A new SHA-512 hash.
pub(super) fn sha512() -> Sha512 {
    MerkleDamgard::new(State { h: IV, out: 64 })
}

/// A new SHA-384 hash.
pub(super) fn sha384() -> Sha512 {
    MerkleDamgard::new(State { h: IV384, out: 48 })
}

/// A new SHA-512/t hash (`t` = 8·`out`), whose initial state is the SHA-512
/// digest of "SHA-512/t" under SHA-512's IV XOR 0xa5….
pub(super) fn sha512_t(out: usize) -> Sha512 {
    let mut gen = MerkleDamgard::<_, 128>::new(State {
        h: IV.map(|x| x ^ 0xa5a5_a5a5_a5a5_a5a5),
        out: 64,
    });
    gen.update(format!("SHA-512/{}", out * 8).as_bytes());
    let h = words(&gen.finish(), true);
    MerkleDamgard::new(State { h, out })
}

impl<W: Sha2Word> Compress for State<W> {
    const BIG_ENDIAN: bool = true;

    #[inline(never)]
    fn compress(&mut self, block: &[u8]) {
        let s = W::SIGMA;
        let mut w = [W::default(); 80];
        w[..16].copy_from_slice(&words::<W, 16>(block, true));
        for i in 16..W::ROUNDS {
            let (x, y) = (w[i - 15], w[i - 2]);
            let s0 = x.rotr(s[6]) ^ x.rotr(s[7]) ^ (x >> s[8]);
            let s1 = y.rotr(s[9]) ^ y.rotr(s[10]) ^ (y >> s[11]);
            w[i] = w[i - 16].add(s0).add(w[i - 7]).add(s1);
        }
        let mut v = self.h;
        for (&k, &wi) in K.iter().zip(&w).take(W::ROUNDS) {
            let [a, b, c, d, e, f, g, h] = v;
            let t1 = h
                .add(e.rotr(s[3]) ^ e.rotr(s[4]) ^ e.rotr(s[5]))
                .add((e & f) ^ (!e & g))
                .add(W::high(k))
                .add(wi);
            let t2 = (a.rotr(s[0]) ^ a.rotr(s[1]) ^ a.rotr(s[2])).add((a & b) ^ (a & c) ^ (b & c));
            v = [t1.add(t2), a, b, c, d.add(t1), e, f, g];
        }
        for (h, x) in self.h.iter_mut().zip(v) {
            *h = h.add(x);
        }
    }

    fn digest(&self) -> Vec<u8> {
        output(&self.h, self.out, true)
    }
}
