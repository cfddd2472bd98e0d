//! What every bit generator gives the distributions: 32- and 64-bit words
//! and doubles in [0, 1), each drawn the way NumPy's bit generator of the
//! same name draws it.

/// A source of random bits (NumPy's `bitgen_t`).
pub trait BitGen {
    /// The next 32 random bits.
    fn next_u32(&mut self) -> u32;
    /// The next 64 random bits.
    fn next_u64(&mut self) -> u64;
    /// The next double in [0, 1), 53 bits of it random.
    fn next_double(&mut self) -> f64;
    /// The next float32 in [0, 1): the top 24 bits of a 32-bit word.
    fn next_float(&mut self) -> f32 {
        (self.next_u32() >> 8) as f32 * (1.0 / 16_777_216.0)
    }
}

/// A double in [0, 1) from the top 53 bits of a 64-bit word (how
/// 64-bit generators make doubles).
pub fn u64_to_double(bits: u64) -> f64 {
    (bits >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
}
