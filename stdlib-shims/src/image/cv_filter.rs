//! OpenCV's separable 8-bit filtering in fixed point (its bit-exact
//! `GaussianBlur`): rows with 1/256 kernel taps kept exact in 16 bits,
//! then columns into 1/65536 and rounded back to 8 bits.

use super::cv_border::Border;
use super::pixels::Pixels;

/// `src` filtered by kernel `kx` along rows and `ky` down columns (odd
/// lengths, taps in 1/256 summing to 256), borders read as `border`
/// says (the constant border reads 0).
pub fn separable(src: &Pixels, kx: &[i64], ky: &[i64], border: Border) -> Pixels {
    let (h, w, c) = (src.height, src.width, src.channels);
    let rx = (kx.len() / 2) as i64;
    let cols: Vec<Vec<(usize, i64)>> = (0..w as i64).map(|x| taps(kx, x - rx, w, border)).collect();
    let rows: Vec<Vec<i64>> = (0..h)
        .map(|y| {
            let mut row = Vec::with_capacity(w * c);
            for taps in &cols {
                for ch in 0..c {
                    row.push(
                        taps.iter()
                            .map(|&(x, k)| k * i64::from(src.at(y, x, ch)))
                            .sum::<i64>()
                            .min(0xFFFF),
                    );
                }
            }
            row
        })
        .collect();
    let ry = (ky.len() / 2) as i64;
    let mut data = Vec::with_capacity(h * w * c);
    for y in 0..h as i64 {
        let mut sums = vec![0i64; w * c];
        for (r, k) in taps(ky, y - ry, h, border) {
            for (s, v) in sums.iter_mut().zip(&rows[r]) {
                *s += k * v;
            }
        }
        data.extend(
            sums.iter()
                .map(|s| ((s + (1 << 15)) >> 16).clamp(0, 255) as u8),
        );
    }
    Pixels {
        data,
        height: h,
        width: w,
        channels: c,
    }
}

/// The source indices and weights of a window starting at `start`
/// (taps outside a constant border dropped).
fn taps(k: &[i64], start: i64, len: usize, border: Border) -> Vec<(usize, i64)> {
    k.iter()
        .enumerate()
        .filter_map(|(i, &w)| border.index(start + i as i64, len).map(|p| (p, w)))
        .collect()
}
