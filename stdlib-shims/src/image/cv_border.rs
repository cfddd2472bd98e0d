//! OpenCV's border modes: where a sample outside an image is read from
//! (`borderInterpolate`), shared by the warps and the filters.

/// A border mode, by OpenCV's code.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Border {
    /// BORDER_CONSTANT (0): a fixed value.
    Constant,
    /// BORDER_REPLICATE (1): `aaa|abcd|ddd`.
    Replicate,
    /// BORDER_REFLECT (2): `cba|abcd|dcb`.
    Reflect,
    /// BORDER_WRAP (3): `bcd|abcd|abc`.
    Wrap,
    /// BORDER_REFLECT_101 (4): `dcb|abcd|cba`.
    Reflect101,
}

impl Border {
    /// The mode with OpenCV's code (the BORDER_ISOLATED bit ignored).
    pub fn from_code(code: i64) -> Option<Border> {
        Some(match code & !16 {
            0 => Border::Constant,
            1 => Border::Replicate,
            2 => Border::Reflect,
            3 => Border::Wrap,
            4 => Border::Reflect101,
            _ => return None,
        })
    }

    /// The index inside `0..len` that position `p` reads, or `None` for
    /// the constant border's outside (`len` is at least 1).
    pub fn index(self, p: i64, len: usize) -> Option<usize> {
        let n = len as i64;
        if (0..n).contains(&p) {
            return Some(p as usize);
        }
        let q = match self {
            Border::Constant => return None,
            Border::Replicate => p.clamp(0, n - 1),
            Border::Wrap => p.rem_euclid(n),
            Border::Reflect101 if n == 1 => 0,
            Border::Reflect101 => {
                let q = p.rem_euclid(2 * (n - 1));
                if q >= n {
                    2 * (n - 1) - q
                } else {
                    q
                }
            }
            Border::Reflect => {
                let q = p.rem_euclid(2 * n);
                if q >= n {
                    2 * n - 1 - q
                } else {
                    q
                }
            }
        };
        Some(q as usize)
    }
}
