//! The Mersenne Twister (MT19937) as NumPy's legacy `RandomState` runs it:
//! a 624-word state, seeded from one 32-bit word (Knuth's recurrence) or
//! from an array of words (Matsumoto and Nishimura's `init_by_array`).

use super::bitgen::BitGen;

/// Words of state.
pub const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// An MT19937 generator: its state words and the position of the next
/// word to temper (`N`: regenerate first).
#[derive(Clone)]
pub struct Mt19937 {
    /// The state words.
    pub key: [u32; N],
    /// Index of the next word to use.
    pub pos: usize,
}

/// Knuth's recurrence that spreads one word over the state.
fn knuth_fill(key: &mut [u32; N], seed: u32) {
    key[0] = seed;
    for i in 1..N {
        let prev = key[i - 1];
        key[i] = 1_812_433_253u32
            .wrapping_mul(prev ^ (prev >> 30))
            .wrapping_add(i as u32);
    }
}

impl Mt19937 {
    /// Seeded from one 32-bit word (NumPy's `mt19937_seed`, what an int
    /// seed of `RandomState` uses).
    pub fn from_u32(seed: u32) -> Mt19937 {
        let mut key = [0u32; N];
        knuth_fill(&mut key, seed);
        Mt19937 { key, pos: N }
    }

    /// Seeded from an array of words (`init_by_array`, what an array seed
    /// of `RandomState` uses).
    pub fn from_words(init: &[u32]) -> Mt19937 {
        let mut key = [0u32; N];
        knuth_fill(&mut key, 19_650_218);
        let len = init.len().max(1);
        let word = |j: usize| init.get(j).copied().unwrap_or(0);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(len) {
            let prev = key[i - 1];
            key[i] = (key[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(word(j))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                key[0] = key[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = key[i - 1];
            key[i] =
                (key[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                key[0] = key[N - 1];
                i = 1;
            }
        }
        key[0] = 0x8000_0000;
        Mt19937 { key, pos: N }
    }

    /// Seeded from words a `SeedSequence` generated (how NumPy seeds an
    /// unseeded `RandomState`): the first word's top bit only, then the
    /// rest as given, with the position NumPy leaves (623).
    pub fn from_state_words(words: &[u32]) -> Mt19937 {
        let mut key = [0u32; N];
        key[0] = 0x8000_0000;
        for (k, w) in key.iter_mut().zip(words).skip(1) {
            *k = *w;
        }
        Mt19937 { key, pos: N - 1 }
    }

    /// Regenerates the state words (the twist).
    fn twist(&mut self) {
        let key = &mut self.key;
        let mix = |a: u32, b: u32| (a & UPPER_MASK) | (b & LOWER_MASK);
        let step = |y: u32| (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 };
        for i in 0..N - M {
            key[i] = key[i + M] ^ step(mix(key[i], key[i + 1]));
        }
        for i in N - M..N - 1 {
            key[i] = key[i + M - N] ^ step(mix(key[i], key[i + 1]));
        }
        key[N - 1] = key[M - 1] ^ step(mix(key[N - 1], key[0]));
        self.pos = 0;
    }
}

impl BitGen for Mt19937 {
    fn next_u32(&mut self) -> u32 {
        if self.pos >= N {
            self.twist();
        }
        let mut y = self.key[self.pos];
        self.pos += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// The high word is drawn first.
    fn next_u64(&mut self) -> u64 {
        let hi = self.next_u32() as u64;
        (hi << 32) | self.next_u32() as u64
    }

    fn next_double(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference implementation's published output for
    /// `init_by_array({0x123, 0x234, 0x345, 0x456})`.
    #[test]
    fn init_by_array_matches_the_reference_output() {
        let mut mt = Mt19937::from_words(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [
                1_067_595_299,
                955_945_823,
                477_289_528,
                4_107_218_783,
                4_228_976_476
            ]
        );
    }

    /// `np.random.RandomState(0).randint(0, 2**32, dtype=np.uint32)`'s
    /// first draws are MT19937's first words for the seed 0.
    #[test]
    fn an_int_seed_uses_knuths_recurrence() {
        let mut mt = Mt19937::from_u32(0);
        assert_eq!(mt.next_u32(), 2_357_136_044);
        assert_eq!(mt.next_u32(), 2_546_248_239);
    }
}
