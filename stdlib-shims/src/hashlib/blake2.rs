//! BLAKE2b and BLAKE2s (RFC 7693), with every parameter of the
//! parameter block: digest size, key, salt, personalisation and the
//! tree-hashing fields.

use super::algo::Algorithm;
use super::sha2::{IV256, IV512};

/// The message word schedule of each round (rounds past ten reuse it).
const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The word type of a BLAKE2 variant and the constants that go with it.
pub trait Word: Copy + Default + 'static {
    /// Bytes per word (8 for BLAKE2b, 4 for BLAKE2s).
    const BYTES: usize;
    /// Compression rounds.
    const ROUNDS: usize;
    /// The rotations of the G function.
    const ROT: [u32; 4];
    /// The initialisation vector.
    const IV: [Self; 8];
    /// The width of the parameter block's node offset, in bytes.
    const NODE_OFFSET_BYTES: usize;
    /// Wrapping addition.
    fn add(self, other: Self) -> Self;
    /// Exclusive or.
    fn xor(self, other: Self) -> Self;
    /// Right rotation.
    fn rotr(self, n: u32) -> Self;
    /// The word of up to `BYTES` little-endian bytes (missing ones zero).
    fn from_le(bytes: &[u8]) -> Self;
    /// Appends the word's little-endian bytes.
    fn push_le(self, out: &mut Vec<u8>);
    /// The low word of a counter.
    fn low(v: u128) -> Self;
}

macro_rules! word {
    ($t:ty, $rounds:expr, $rot:expr, $iv:expr, $node_offset:expr) => {
        impl Word for $t {
            const BYTES: usize = size_of::<$t>();
            const ROUNDS: usize = $rounds;
            const ROT: [u32; 4] = $rot;
            const IV: [Self; 8] = $iv;
            const NODE_OFFSET_BYTES: usize = $node_offset;
            fn add(self, other: Self) -> Self {
                self.wrapping_add(other)
            }
            fn xor(self, other: Self) -> Self {
                self ^ other
            }
            fn rotr(self, n: u32) -> Self {
                self.rotate_right(n)
            }
            fn from_le(bytes: &[u8]) -> Self {
                let mut b = [0u8; size_of::<$t>()];
                b[..bytes.len()].copy_from_slice(bytes);
                <$t>::from_le_bytes(b)
            }
            fn push_le(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn low(v: u128) -> Self {
                v as $t
            }
        }
    };
}

word!(u64, 12, [32, 24, 16, 63], IV512, 8);
word!(u32, 10, [16, 12, 8, 7], IV256, 6);

/// The parameters of a BLAKE2 computation, checked against the
/// variant's limits by the caller.
#[derive(Clone, Default)]
pub struct Params {
    /// Output bytes (1 to 64, or 32 for BLAKE2s).
    pub digest_size: u8,
    /// The MAC key (up to 64 or 32 bytes).
    pub key: Vec<u8>,
    /// Salt (up to 16 or 8 bytes).
    pub salt: Vec<u8>,
    /// Personalisation (up to 16 or 8 bytes).
    pub person: Vec<u8>,
    /// Tree fan-out (0 unlimited).
    pub fanout: u8,
    /// Tree depth (1 for sequential hashing).
    pub depth: u8,
    /// Leaf length.
    pub leaf_size: u32,
    /// Node offset (48 bits for BLAKE2s).
    pub node_offset: u64,
    /// Node depth.
    pub node_depth: u8,
    /// Inner hash length.
    pub inner_size: u8,
    /// Whether this is the last node of its layer.
    pub last_node: bool,
}

impl Params {
    /// The defaults for a digest of `digest_size` bytes: sequential mode,
    /// no key, salt or personalisation.
    pub fn sequential(digest_size: u8) -> Params {
        Params {
            digest_size,
            fanout: 1,
            depth: 1,
            ..Params::default()
        }
    }

    /// The parameter block as words.
    fn block<W: Word>(&self) -> [W; 8] {
        let mut p = vec![0u8; 8 * W::BYTES];
        p[0] = self.digest_size;
        p[1] = self.key.len() as u8;
        p[2] = self.fanout;
        p[3] = self.depth;
        p[4..8].copy_from_slice(&self.leaf_size.to_le_bytes());
        let offset = 8 + W::NODE_OFFSET_BYTES;
        p[8..offset].copy_from_slice(&self.node_offset.to_le_bytes()[..W::NODE_OFFSET_BYTES]);
        p[offset] = self.node_depth;
        p[offset + 1] = self.inner_size;
        p[4 * W::BYTES..][..self.salt.len()].copy_from_slice(&self.salt);
        p[6 * W::BYTES..][..self.person.len()].copy_from_slice(&self.person);
        let mut words = [W::default(); 8];
        for (w, c) in words.iter_mut().zip(p.chunks_exact(W::BYTES)) {
            *w = W::from_le(c);
        }
        words
    }
}

/// A BLAKE2 computation over words `W`. The buffer always keeps the last
/// block back, since the final block is compressed differently.
#[derive(Clone)]
struct Blake2<W: Word> {
    h: [W; 8],
    buf: [u8; 128],
    used: usize,
    total: u128,
    digest_size: usize,
    last_node: bool,
}

impl<W: Word> Blake2<W> {
    const BLOCK: usize = 16 * W::BYTES;

    fn new(params: &Params) -> Blake2<W> {
        let mut h = W::IV;
        for (h, p) in h.iter_mut().zip(params.block::<W>()) {
            *h = h.xor(p);
        }
        let mut state = Blake2 {
            h,
            buf: [0; 128],
            used: 0,
            total: 0,
            digest_size: usize::from(params.digest_size),
            last_node: params.last_node,
        };
        if !params.key.is_empty() {
            state.buf[..params.key.len()].copy_from_slice(&params.key);
            state.used = Self::BLOCK;
        }
        state
    }

    /// Compresses the buffer, the final block when `last`.
    fn compress(&mut self, last: bool) {
        let mut m = [W::default(); 16];
        for (m, c) in m
            .iter_mut()
            .zip(self.buf[..Self::BLOCK].chunks_exact(W::BYTES))
        {
            *m = W::from_le(c);
        }
        let mut v = [W::default(); 16];
        v[..8].copy_from_slice(&self.h);
        v[8..].copy_from_slice(&W::IV);
        v[12] = v[12].xor(W::low(self.total));
        v[13] = v[13].xor(W::low(self.total >> (8 * W::BYTES)));
        let ones = W::low(u128::MAX);
        if last {
            v[14] = v[14].xor(ones);
            if self.last_node {
                v[15] = v[15].xor(ones);
            }
        }
        for round in 0..W::ROUNDS {
            let s = &SIGMA[round % 10];
            let mut g = |a: usize, b: usize, c: usize, d: usize, x: W, y: W| {
                let [r1, r2, r3, r4] = W::ROT;
                v[a] = v[a].add(v[b]).add(x);
                v[d] = v[d].xor(v[a]).rotr(r1);
                v[c] = v[c].add(v[d]);
                v[b] = v[b].xor(v[c]).rotr(r2);
                v[a] = v[a].add(v[b]).add(y);
                v[d] = v[d].xor(v[a]).rotr(r3);
                v[c] = v[c].add(v[d]);
                v[b] = v[b].xor(v[c]).rotr(r4);
            };
            g(0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (i, h) in self.h.iter_mut().enumerate() {
            *h = h.xor(v[i]).xor(v[i + 8]);
        }
    }
}

impl<W: Word> Algorithm for Blake2<W> {
    fn update(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            if self.used == Self::BLOCK {
                self.total += Self::BLOCK as u128;
                self.compress(false);
                self.used = 0;
            }
            let take = (Self::BLOCK - self.used).min(data.len());
            self.buf[self.used..self.used + take].copy_from_slice(&data[..take]);
            self.used += take;
            data = &data[take..];
        }
    }

    fn digest(&self, _len: usize) -> Vec<u8> {
        let mut s = self.clone();
        s.total += s.used as u128;
        s.buf[s.used..].fill(0);
        s.compress(true);
        let mut out = Vec::with_capacity(8 * W::BYTES);
        for w in s.h {
            w.push_le(&mut out);
        }
        out.truncate(self.digest_size);
        out
    }

    fn boxed_clone(&self) -> Box<dyn Algorithm> {
        Box::new(self.clone())
    }
}

/// A BLAKE2b computation with these parameters.
pub fn new_b(params: &Params) -> Box<dyn Algorithm> {
    Box::new(Blake2::<u64>::new(params))
}

/// A BLAKE2s computation with these parameters.
pub fn new_s(params: &Params) -> Box<dyn Algorithm> {
    Box::new(Blake2::<u32>::new(params))
}

/// A BLAKE2b computation with the default parameters.
pub fn start_b() -> Box<dyn Algorithm> {
    new_b(&Params::sequential(64))
}

/// A BLAKE2s computation with the default parameters.
pub fn start_s() -> Box<dyn Algorithm> {
    new_s(&Params::sequential(32))
}
