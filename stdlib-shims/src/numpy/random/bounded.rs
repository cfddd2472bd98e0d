//! Uniform integers in a closed range `[off, off + rng]`, drawn as NumPy
//! draws them: the legacy `RandomState` rejects masked draws, `Generator`
//! uses Lemire's multiply-and-reject; 8- and 16-bit (and bool) draws are
//! cut from 32-bit words kept in a buffer, and ranges that fit 32 bits
//! draw 32-bit words even for 64-bit results.

use super::bitgen::BitGen;

/// How bounded integers reject out-of-range draws.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Method {
    /// Mask to the smallest covering power of two, redraw when too big
    /// (the legacy `RandomState`).
    Masked,
    /// Lemire's method (`Generator`).
    Lemire,
}

/// The width of the integer type drawn.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Width {
    /// `bool`: single bits.
    Bool,
    /// 8-bit types.
    W8,
    /// 16-bit types.
    W16,
    /// 32-bit types.
    W32,
    /// 64-bit types.
    W64,
}

impl Width {
    fn bits(self) -> u32 {
        match self {
            Width::Bool => 1,
            Width::W8 => 8,
            Width::W16 => 16,
            Width::W32 => 32,
            Width::W64 => 64,
        }
    }

    /// The largest value of the width.
    pub fn max(self) -> u64 {
        u64::MAX >> (64 - self.bits())
    }
}

/// The 32-bit word that narrow draws are cut from, and how many pieces of
/// it are left. A fresh buffer for each call of a NumPy function.
#[derive(Default)]
pub struct Buffer {
    word: u32,
    left: u32,
}

impl Buffer {
    /// The next `bits` (8, 16 or 1) random bits.
    fn take(&mut self, bg: &mut dyn BitGen, bits: u32) -> u32 {
        if self.left == 0 {
            self.word = bg.next_u32();
            self.left = 32 / bits - 1;
        } else {
            self.word >>= bits;
            self.left -= 1;
        }
        self.word & (u32::MAX >> (32 - bits))
    }
}

/// The smallest all-ones mask covering `max`.
pub fn gen_mask(max: u64) -> u64 {
    if max == 0 {
        0
    } else {
        u64::MAX >> max.leading_zeros()
    }
}

/// A uniform integer in `[0, max]` by masked rejection, 32-bit draws when
/// `max` fits (NumPy's `random_interval`, which shuffles use).
pub fn random_interval(bg: &mut dyn BitGen, max: u64) -> u64 {
    if max == 0 {
        return 0;
    }
    let mask = gen_mask(max);
    loop {
        let value = if max <= u32::MAX as u64 {
            bg.next_u32() as u64 & mask
        } else {
            bg.next_u64() & mask
        };
        if value <= max {
            return value;
        }
    }
}

/// One raw draw of a narrow width (8, 16 or 32 bits).
fn narrow_draw(bg: &mut dyn BitGen, bits: u32, buf: &mut Buffer) -> u64 {
    if bits == 32 {
        bg.next_u32() as u64
    } else {
        buf.take(bg, bits) as u64
    }
}

/// A value in `[0, rng]` (`rng` below the width's maximum) of a narrow
/// width.
fn narrow_bounded(
    bg: &mut dyn BitGen,
    bits: u32,
    rng: u64,
    method: Method,
    buf: &mut Buffer,
) -> u64 {
    match method {
        Method::Masked => {
            let mask = gen_mask(rng);
            loop {
                let v = narrow_draw(bg, bits, buf) & mask;
                if v <= rng {
                    return v;
                }
            }
        }
        Method::Lemire => {
            let max = u64::MAX >> (64 - bits);
            let excl = rng + 1;
            let mut m = narrow_draw(bg, bits, buf) * excl;
            if m & max < excl {
                let threshold = (max - rng) % excl;
                while m & max < threshold {
                    m = narrow_draw(bg, bits, buf) * excl;
                }
            }
            m >> bits
        }
    }
}

/// A value in `[0, rng]` (`rng` above 32 bits, below 2**64 - 1).
fn wide_bounded(bg: &mut dyn BitGen, rng: u64, method: Method) -> u64 {
    match method {
        Method::Masked => {
            let mask = gen_mask(rng);
            loop {
                let v = bg.next_u64() & mask;
                if v <= rng {
                    return v;
                }
            }
        }
        Method::Lemire => {
            let excl = rng + 1;
            let scaled = |bg: &mut dyn BitGen| bg.next_u64() as u128 * excl as u128;
            let mut m = scaled(bg);
            if (m as u64) < excl {
                let threshold = (u64::MAX - rng) % excl;
                while (m as u64) < threshold {
                    m = scaled(bg);
                }
            }
            (m >> 64) as u64
        }
    }
}

/// A uniform integer in `[off, off + rng]` of `width` (wrapping in the
/// width, as NumPy's unsigned arithmetic does), with the buffer shared
/// by the draws of one call.
pub fn draw_bounded(
    bg: &mut dyn BitGen,
    width: Width,
    off: u64,
    rng: u64,
    method: Method,
    buf: &mut Buffer,
) -> u64 {
    let max = width.max();
    if rng == 0 {
        return off & max;
    }
    let v = match width {
        Width::Bool => buf.take(bg, 1) as u64,
        Width::W64 if rng == u64::MAX => bg.next_u64(),
        Width::W64 if rng > u32::MAX as u64 => wide_bounded(bg, rng, method),
        Width::W64 if rng == u32::MAX as u64 => bg.next_u32() as u64,
        Width::W64 => narrow_bounded(bg, 32, rng, method, buf),
        _ if rng == max => narrow_draw(bg, width.bits(), buf),
        _ => narrow_bounded(bg, width.bits(), rng, method, buf),
    };
    if width == Width::Bool {
        return v;
    }
    off.wrapping_add(v) & max
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A generator that counts up, to see which words a draw used.
    struct Counter(u32);

    impl BitGen for Counter {
        fn next_u32(&mut self) -> u32 {
            self.0 += 1;
            self.0
        }
        fn next_u64(&mut self) -> u64 {
            let hi = self.next_u32() as u64;
            (hi << 32) | self.next_u32() as u64
        }
        fn next_double(&mut self) -> f64 {
            0.5
        }
    }

    #[test]
    fn masks_cover_the_range() {
        assert_eq!(gen_mask(0), 0);
        assert_eq!(gen_mask(1), 1);
        assert_eq!(gen_mask(5), 7);
        assert_eq!(gen_mask(u64::MAX), u64::MAX);
    }

    #[test]
    fn byte_draws_share_one_word() {
        let mut bg = Counter(0x0403_0200);
        let mut buf = Buffer::default();
        let draws: Vec<u64> = (0..5)
            .map(|_| draw_bounded(&mut bg, Width::W8, 0, 255, Method::Masked, &mut buf))
            .collect();
        assert_eq!(draws, [1, 2, 3, 4, 2]);
    }

    #[test]
    fn an_empty_range_draws_nothing() {
        let mut bg = Counter(0);
        let mut buf = Buffer::default();
        assert_eq!(
            draw_bounded(&mut bg, Width::W64, 7, 0, Method::Lemire, &mut buf),
            7
        );
        assert_eq!(bg.0, 0);
    }
}
