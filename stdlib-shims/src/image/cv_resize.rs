//! OpenCV's `resize` of 8-bit images: nearest (floor of the scaled
//! index), linear, cubic and Lanczos-4 in 11-bit fixed point with no
//! antialiasing (replicated borders), and area averaging for shrinking
//! (linear with area weights for enlarging).

use super::pixels::Pixels;

/// OpenCV's interpolation codes handled here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Interp {
    /// INTER_NEAREST (0).
    Nearest,
    /// INTER_LINEAR (1).
    Linear,
    /// INTER_CUBIC (2).
    Cubic,
    /// INTER_AREA (3).
    Area,
    /// INTER_LANCZOS4 (4).
    Lanczos4,
}

impl Interp {
    /// The interpolation with OpenCV's code.
    pub fn from_code(code: i64) -> Option<Interp> {
        Some(match code {
            0 => Interp::Nearest,
            1 => Interp::Linear,
            2 => Interp::Cubic,
            3 => Interp::Area,
            4 => Interp::Lanczos4,
            _ => return None,
        })
    }
}

/// Bits after the point of the fixed-point weights.
const COEF_BITS: u32 = 11;
const COEF_SCALE: f32 = (1 << COEF_BITS) as f32;

/// C's `saturate_cast<short>` of a float: rounded to nearest, ties to even.
fn round_short(v: f32) -> i32 {
    v.round_ties_even().clamp(-32768.0, 32767.0) as i32
}

/// OpenCV's `resize` of `src` to `dw` × `dh`; `factors` are `fx` and
/// `fy` when the caller gave them instead of a size (they, not the
/// rounded size, set the sampling positions).
pub fn resize(
    src: &Pixels,
    dw: usize,
    dh: usize,
    interp: Interp,
    factors: Option<(f64, f64)>,
) -> Pixels {
    let (inv_x, inv_y) =
        factors.unwrap_or((dw as f64 / src.width as f64, dh as f64 / src.height as f64));
    let (scale_x, scale_y) = (1.0 / inv_x, 1.0 / inv_y);
    if interp == Interp::Nearest {
        return nearest(src, dw, dh, scale_x, scale_y);
    }
    let (ix, iy) = (scale_x.round() as i64, scale_y.round() as i64);
    let whole =
        (scale_x - ix as f64).abs() < f64::EPSILON && (scale_y - iy as f64).abs() < f64::EPSILON;
    let interp = if interp == Interp::Linear && whole && ix == 2 && iy == 2 {
        Interp::Area
    } else {
        interp
    };
    if interp == Interp::Area && scale_x >= 1.0 && scale_y >= 1.0 {
        let x = area_taps(src.width, dw, scale_x);
        let y = area_taps(src.height, dh, scale_y);
        return area(src, dw, dh, &x, &y, whole);
    }
    let area_mode = interp == Interp::Area;
    let x = taps(src.width, dw, (scale_x, inv_x), interp, area_mode, true);
    let y = taps(src.height, dh, (scale_y, inv_y), interp, area_mode, false);
    let wide = matches!(interp, Interp::Cubic | Interp::Lanczos4);
    separable(src, dw, dh, &x, &y, wide)
}

fn nearest(src: &Pixels, dw: usize, dh: usize, fx: f64, fy: f64) -> Pixels {
    let c = src.channels;
    let mut out = Vec::with_capacity(dw * dh * c);
    let xs: Vec<usize> = (0..dw)
        .map(|x| ((x as f64 * fx).floor() as usize).min(src.width - 1))
        .collect();
    for y in 0..dh {
        let sy = ((y as f64 * fy).floor() as usize).min(src.height - 1);
        for &sx in &xs {
            let at = (sy * src.width + sx) * c;
            out.extend_from_slice(&src.data[at..at + c]);
        }
    }
    Pixels {
        data: out,
        height: dh,
        width: dw,
        channels: c,
    }
}

/// OpenCV's cubic weights (a = −0.75) at fraction `x`.
fn cubic_weights(x: f32) -> [f32; 4] {
    let a = -0.75f32;
    let c0 = ((a * (x + 1.0) - 5.0 * a) * (x + 1.0) + 8.0 * a) * (x + 1.0) - 4.0 * a;
    let c1 = ((a + 2.0) * x - (a + 3.0)) * x * x + 1.0;
    let c2 = ((a + 2.0) * (1.0 - x) - (a + 3.0)) * (1.0 - x) * (1.0 - x) + 1.0;
    [c0, c1, c2, 1.0 - c0 - c1 - c2]
}

/// OpenCV's Lanczos-4 weights at fraction `x`: sin-based taps computed
/// in double from one sine and cosine, stored as floats, then scaled by
/// their float sum.
fn lanczos_weights(x: f32) -> [f32; 8] {
    const S45: f64 = std::f64::consts::FRAC_1_SQRT_2;
    const CS: [[f64; 2]; 8] = [
        [1.0, 0.0],
        [-S45, -S45],
        [0.0, 1.0],
        [S45, -S45],
        [-1.0, 0.0],
        [S45, S45],
        [0.0, -1.0],
        [-S45, S45],
    ];
    let y0 = -f64::from(x + 3.0) * std::f64::consts::PI * 0.25;
    let (s0, c0) = (y0.sin(), y0.cos());
    let mut w = [0f32; 8];
    let mut sum = 0f32;
    for (i, slot) in w.iter_mut().enumerate() {
        let t = x + 3.0 - i as f32;
        *slot = if t.abs() >= f32::EPSILON {
            let y = -f64::from(t) * std::f64::consts::PI * 0.25;
            ((CS[i][0] * s0 + CS[i][1] * c0) / (y * y)) as f32
        } else {
            1e30
        };
        sum += *slot;
    }
    let inv = 1.0 / sum;
    w.map(|v| v * inv)
}

/// One output sample's source start (possibly outside the image, then
/// clamped when read) and fixed-point weights.
struct Tap {
    start: i64,
    weights: Vec<i32>,
}

/// The taps along one axis; OpenCV pulls linear taps inside the image
/// along rows (`clamp`) but not down columns, whose rows it clamps instead.
fn taps(
    size: usize,
    out: usize,
    (scale, inv): (f64, f64),
    interp: Interp,
    area_mode: bool,
    clamp: bool,
) -> Vec<Tap> {
    (0..out)
        .map(|d| {
            let (mut s, mut f) = if area_mode {
                let s = (d as f64 * scale).floor() as i64;
                let f = ((d + 1) as f64 - (s + 1) as f64 * inv) as f32;
                (s, if f <= 0.0 { 0.0 } else { f - f.floor() })
            } else {
                let f = ((d as f64 + 0.5) * scale - 0.5) as f32;
                let s = f.floor();
                (s as i64, f - s)
            };
            if interp == Interp::Cubic {
                let w = cubic_weights(f);
                return Tap {
                    start: s - 1,
                    weights: w.iter().map(|&v| round_short(v * COEF_SCALE)).collect(),
                };
            }
            if interp == Interp::Lanczos4 {
                let w = lanczos_weights(f);
                return Tap {
                    start: s - 3,
                    weights: w.iter().map(|&v| round_short(v * COEF_SCALE)).collect(),
                };
            }
            if clamp && s < 0 {
                (s, f) = (0, 0.0);
            }
            if clamp && s >= size as i64 - 1 {
                (s, f) = (size as i64 - 1, 0.0);
            }
            Tap {
                start: s,
                weights: vec![
                    round_short((1.0 - f) * COEF_SCALE),
                    round_short(f * COEF_SCALE),
                ],
            }
        })
        .collect()
}

/// Horizontal pass into 32-bit sums, then the vertical pass back to
/// 8 bits (linear: as OpenCV's vector code rounds; `wide` cubic and
/// Lanczos kernels: rounded).
fn separable(src: &Pixels, dw: usize, dh: usize, xt: &[Tap], yt: &[Tap], wide: bool) -> Pixels {
    let c = src.channels;
    let clamp = |i: i64, n: usize| i.clamp(0, n as i64 - 1) as usize;
    let rows: Vec<Vec<i32>> = (0..src.height)
        .map(|y| {
            let mut row = Vec::with_capacity(dw * c);
            for t in xt {
                for ch in 0..c {
                    let sum: i32 = t
                        .weights
                        .iter()
                        .enumerate()
                        .map(|(k, &w)| {
                            i32::from(src.at(y, clamp(t.start + k as i64, src.width), ch)) * w
                        })
                        .sum();
                    row.push(sum);
                }
            }
            row
        })
        .collect();
    let mut data = Vec::with_capacity(dw * dh * c);
    for t in yt {
        let used: Vec<(&Vec<i32>, i32)> = t
            .weights
            .iter()
            .enumerate()
            .map(|(k, &w)| (&rows[clamp(t.start + k as i64, src.height)], w))
            .collect();
        for i in 0..dw * c {
            let v = if wide {
                let sum: i64 = used
                    .iter()
                    .map(|(r, w)| i64::from(r[i]) * i64::from(*w))
                    .sum();
                (sum + (1 << 21)) >> 22
            } else {
                let part = |(r, w): &(&Vec<i32>, i32)| (w * (r[i] >> 4)) >> 16;
                i64::from((part(&used[0]) + part(&used[1]) + 2) >> 2)
            };
            data.push(v.clamp(0, 255) as u8);
        }
    }
    Pixels {
        data,
        height: dh,
        width: dw,
        channels: c,
    }
}

/// Area weights along one axis: for each output sample, the source
/// samples it covers and the share of each.
fn area_taps(size: usize, out: usize, scale: f64) -> Vec<Vec<(usize, f32)>> {
    (0..out)
        .map(|d| {
            let f1 = d as f64 * scale;
            let f2 = f1 + scale;
            let cell = scale.min(size as f64 - f1);
            let s2 = (f2.floor() as i64).min(size as i64 - 1);
            let s1 = (f1.ceil() as i64).min(s2);
            let mut v = Vec::new();
            if s1 as f64 - f1 > 1e-3 {
                v.push(((s1 - 1) as usize, ((s1 as f64 - f1) / cell) as f32));
            }
            for s in s1..s2 {
                v.push((s as usize, (1.0 / cell) as f32));
            }
            if f2 - s2 as f64 > 1e-3 {
                v.push((
                    s2 as usize,
                    ((f2 - s2 as f64).min(1.0).min(cell) / cell) as f32,
                ));
            }
            v
        })
        .collect()
}

/// Area averaging; `whole` scale factors average blocks with one float
/// multiply (or, for 2x2 blocks, an integer shift), as OpenCV's fast path
/// does.
fn area(
    src: &Pixels,
    dw: usize,
    dh: usize,
    xt: &[Vec<(usize, f32)>],
    yt: &[Vec<(usize, f32)>],
    whole: bool,
) -> Pixels {
    let c = src.channels;
    let mut data = Vec::with_capacity(dw * dh * c);
    let (bx, by) = (src.width / dw.max(1), src.height / dh.max(1));
    // OpenCV's SIMD path for 2x2 blocks of 1, 3 or 4 channels rounds
    // halves up; every other block size rounds `sum * (1 / area)` to even.
    let halves = whole && bx == 2 && by == 2 && c != 2;
    for (dy, ys) in yt.iter().enumerate() {
        for (dx, xs) in xt.iter().enumerate() {
            for ch in 0..c {
                let v = if whole {
                    let mut sum = 0i32;
                    for y in dy * by..(dy + 1) * by {
                        for x in dx * bx..(dx + 1) * bx {
                            sum += i32::from(src.at(y, x, ch));
                        }
                    }
                    if halves {
                        ((sum + 2) >> 2) as f32
                    } else {
                        sum as f32 * (1.0 / (bx * by) as f32)
                    }
                } else {
                    ys.iter()
                        .map(|&(sy, beta)| {
                            beta * xs
                                .iter()
                                .map(|&(sx, alpha)| f32::from(src.at(sy, sx, ch)) * alpha)
                                .sum::<f32>()
                        })
                        .sum()
                };
                data.push(v.round_ties_even().clamp(0.0, 255.0) as u8);
            }
        }
    }
    Pixels {
        data,
        height: dh,
        width: dw,
        channels: c,
    }
}
