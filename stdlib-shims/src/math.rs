//! The `math` module, with CPython's domain errors and integer results.

use crate::math_combinatorics as combinatorics;
use num_bigint::{BigInt, BigUint};
use num_traits::{One, Signed, ToPrimitive, Zero};
use taipan_vm::builtins::args::check_positional;
use taipan_vm::builtins::new_tuple;
use taipan_vm::builtins::number_methods::{float_parts, scaled_to_f64};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::interp::ops::as_f64;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::int::{int_value, to_bigint};
use taipan_vm::types::native_function;
use taipan_vm::{Value, Vm};

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("math");
    let funcs: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("expm1", expm1),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("pow", pow),
        ("hypot", hypot),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("gcd", gcd),
        ("factorial", combinatorics::factorial),
        ("prod", prod),
        ("fsum", fsum),
        ("degrees", degrees),
        ("radians", radians),
        ("copysign", copysign),
        ("fmod", fmod),
        ("comb", combinatorics::comb),
        ("isqrt", isqrt),
        ("erf", erf),
        ("erfc", erfc),
        ("cbrt", cbrt),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("lcm", lcm),
        ("perm", combinatorics::perm),
        ("dist", dist),
        ("remainder", remainder),
        ("exp2", exp2),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("nextafter", nextafter),
        ("ulp", ulp),
    ];
    for (name, f) in funcs {
        vm.module_set(&m, name, native_function(name, *f, false))?;
    }
    vm.module_set(&m, "pi", Value::Float(std::f64::consts::PI))?;
    vm.module_set(&m, "e", Value::Float(std::f64::consts::E))?;
    vm.module_set(&m, "tau", Value::Float(std::f64::consts::TAU))?;
    vm.module_set(&m, "inf", Value::Float(f64::INFINITY))?;
    vm.module_set(&m, "nan", Value::Float(f64::NAN))?;
    Ok(m)
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(v)? {
        return Ok(f);
    }
    // Objects with `__float__` (NumPy scalars) convert like float(x).
    if matches!(
        v.kind(),
        Some(taipan_vm::object::ObjKind::Instance(_) | taipan_vm::object::ObjKind::Native(_))
    ) && vm.lookup_type_attr(v, "__float__").is_some()
    {
        let f = vm.call(
            &taipan_vm::types::types().float.value(),
            std::slice::from_ref(v),
            &[],
        )?;
        if let Value::Float(f) = f {
            return Ok(f);
        }
    }
    Err(PyErr::type_error(format!(
        "must be real number, not {}",
        vm.type_name(v)
    )))
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_err() -> PyErr {
    PyErr::overflow("math range error")
}

/// A one-argument float function with CPython's error rules: a NaN from a
/// non-NaN input is a domain error, an infinity from a finite input a range error.
fn unary(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_positional(name, args, 1, 1)?;
    let x = float_arg(vm, &args.pos[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if matches!(name, "log" | "log2" | "log10" | "log1p") {
            domain()
        } else {
            range_err()
        });
    }
    Ok(Value::Float(r))
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            unary(vm, args, stringify!($name), $f)
        })*
    };
}

unary_fns! {
    sqrt => f64::sqrt, exp => f64::exp, log2 => log2_checked, log10 => log10_checked,
    log1p => f64::ln_1p, expm1 => f64::exp_m1, sin => f64::sin, cos => f64::cos, tan => f64::tan,
    asin => f64::asin, acos => f64::acos, atan => f64::atan, sinh => f64::sinh, cosh => f64::cosh,
    tanh => f64::tanh, fabs => f64::abs, degrees => f64::to_degrees, radians => f64::to_radians,
    erf => erf_impl, erfc => erfc_impl, cbrt => libm::cbrt, exp2 => f64::exp2,
    asinh => f64::asinh, gamma => gamma_checked, lgamma => lgamma_checked,
    acosh => acosh_checked, atanh => atanh_checked,
}

fn acosh_checked(x: f64) -> f64 {
    if x < 1.0 {
        f64::NAN
    } else {
        x.acosh()
    }
}

fn atanh_checked(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        f64::NAN
    } else {
        x.atanh()
    }
}

fn log2_checked(x: f64) -> f64 {
    if x <= 0.0 {
        f64::NAN
    } else {
        x.log2()
    }
}

fn log10_checked(x: f64) -> f64 {
    if x <= 0.0 {
        f64::NAN
    } else {
        x.log10()
    }
}

/// The error function, from the `libm` crate (a port of musl's, accurate
/// to within an ulp, as the C library CPython calls).
fn erf_impl(x: f64) -> f64 {
    libm::erf(x)
}

/// The complementary error function, from the `libm` crate like `erf`.
fn erfc_impl(x: f64) -> f64 {
    libm::erfc(x)
}

/// The gamma function, as CPython computes it; NaN at its poles and at
/// -inf, which `unary` reports as CPython's domain error.
fn gamma_checked(x: f64) -> f64 {
    crate::math_gamma::gamma(x)
}

/// The log of |gamma(x)|, as CPython computes it; NaN at the poles (a
/// domain error, as in CPython).
fn lgamma_checked(x: f64) -> f64 {
    crate::math_gamma::lgamma(x)
}

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("log", args, 1, 2)?;
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        if let Some(b) = to_bigint(v) {
            if !b.is_positive() {
                return Err(domain());
            }
            // Big ints: log of the top bits plus the shift.
            let bits = b.bits();
            if bits > 1000 {
                let shift = bits - 64;
                let top = (&b >> shift).to_f64().unwrap_or(1.0);
                return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
            }
        }
        let x = float_arg(vm, v)?;
        if x <= 0.0 {
            return Err(domain());
        }
        Ok(x.ln())
    };
    let num = ln(vm, &args.pos[0])?;
    match args.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(base) => {
            let den = ln(vm, base)?;
            if den == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

/// `math.floor`, `ceil` and `trunc`: an int as it is, an object whose
/// type defines `__floor__` (`__ceil__`, `__trunc__`) by that method (a
/// Fraction stays exact), anything else through its float value.
fn rounding(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_positional(name, args, 1, 1)?;
    let arg = &args.pos[0];
    if let Some(b) = to_bigint(arg) {
        return Ok(int_value(b));
    }
    if !matches!(arg, Value::Float(_)) {
        if let Some(method) = vm.lookup_type_attr(arg, &format!("__{name}__")) {
            return vm.call_method_value(&method, arg, &[]);
        }
    }
    let x = match float_arg(vm, arg) {
        Ok(x) => x,
        Err(_) if name == "trunc" => {
            return Err(PyErr::type_error(format!(
                "type {} doesn't define __trunc__ method",
                vm.type_name(arg)
            )))
        }
        Err(e) => return Err(e),
    };
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let r = f(x);
    Ok(int_value(
        num_traits::FromPrimitive::from_f64(r).unwrap_or_default(),
    ))
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "floor", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "ceil", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "trunc", f64::trunc)
}

fn binary(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    check_positional(name, args, 2, 2)?;
    Ok((float_arg(vm, &args.pos[0])?, float_arg(vm, &args.pos[1])?))
}

fn atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (y, x) = binary(vm, args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "fmod")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("hypot() takes no keyword arguments"));
    }
    let mut values = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        values.push(float_arg(vm, v)?.abs());
    }
    Ok(Value::Float(vector_norm(&mut values)))
}

/// `math.dist(p, q)`: the Euclidean distance between two points given as
/// sequences of the same length.
fn dist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("dist", args, 2, 2)?;
    let p = vm.collect(&args.pos[0])?;
    let q = vm.collect(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        diffs.push((float_arg(vm, a)? - float_arg(vm, b)?).abs());
    }
    Ok(Value::Float(vector_norm(&mut diffs)))
}

/// The Euclidean norm of non-negative coordinates, as CPython 3.11's
/// `vector_norm` computes it (scaled, with lossless squares and sums in
/// double length, then one differential correction), so that results
/// match to the last bit.
fn vector_norm(vec: &mut [f64]) -> f64 {
    let max = vec.iter().copied().fold(0.0f64, f64::max);
    if vec.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if vec.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_parts(max).1;
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec);
    }
    let scale = ldexp_f64(1.0, -i64::from(max_e)).unwrap_or(1.0);
    // `hi + lo == a * b` exactly.
    let dl_mul = |a: f64, b: f64| {
        let hi = a * b;
        (hi, a.mul_add(b, -hi))
    };
    // `hi + lo == a + b` exactly, for |a| >= |b|.
    let dl_fast_sum = |a: f64, b: f64| {
        let hi = a + b;
        (hi, (a - hi) + b)
    };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for x in vec.iter() {
        let x = x * scale;
        let (pr_hi, pr_lo) = dl_mul(x, x);
        let (sm_hi, sm_lo) = dl_fast_sum(csum, pr_hi);
        csum = sm_hi;
        frac1 += pr_lo;
        frac2 += sm_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (pr_hi, pr_lo) = dl_mul(-h, h);
    let (sm_hi, sm_lo) = dl_fast_sum(csum, pr_hi);
    csum = sm_hi;
    frac1 += pr_lo;
    frac2 += sm_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// C's `frexp`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`;
/// zeros, infinities and NaNs give `(x, 0)`.
fn frexp_parts(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (negative, m, e) = float_parts(x);
    // m * 2**e lies in [2**(bits + e - 1), 2**(bits + e)).
    let bits = 64 - m.leading_zeros() as i32;
    let mantissa = scaled_to_f64(&BigUint::from(m), i64::from(-bits)).unwrap_or(0.0);
    (if negative { -mantissa } else { mantissa }, bits + e)
}

/// `x * 2**i` correctly rounded; `None` on overflow.
fn ldexp_f64(x: f64, i: i64) -> Option<f64> {
    if x == 0.0 || !x.is_finite() {
        return Some(x);
    }
    let (negative, m, e) = float_parts(x);
    // Past ±2**40 every result over- or underflows alike.
    let exp = i64::from(e) + i.clamp(-(1 << 40), 1 << 40);
    let r = scaled_to_f64(&BigUint::from(m), exp)?;
    Some(if negative { -r } else { r })
}

fn frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("frexp", args, 1, 1)?;
    let (m, e) = frexp_parts(float_arg(vm, &args.pos[0])?);
    Ok(new_tuple(vec![Value::Float(m), Value::Int(i64::from(e))]))
}

fn ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("ldexp", args, 2, 2)?;
    let x = float_arg(vm, &args.pos[0])?;
    let Some(i) = to_bigint(&args.pos[1]) else {
        return Err(PyErr::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    };
    let i = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    ldexp_f64(x, i).map(Value::Float).ok_or_else(range_err)
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("modf", args, 1, 1)?;
    let x = float_arg(vm, &args.pos[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// `math.remainder(x, y)`: the IEEE 754 remainder, `x - n*y` with `n` the
/// integer nearest `x / y` (ties to even), as CPython's `m_remainder`.
fn remainder(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "remainder")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn nextafter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "nextafter")?;
    Ok(Value::Float(next_toward(x, y)))
}

/// The float next to `x` in the direction of `y` (C's `nextafter`).
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("ulp", args, 1, 1)?;
    let x = float_arg(vm, &args.pos[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let next = next_toward(x, f64::INFINITY);
    if next.is_infinite() {
        return Ok(Value::Float(x - next_toward(x, 0.0)));
    }
    Ok(Value::Float(next - x))
}

fn lcm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("lcm() takes no keyword arguments"));
    }
    let mut acc = BigInt::one();
    for v in args.pos {
        let b = int_arg(vm, v)?;
        acc = if acc.is_zero() || b.is_zero() {
            BigInt::zero()
        } else {
            num_integer::Integer::lcm(&acc, &b)
        };
    }
    Ok(int_value(acc.abs()))
}

fn predicate(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    check_positional(name, args, 1, 1)?;
    Ok(Value::Bool(f(float_arg(vm, &args.pos[0])?)))
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isnan", f64::is_nan)
}

fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isinf", f64::is_infinite)
}

fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isfinite", f64::is_finite)
}

fn isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(
            "isclose() takes exactly 2 positional arguments",
        ));
    }
    let a = float_arg(vm, &args.pos[0])?;
    let b = float_arg(vm, &args.pos[1])?;
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (k, v) in args.kw {
        let key = vm.to_str(k)?;
        match key.as_str() {
            "rel_tol" => rel = float_arg(vm, v)?,
            "abs_tol" => abs = float_arg(vm, v)?,
            _ => {
                return Err(PyErr::type_error(format!(
                    "isclose() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a - b).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

/// The integer argument `v`, or CPython's TypeError.
pub(crate) fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    to_bigint(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

fn gcd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for v in args.pos {
        let b = int_arg(vm, v)?;
        acc = num_integer::Integer::gcd(&acc, &b);
    }
    Ok(int_value(acc))
}

fn isqrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("isqrt", args, 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_value(n.sqrt()))
}

fn prod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = vm.collect(args.pos.first().unwrap_or(&Value::None))?;
    let mut acc = args
        .kw
        .iter()
        .find(|(k, _)| vm.to_str(k).ok().as_deref() == Some("start"))
        .map_or(Value::Int(1), |(_, v)| v.clone());
    for item in items {
        acc = vm.binary_op(taipan_vm::compiler::bytecode::BinOp::Mul, &acc, &item)?;
    }
    Ok(acc)
}

/// `math.fsum`: exactly rounded sum (Shewchuk's algorithm, as CPython).
fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("fsum", args, 1, 1)?;
    let items = vm.collect(&args.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut infinities = 0.0f64;
    for item in &items {
        let mut x = float_arg(vm, item)?;
        if !x.is_finite() {
            special += x;
            if x.is_infinite() {
                infinities += x;
            }
            partials.clear();
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if !x.is_finite() {
            return Err(PyErr::overflow("intermediate overflow in fsum"));
        }
        partials.push(x);
    }
    if infinities.is_nan() {
        return Err(PyErr::value_error("-inf + inf in fsum"));
    }
    if special != 0.0 || special.is_nan() {
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}
