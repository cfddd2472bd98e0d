//! SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge.

/// The round constants of Keccak-f[1600]'s ι step.
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

/// The lanes along the walk (x, y) -> (y, 2x + 3y) from (1, 0), as x + 5y.
const PI: [u8; 24] = [
    10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
];
/// Their rotations: the triangular numbers (t + 1)(t + 2) / 2 mod 64.
const RHO: [u8; 24] = [
    1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
];

/// The Keccak-f[1600] permutation of the 25 lanes (lane x + 5y).
#[inline(never)]
fn keccak_f(a: &mut [u64; 25]) {
    for rc in RC {
        // θ: each column's parity into its neighbours.
        let c: [u64; 5] = std::array::from_fn(|x| (0..5).fold(0, |p, y| p ^ a[x + 5 * y]));
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        // ρ and π: each lane moves along the walk (x, y) -> (y, 2x + 3y),
        // rotated by the next triangular number.
        let mut carried = a[1];
        for (&lane, &rot) in PI.iter().zip(&RHO) {
            let next = a[usize::from(lane)];
            a[usize::from(lane)] = carried.rotate_left(u32::from(rot));
            carried = next;
        }
        // χ along each row, then ι.
        for row in a.chunks_exact_mut(5) {
            let r: [u64; 5] = std::array::from_fn(|x| row[x]);
            for x in 0..5 {
                row[x] = r[x] ^ (!r[(x + 1) % 5] & r[(x + 2) % 5]);
            }
        }
        a[0] ^= rc;
    }
}

/// A SHA-3 or SHAKE hash in progress.
#[derive(Clone)]
pub(super) struct Keccak {
    lanes: [u64; 25],
    /// Bytes absorbed per permutation.
    rate: usize,
    /// Where the next byte goes in the current block.
    pos: usize,
    /// The domain bits and first padding bit: 0x06 for SHA-3, 0x1f for SHAKE.
    suffix: u8,
}

/// A new SHA3-(8·`out`) hash.
pub(super) fn sha3(out: usize) -> Keccak {
    sponge(200 - 2 * out, 0x06)
}

/// A new SHAKE128 (`bits` 128) or SHAKE256 hash.
pub(super) fn shake(bits: usize) -> Keccak {
    sponge(200 - bits / 4, 0x1f)
}

fn sponge(rate: usize, suffix: u8) -> Keccak {
    Keccak {
        lanes: [0; 25],
        rate,
        pos: 0,
        suffix,
    }
}

impl Keccak {
    fn xor_byte(&mut self, i: usize, b: u8) {
        self.lanes[i / 8] ^= u64::from(b) << (8 * (i % 8));
    }

    /// Hashes more input: whole lanes where it can, else byte by byte.
    pub(super) fn update(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            let take = if self.pos.is_multiple_of(8) && data.len() >= 8 {
                8
            } else {
                1
            };
            let mut lane = [0u8; 8];
            lane[..take].copy_from_slice(&data[..take]);
            self.lanes[self.pos / 8] ^= u64::from_le_bytes(lane) << (8 * (self.pos % 8));
            self.pos += take;
            data = &data[take..];
            if self.pos == self.rate {
                keccak_f(&mut self.lanes);
                self.pos = 0;
            }
        }
    }

    /// The first `len` bytes of output (the digest) for the input so far (the hash can
    /// go on after it).
    pub(super) fn finish(&self, len: usize) -> Vec<u8> {
        let mut s = self.clone();
        s.xor_byte(s.pos, s.suffix);
        s.xor_byte(s.rate - 1, 0x80);
        let mut out = Vec::with_capacity(len);
        while out.len() < len {
            keccak_f(&mut s.lanes);
            let take = s.rate.min(len - out.len());
            out.extend((0..take).map(|i| (s.lanes[i / 8] >> (8 * (i % 8))) as u8));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{PI, RHO};

    /// The ρ and π tables are the walk (x, y) -> (y, 2x + 3y) from (1, 0)
    /// and the triangular numbers.
    #[test]
    fn the_tables_follow_their_formulas() {
        let (mut x, mut y) = (1, 0);
        for t in 0..24 {
            (x, y) = (y, (2 * x + 3 * y) % 5);
            assert_eq!(usize::from(PI[t]), x + 5 * y);
            assert_eq!(usize::from(RHO[t]), (t + 1) * (t + 2) / 2 % 64);
        }
    }
}
