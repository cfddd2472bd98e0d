//! Float kernels written to vectorise where libm's are scalar calls: an
//! `exp` for float32 (Cephes' polynomial, within 1 ulp, like NumPy's SIMD
//! `exp`, which is not correctly rounded either).

/// `e**x` in single precision, branch-free so loops over slices vectorise.
#[inline]
pub fn exp_f32(x: f32) -> f32 {
    const LOG2E: f32 = std::f32::consts::LOG2_E;
    const LN2_HI: f32 = 0.693_359_4;
    const LN2_LO: f32 = -2.121_944_4e-4;
    const HI: f32 = 88.722_84;
    const LO: f32 = -103.972_08;
    let xc = x.clamp(LO, HI);
    // Round to nearest with the 1.5 * 2**23 trick: SSE2 has no rounding
    // instruction, and |xc * LOG2E| < 2**22 here.
    const MAGIC: f32 = 12_582_912.0;
    let shifted = xc * LOG2E + MAGIC;
    let n = shifted - MAGIC;
    let r = xc - n * LN2_HI - n * LN2_LO;
    let z = r * r;
    let p = ((((1.987_569_1e-4 * r + 1.398_199_9e-3) * r + 8.333_452e-3) * r + 4.166_579_6e-2) * r
        + 1.666_666_5e-1)
        * r
        + 0.5;
    let y = p * z + r + 1.0;
    // 2**n in two steps, so that both factors stay normal numbers. The
    // integer n is read from the low bits of `shifted` (MAGIC + n exactly,
    // as |n| <= 150): `n as i32` would saturate, which does not vectorise.
    let n = (shifted.to_bits() as i32).wrapping_sub(MAGIC.to_bits() as i32);
    let half = n >> 1;
    let s1 = f32::from_bits(((half + 127) as u32) << 23);
    let s2 = f32::from_bits(((n - half + 127) as u32) << 23);
    let v = y * s1 * s2;
    if x > HI {
        f32::INFINITY
    } else if x < LO {
        0.0
    } else if x.is_nan() {
        x
    } else {
        v
    }
}

/// [`exp_f32`] of every element of `src`, appended to `out`. On x86-64
/// CPUs with AVX2 the loop runs eight lanes wide (NumPy dispatches its
/// SIMD loops the same way); the results are the same bits either way, as
/// no multiply and add is fused.
pub fn exp_f32_block(src: &[f32], out: &mut Vec<f32>) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU running this has AVX2, checked just above.
        unsafe { exp_f32_avx2(src, out) };
        return;
    }
    out.extend(src.iter().map(|&x| exp_f32(x)));
}

/// [`exp_f32_block`]'s loop compiled for AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn exp_f32_avx2(src: &[f32], out: &mut Vec<f32>) {
    out.extend(src.iter().map(|&x| exp_f32(x)));
}

#[cfg(test)]
mod tests {
    use super::{exp_f32, exp_f32_block};

    /// The distance in units of the last place between two finite floats.
    fn ulps(a: f32, b: f32) -> u32 {
        (a.to_bits() as i64 - b.to_bits() as i64).unsigned_abs() as u32
    }

    #[test]
    fn exp_f32_is_within_one_ulp() {
        let mut worst = 0;
        let mut x = -103.0f32;
        while x < 88.7 {
            let exact = (x as f64).exp() as f32;
            worst = worst.max(ulps(exp_f32(x), exact));
            x += 0.013;
        }
        assert!(worst <= 1, "worst error {worst} ulp");
        assert_eq!(exp_f32(0.0), 1.0);
        assert_eq!(exp_f32(1000.0), f32::INFINITY);
        assert_eq!(exp_f32(-1000.0), 0.0);
        assert!(exp_f32(f32::NAN).is_nan());
        assert_eq!(exp_f32(f32::NEG_INFINITY), 0.0);
    }

    #[test]
    fn the_block_loop_gives_the_element_loops_bits() {
        let mut src: Vec<f32> = (0..2000).map(|k| (k as f32 - 1000.0) * 0.111).collect();
        src.extend([
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            0.0,
            -0.0,
            88.8,
            -104.0,
        ]);
        let mut out = Vec::new();
        exp_f32_block(&src, &mut out);
        assert_eq!(out.len(), src.len());
        for (x, y) in src.iter().zip(&out) {
            assert_eq!(exp_f32(*x).to_bits(), y.to_bits(), "exp({x})");
        }
    }
}
