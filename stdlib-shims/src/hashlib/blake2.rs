//! BLAKE2b and BLAKE2s (RFC 7693), with the tree-hashing parameters of the
//! BLAKE2 paper, generic over the word size.

use super::block::{output, words, Blocks, Word};
use super::sha2::IV;

/// The message-word permutations of the rounds (round r uses row r % 10).
const SIGMA: [[u8; 16]; 10] = [
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

/// What tells BLAKE2s from BLAKE2b beyond the word size.
pub(super) trait Blake2Word: Word {
    /// Rounds per block.
    const ROUNDS: usize;
    /// The four rotations of the G function.
    const ROT: [u32; 4];
    /// Bytes of the node offset in the parameter block.
    const OFFSET_BYTES: usize;
}

impl Blake2Word for u64 {
    const ROUNDS: usize = 12;
    const ROT: [u32; 4] = [32, 24, 16, 63];
    const OFFSET_BYTES: usize = 8;
}

impl Blake2Word for u32 {
    const ROUNDS: usize = 10;
    const ROT: [u32; 4] = [16, 12, 8, 7];
    const OFFSET_BYTES: usize = 6;
}

/// The parameters of a BLAKE2 hash, checked against the variant's limits
/// by the caller.
#[derive(Default)]
pub(super) struct Params<'a> {
    /// The digest length in bytes.
    pub digest_size: u8,
    /// The key (empty for none).
    pub key: &'a [u8],
    /// The salt, at most 2 words.
    pub salt: &'a [u8],
    /// The personalisation, at most 2 words.
    pub person: &'a [u8],
    /// The fan-out of tree hashing (0 unlimited).
    pub fanout: u8,
    /// The maximal depth (1 for sequential hashing).
    pub depth: u8,
    /// The leaf length in bytes (0 unlimited).
    pub leaf_size: u32,
    /// The node offset (at most 48 bits for BLAKE2s).
    pub node_offset: u64,
    /// The node depth (0 for leaves).
    pub node_depth: u8,
    /// The inner hash length in bytes.
    pub inner_size: u8,
    /// Whether this is the last node of its layer.
    pub last_node: bool,
}

/// A BLAKE2 hash in progress, on words `W` with blocks of `N` bytes.
#[derive(Clone)]
pub(super) struct Blake2<W, const N: usize> {
    h: [W; 8],
    blocks: Blocks<N>,
    /// Bytes compressed so far.
    t: u128,
    last_node: bool,
    out: usize,
}

/// BLAKE2b in progress.
pub(super) type Blake2b = Blake2<u64, 128>;
/// BLAKE2s in progress.
pub(super) type Blake2s = Blake2<u32, 64>;

impl<W: Blake2Word, const N: usize> Blake2<W, N> {
    /// A new hash with parameters `p` (the key, if any, is hashed as a
    /// first block).
    pub(super) fn new(p: &Params<'_>) -> Self {
        let w = W::BYTES;
        let mut block = [0u8; 64];
        block[..4].copy_from_slice(&[p.digest_size, p.key.len() as u8, p.fanout, p.depth]);
        block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
        let depths = 8 + W::OFFSET_BYTES;
        block[8..depths].copy_from_slice(&p.node_offset.to_le_bytes()[..W::OFFSET_BYTES]);
        block[depths..depths + 2].copy_from_slice(&[p.node_depth, p.inner_size]);
        block[4 * w..4 * w + p.salt.len()].copy_from_slice(p.salt);
        block[6 * w..6 * w + p.person.len()].copy_from_slice(p.person);
        let params: [W; 8] = words(&block, false);
        let mut hash = Blake2 {
            h: std::array::from_fn(|i| W::high(IV[i]) ^ params[i]),
            blocks: Blocks::new(),
            t: 0,
            last_node: p.last_node,
            out: usize::from(p.digest_size),
        };
        if !p.key.is_empty() {
            let mut padded = [0u8; N];
            padded[..p.key.len()].copy_from_slice(p.key);
            hash.update(&padded);
        }
        hash
    }

    /// Hashes more input.
    pub(super) fn update(&mut self, data: &[u8]) {
        let (h, t) = (&mut self.h, &mut self.t);
        self.blocks.absorb(data, true, &mut |block| {
            *t = t.wrapping_add(N as u128);
            compress(h, block, *t, None);
        });
    }

    /// The digest of the input so far (the hash can go on after it).
    pub(super) fn finish(&self) -> Vec<u8> {
        let mut h = self.h;
        let held = self.blocks.held();
        let mut last = [0u8; N];
        last[..held.len()].copy_from_slice(held);
        let t = self.t.wrapping_add(held.len() as u128);
        compress(&mut h, &last, t, Some(self.last_node));
        output(&h, self.out, false)
    }
}

/// Mixes one block into `h`; `t` counts the bytes so far, and `last` is
/// given for the final block (saying whether the node is a layer's last).
#[inline(never)]
fn compress<W: Blake2Word>(h: &mut [W; 8], block: &[u8], t: u128, last: Option<bool>) {
    let m: [W; 16] = words(block, false);
    let mut v: [W; 16] = std::array::from_fn(|i| if i < 8 { h[i] } else { W::high(IV[i - 8]) });
    v[12] = v[12] ^ W::low(t);
    v[13] = v[13] ^ W::low(t >> (8 * W::BYTES));
    if let Some(last_node) = last {
        v[14] = !v[14];
        if last_node {
            v[15] = !v[15];
        }
    }
    for round in 0..W::ROUNDS {
        let s = &SIGMA[round % 10];
        for i in 0..8 {
            // Columns (i, i+4, i+8, i+12), then diagonals.
            let (j, shift) = (i % 4, i / 4);
            let lanes = [
                j,
                4 + (j + shift) % 4,
                8 + (j + 2 * shift) % 4,
                12 + (j + 3 * shift) % 4,
            ];
            let x = m[usize::from(s[2 * i])];
            let y = m[usize::from(s[2 * i + 1])];
            mix(&mut v, lanes, x, y);
        }
    }
    for (i, hi) in h.iter_mut().enumerate() {
        *hi = *hi ^ v[i] ^ v[i + 8];
    }
}

/// The G function on four lanes of the working vector.
fn mix<W: Blake2Word>(v: &mut [W; 16], [a, b, c, d]: [usize; 4], x: W, y: W) {
    let r = W::ROT;
    v[a] = v[a].add(v[b]).add(x);
    v[d] = (v[d] ^ v[a]).rotr(r[0]);
    v[c] = v[c].add(v[d]);
    v[b] = (v[b] ^ v[c]).rotr(r[1]);
    v[a] = v[a].add(v[b]).add(y);
    v[d] = (v[d] ^ v[a]).rotr(r[2]);
    v[c] = v[c].add(v[d]);
    v[b] = (v[b] ^ v[c]).rotr(r[3]);
}
