//! Pillow's resize: two separable passes (horizontal, then vertical) of
//! a filter whose support widens with the downscale factor (so shrinking
//! averages every source pixel), weights normalised to sum 1 and rounded
//! to 22-bit fixed point, each pass rounding to 8 bits; and NEAREST as
//! Pillow's affine sampling at pixel centres.

use super::pixels::Pixels;

/// Pillow's filter numbers (`Image.Resampling`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Filter {
    /// 0: the nearest source pixel.
    Nearest,
    /// 1: a windowed sinc of 3 lobes.
    Lanczos,
    /// 2: a triangle.
    Bilinear,
    /// 3: Keys' cubic with a = -0.5.
    Bicubic,
    /// 4: a box (an average when shrinking).
    Box,
    /// 5: a Hamming-windowed sinc.
    Hamming,
}

impl Filter {
    /// The filter with Pillow's number.
    pub fn from_code(code: i64) -> Option<Filter> {
        Some(match code {
            0 => Filter::Nearest,
            1 => Filter::Lanczos,
            2 => Filter::Bilinear,
            3 => Filter::Bicubic,
            4 => Filter::Box,
            5 => Filter::Hamming,
            _ => return None,
        })
    }

    /// Half the width of the filter at scale 1.
    fn support(self) -> f64 {
        match self {
            Filter::Box | Filter::Nearest => 0.5,
            Filter::Bilinear | Filter::Hamming => 1.0,
            Filter::Bicubic => 2.0,
            Filter::Lanczos => 3.0,
        }
    }

    /// The filter's weight at distance `x`.
    fn weight(self, x: f64) -> f64 {
        match self {
            Filter::Box | Filter::Nearest => {
                if x > -0.5 && x <= 0.5 {
                    1.0
                } else {
                    0.0
                }
            }
            Filter::Bilinear => (1.0 - x.abs()).max(0.0),
            Filter::Hamming => {
                let x = x.abs();
                if x == 0.0 {
                    1.0
                } else if x >= 1.0 {
                    0.0
                } else {
                    let x = x * std::f64::consts::PI;
                    x.sin() / x * (0.54 + 0.46 * x.cos())
                }
            }
            Filter::Bicubic => {
                let a = -0.5;
                let x = x.abs();
                if x < 1.0 {
                    ((a + 2.0) * x - (a + 3.0)) * x * x + 1.0
                } else if x < 2.0 {
                    (((x - 5.0) * x + 8.0) * x - 4.0) * a
                } else {
                    0.0
                }
            }
            Filter::Lanczos => {
                if x > -3.0 && x < 3.0 {
                    sinc(x) * sinc(x / 3.0)
                } else {
                    0.0
                }
            }
        }
    }
}

fn sinc(x: f64) -> f64 {
    if x == 0.0 {
        1.0
    } else {
        let x = x * std::f64::consts::PI;
        x.sin() / x
    }
}

/// Bits after the point of the fixed-point weights (32 − 8 − 2).
const PRECISION_BITS: u32 = 22;

/// The weights of one output sample: the first source index and one
/// fixed-point weight per source sample from there.
struct Taps {
    first: usize,
    weights: Vec<i32>,
}

/// The taps of every output sample along an axis of `in_size` samples
/// whose span `in0..in1` (Pillow's box, single precision) is shrunk or
/// stretched to `out_size`.
fn taps(in_size: usize, (in0, in1): (f32, f32), out_size: usize, filter: Filter) -> Vec<Taps> {
    let scale = f64::from(in1 - in0) / out_size as f64;
    let filter_scale = scale.max(1.0);
    let support = filter.support() * filter_scale;
    (0..out_size)
        .map(|i| {
            let center = f64::from(in0) + (i as f64 + 0.5) * scale;
            // C's truncating casts, then clamped to the image.
            let lo = ((center - support + 0.5) as i64).max(0) as usize;
            let hi = ((center + support + 0.5) as i64).min(in_size as i64) as usize;
            let raw: Vec<f64> = (lo..hi.max(lo))
                .map(|x| filter.weight((x as f64 - center + 0.5) / filter_scale))
                .collect();
            let total: f64 = raw.iter().sum();
            let weights = raw
                .iter()
                .map(|&w| {
                    let w = if total != 0.0 { w / total } else { w };
                    let fixed = w * f64::from(1u32 << PRECISION_BITS);
                    // Rounded half away from zero, as Pillow's casts do.
                    (if w < 0.0 { fixed - 0.5 } else { fixed + 0.5 }) as i32
                })
                .collect();
            Taps { first: lo, weights }
        })
        .collect()
}

/// A fixed-point sum back to 8 bits, clamped.
#[inline]
fn clip8(sum: i64) -> u8 {
    (sum >> PRECISION_BITS).clamp(0, 255) as u8
}

/// The horizontal pass: each output sample from the taps of its column.
fn horizontal(src: &Pixels, out_w: usize, taps: &[Taps]) -> Pixels {
    let c = src.channels;
    let mut out = Pixels::filled(src.height, out_w, c, 0);
    let half = 1i64 << (PRECISION_BITS - 1);
    let in_row = src.width * c;
    for (row, dst) in src
        .data
        .chunks_exact(in_row.max(1))
        .zip(out.data.chunks_exact_mut((out_w * c).max(1)))
    {
        for (t, px) in taps.iter().zip(dst.chunks_exact_mut(c)) {
            let start = t.first * c;
            for (ch, v) in px.iter_mut().enumerate() {
                let mut sum = half;
                for (k, &w) in t.weights.iter().enumerate() {
                    sum += i64::from(row[start + k * c + ch]) * i64::from(w);
                }
                *v = clip8(sum);
            }
        }
    }
    out
}

/// The vertical pass: each output row a weighted sum of whole source rows.
fn vertical(src: &Pixels, out_h: usize, taps: &[Taps]) -> Pixels {
    let row_len = src.width * src.channels;
    let mut out = Pixels::filled(out_h, src.width, src.channels, 0);
    let half = 1i64 << (PRECISION_BITS - 1);
    let mut sums = vec![0i64; row_len];
    for (t, dst) in taps.iter().zip(out.data.chunks_exact_mut(row_len.max(1))) {
        sums.iter_mut().for_each(|s| *s = half);
        for (k, &w) in t.weights.iter().enumerate() {
            let row = &src.data[(t.first + k) * row_len..(t.first + k + 1) * row_len];
            for (s, &v) in sums.iter_mut().zip(row) {
                *s += i64::from(v) * i64::from(w);
            }
        }
        for (d, &s) in dst.iter_mut().zip(&sums) {
            *d = clip8(s);
        }
    }
    out
}

/// Pillow's resize of 8-bit pixels to `out_w` × `out_h`; `bx` is the
/// source region `(left, upper, right, lower)` (for NEAREST the whole
/// image: Pillow maps a box through its affine transform instead).
pub fn resize(src: &Pixels, out_w: usize, out_h: usize, filter: Filter, bx: [f32; 4]) -> Pixels {
    if filter == Filter::Nearest {
        return nearest(src, out_w, out_h);
    }
    let (w, h) = (src.width as f32, src.height as f32);
    let mut img = src.clone();
    if out_w != src.width || bx[0] != 0.0 || bx[2] != w {
        img = horizontal(&img, out_w, &taps(src.width, (bx[0], bx[2]), out_w, filter));
    }
    if out_h != src.height || bx[1] != 0.0 || bx[3] != h {
        img = vertical(
            &img,
            out_h,
            &taps(src.height, (bx[1], bx[3]), out_h, filter),
        );
    }
    img
}

/// Source positions of NEAREST along one axis: Pillow steps a double
/// from the centre of the first pixel and truncates it.
fn nearest_index(in_size: usize, out_size: usize) -> Vec<usize> {
    let step = in_size as f64 / out_size as f64;
    let mut pos = step * 0.5;
    (0..out_size)
        .map(|_| {
            let i = (pos as usize).min(in_size.saturating_sub(1));
            pos += step;
            i
        })
        .collect()
}

fn nearest(src: &Pixels, out_w: usize, out_h: usize) -> Pixels {
    let xs = nearest_index(src.width, out_w);
    let ys = nearest_index(src.height, out_h);
    let c = src.channels;
    let mut data = Vec::with_capacity(out_w * out_h * c);
    for &y in &ys {
        for &x in &xs {
            let at = (y * src.width + x) * c;
            data.extend_from_slice(&src.data[at..at + c]);
        }
    }
    Pixels {
        data,
        height: out_h,
        width: out_w,
        channels: c,
    }
}
