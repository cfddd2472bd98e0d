//! PCG64 (O'Neill's PCG XSL RR 128/64), the bit generator behind
//! `np.random.default_rng`: a 128-bit LCG state and increment, 64-bit
//! outputs, and 32-bit draws served as the two halves of one output.

use super::bitgen::{u64_to_double, BitGen};

/// The LCG's multiplier.
const MULTIPLIER: u128 = (2_549_297_995_355_413_924u128 << 64) | 4_865_540_595_714_422_341u128;

/// A PCG64 generator.
#[derive(Clone)]
pub struct Pcg64 {
    state: u128,
    inc: u128,
    /// The high half of the last 64-bit output, while it waits to be drawn
    /// as a 32-bit word.
    spare: Option<u32>,
}

impl Pcg64 {
    /// Seeded as NumPy seeds it from four 64-bit words of a
    /// `SeedSequence`: the first two make the initial state, the last two
    /// the stream.
    pub fn from_words(words: [u64; 4]) -> Pcg64 {
        let init_state = ((words[0] as u128) << 64) | words[1] as u128;
        let init_seq = ((words[2] as u128) << 64) | words[3] as u128;
        let mut g = Pcg64 {
            state: 0,
            inc: (init_seq << 1) | 1,
            spare: None,
        };
        g.step();
        g.state = g.state.wrapping_add(init_state);
        g.step();
        g
    }

    fn step(&mut self) {
        self.state = self.state.wrapping_mul(MULTIPLIER).wrapping_add(self.inc);
    }
}

impl BitGen for Pcg64 {
    fn next_u64(&mut self) -> u64 {
        self.step();
        let hi = (self.state >> 64) as u64;
        let lo = self.state as u64;
        (hi ^ lo).rotate_right((hi >> 58) as u32)
    }

    /// The low half of a fresh output, then its high half.
    fn next_u32(&mut self) -> u32 {
        if let Some(w) = self.spare.take() {
            return w;
        }
        let next = self.next_u64();
        self.spare = Some((next >> 32) as u32);
        next as u32
    }

    fn next_double(&mut self) -> f64 {
        u64_to_double(self.next_u64())
    }
}

#[cfg(test)]
mod tests {
    use super::super::seed_sequence::{int_words, SeedSequence};
    use super::*;

    /// `np.random.default_rng(0).bit_generator.random_raw(3)`.
    #[test]
    fn seed_zero_draws_numpys_words() {
        let words = SeedSequence::new(&int_words(&[0])).generate_u64(4);
        let mut g = Pcg64::from_words([words[0], words[1], words[2], words[3]]);
        let raw: Vec<u64> = (0..3).map(|_| g.next_u64()).collect();
        assert_eq!(
            raw,
            [
                11_749_869_230_777_074_271,
                4_976_686_463_289_251_617,
                755_828_109_848_996_024
            ]
        );
    }
}
