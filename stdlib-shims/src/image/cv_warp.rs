//! OpenCV's `warpAffine` and `warpPerspective` of 8-bit images. The destination-to-source map
//! runs in fixed point as OpenCV's does: coordinates in 1/1024 steps,
//! rounded to 1/32 pixel (INTER_BITS = 5) for bilinear and bicubic
//! sampling with 15-bit integer weights (OpenCV's tables), or to whole
//! pixels for nearest.

use super::cv_border::Border;
use super::pixels::Pixels;

/// Bits after the point of the map's coordinates.
const AB_BITS: u32 = 10;
/// Bits of the sub-pixel position used for bilinear weights.
const INTER_BITS: u32 = 5;
/// Sub-pixel positions per pixel.
const INTER_TAB: i64 = 1 << INTER_BITS;
/// Bits after the point of the bilinear weights.
const COEF_BITS: u32 = 15;

/// The interpolation of a warp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kernel {
    /// INTER_NEAREST.
    Nearest,
    /// INTER_LINEAR: 2x2 taps.
    Linear,
    /// INTER_CUBIC: 4x4 taps of Keys' cubic (A = -0.75).
    Cubic,
}

/// How to sample and what lies outside the source.
#[derive(Clone, Copy, Debug)]
pub struct Sampling {
    /// The interpolation.
    pub kernel: Kernel,
    /// The border mode.
    pub border: Border,
    /// The constant border's value per channel.
    pub value: [u8; 4],
}

/// The inverse of the 2×3 affine map `m` (0 when it is singular), as
/// OpenCV computes it.
pub fn invert(m: [f64; 6]) -> [f64; 6] {
    let d = m[0] * m[4] - m[1] * m[3];
    let d = if d != 0.0 { 1.0 / d } else { 0.0 };
    let (a11, a22) = (m[4] * d, m[0] * d);
    let (a12, a21) = (m[1] * -d, m[3] * -d);
    let b1 = -a11 * m[2] - a12 * m[5];
    let b2 = -a21 * m[2] - a22 * m[5];
    [a11, a12, b1, a21, a22, b2]
}

/// C's `saturate_cast<int>` of a double: nearest, ties to even.
fn round_int(v: f64) -> i64 {
    i64::from(v.round_ties_even() as i32)
}

/// C's `saturate_cast<short>`.
fn short(v: i64) -> i64 {
    v.clamp(i64::from(i16::MIN), i64::from(i16::MAX))
}

/// `src` warped into a `dw` × `dh` image; `m` maps destination pixels to
/// source positions (already inverted unless WARP_INVERSE_MAP was given).
pub fn warp_affine(src: &Pixels, m: [f64; 6], dw: usize, dh: usize, how: Sampling) -> Pixels {
    let c = src.channels;
    let scale = f64::from(1u32 << AB_BITS);
    let (shift, round_delta) = if how.kernel == Kernel::Nearest {
        (AB_BITS, 1i64 << (AB_BITS - 1))
    } else {
        (AB_BITS - INTER_BITS, 1i64 << (AB_BITS - INTER_BITS - 1))
    };
    let adelta: Vec<i64> = (0..dw)
        .map(|x| round_int(m[0] * x as f64 * scale))
        .collect();
    let bdelta: Vec<i64> = (0..dw)
        .map(|x| round_int(m[3] * x as f64 * scale))
        .collect();
    let cubic = cubic_table(how.kernel);
    let mut data = Vec::with_capacity(dw * dh * c);
    let mut px = [0u8; 4];
    for y in 0..dh {
        let x0 = round_int((m[1] * y as f64 + m[2]) * scale) + round_delta;
        let y0 = round_int((m[4] * y as f64 + m[5]) * scale) + round_delta;
        for x in 0..dw {
            let sx = (x0 + adelta[x]) >> shift;
            let sy = (y0 + bdelta[x]) >> shift;
            sample(src, (sx, sy), how, &cubic, &mut px[..c]);
            data.extend_from_slice(&px[..c]);
        }
    }
    Pixels {
        data,
        height: dh,
        width: dw,
        channels: c,
    }
}

/// `src` warped into a `dw` × `dh` image through the 3×3 map `m`
/// (destination to source), as OpenCV's WarpPerspectiveInvoker computes
/// it: in doubles from the left edge of each block of `bw` columns,
/// rounded to whole pixels (nearest) or 1/32 pixels (bilinear).
pub fn warp_perspective(src: &Pixels, m: [f64; 9], dw: usize, dh: usize, how: Sampling) -> Pixels {
    let c = src.channels;
    let bh = 16.min(dh).max(1);
    let bw = (1024 / bh).min(dw).max(1);
    let tab = if how.kernel == Kernel::Nearest {
        1.0
    } else {
        INTER_TAB as f64
    };
    let limit = |v: f64| round_int(v.clamp(f64::from(i32::MIN), f64::from(i32::MAX)));
    let cubic = cubic_table(how.kernel);
    let mut data = Vec::with_capacity(dw * dh * c);
    let mut px = [0u8; 4];
    for y in 0..dh {
        let yf = y as f64;
        for x in 0..dw {
            let (start, k) = ((x - x % bw) as f64, (x % bw) as f64);
            let x0 = m[0] * start + m[1] * yf + m[2];
            let y0 = m[3] * start + m[4] * yf + m[5];
            let w = m[6] * start + m[7] * yf + m[8] + m[6] * k;
            let w = if w != 0.0 { tab / w } else { 0.0 };
            let (sx, sy) = (limit((x0 + m[0] * k) * w), limit((y0 + m[3] * k) * w));
            sample(src, (sx, sy), how, &cubic, &mut px[..c]);
            data.extend_from_slice(&px[..c]);
        }
    }
    Pixels {
        data,
        height: dh,
        width: dw,
        channels: c,
    }
}

/// The pixel the map sends a destination pixel to: `(sx, sy)` in whole
/// pixels (nearest) or in 1/32 pixels (bilinear, bicubic with `cubic`'s
/// weights).
fn sample(src: &Pixels, (sx, sy): (i64, i64), how: Sampling, cubic: &[[i64; 16]], out: &mut [u8]) {
    match how.kernel {
        Kernel::Nearest => nearest(src, short(sx), short(sy), how, out),
        Kernel::Linear => bilinear(src, sx, sy, how, out),
        Kernel::Cubic => bicubic(src, sx, sy, how, cubic, out),
    }
}

/// OpenCV's interpolateCubic at `x` (float32 arithmetic, A = -0.75).
fn cubic_coeffs(x: f32) -> [f32; 4] {
    const A: f32 = -0.75;
    let c0 = ((A * (x + 1.0) - 5.0 * A) * (x + 1.0) + 8.0 * A) * (x + 1.0) - 4.0 * A;
    let c1 = ((A + 2.0) * x - (A + 3.0)) * x * x + 1.0;
    let c2 = ((A + 2.0) * (1.0 - x) - (A + 3.0)) * (1.0 - x) * (1.0 - x) + 1.0;
    [c0, c1, c2, 1.0 - c0 - c1 - c2]
}

/// OpenCV's fixed-point 4x4 bicubic weights for each 1/32 sub-pixel
/// position (row-major taps), rounded to 15 bits and corrected to sum to
/// 1 at the largest or smallest of the taps OpenCV calls central (rows and
/// columns 2 and 3); empty unless `kernel` is cubic.
fn cubic_table(kernel: Kernel) -> Vec<[i64; 16]> {
    if kernel != Kernel::Cubic {
        return Vec::new();
    }
    let one = 1i64 << COEF_BITS;
    let rows: Vec<[f32; 4]> = (0..INTER_TAB)
        .map(|i| cubic_coeffs(i as f32 * (1.0 / INTER_TAB as f32)))
        .collect();
    let mut table = Vec::with_capacity((INTER_TAB * INTER_TAB) as usize);
    for ty in &rows {
        for tx in &rows {
            let mut w = [0i64; 16];
            for (k, slot) in w.iter_mut().enumerate() {
                let v = ty[k / 4] * tx[k % 4];
                *slot = short((v * one as f32).round_ties_even() as i64);
            }
            let diff = w.iter().sum::<i64>() - one;
            if diff != 0 {
                let (mut lo, mut hi) = (10usize, 10usize);
                for k in [10usize, 11, 14, 15] {
                    if w[k] < w[lo] {
                        lo = k;
                    } else if w[k] > w[hi] {
                        hi = k;
                    }
                }
                let k = if diff < 0 { hi } else { lo };
                w[k] -= diff;
            }
            table.push(w);
        }
    }
    table
}

/// The bicubic sample at (`fx`, `fy`) in 1/32 pixels: 16 taps from one
/// pixel up-left, the border's pixels or value outside the source.
fn bicubic(src: &Pixels, fx: i64, fy: i64, how: Sampling, table: &[[i64; 16]], out: &mut [u8]) {
    let (sx, sy) = (short(fx >> INTER_BITS) - 1, short(fy >> INTER_BITS) - 1);
    let w = &table[((fy & (INTER_TAB - 1)) * INTER_TAB + (fx & (INTER_TAB - 1))) as usize];
    let b = how.border;
    let outside = matches!(b, Border::Constant)
        && (sx >= src.width as i64 || sx + 4 <= 0 || sy >= src.height as i64 || sy + 4 <= 0);
    for (ch, o) in out.iter_mut().enumerate() {
        if outside {
            *o = how.value[ch];
            continue;
        }
        let mut sum = 0i64;
        for (k, &wk) in w.iter().enumerate() {
            let (dx, dy) = ((k % 4) as i64, (k / 4) as i64);
            let v = match b
                .index(sx + dx, src.width)
                .zip(b.index(sy + dy, src.height))
            {
                Some((x, y)) => src.at(y, x, ch),
                None => how.value[ch],
            };
            sum += i64::from(v) * wk;
        }
        *o = ((sum + (1 << (COEF_BITS - 1))) >> COEF_BITS).clamp(0, 255) as u8;
    }
}

/// The pixel at whole position (`sx`, `sy`), or the border's.
fn nearest(src: &Pixels, sx: i64, sy: i64, how: Sampling, out: &mut [u8]) {
    let b = how.border;
    match b.index(sx, src.width).zip(b.index(sy, src.height)) {
        Some((x, y)) => {
            for (ch, o) in out.iter_mut().enumerate() {
                *o = src.at(y, x, ch);
            }
        }
        None => out.copy_from_slice(&how.value[..out.len()]),
    }
}

/// The bilinear sample at (`fx`, `fy`) in 1/32 pixels, with 15-bit
/// weights (exact products of the 1/32 fractions) and rounding.
fn bilinear(src: &Pixels, fx: i64, fy: i64, how: Sampling, out: &mut [u8]) {
    let (sx, sy) = (short(fx >> INTER_BITS), short(fy >> INTER_BITS));
    let (ax, ay) = (fx & (INTER_TAB - 1), fy & (INTER_TAB - 1));
    let unit = (1i64 << COEF_BITS) / (INTER_TAB * INTER_TAB);
    let taps = [
        (0, 0, (INTER_TAB - ax) * (INTER_TAB - ay)),
        (1, 0, ax * (INTER_TAB - ay)),
        (0, 1, (INTER_TAB - ax) * ay),
        (1, 1, ax * ay),
    ];
    let b = how.border;
    for (ch, o) in out.iter_mut().enumerate() {
        let sum: i64 = taps
            .iter()
            .map(|&(dx, dy, w)| {
                let v = match b
                    .index(sx + dx, src.width)
                    .zip(b.index(sy + dy, src.height))
                {
                    Some((x, y)) => src.at(y, x, ch),
                    None => how.value[ch],
                };
                i64::from(v) * w * unit
            })
            .sum();
        *o = ((sum + (1 << (COEF_BITS - 1))) >> COEF_BITS).clamp(0, 255) as u8;
    }
}
