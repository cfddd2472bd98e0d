//! Complex discrete Fourier transforms of any length, in f64: the engine
//! behind `numpy.fft` (pocketfft's role in NumPy).
//!
//! A length is split into factors of 4, 2, 3 and 5 first, then any other
//! prime, and transformed by the recursive mixed-radix (Cooley-Tukey)
//! algorithm: each level runs `p` transforms of a `p`-th of the length on
//! the decimated input, then combines them with the twiddle factors. A
//! length with a prime factor above [`DIRECT_PRIME_LIMIT`] is transformed
//! by Bluestein's algorithm instead (a convolution with a chirp, done with
//! power-of-two transforms), which keeps every length O(n log n).
//!
//! Every twiddle factor is `cos`/`sin` of its own angle (no recurrences),
//! so results are accurate to a few units in the last place times log n,
//! as pocketfft's are; they are not bit for bit pocketfft's.

use num_complex::Complex;
use std::cell::RefCell;
use std::f64::consts::PI;

type C = Complex<f64>;

/// Prime factors up to this are transformed directly (O(p²) per
/// butterfly); a length with a larger one goes through Bluestein.
const DIRECT_PRIME_LIMIT: usize = 37;

/// What a transform of one length and direction needs, made once.
struct Plan {
    n: usize,
    forward: bool,
    /// The radices, outermost first; their product is `n`.
    factors: Vec<usize>,
    /// `e^(∓2πik/n)` for k in 0..n (minus for forward transforms).
    twiddles: Vec<C>,
    /// Set for lengths with a large prime factor.
    bluestein: Option<Box<Bluestein>>,
}

/// Bluestein's algorithm for one length `n`: `X = w · ((x · w) ⊛ conj(w))`
/// with the chirp `w_k = e^(∓πik²/n)`, the convolution done by transforms
/// of a power of two `m ≥ 2n - 1`.
struct Bluestein {
    chirp: Vec<C>,
    /// The forward transform of the zero-padded, wrapped conjugate chirp.
    kernel: Vec<C>,
    /// Forward transform of length `m`.
    inner: Plan,
    /// Inverse transform of length `m`.
    inner_inverse: Plan,
}

thread_local! {
    /// The plans made by this thread, newest last (a script transforms
    /// frames of a few lengths over and over).
    static PLANS: RefCell<Vec<std::rc::Rc<Plan>>> = const { RefCell::new(Vec::new()) };
}

/// The most plans a thread keeps.
const PLAN_CACHE: usize = 8;

/// Transforms every row of `buf` (rows of `n` values) in place.
pub fn transform_rows(buf: &mut [C], n: usize, forward: bool) {
    if n <= 1 || buf.is_empty() {
        return;
    }
    let plan = cached_plan(n, forward);
    let mut out = vec![C::new(0.0, 0.0); n];
    for row in buf.chunks_exact_mut(n) {
        plan.run(row, &mut out);
        row.copy_from_slice(&out);
    }
}

fn cached_plan(n: usize, forward: bool) -> std::rc::Rc<Plan> {
    PLANS.with(|plans| {
        let mut plans = plans.borrow_mut();
        if let Some(p) = plans.iter().find(|p| p.n == n && p.forward == forward) {
            return p.clone();
        }
        let plan = std::rc::Rc::new(Plan::new(n, forward));
        if plans.len() == PLAN_CACHE {
            plans.remove(0);
        }
        plans.push(plan.clone());
        plan
    })
}

/// `e^(i·sign·2π·k/n)`, from the angle itself.
fn unit(k: usize, n: usize, sign: f64) -> C {
    let angle = 2.0 * PI * (k as f64) / (n as f64);
    C::new(angle.cos(), sign * angle.sin())
}

/// The radices of `n` (4s first, then 2, 3, 5 and the other primes), or
/// `None` when a prime factor is above [`DIRECT_PRIME_LIMIT`].
fn factorize(mut n: usize) -> Option<Vec<usize>> {
    let mut factors = Vec::new();
    while n.is_multiple_of(4) {
        factors.push(4);
        n /= 4;
    }
    let mut p = 2;
    while n > 1 {
        while n.is_multiple_of(p) {
            if p > DIRECT_PRIME_LIMIT {
                return None;
            }
            factors.push(p);
            n /= p;
        }
        p += if p == 2 { 1 } else { 2 };
        if p * p > n && n > 1 {
            p = n;
        }
    }
    Some(factors)
}

impl Plan {
    fn new(n: usize, forward: bool) -> Plan {
        let sign = if forward { -1.0 } else { 1.0 };
        match factorize(n) {
            Some(factors) => Plan {
                n,
                forward,
                factors,
                twiddles: (0..n).map(|k| unit(k, n, sign)).collect(),
                bluestein: None,
            },
            None => Plan {
                n,
                forward,
                factors: Vec::new(),
                twiddles: Vec::new(),
                bluestein: Some(Box::new(Bluestein::new(n, sign))),
            },
        }
    }

    /// Writes the transform of `input` to `out` (both of length `n`).
    fn run(&self, input: &[C], out: &mut [C]) {
        match &self.bluestein {
            Some(b) => b.run(input, out),
            None => self.pass(input, 1, out, &self.factors),
        }
    }

    /// The transform of `input[0], input[stride], …` (`out.len()` of them)
    /// into `out`, with the radices `factors`.
    fn pass(&self, input: &[C], stride: usize, out: &mut [C], factors: &[usize]) {
        let Some((&p, rest)) = factors.split_first() else {
            out[0] = input[0];
            return;
        };
        let m = out.len() / p;
        if rest.is_empty() {
            // The last level's transforms are of one value each.
            for (q, slot) in out.iter_mut().enumerate() {
                *slot = input[q * stride];
            }
        } else {
            for (q, part) in out.chunks_exact_mut(m).enumerate() {
                self.pass(&input[q * stride..], stride * p, part, rest);
            }
        }
        // This level's twiddles are every `stride`-th of the table.
        match p {
            2 => self.butterfly2(out, m, stride),
            3 => self.butterfly3(out, m, stride),
            4 => self.butterfly4(out, m, stride),
            5 => self.butterfly5(out, m, stride),
            _ => self.butterfly_generic(out, m, stride, p),
        }
    }

    fn butterfly2(&self, out: &mut [C], m: usize, step: usize) {
        let (lo, hi) = out.split_at_mut(m);
        for k in 0..m {
            let t = hi[k] * self.twiddles[k * step];
            hi[k] = lo[k] - t;
            lo[k] += t;
        }
    }

    fn butterfly4(&self, out: &mut [C], m: usize, step: usize) {
        let tw = &self.twiddles;
        for k in 0..m {
            let a0 = out[k];
            let a1 = out[k + m] * tw[k * step];
            let a2 = out[k + 2 * m] * tw[2 * k * step];
            let a3 = out[k + 3 * m] * tw[3 * k * step];
            let (s02, d02) = (a0 + a2, a0 - a2);
            let (s13, d13) = (a1 + a3, a1 - a3);
            // d13 times -i (forward) or +i (inverse).
            let rot = if self.forward {
                C::new(d13.im, -d13.re)
            } else {
                C::new(-d13.im, d13.re)
            };
            out[k] = s02 + s13;
            out[k + m] = d02 + rot;
            out[k + 2 * m] = s02 - s13;
            out[k + 3 * m] = d02 - rot;
        }
    }

    fn butterfly3(&self, out: &mut [C], m: usize, step: usize) {
        let tw = &self.twiddles;
        // e^(∓2πi/3) = -1/2 ∓ i·√3/2: `half_root3` is its imaginary part.
        let half_root3 = tw[self.n / 3].im;
        for k in 0..m {
            let a0 = out[k];
            let a1 = out[k + m] * tw[k * step];
            let a2 = out[k + 2 * m] * tw[2 * k * step];
            let (sum, diff) = (a1 + a2, a1 - a2);
            let mid = a0 - sum * 0.5;
            let rot = C::new(-half_root3 * diff.im, half_root3 * diff.re);
            out[k] = a0 + sum;
            out[k + m] = mid + rot;
            out[k + 2 * m] = mid - rot;
        }
    }

    fn butterfly5(&self, out: &mut [C], m: usize, step: usize) {
        let tw = &self.twiddles;
        // W = e^(∓2πi/5) and W²; W³ and W⁴ are their conjugates.
        let (ya, yb) = (tw[self.n / 5], tw[2 * self.n / 5]);
        for k in 0..m {
            let a0 = out[k];
            let a1 = out[k + m] * tw[k * step];
            let a2 = out[k + 2 * m] * tw[2 * k * step];
            let a3 = out[k + 3 * m] * tw[3 * k * step];
            let a4 = out[k + 4 * m] * tw[4 * k * step];
            let (s14, d14) = (a1 + a4, a1 - a4);
            let (s23, d23) = (a2 + a3, a2 - a3);
            out[k] = a0 + s14 + s23;
            // X1, X4 = a0 + s14·Re W + s23·Re W² ± i(Im W·d14 + Im W²·d23)
            let near = a0 + s14 * ya.re + s23 * yb.re;
            let z = d14 * ya.im + d23 * yb.im;
            let iz = C::new(-z.im, z.re);
            out[k + m] = near + iz;
            out[k + 4 * m] = near - iz;
            // X2, X3 = a0 + s14·Re W² + s23·Re W ± i(Im W²·d14 - Im W·d23)
            let far = a0 + s14 * yb.re + s23 * ya.re;
            let z = d14 * yb.im - d23 * ya.im;
            let iz = C::new(-z.im, z.re);
            out[k + 2 * m] = far + iz;
            out[k + 3 * m] = far - iz;
        }
    }

    /// A radix-`p` butterfly by the direct sum (any `p` up to
    /// [`DIRECT_PRIME_LIMIT`]).
    fn butterfly_generic(&self, out: &mut [C], m: usize, step: usize, p: usize) {
        let tw = &self.twiddles;
        let zero = C::new(0.0, 0.0);
        // W_p^j for j in 0..p, and the twiddled inputs of one butterfly.
        let mut roots = [zero; DIRECT_PRIME_LIMIT];
        for (j, r) in roots.iter_mut().take(p).enumerate() {
            *r = tw[j * (self.n / p)];
        }
        let mut t = [zero; DIRECT_PRIME_LIMIT];
        for k in 0..m {
            for (q, slot) in t.iter_mut().take(p).enumerate() {
                *slot = out[k + q * m] * tw[q * k * step];
            }
            for s in 0..p {
                let mut acc = t[0];
                let mut j = 0;
                for v in &t[1..p] {
                    // j = q·s mod p, stepped without dividing.
                    j += s;
                    if j >= p {
                        j -= p;
                    }
                    acc += v * roots[j];
                }
                out[k + s * m] = acc;
            }
        }
    }
}

impl Bluestein {
    fn new(n: usize, sign: f64) -> Bluestein {
        let m = (2 * n - 1).next_power_of_two();
        // w_k = e^(i·sign·π·k²/n), with k² reduced mod 2n (exact in usize)
        // so that the angle stays small and accurate.
        let chirp: Vec<C> = (0..n)
            .map(|k| {
                let k2 = (k as u128 * k as u128 % (2 * n as u128)) as usize;
                unit(k2, 2 * n, sign)
            })
            .collect();
        let mut kernel = vec![C::new(0.0, 0.0); m];
        kernel[0] = chirp[0].conj();
        for k in 1..n {
            kernel[k] = chirp[k].conj();
            kernel[m - k] = chirp[k].conj();
        }
        let inner = Plan::new(m, true);
        let mut transformed = vec![C::new(0.0, 0.0); m];
        inner.run(&kernel, &mut transformed);
        Bluestein {
            chirp,
            kernel: transformed,
            inner,
            inner_inverse: Plan::new(m, false),
        }
    }

    fn run(&self, input: &[C], out: &mut [C]) {
        let m = self.kernel.len();
        let mut a = vec![C::new(0.0, 0.0); m];
        for (slot, (x, w)) in a.iter_mut().zip(input.iter().zip(&self.chirp)) {
            *slot = x * w;
        }
        let mut spectrum = vec![C::new(0.0, 0.0); m];
        self.inner.run(&a, &mut spectrum);
        for (s, k) in spectrum.iter_mut().zip(&self.kernel) {
            *s *= k;
        }
        self.inner_inverse.run(&spectrum, &mut a);
        let scale = 1.0 / m as f64;
        for (o, (c, w)) in out.iter_mut().zip(a.iter().zip(&self.chirp)) {
            *o = c * w * scale;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{transform_rows, C};

    /// The DFT by its definition, in f64, for checking.
    fn naive(x: &[C], forward: bool) -> Vec<C> {
        let n = x.len();
        let sign = if forward { -1.0 } else { 1.0 };
        (0..n)
            .map(|k| {
                x.iter().enumerate().fold(C::new(0.0, 0.0), |acc, (j, v)| {
                    let angle = 2.0 * std::f64::consts::PI * ((j * k) % n) as f64 / n as f64;
                    acc + v * C::new(angle.cos(), sign * angle.sin())
                })
            })
            .collect()
    }

    #[test]
    fn every_length_matches_the_definition() {
        for n in (1..=70).chain([96, 100, 128, 210, 256, 400, 401, 512, 1000, 1021]) {
            for forward in [true, false] {
                let x: Vec<C> = (0..n)
                    .map(|k| C::new((k as f64 * 0.37).sin() + 0.5, (k as f64 * 1.3).cos()))
                    .collect();
                let want = naive(&x, forward);
                let mut got = x.clone();
                transform_rows(&mut got, n, forward);
                let scale = want.iter().map(|z| z.norm_sqr().sqrt()).fold(1.0, f64::max);
                for (g, w) in got.iter().zip(&want) {
                    assert!(
                        (g - w).norm_sqr().sqrt() <= 1e-12 * scale,
                        "n={n} forward={forward}"
                    );
                }
            }
        }
    }

    #[test]
    fn rows_are_transformed_separately() {
        let mut buf = vec![C::new(1.0, 0.0); 6];
        buf[3] = C::new(2.0, 0.0);
        transform_rows(&mut buf, 3, true);
        assert!((buf[0] - C::new(3.0, 0.0)).norm_sqr().sqrt() < 1e-15);
        assert!((buf[3] - C::new(4.0, 0.0)).norm_sqr().sqrt() < 1e-15);
        assert!(buf[1].norm_sqr().sqrt() < 1e-15 && buf[4].norm_sqr().sqrt() > 0.5);
    }
}
