//! The algorithms behind `hashlib`: a common interface, the table of
//! named algorithms, and the Merkle–Damgård framing (buffering, padding,
//! length suffix) that MD5, SHA-1 and SHA-2 share.

use super::{blake2, keccak, md5, sha1, sha2};

/// A running hash computation.
pub trait Algorithm {
    /// Feeds more data.
    fn update(&mut self, data: &[u8]);
    /// The digest of the data fed so far, leaving the computation as it
    /// is. `len` is the length an extendable-output function produces;
    /// fixed-size algorithms ignore it.
    fn digest(&self, len: usize) -> Vec<u8>;
    /// An independent copy of the computation.
    fn boxed_clone(&self) -> Box<dyn Algorithm>;
}

/// The Python class a hash object has, by how CPython 3.11 provides its
/// algorithm.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Family {
    /// `_hashlib.HASH`: MD5, SHA-1, SHA-2, SHA-3.
    Hash,
    /// `_hashlib.HASHXOF`: SHAKE, whose digests take a length.
    Xof,
    /// `_blake2.blake2b`.
    Blake2b,
    /// `_blake2.blake2s`.
    Blake2s,
    /// `hmac.HMAC`.
    Hmac,
}

/// A named algorithm of `hashlib.algorithms_guaranteed`.
pub struct Spec {
    /// The name `hashlib.new` takes and `.name` reports.
    pub name: &'static str,
    /// `digest_size` (0 for SHAKE, as CPython reports).
    pub digest_size: usize,
    /// `block_size`: the bytes each compression consumes (HMAC's pad).
    pub block_size: usize,
    /// Its class.
    pub family: Family,
    /// A fresh computation with default parameters.
    pub start: fn() -> Box<dyn Algorithm>,
}

/// Every algorithm, in the sorted order `algorithms_guaranteed` prints.
pub static SPECS: &[Spec] = &[
    spec("blake2b", 64, 128, Family::Blake2b, blake2::start_b),
    spec("blake2s", 32, 64, Family::Blake2s, blake2::start_s),
    spec("md5", 16, 64, Family::Hash, md5::start),
    spec("sha1", 20, 64, Family::Hash, sha1::start),
    spec("sha224", 28, 64, Family::Hash, sha2::start_224),
    spec("sha256", 32, 64, Family::Hash, sha2::start_256),
    spec("sha384", 48, 128, Family::Hash, sha2::start_384),
    spec("sha3_224", 28, 144, Family::Hash, keccak::start_sha3_224),
    spec("sha3_256", 32, 136, Family::Hash, keccak::start_sha3_256),
    spec("sha3_384", 48, 104, Family::Hash, keccak::start_sha3_384),
    spec("sha3_512", 64, 72, Family::Hash, keccak::start_sha3_512),
    spec("sha512", 64, 128, Family::Hash, sha2::start_512),
    spec("shake_128", 0, 168, Family::Xof, keccak::start_shake_128),
    spec("shake_256", 0, 136, Family::Xof, keccak::start_shake_256),
];

const fn spec(
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    family: Family,
    start: fn() -> Box<dyn Algorithm>,
) -> Spec {
    Spec {
        name,
        digest_size,
        block_size,
        family,
        start,
    }
}

impl Spec {
    /// The algorithm called `name`, in any case, also spelt as OpenSSL
    /// does (`sha-256`, `sha3-256`).
    pub fn lookup(name: &str) -> Option<&'static Spec> {
        let lower = name.to_ascii_lowercase();
        let canonical = match lower.strip_prefix("sha3-") {
            Some(bits) => format!("sha3_{bits}"),
            None => lower.replacen("sha-", "sha", 1),
        };
        SPECS.iter().find(|s| s.name == canonical)
    }
}

/// A compression function for Merkle–Damgård framing: MD5, SHA-1, SHA-2.
pub trait Compress: Clone + 'static {
    /// The block length in bytes: 64, or 128 for SHA-384/512 (whose
    /// length suffix is then 16 bytes rather than 8).
    const BLOCK: usize;
    /// Whether the length suffix is big-endian (SHA) or little (MD5).
    const BIG_ENDIAN: bool;
    /// Mixes one block into the state.
    fn compress(&mut self, block: &[u8]);
    /// The state serialised in output order.
    fn output(&self) -> Vec<u8>;
}

/// A Merkle–Damgård hash: buffered input over a compression function,
/// the output cut to `size` bytes (SHA-224 and SHA-384).
#[derive(Clone)]
pub struct Md<C> {
    core: C,
    buf: [u8; 128],
    used: usize,
    total: u128,
    size: usize,
}

impl<C: Compress> Md<C> {
    /// A computation from the initial state `core`.
    pub fn boxed(core: C, size: usize) -> Box<dyn Algorithm> {
        Box::new(Md {
            core,
            buf: [0; 128],
            used: 0,
            total: 0,
            size,
        })
    }
}

impl<C: Compress> Algorithm for Md<C> {
    fn update(&mut self, mut data: &[u8]) {
        self.total += data.len() as u128;
        if self.used > 0 {
            let take = (C::BLOCK - self.used).min(data.len());
            self.buf[self.used..self.used + take].copy_from_slice(&data[..take]);
            self.used += take;
            data = &data[take..];
            if self.used < C::BLOCK {
                return;
            }
            self.core.compress(&self.buf[..C::BLOCK]);
            self.used = 0;
        }
        let mut blocks = data.chunks_exact(C::BLOCK);
        for block in &mut blocks {
            self.core.compress(block);
        }
        let tail = blocks.remainder();
        self.buf[..tail.len()].copy_from_slice(tail);
        self.used = tail.len();
    }

    fn digest(&self, _len: usize) -> Vec<u8> {
        let suffix = C::BLOCK / 8;
        let bits = self.total.wrapping_mul(8);
        let mut tail = self.buf[..self.used].to_vec();
        tail.push(0x80);
        tail.resize((tail.len() + suffix).next_multiple_of(C::BLOCK) - suffix, 0);
        if C::BIG_ENDIAN {
            tail.extend_from_slice(&bits.to_be_bytes()[16 - suffix..]);
        } else {
            tail.extend_from_slice(&bits.to_le_bytes()[..suffix]);
        }
        let mut core = self.core.clone();
        for block in tail.chunks_exact(C::BLOCK) {
            core.compress(block);
        }
        let mut out = core.output();
        out.truncate(self.size);
        out
    }

    fn boxed_clone(&self) -> Box<dyn Algorithm> {
        Box::new(self.clone())
    }
}

/// The big-endian 32-bit words of a block.
pub fn be_words32(block: &[u8]) -> [u32; 16] {
    let mut w = [0; 16];
    for (w, c) in w.iter_mut().zip(block.chunks_exact(4)) {
        *w = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    w
}
