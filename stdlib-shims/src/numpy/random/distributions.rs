//! The distributions beyond uniform and normal, drawn as NumPy 2.3 draws
//! them (`distributions.c` and, for `RandomState`, the frozen
//! `legacy-distributions.c`): the same algorithm, the same order of
//! draws and the same floating-point steps, so a seed gives NumPy's
//! numbers.
//!
//! `RandomState` draws its exponentials by inversion (`-log(1 - U)`),
//! `Generator` by a ziggurat; gamma and beta draws are built on them the
//! same way for both. Poisson, binomial and lognormal draws are shared
//! too: they need only doubles, normals and exponentials, which each
//! generator makes its own way (`Source`).

use super::state::Source;

/// `legacy_standard_exponential`: `-log(1 - U)` (1 - U avoids log(0)).
pub fn legacy_standard_exponential(s: &mut dyn Source) -> f64 {
    -(1.0 - s.next_double()).ln()
}

/// `random_standard_gamma` (and `legacy_standard_gamma`): Marsaglia and
/// Tsang's method for `shape` above 1, Johnk's rejection below it, an
/// exponential (the source's own) at exactly 1.
pub fn standard_gamma(s: &mut dyn Source, shape: f64) -> f64 {
    if shape == 1.0 {
        return s.exponential();
    }
    if shape == 0.0 {
        return 0.0;
    }
    if shape < 1.0 {
        return small_shape_gamma(s, shape);
    }
    marsaglia_tsang(s, shape)
}

/// The gamma draw for a shape above 1 (or NaN): Marsaglia and Tsang's
/// method over the source's normals, as both generators make it.
fn marsaglia_tsang(s: &mut dyn Source, shape: f64) -> f64 {
    let b = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * b).sqrt();
    loop {
        let (x, v) = loop {
            let x = s.normal();
            let v = 1.0 + c * x;
            // NumPy loops `while (V <= 0.0)`: a NaN leaves the loop.
            if v > 0.0 || v.is_nan() {
                break (x, v);
            }
        };
        let v = v * v * v;
        let u = s.next_double();
        if u < 1.0 - 0.0331 * (x * x) * (x * x) {
            return b * v;
        }
        if u.ln() < 0.5 * x * x + b * (1.0 - v + v.ln()) {
            return b * v;
        }
    }
}

/// The gamma draw for `0 < shape < 1` (and NaN never reaches here).
fn small_shape_gamma(s: &mut dyn Source, shape: f64) -> f64 {
    loop {
        let u = s.next_double();
        let v = s.exponential();
        if u <= 1.0 - shape {
            let x = u.powf(1.0 / shape);
            if x <= v {
                return x;
            }
        } else {
            let y = -((1.0 - u) / shape).ln();
            let x = (1.0 - shape + shape * y).powf(1.0 / shape);
            if x <= v + y {
                return x;
            }
        }
    }
}

/// `legacy_beta`: Johnk's algorithm when both parameters are at most 1,
/// otherwise the ratio of two gamma draws.
pub fn legacy_beta(s: &mut dyn Source, a: f64, b: f64) -> f64 {
    if a <= 1.0 && b <= 1.0 {
        loop {
            let u = s.next_double();
            let v = s.next_double();
            let x = u.powf(1.0 / a);
            let y = v.powf(1.0 / b);
            if x + y <= 1.0 {
                if x + y > 0.0 {
                    return x / (x + y);
                }
                // Both powers underflowed: compare in logs.
                let (lx, ly) = (u.ln() / a, v.ln() / b);
                let m = if lx > ly { lx } else { ly };
                let (lx, ly) = (lx - m, ly - m);
                return (lx - (lx.exp() + ly.exp()).ln()).exp();
            }
        }
    }
    let ga = standard_gamma(s, a);
    let gb = standard_gamma(s, b);
    ga / (ga + gb)
}

/// `random_poisson`: multiplication of uniforms below 10, Hörmann's
/// transformed rejection (PTRS) from 10 up.
pub fn poisson(s: &mut dyn Source, lam: f64) -> i64 {
    if lam >= 10.0 {
        poisson_ptrs(s, lam)
    } else if lam == 0.0 {
        0
    } else {
        poisson_mult(s, lam)
    }
}

fn poisson_mult(s: &mut dyn Source, lam: f64) -> i64 {
    let enlam = (-lam).exp();
    let mut x = 0;
    let mut prod = 1.0;
    loop {
        prod *= s.next_double();
        if prod > enlam {
            x += 1;
        } else {
            return x;
        }
    }
}

fn poisson_ptrs(s: &mut dyn Source, lam: f64) -> i64 {
    let slam = lam.sqrt();
    let loglam = lam.ln();
    let b = 0.931 + 2.53 * slam;
    let a = -0.059 + 0.02483 * b;
    let invalpha = 1.1239 + 1.1328 / (b - 3.4);
    let vr = 0.9277 - 3.6224 / (b - 2.0);
    loop {
        let u = s.next_double() - 0.5;
        let v = s.next_double();
        let us = 0.5 - u.abs();
        let k = ((2.0 * a / us + b) * u + lam + 0.43).floor() as i64;
        if us >= 0.07 && v <= vr {
            return k;
        }
        if k < 0 || (us < 0.013 && v > us) {
            continue;
        }
        let lhs = v.ln() + invalpha.ln() - (a / (us * us) + b).ln();
        if lhs <= -lam + k as f64 * loglam - loggam(k as f64 + 1.0) {
            return k;
        }
    }
}

/// `random_loggam`: log Γ(x) by Stirling's series, shifted up to 7 for
/// small `x` (SPECFUN's algorithm, as NumPy computes it).
pub fn loggam(x: f64) -> f64 {
    const A: [f64; 10] = [
        8.333333333333333e-02,
        -2.777777777777778e-03,
        7.936507936507937e-04,
        -5.952380952380952e-04,
        8.417508417508418e-04,
        -1.917526917526918e-03,
        6.41025641025641e-03,
        -2.955065359477124e-02,
        1.796443723688307e-01,
        -1.39243221690590e+00,
    ];
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    let n = if x <= 7.0 { (7.0 - x) as i64 } else { 0 };
    let mut x0 = x + n as f64;
    let x2 = 1.0 / (x0 * x0);
    let mut gl0 = A[9];
    for &a in A[..9].iter().rev() {
        gl0 *= x2;
        gl0 += a;
    }
    let xp = 2.0 * std::f64::consts::PI;
    let mut gl = gl0 / x0 + 0.5 * xp.ln() + (x0 - 0.5) * x0.ln() - x0;
    for _ in 0..n {
        gl -= (x0 - 1.0).ln();
        x0 -= 1.0;
    }
    gl
}

/// `random_binomial` (`legacy` false: no draw when `n` or `p` is 0) or
/// `RandomState`'s original form (`legacy` true: those cases draw too):
/// inversion while the expected count of the rarer outcome is at most
/// 30, BTPE above.
pub fn binomial(s: &mut dyn Source, p: f64, n: i64, legacy: bool) -> i64 {
    if !legacy && (n == 0 || p == 0.0) {
        return 0;
    }
    if p <= 0.5 {
        if p * n as f64 <= 30.0 {
            binomial_inversion(s, n, p)
        } else {
            binomial_btpe(s, n, p)
        }
    } else {
        let q = 1.0 - p;
        if q * n as f64 <= 30.0 {
            n - binomial_inversion(s, n, q)
        } else {
            n - binomial_btpe(s, n, q)
        }
    }
}

fn binomial_inversion(s: &mut dyn Source, n: i64, p: f64) -> i64 {
    let q = 1.0 - p;
    let qn = (n as f64 * q.ln()).exp();
    let np = n as f64 * p;
    let bound = (n as f64).min(np + 10.0 * (np * q + 1.0).sqrt()) as i64;
    let mut x = 0;
    let mut px = qn;
    let mut u = s.next_double();
    while u > px {
        x += 1;
        if x > bound {
            x = 0;
            px = qn;
            u = s.next_double();
        } else {
            u -= px;
            px = ((n - x + 1) as f64 * p * px) / (x as f64 * q);
        }
    }
    x
}

/// The constants of one BTPE setup (Kachitvichyanukul and Schmeiser).
struct Btpe {
    n: f64,
    r: f64,
    q: f64,
    m: i64,
    p1: f64,
    xm: f64,
    xl: f64,
    xr: f64,
    c: f64,
    laml: f64,
    lamr: f64,
    p2: f64,
    p3: f64,
    p4: f64,
}

impl Btpe {
    fn new(n: i64, p: f64) -> Btpe {
        let nf = n as f64;
        let r = p.min(1.0 - p);
        let q = 1.0 - r;
        let fm = nf * r + r;
        let m = fm.floor() as i64;
        let p1 = (2.195 * (nf * r * q).sqrt() - 4.6 * q).floor() + 0.5;
        let xm = m as f64 + 0.5;
        let xl = xm - p1;
        let xr = xm + p1;
        let c = 0.134 + 20.5 / (15.3 + m as f64);
        let a = (fm - xl) / (fm - xl * r);
        let laml = a * (1.0 + a / 2.0);
        let a = (xr - fm) / (xr * q);
        let lamr = a * (1.0 + a / 2.0);
        let p2 = p1 * (1.0 + 2.0 * c);
        let p3 = p2 + c / laml;
        let p4 = p3 + c / lamr;
        Btpe {
            n: nf,
            r,
            q,
            m,
            p1,
            xm,
            xl,
            xr,
            c,
            laml,
            lamr,
            p2,
            p3,
            p4,
        }
    }

    /// One candidate `y` and its acceptance level `v` from the four
    /// regions (None: rejected before the final test).
    fn candidate(&self, s: &mut dyn Source) -> Option<(i64, f64, bool)> {
        let u = s.next_double() * self.p4;
        let mut v = s.next_double();
        if u <= self.p1 {
            // The triangle: accepted at once.
            return Some(((self.xm - self.p1 * v + u).floor() as i64, v, true));
        }
        if u <= self.p2 {
            let x = self.xl + (u - self.p1) / self.c;
            v = v * self.c + 1.0 - (self.m as f64 - x + 0.5).abs() / self.p1;
            if v > 1.0 {
                return None;
            }
            return Some((x.floor() as i64, v, false));
        }
        if u <= self.p3 {
            let y = (self.xl + v.ln() / self.laml).floor() as i64;
            if y < 0 || v == 0.0 {
                return None;
            }
            return Some((y, v * (u - self.p2) * self.laml, false));
        }
        let y = (self.xr - v.ln() / self.lamr).floor() as i64;
        if y as f64 > self.n || v == 0.0 {
            return None;
        }
        Some((y, v * (u - self.p3) * self.lamr, false))
    }

    /// Whether `y` passes the final test at level `v`.
    fn accepts(&self, y: i64, v: f64) -> bool {
        let nrq = self.n * self.r * self.q;
        let k = (y - self.m).abs();
        let kf = k as f64;
        if !(k > 20 && kf < nrq / 2.0 - 1.0) {
            return self.accepts_by_recurrence(y, v);
        }
        let rho = (kf / nrq) * ((kf * (kf / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        let t = -kf * kf / (2.0 * nrq);
        let a = v.ln();
        if a < t - rho {
            return true;
        }
        if a > t + rho {
            return false;
        }
        let x1 = (y + 1) as f64;
        let f1 = (self.m + 1) as f64;
        let z = self.n + 1.0 - self.m as f64;
        let w = self.n - y as f64 + 1.0;
        let bound = self.xm * (f1 / x1).ln()
            + (self.n - self.m as f64 + 0.5) * (z / w).ln()
            + (y - self.m) as f64 * (w * self.r / (x1 * self.q)).ln()
            + stirling_term(f1)
            + stirling_term(z)
            + stirling_term(x1)
            + stirling_term(w);
        a <= bound
    }

    /// The explicit product of ratios of binomial probabilities.
    fn accepts_by_recurrence(&self, y: i64, v: f64) -> bool {
        let s = self.r / self.q;
        let a = s * (self.n + 1.0);
        let mut f = 1.0;
        if self.m < y {
            for i in self.m + 1..=y {
                f *= a / i as f64 - s;
            }
        } else if self.m > y {
            for i in y + 1..=self.m {
                f /= a / i as f64 - s;
            }
        }
        v <= f
    }
}

/// One term of BTPE's Stirling correction, for `x` (as NumPy writes it).
fn stirling_term(x: f64) -> f64 {
    let x2 = x * x;
    (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x / 166320.
}

fn binomial_btpe(s: &mut dyn Source, n: i64, p: f64) -> i64 {
    let setup = Btpe::new(n, p);
    loop {
        let Some((y, v, sure)) = setup.candidate(s) else {
            continue;
        };
        if sure || setup.accepts(y, v) {
            return if p > 0.5 { n - y } else { y };
        }
    }
}

/// `random_lognormal` and `legacy_lognormal`: `exp(mean + sigma * N)`.
pub fn lognormal(s: &mut dyn Source, mean: f64, sigma: f64) -> f64 {
    (mean + sigma * s.normal()).exp()
}

/// `random_laplace`: inversion of one double (0 is drawn again).
pub fn laplace(s: &mut dyn Source, loc: f64, scale: f64) -> f64 {
    loop {
        let u = s.next_double();
        if u >= 0.5 {
            return loc - scale * (2.0 - u - u).ln();
        }
        if u > 0.0 {
            return loc + scale * (u + u).ln();
        }
    }
}

/// `random_gumbel`: `loc - scale * log(-log(1 - U))` (1 - U = 1 is drawn
/// again).
pub fn gumbel(s: &mut dyn Source, loc: f64, scale: f64) -> f64 {
    loop {
        let u = 1.0 - s.next_double();
        if u < 1.0 {
            return loc - scale * (-u.ln()).ln();
        }
    }
}

/// `random_logistic`: `loc + scale * log(U / (1 - U))` (0 is drawn
/// again).
pub fn logistic(s: &mut dyn Source, loc: f64, scale: f64) -> f64 {
    loop {
        let u = s.next_double();
        if u > 0.0 {
            return loc + scale * (u / (1.0 - u)).ln();
        }
    }
}

/// `RandomState`'s Rayleigh draw: `mode * sqrt(-2 log(1 - U))`
/// (`Generator`'s draws an exponential by ziggurat instead).
pub fn legacy_rayleigh(s: &mut dyn Source, mode: f64) -> f64 {
    mode * (-2.0 * (1.0 - s.next_double()).ln()).sqrt()
}

/// `random_triangular`: inversion of one double.
pub fn triangular(s: &mut dyn Source, left: f64, mode: f64, right: f64) -> f64 {
    let base = right - left;
    let leftbase = mode - left;
    let ratio = leftbase / base;
    let leftprod = leftbase * base;
    let rightprod = (right - mode) * base;
    let u = s.next_double();
    if u <= ratio {
        left + (u * leftprod).sqrt()
    } else {
        right - ((1.0 - u) * rightprod).sqrt()
    }
}

/// `random_geometric` (`legacy_geometric` when `legacy`): a search of the
/// distribution for `p` of at least 1/3, below it inversion of one double
/// (legacy) or of one exponential (saturating at `i64::MAX`, as `as` does).
pub fn geometric(s: &mut dyn Source, p: f64, legacy: bool) -> i64 {
    if p >= 0.333_333_333_333_333_3 {
        let q = 1.0 - p;
        let (mut x, mut sum, mut prod) = (1, p, p);
        let u = s.next_double();
        while u > sum {
            prod *= q;
            sum += prod;
            x += 1;
        }
        return x;
    }
    if legacy {
        return ((1.0 - s.next_double()).ln() / (1.0 - p).ln()).ceil() as i64;
    }
    (-s.exponential() / (-p).ln_1p()).ceil() as i64
}

/// `random_rayleigh`: `mode * sqrt(2 E)` (`Generator`'s).
pub fn rayleigh(s: &mut dyn Source, mode: f64) -> f64 {
    mode * (2.0 * s.exponential()).sqrt()
}

/// `random_pareto`: `expm1(E / a)` (`Generator`'s).
pub fn pareto(s: &mut dyn Source, a: f64) -> f64 {
    (s.exponential() / a).exp_m1()
}

/// `random_power`: `(-expm1(-E)) ** (1 / a)` (`Generator`'s).
pub fn power(s: &mut dyn Source, a: f64) -> f64 {
    (-(-s.exponential()).exp_m1()).powf(1.0 / a)
}

/// `random_chisquare` (and `legacy_chisquare`): twice a gamma draw of
/// shape `df / 2`.
pub fn chisquare(s: &mut dyn Source, df: f64) -> f64 {
    2.0 * standard_gamma(s, df / 2.0)
}

/// `random_standard_t` (and `legacy_standard_t`): a normal over the root
/// of a scaled gamma draw.
pub fn standard_t(s: &mut dyn Source, df: f64) -> f64 {
    let num = s.normal();
    let denom = standard_gamma(s, df / 2.0);
    (df / 2.0).sqrt() * num / denom.sqrt()
}

/// `random_standard_cauchy` (and `legacy_standard_cauchy`): the ratio of
/// two normals.
pub fn standard_cauchy(s: &mut dyn Source) -> f64 {
    let num = s.normal();
    num / s.normal()
}

/// `random_weibull` (and `legacy_weibull`): an exponential (the source's
/// own) to the power `1 / a` (0 for `a` 0).
pub fn weibull(s: &mut dyn Source, a: f64) -> f64 {
    if a == 0.0 {
        return 0.0;
    }
    s.exponential().powf(1.0 / a)
}

/// `legacy_pareto`: `exp(E / a) - 1` (Lomax, as NumPy's `pareto`).
pub fn legacy_pareto(s: &mut dyn Source, a: f64) -> f64 {
    (legacy_standard_exponential(s) / a).exp() - 1.0
}

/// `legacy_power`: `(1 - exp(-E)) ** (1 / a)`.
pub fn legacy_power(s: &mut dyn Source, a: f64) -> f64 {
    (1.0 - (-legacy_standard_exponential(s)).exp()).powf(1.0 / a)
}

/// One `dirichlet` draw of either generator: a gamma draw per weight,
/// each then multiplied by the reciprocal of their sum (as NumPy does,
/// not divided).
pub fn dirichlet(s: &mut dyn Source, alpha: &[f64], out: &mut Vec<f64>) {
    let start = out.len();
    let mut acc = 0.0;
    for &a in alpha {
        let g = standard_gamma(s, a);
        out.push(g);
        acc += g;
    }
    let inv = 1.0 / acc;
    for v in &mut out[start..] {
        *v *= inv;
    }
}

/// One `Generator.dirichlet` draw for weights all below 0.1: stick
/// breaking, each piece a beta draw of the weight against the sum of the
/// weights after it (zeros when they are all 0).
pub fn stick_dirichlet(s: &mut dyn Source, alpha: &[f64], out: &mut Vec<f64>) {
    let start = out.len();
    out.resize(start + alpha.len(), 0.0);
    let mut rest: Vec<f64> = alpha
        .iter()
        .rev()
        .scan(0.0, |c, &a| {
            *c += a;
            Some(*c)
        })
        .collect();
    rest.reverse();
    if alpha.is_empty() || rest[0] == 0.0 {
        return;
    }
    let mut acc = 1.0;
    for j in 0..alpha.len() - 1 {
        let v = beta(s, alpha[j], rest[j + 1]);
        out[start + j] = acc * v;
        acc *= 1.0 - v;
        if rest[j + 1] == 0.0 {
            break;
        }
    }
    out[start + alpha.len() - 1] = acc;
}

/// One `random_multinomial` draw of `n` trials over `pvals` into `out`
/// (its `pvals.len()` counts): a binomial draw per category but the last,
/// of the trials left at the probability left.
pub fn multinomial(s: &mut dyn Source, n: i64, pvals: &[f64], out: &mut [i64]) {
    let mut remaining_p = 1.0;
    let mut left = n;
    let d = pvals.len().min(out.len());
    for j in 0..d.saturating_sub(1) {
        out[j] = binomial(s, pvals[j] / remaining_p, left, false);
        left -= out[j];
        if left <= 0 {
            break;
        }
        remaining_p -= pvals[j];
    }
    if left > 0 && d > 0 {
        out[d - 1] = left;
    }
}

/// `Generator`'s `random_beta`: Johnk's algorithm when both parameters
/// are at most 1 (drawing again when both powers underflow), otherwise
/// the ratio of two gamma draws.
pub fn beta(s: &mut dyn Source, a: f64, b: f64) -> f64 {
    if a <= 1.0 && b <= 1.0 {
        loop {
            let x = s.next_double().powf(1.0 / a);
            let y = s.next_double().powf(1.0 / b);
            let sum = x + y;
            if sum <= 1.0 && sum > 0.0 {
                return x / sum;
            }
        }
    }
    let ga = standard_gamma(s, a);
    let gb = standard_gamma(s, b);
    ga / (ga + gb)
}
