//! What the block hashes share: a buffer that gathers input into whole
//! blocks, the Merkle–Damgård frame of MD5, SHA-1 and SHA-2, and the word
//! type (`u32` or `u64`) that SHA-2 and BLAKE2 are generic over.

use std::ops::{BitAnd, BitOr, BitXor, Not, Shr};

/// Input gathered into blocks of `N` bytes.
#[derive(Clone)]
pub(super) struct Blocks<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Blocks<N> {
    /// An empty buffer.
    pub(super) const fn new() -> Self {
        Blocks {
            buf: [0; N],
            len: 0,
        }
    }

    /// The bytes held back (a partial block, or BLAKE2's last block).
    pub(super) fn held(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    /// Appends `data`, handing each full block to `compress`. A `lazy`
    /// buffer keeps a full block until more input comes, because BLAKE2
    /// compresses its last block differently.
    pub(super) fn absorb(&mut self, mut data: &[u8], lazy: bool, compress: &mut dyn FnMut(&[u8])) {
        while !data.is_empty() {
            if self.len == N {
                compress(&self.buf);
                self.len = 0;
            }
            let take = (N - self.len).min(data.len());
            self.buf[self.len..self.len + take].copy_from_slice(&data[..take]);
            self.len += take;
            data = &data[take..];
            if self.len == N && !lazy {
                compress(&self.buf);
                self.len = 0;
            }
        }
    }
}

/// The compression function and state of a Merkle–Damgård hash.
pub(super) trait Compress: Clone {
    /// Whether the message length in the padding is big-endian.
    const BIG_ENDIAN: bool;
    /// Mixes one block into the state.
    fn compress(&mut self, block: &[u8]);
    /// The digest: the state written out (and truncated).
    fn digest(&self) -> Vec<u8>;
}

/// A Merkle–Damgård hash with blocks of `N` bytes: MD5, SHA-1, SHA-2.
#[derive(Clone)]
pub(super) struct MerkleDamgard<C, const N: usize> {
    core: C,
    blocks: Blocks<N>,
    /// Bytes hashed so far.
    total: u128,
}

impl<C: Compress, const N: usize> MerkleDamgard<C, N> {
    /// A hash that starts from `core`'s state.
    pub(super) fn new(core: C) -> Self {
        MerkleDamgard {
            core,
            blocks: Blocks::new(),
            total: 0,
        }
    }

    /// Hashes more input.
    pub(super) fn update(&mut self, data: &[u8]) {
        self.total = self.total.wrapping_add(data.len() as u128);
        let core = &mut self.core;
        self.blocks
            .absorb(data, false, &mut |block| core.compress(block));
    }

    /// The digest of the input so far (the hash can go on after it).
    pub(super) fn finish(&self) -> Vec<u8> {
        let mut tail = self.clone();
        // 0x80, zeros, and the length in bits in the block's last N/8 bytes.
        let bits = self.total.wrapping_mul(8);
        let width = N / 8;
        let (be, le) = (bits.to_be_bytes(), bits.to_le_bytes());
        let length = if C::BIG_ENDIAN {
            &be[16 - width..]
        } else {
            &le[..width]
        };
        let zeros = (2 * N - (self.blocks.len + 1 + width)) % N;
        let core = &mut tail.core;
        let mut compress = |block: &[u8]| core.compress(block);
        tail.blocks.absorb(&[0x80], false, &mut compress);
        tail.blocks.absorb(&[0; 128][..zeros], false, &mut compress);
        tail.blocks.absorb(length, false, &mut compress);
        tail.core.digest()
    }
}

/// A 32- or 64-bit word of SHA-2 and BLAKE2, whose 32-bit variants use the
/// same algorithm on smaller words.
pub(super) trait Word:
    Copy
    + Default
    + BitXor<Output = Self>
    + BitAnd<Output = Self>
    + BitOr<Output = Self>
    + Not<Output = Self>
    + Shr<u32, Output = Self>
{
    /// Bytes in a word.
    const BYTES: usize;
    /// Addition modulo 2^bits.
    fn add(self, other: Self) -> Self;
    /// Rotation right by `n` bits.
    fn rotr(self, n: u32) -> Self;
    /// The high half (`u32`) or all (`u64`) of a 64-bit constant: SHA-256's
    /// constants are the high halves of SHA-512's.
    fn high(x: u64) -> Self;
    /// The low bits of `x`.
    fn low(x: u128) -> Self;
    /// The word in the first bytes of `b`, big-endian or little-endian.
    fn read(b: &[u8], big_endian: bool) -> Self;
    /// Appends the word's bytes to `out`.
    fn write(self, out: &mut Vec<u8>, big_endian: bool);
}

macro_rules! word {
    ($t:ty) => {
        impl Word for $t {
            const BYTES: usize = std::mem::size_of::<$t>();
            fn add(self, other: Self) -> Self {
                self.wrapping_add(other)
            }
            fn rotr(self, n: u32) -> Self {
                self.rotate_right(n)
            }
            fn high(x: u64) -> Self {
                (x >> (64 - <$t>::BITS)) as $t
            }
            fn low(x: u128) -> Self {
                x as $t
            }
            fn read(b: &[u8], big_endian: bool) -> Self {
                let mut a = [0; std::mem::size_of::<$t>()];
                a.copy_from_slice(&b[..Self::BYTES]);
                if big_endian {
                    <$t>::from_be_bytes(a)
                } else {
                    <$t>::from_le_bytes(a)
                }
            }
            fn write(self, out: &mut Vec<u8>, big_endian: bool) {
                if big_endian {
                    out.extend_from_slice(&self.to_be_bytes());
                } else {
                    out.extend_from_slice(&self.to_le_bytes());
                }
            }
        }
    };
}

word!(u32);
word!(u64);

/// The words of a block (or the first `K * BYTES` bytes of it).
pub(super) fn words<W: Word, const K: usize>(block: &[u8], big_endian: bool) -> [W; K] {
    std::array::from_fn(|i| W::read(&block[i * W::BYTES..], big_endian))
}

/// The words of a state written out, cut to `len` bytes.
pub(super) fn output<W: Word>(state: &[W], len: usize, big_endian: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(state.len() * W::BYTES);
    for &w in state {
        w.write(&mut out, big_endian);
    }
    out.truncate(len);
    out
}
