//! NumPy's `SeedSequence`: entropy (an int of any size, or a sequence of
//! ints) hashed into a pool of four 32-bit words, from which the state of a
//! bit generator is drawn (O'Neill's seed_seq design, as NumPy adapts it).
//! Also fresh entropy for unseeded generators.

const POOL_SIZE: usize = 4;
const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;
const XSHIFT: u32 = 16;

/// A seed sequence's mixed entropy pool.
#[derive(Clone)]
pub struct SeedSequence {
    pool: [u32; POOL_SIZE],
}

/// Hashes one word, advancing the multiplier.
fn hashmix(value: u32, hash_const: &mut u32) -> u32 {
    let mut v = value ^ *hash_const;
    *hash_const = hash_const.wrapping_mul(MULT_A);
    v = v.wrapping_mul(*hash_const);
    v ^ (v >> XSHIFT)
}

fn mix(x: u32, y: u32) -> u32 {
    let r = MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
    r ^ (r >> XSHIFT)
}

/// The 32-bit words of a non-negative int, least significant first (zero
/// is one word, as in NumPy).
pub fn int_words(le_bytes: &[u8]) -> Vec<u32> {
    let mut words: Vec<u32> = le_bytes
        .chunks(4)
        .map(|c| {
            let mut b = [0u8; 4];
            b[..c.len()].copy_from_slice(c);
            u32::from_le_bytes(b)
        })
        .collect();
    while words.len() > 1 && words.last() == Some(&0) {
        words.pop();
    }
    if words.is_empty() {
        words.push(0);
    }
    words
}

impl SeedSequence {
    /// A sequence over the given entropy words (no spawn key).
    pub fn new(entropy: &[u32]) -> SeedSequence {
        let mut hash_const = INIT_A;
        let mut pool = [0u32; POOL_SIZE];
        for (i, slot) in pool.iter_mut().enumerate() {
            *slot = hashmix(entropy.get(i).copied().unwrap_or(0), &mut hash_const);
        }
        for src in 0..POOL_SIZE {
            for dst in 0..POOL_SIZE {
                if src != dst {
                    let h = hashmix(pool[src], &mut hash_const);
                    pool[dst] = mix(pool[dst], h);
                }
            }
        }
        for &word in entropy.iter().skip(POOL_SIZE) {
            for slot in pool.iter_mut() {
                let h = hashmix(word, &mut hash_const);
                *slot = mix(*slot, h);
            }
        }
        SeedSequence { pool }
    }

    /// `generate_state(n, np.uint32)`.
    pub fn generate_u32(&self, n: usize) -> Vec<u32> {
        let mut hash_const = INIT_B;
        (0..n)
            .map(|i| {
                let mut v = self.pool[i % POOL_SIZE] ^ hash_const;
                hash_const = hash_const.wrapping_mul(MULT_B);
                v = v.wrapping_mul(hash_const);
                v ^ (v >> XSHIFT)
            })
            .collect()
    }

    /// `generate_state(n, np.uint64)`: pairs of 32-bit words, low first.
    pub fn generate_u64(&self, n: usize) -> Vec<u64> {
        self.generate_u32(2 * n)
            .chunks_exact(2)
            .map(|w| w[0] as u64 | (w[1] as u64) << 32)
            .collect()
    }
}

/// 128 bits of fresh entropy (NumPy draws them from the OS): the standard
/// library's randomly keyed hasher over the clock and a counter.
pub fn fresh_entropy() -> Vec<u32> {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mut words = Vec::with_capacity(4);
    for _ in 0..2 {
        let mut h = RandomState::new().build_hasher();
        h.write_u128(nanos);
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        let v = h.finish();
        words.push(v as u32);
        words.push((v >> 32) as u32);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `np.random.SeedSequence(0).generate_state(4)`.
    #[test]
    fn seed_zero_generates_numpys_words() {
        let words = SeedSequence::new(&int_words(&[0])).generate_u32(4);
        assert_eq!(
            words,
            [2_968_811_710, 3_677_149_159, 745_650_761, 2_884_920_346]
        );
    }

    /// Several words of entropy, and more words than the pool holds.
    #[test]
    fn long_entropy_mixes_every_word() {
        let big = SeedSequence::new(&[5, 256]).generate_u32(3);
        assert_eq!(big, [3_767_146_251, 3_672_381_269, 2_127_416_108]);
        let many = SeedSequence::new(&[1, 2, 3, 4, 5, 6]).generate_u32(3);
        assert_eq!(many, [488_360_481, 3_956_080_669, 2_986_500_235]);
    }

    #[test]
    fn int_words_keep_zero_and_drop_high_zeros() {
        assert_eq!(int_words(&[]), [0]);
        assert_eq!(int_words(&[1, 0, 0, 0, 0, 0]), [1]);
        assert_eq!(int_words(&[0, 0, 0, 0, 2]), [0, 2]);
    }
}
