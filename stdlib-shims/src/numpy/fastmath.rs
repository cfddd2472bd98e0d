//! NumPy's own float32 `exp` and `log`, bit for bit. On x86-64 CPUs with
//! AVX2 and FMA (and on AVX-512 ones) NumPy 2.3 computes both in SIMD
//! kernels of its own (`loops_exponent_log.dispatch.c.src`), for arrays and
//! scalars alike, and those are not correctly rounded (up to 2.5 and 3.8
//! ulp): a script printing `np.exp(x)` of float32 data shows the kernels'
//! last digits. Each function below follows the kernel's steps in scalar
//! form (Cody-Waite range reduction, a rational minimax approximation with
//! fused multiply-adds, one rounding when scaling by a power of two), with
//! NumPy's constants as bit patterns.

/// Bits of NumPy's float32 constants (`npy_simd_data.h`, `npy_math.h`).
mod k {
    /// `NPY_LOG2Ef`.
    pub const LOG2E: u32 = 0x3fb8_aa3b;
    /// `NPY_LOGE2f`.
    pub const LOGE2: u32 = 0x3f31_7218;
    /// `NPY_SQRT1_2f`.
    pub const SQRT1_2: u32 = 0x3f35_04f3;
    /// `NPY_CODY_WAITE_LOGE_2_HIGHf` and `_LOWf`: -ln 2 in two parts.
    pub const LN2: [u32; 2] = [0xbf31_7200, 0xb5bf_be8e];
    /// `exp`'s numerator coefficients, `NPY_COEFF_P5_EXPf` down to `P0`.
    pub const EXP_P: [u32; 6] = [
        0x3a05_3dd8,
        0x3bdd_7159,
        0x3d51_7d8c,
        0x3e7d_4c58,
        0x3f39_cbd5,
        0x3f80_0000,
    ];
    /// `exp`'s denominator coefficients, `Q2` down to `Q0`.
    pub const EXP_Q: [u32; 3] = [0x3cb0_e832, 0xbe8c_6857, 0x3f80_0000];
    /// `log`'s numerator coefficients, `NPY_COEFF_P5_LOGf` down to `P0`.
    pub const LOG_P: [u32; 6] = [
        0x3cd4_2bcd,
        0x3ec3_0333,
        0x3fbd_70a9,
        0x4007_361c,
        0x3f80_0000,
        0x0000_0000,
    ];
    /// `log`'s denominator coefficients, `Q5` down to `Q0`.
    pub const LOG_Q: [u32; 6] = [
        0x3bc0_83df,
        0x3e1e_5bf3,
        0x3f7c_8ae4,
        0x401c_fe0d,
        0x4027_361c,
        0x3f80_0000,
    ];
    /// `exp`'s limits: at or above `XMAX` it gives inf, at or below `XMIN` 0.
    pub const XMAX: u32 = 0x42b1_7218;
    /// See [`XMAX`].
    pub const XMIN: u32 = 0xc2cf_f1b5;
}

/// The polynomial with coefficients `c` (highest power first, as bits) at
/// `x`, by Horner's rule with fused multiply-adds.
#[inline(always)]
fn horner(c: &[u32], x: f32) -> f32 {
    let mut acc = f32::from_bits(c[0]);
    for &b in &c[1..] {
        acc = acc.mul_add(x, f32::from_bits(b));
    }
    acc
}

/// `e**x` in single precision, as NumPy's SIMD kernel computes it.
#[inline]
pub fn exp_f32(x: f32) -> f32 {
    let (xmax, xmin) = (f32::from_bits(k::XMAX), f32::from_bits(k::XMIN));
    let special = x.is_nan() || x >= xmax || x <= xmin;
    let xr = if special { 0.0 } else { x };
    // Round to nearest with the 1.5 * 2**23 trick, as the kernel does.
    const MAGIC: f32 = 12_582_912.0;
    let shifted = xr * f32::from_bits(k::LOG2E) + MAGIC;
    let quadrant = shifted - MAGIC;
    let r = quadrant.mul_add(f32::from_bits(k::LN2[0]), xr);
    let r = quadrant.mul_add(f32::from_bits(k::LN2[1]), r);
    let poly = horner(&k::EXP_P, r) / horner(&k::EXP_Q, r);
    // poly * 2**quadrant rounded once (the kernel's `scalef`): exact in
    // float64, as |quadrant| <= 150. The integer is read from the low
    // bits of `shifted` (a saturating `as i32` would not vectorise).
    let n = (shifted.to_bits() as i32).wrapping_sub(MAGIC.to_bits() as i32);
    let scale = f64::from_bits(((i64::from(n) + 1023) as u64) << 52);
    let v = (f64::from(poly) * scale) as f32;
    if x.is_nan() {
        x
    } else if x >= xmax {
        f32::INFINITY
    } else if x <= xmin {
        0.0
    } else {
        v
    }
}

/// The natural logarithm in single precision, as NumPy's SIMD kernel
/// computes it (a negative `x` gives a NaN with the sign bit set).
#[inline]
pub fn log_f32(x: f32) -> f32 {
    let xs = if x < 0.0 { 0.0 } else { x };
    // Subnormals are scaled by 2**100 first, then their exponent corrected.
    let subnormal = xs < f32::MIN_POSITIVE;
    let scaled = if subnormal {
        xs * f32::from_bits(0x7180_0000)
    } else {
        xs
    };
    let bits = scaled.to_bits();
    let mut exponent = ((bits >> 23) as i32 - 126) as f32;
    if subnormal {
        exponent -= 100.0;
    }
    // The mantissa in [0.5, 1), moved to [sqrt(1/2), sqrt(2)).
    let mut m = f32::from_bits((bits & 0x007f_ffff) | (126 << 23));
    if m <= f32::from_bits(k::SQRT1_2) {
        m += m;
        exponent -= 1.0;
    }
    let y = m - 1.0;
    let poly = horner(&k::LOG_P, y) / horner(&k::LOG_Q, y);
    let v = exponent.mul_add(f32::from_bits(k::LOGE2), poly);
    if x.is_nan() {
        f32::NAN
    } else if x < 0.0 {
        -f32::NAN
    } else if x == 0.0 {
        f32::NEG_INFINITY
    } else if x == f32::INFINITY {
        x
    } else {
        v
    }
}

/// [`exp_f32`] of every element of `src`, appended to `out`.
pub fn exp_f32_block(src: &[f32], out: &mut Vec<f32>) {
    map_block(src, out, exp_f32);
}

/// [`log_f32`] of every element of `src`, appended to `out`.
pub fn log_f32_block(src: &[f32], out: &mut Vec<f32>) {
    map_block(src, out, log_f32);
}

/// `f` of every element of `src`, appended to `out`. On x86-64 CPUs with
/// AVX2 and FMA the loop is compiled for them (eight lanes wide, fused
/// multiply-adds in hardware, as NumPy dispatches its own loops); the bits
/// are the same either way, as `mul_add` always rounds once.
fn map_block(src: &[f32], out: &mut Vec<f32>, f: impl Fn(f32) -> f32 + Copy) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
        // SAFETY: the CPU running this has AVX2 and FMA, checked just above.
        unsafe { map_avx2(src, out, f) };
        return;
    }
    out.extend(src.iter().map(|&x| f(x)));
}

/// [`map_block`]'s loop compiled for AVX2 and FMA, `f` inlined into it.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
fn map_avx2(src: &[f32], out: &mut Vec<f32>, f: impl Fn(f32) -> f32) {
    out.extend(src.iter().map(|&x| f(x)));
}

#[cfg(test)]
mod tests {
    use super::{exp_f32, exp_f32_block, log_f32, log_f32_block};

    /// Bits NumPy 2.3.5 gives on an AVX-512 CPU (the AVX2 kernel's are the
    /// same): `np.exp` and `np.log` of float32 inputs given as bits.
    #[test]
    fn numpys_bits() {
        let exp = [
            (0xbd75_c28f, 0x3f71_177c), // -0.06 -> 0.9417646
            (0x3d23_d70a, 0x3f85_3949), // 0.04
            (0x0000_0000, 0x3f80_0000),
            (0x42b1_7218, 0x7f80_0000), // xmax -> inf
            (0xc2cf_f1b5, 0x0000_0000), // xmin -> 0
        ];
        for (x, y) in exp {
            assert_eq!(exp_f32(f32::from_bits(x)).to_bits(), y, "exp({x:#x})");
        }
        assert!(exp_f32(f32::NAN).is_nan());
        assert_eq!(exp_f32(f32::NEG_INFINITY), 0.0);
        assert_eq!(log_f32(1.0), 0.0);
        assert_eq!(log_f32(0.0), f32::NEG_INFINITY);
        assert_eq!(log_f32(f32::INFINITY), f32::INFINITY);
        assert!(log_f32(-1.0).is_nan() && log_f32(-1.0).is_sign_negative());
        assert_eq!(log_f32(20.001).to_bits(), 0x403f_bae6);
    }

    /// The kernels stay within NumPy's stated error (2.52 and 3.83 ulp).
    #[test]
    fn within_numpys_error() {
        let ulps = |a: f32, b: f32| (a.to_bits() as i64 - b.to_bits() as i64).unsigned_abs();
        let mut x = -103.0f32;
        while x < 88.7 {
            assert!(ulps(exp_f32(x), (x as f64).exp() as f32) <= 3, "exp({x})");
            x += 0.013;
        }
        let mut x = 1e-40f32;
        while x < 1e30 {
            assert!(ulps(log_f32(x), (x as f64).ln() as f32) <= 4, "log({x})");
            x *= 1.37;
        }
    }

    #[test]
    fn the_block_loops_give_the_element_loops_bits() {
        let mut src: Vec<f32> = (0..2000).map(|k| (k as f32 - 1000.0) * 0.111).collect();
        src.extend([
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            0.0,
            -0.0,
            88.8,
            -104.0,
            1e-42,
        ]);
        let (mut e, mut l) = (Vec::new(), Vec::new());
        exp_f32_block(&src, &mut e);
        log_f32_block(&src, &mut l);
        assert_eq!((e.len(), l.len()), (src.len(), src.len()));
        for (i, x) in src.iter().enumerate() {
            assert_eq!(exp_f32(*x).to_bits(), e[i].to_bits(), "exp({x})");
            assert_eq!(log_f32(*x).to_bits(), l[i].to_bits(), "log({x})");
        }
    }
}
