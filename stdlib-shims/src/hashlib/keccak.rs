//! SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge.

use super::algo::Algorithm;

/// The round constants (from the degree-8 LFSR of the specification).
const RC: [u64; 24] = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808a,
    0x8000000080008000,
    0x000000000000808b,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008a,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000a,
    0x000000008000808b,
    0x800000000000008b,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800a,
    0x800000008000000a,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
];

/// The ρ rotation of each lane, indexed by `x + 5 * y`.
const RHO: [u32; 25] = [
    0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
];

/// The largest rate (SHAKE128's), in bytes.
const MAX_RATE: usize = 168;

/// The Keccak-f[1600] permutation.
fn permute(a: &mut [u64; 25]) {
    for rc in RC {
        let mut c = [0u64; 5];
        for (x, c) in c.iter_mut().enumerate() {
            *c = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        let mut b = [0u64; 25];
        for x in 0..5 {
            for y in 0..5 {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(RHO[x + 5 * y]);
            }
        }
        for y in 0..5 {
            for x in 0..5 {
                a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            }
        }
        a[0] ^= rc;
    }
}

/// A sponge: `rate` bytes absorbed per permutation, the padding's first
/// byte `domain` (0x06 for SHA-3, 0x1f for SHAKE), `size` output bytes
/// (0 for SHAKE, whose digests say their length).
#[derive(Clone)]
struct Sponge {
    state: [u64; 25],
    buf: [u8; MAX_RATE],
    used: usize,
    rate: usize,
    domain: u8,
    size: usize,
}

impl Sponge {
    fn boxed(rate: usize, domain: u8, size: usize) -> Box<dyn Algorithm> {
        Box::new(Sponge {
            state: [0; 25],
            buf: [0; MAX_RATE],
            used: 0,
            rate,
            domain,
            size,
        })
    }

    /// XORs the full buffer into the state and permutes.
    fn absorb_buffer(&mut self) {
        for (lane, c) in self
            .state
            .iter_mut()
            .zip(self.buf[..self.rate].chunks_exact(8))
        {
            *lane ^= u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        }
        permute(&mut self.state);
        self.used = 0;
    }
}

impl Algorithm for Sponge {
    fn update(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            let take = (self.rate - self.used).min(data.len());
            self.buf[self.used..self.used + take].copy_from_slice(&data[..take]);
            self.used += take;
            data = &data[take..];
            if self.used == self.rate {
                self.absorb_buffer();
            }
        }
    }

    fn digest(&self, len: usize) -> Vec<u8> {
        let len = if self.size > 0 { self.size } else { len };
        let mut s = self.clone();
        s.buf[s.used..s.rate].fill(0);
        s.buf[s.used] ^= s.domain;
        s.buf[s.rate - 1] ^= 0x80;
        s.absorb_buffer();
        let mut out = Vec::with_capacity(len + s.rate);
        loop {
            out.extend(s.state[..s.rate / 8].iter().flat_map(|l| l.to_le_bytes()));
            if out.len() >= len {
                out.truncate(len);
                return out;
            }
            permute(&mut s.state);
        }
    }

    fn boxed_clone(&self) -> Box<dyn Algorithm> {
        Box::new(self.clone())
    }
}

/// A new SHA3-224 computation.
pub fn start_sha3_224() -> Box<dyn Algorithm> {
    Sponge::boxed(144, 0x06, 28)
}

/// A new SHA3-256 computation.
pub fn start_sha3_256() -> Box<dyn Algorithm> {
    Sponge::boxed(136, 0x06, 32)
}

/// A new SHA3-384 computation.
pub fn start_sha3_384() -> Box<dyn Algorithm> {
    Sponge::boxed(104, 0x06, 48)
}

/// A new SHA3-512 computation.
pub fn start_sha3_512() -> Box<dyn Algorithm> {
    Sponge::boxed(72, 0x06, 64)
}

/// A new SHAKE128 computation.
pub fn start_shake_128() -> Box<dyn Algorithm> {
    Sponge::boxed(168, 0x1f, 0)
}

/// A new SHAKE256 computation.
pub fn start_shake_256() -> Box<dyn Algorithm> {
    Sponge::boxed(136, 0x1f, 0)
}
