//! OpenCV's Gaussian kernels (`getGaussianKernel`'s bit-exact version:
//! fixed binomial tables for small sizes when sigma ≤ 0, else sampled and
//! normalised) and their 8-bit fixed-point form (1/256 steps, rounded
//! with error diffusion so that they sum to exactly 1).

/// The binomial kernels OpenCV uses for sizes 1–9 when sigma ≤ 0, in
/// 1/256 steps.
const SMALL: [&[u32]; 5] = [
    &[256],
    &[64, 128, 64],
    &[16, 64, 96, 64, 16],
    &[8, 28, 56, 72, 56, 28, 8],
    &[4, 13, 30, 51, 60, 51, 30, 13, 4],
];

/// The `n`-tap Gaussian kernel of standard deviation `sigma` (≤ 0: from
/// the size), summing to 1.
pub fn kernel(n: usize, sigma: f64) -> Vec<f64> {
    if sigma <= 0.0 && !n.is_multiple_of(2) {
        if let Some(k) = SMALL.get(n / 2) {
            return k.iter().map(|&v| f64::from(v) / 256.0).collect();
        }
    }
    let sigma = if sigma > 0.0 {
        sigma
    } else {
        (n as f64).mul_add(0.15, 0.35)
    };
    let scale = -0.125 / (sigma * sigma);
    let half = (n - 1) / 2;
    // Positions are doubled (x = 1 - n, 3 - n, …) so they stay whole.
    let values: Vec<f64> = (0..half)
        .map(|i| {
            let x = 2 * i as i64 + 1 - n as i64;
            ((x * x) as f64 * scale).exp()
        })
        .collect();
    let mut sum = values.iter().sum::<f64>() * 2.0 + 1.0;
    if n.is_multiple_of(2) {
        sum += 1.0;
    }
    let mul = 1.0 / sum;
    let mut out = vec![mul; n];
    for (i, v) in values.iter().enumerate() {
        out[i] = v * mul;
        out[n - 1 - i] = v * mul;
    }
    out
}

/// An odd kernel in 1/256 steps: each side rounded with the rounding
/// error carried to the next tap, the centre taking what is left of 256.
pub fn fixed(k: &[f64]) -> Vec<i64> {
    let n = k.len();
    let mut out = vec![0; n];
    let (mut err, mut sum) = (0.0, 0);
    for i in 0..n / 2 {
        let adj = k[i] * 256.0 + err;
        let v = adj.round_ties_even();
        err = adj - v;
        out[i] = v as i64;
        out[n - 1 - i] = v as i64;
        sum += v as i64;
    }
    out[n / 2] = 256 - 2 * sum;
    out
}
