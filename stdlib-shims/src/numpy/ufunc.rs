//! NumPy's universal functions as module functions: the arithmetic ones
//! over `ops`, the float math functions (`sqrt`, `exp`, `log` …), rounding,
//! `clip`, `where`, `isnan`/`isinf`/`isfinite`, `sign`, logical functions.

use super::arith::Arith;
use super::array::NdArray;
use super::broadcast::{broadcast_shapes, broadcast_to};
use super::convert::{operand, Operand};
use super::dtype::DType;
use super::element::{Data, Element};
use super::ops::{self, map1, Op};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::{Value, Vm};

fn arg<'a>(name: &str, args: &Args<'a>, i: usize) -> PyResult<&'a Value> {
    args.pos.get(i).ok_or_else(|| {
        PyErr::type_error(format!(
            "{name}() takes at least {} positional argument{} ({} given)",
            i + 1,
            if i == 0 { "" } else { "s" },
            args.pos.len()
        ))
    })
}

fn array_arg(vm: &mut Vm, name: &str, args: &Args<'_>, i: usize) -> PyResult<NdArray> {
    let v = arg(name, args, i)?;
    super::convert::as_array_keep_scalar(vm, v)
}

fn binary_fn(vm: &mut Vm, args: Args<'_>, op: Op) -> PyResult<Value> {
    if let Some(r) = super::fft::complex_hook(vm, op.ufunc_name(), &args) {
        return r;
    }
    let a = operand(vm, arg(op.ufunc_name(), &args, 0)?)?;
    let b = operand(vm, arg(op.ufunc_name(), &args, 1)?)?;
    ops::binary_reported(vm, op, a, b, false).map(NdArray::into_value)
}

/// Whether NumPy's casting rule `casting` ('no', 'equiv', 'safe',
/// 'same_kind' or 'unsafe'; `numpy.ufunc` checks the name) lets `from` be
/// cast to `to`.
fn can_cast(from: DType, to: DType, casting: &str) -> bool {
    match casting {
        "unsafe" => true,
        "same_kind" => ops::same_kind(from, to),
        "safe" => super::dtype::promote(from, to) == to,
        _ => from == to,
    }
}

/// Writes the result `r` of the ufunc `name` into the array `out` and
/// returns `out`, as NumPy's `out=` does: `out` must be a writeable array
/// of the broadcast shape, of a dtype `casting` allows. With a boolean
/// `mask` of `out`'s shape, only where it is true, `r` holding those
/// values in order (NumPy's `where=`).
pub fn store_out(
    vm: &mut Vm,
    name: &str,
    r: &NdArray,
    out: &Value,
    mask: Option<&Value>,
    casting: &str,
) -> PyResult<Value> {
    let Some(dst) = NdArray::of(out).filter(|d| !d.scalar) else {
        return Err(PyErr::type_error("return arrays must be of ArrayType"));
    };
    if !dst.writeable.get() {
        return Err(PyErr::value_error("output array is read-only"));
    }
    if !can_cast(r.dtype, dst.dtype, casting) {
        return Err(PyErr::new(
            super::errors::ufunc_casting_error(),
            format!(
                "Cannot cast ufunc '{name}' output from dtype('{}') to dtype('{}') with casting \
                 rule '{casting}'",
                r.dtype.name(),
                dst.dtype.name()
            ),
        ));
    }
    let shape = dst.shape();
    let full = match mask.and_then(NdArray::of) {
        Some(m) => m.shape(),
        None => broadcast_shapes(&r.shape(), &shape)?,
    };
    if full != shape {
        let s = super::broadcast::compact_shape;
        return Err(PyErr::value_error(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            s(&shape),
            s(&full)
        )));
    }
    match mask {
        Some(m) => vm.setitem(out, m.clone(), r.clone().into_value())?,
        None => ops::assign(out, dst, r)?,
    }
    Ok(out.clone())
}

/// An optional argument, if given and not `None`.
fn given(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| !v.is_none())
}

/// The result `r` of the function `name`, or with an `out` argument given,
/// `r` written into it by [`store_out`] (NumPy's 'same_kind' casting).
pub fn result_or_out(vm: &mut Vm, name: &str, r: NdArray, out: Option<&Value>) -> PyResult<Value> {
    match given(out) {
        Some(out) => store_out(vm, name, &r, out, None, "same_kind"),
        None => Ok(r.into_value()),
    }
}

/// The error for complex results asked into `out=` (not written yet).
pub fn complex_out(name: &str) -> PyErr {
    PyErr::new(
        taipan_vm::types::types().not_implemented_error,
        format!("taipan's numpy: {name}(out=) of complex values is not supported"),
    )
}

/// `_numpy._ufunc_out(name, result, out, where, casting)`: [`store_out`]
/// for `numpy.ufunc`'s `out=` and `where=` (`where` `None` for none).
fn ufunc_out(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name, r, out, mask, casting] = args.pos else {
        return Err(PyErr::type_error("_ufunc_out() takes 5 arguments"));
    };
    let name = taipan_vm::builtins::args::arg_str(vm, "_ufunc_out", name)?;
    let casting = taipan_vm::builtins::args::arg_str(vm, "_ufunc_out", casting)?;
    let Some(r) = NdArray::of(r) else {
        return Err(complex_out(name));
    };
    store_out(vm, name, r, out, given(Some(mask)), casting)
}

macro_rules! binary_fns {
    ($($name:ident => $op:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { binary_fn(vm, args, Op::$op) })*
    };
}

binary_fns! {
    add => Add; subtract => Sub; multiply => Mul; divide => TrueDiv;
    floor_divide => FloorDiv; remainder => Mod; power => Pow; maximum => Max; minimum => Min;
    fmax => FMax; fmin => FMin;
    bitwise_and => And; bitwise_or => Or; bitwise_xor => Xor; left_shift => LShift; right_shift => RShift;
    less => Lt; less_equal => Le; equal => Eq; not_equal => Ne; greater => Gt; greater_equal => Ge;
}

/// The float type a math function computes in for an input dtype.
fn float_for(dt: DType) -> DType {
    match dt {
        DType::Float16 | DType::Float32 | DType::Float64 => dt,
        DType::Bool | DType::Int8 | DType::UInt8 => DType::Float16,
        DType::Int16 | DType::UInt16 => DType::Float32,
        _ => DType::Float64,
    }
}

/// Applies a float function element-wise (integers computed as floats):
/// `f64` for float64 (and wider integers), `f32` for float32 and float16.
fn float_map(
    a: &NdArray,
    f64_fn: impl Fn(f64) -> f64,
    f32_fn: impl Fn(f32) -> f32,
) -> PyResult<NdArray> {
    float_map_in(&ops::cast(a, float_for(a.dtype))?, f64_fn, f32_fn, None)
}

/// A kernel that maps a whole slice of float32 at once (faster than
/// element by element; see `fastmath`).
type F32Block = fn(&[f32], &mut Vec<f32>);

/// [`float_map`] on an array already of its float type; `f32_block`, if
/// any, maps contiguous float32 data in place of `f32_fn`.
fn float_map_in(
    a: &NdArray,
    f64_fn: impl Fn(f64) -> f64,
    f32_fn: impl Fn(f32) -> f32,
    f32_block: Option<F32Block>,
) -> PyResult<NdArray> {
    let mut out = match a.dtype {
        DType::Float16 => {
            map1::<half::f16, half::f16>(a, |x| half::f16::from_f32(f32_fn(x.to_f32())))?
        }
        DType::Float32 => match f32_block {
            Some(block) if a.is_c_contiguous() => ops::map1_block::<f32, f32>(a, block)?,
            _ => map1::<f32, f32>(a, f32_fn)?,
        },
        _ => map1::<f64, f64>(a, f64_fn)?,
    };
    out.scalar = a.scalar || a.ndim() == 0;
    Ok(out)
}

/// The float function `name` of NumPy's: [`float_map`], with the
/// floating-point errors it meets handled as `np.errstate` says.
fn math_fn(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    f64_fn: impl Fn(f64) -> f64,
    f32_fn: impl Fn(f32) -> f32,
    f32_block: Option<F32Block>,
) -> PyResult<Value> {
    let a = array_arg(vm, name, args, 0)?;
    let a = ops::cast(&a, float_for(a.dtype))?;
    let out = float_map_in(&a, f64_fn, f32_fn, f32_block)?;
    // Infinite at a finite point: a division by zero, not an overflow.
    let pole = matches!(name, "log" | "log2" | "log10" | "log1p" | "arctanh");
    let errors = super::fperr::float_fn_errors_of(&a, &out, pole, super::errstate::watched())?;
    ops::report_as(vm, errors, name, false)?;
    Ok(out.into_value())
}

macro_rules! float_fns {
    (inline: $($name:ident => $f64:expr, $f32:expr, $block:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            math_fn(vm, &args, stringify!($name), $f64, $f32, $block)
        })*
    };
    (shared: $($name:ident => $f64:expr, $f32:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let f: (fn(f64) -> f64, fn(f32) -> f32) = ($f64, $f32);
            math_fn(vm, &args, stringify!($name), f.0, f.1, None)
        })*
    };
}

// Hot in preprocessing and worth a vectorised loop each.
float_fns! {
    inline:
    sqrt => f64::sqrt, f32::sqrt, None;
    exp => f64::exp, super::fastmath::exp_f32, Some(super::fastmath::exp_f32_block);
    log => f64::ln, super::fastmath::log_f32, Some(super::fastmath::log_f32_block);
}

/// NumPy's float32 `rad2deg`: `x * (180.0f / NPY_PIf)`, a factor of
/// 57.295776 (Rust's `f32::to_degrees` uses 57.29578, the rounded 180/π).
fn rad2deg_f32(x: f32) -> f32 {
    x * (180.0 / std::f32::consts::PI)
}

// Library calls: one loop, shared through function pointers, serves them
// all (a loop each made every one of them 11 KB of code).
float_fns! {
    shared:
    exp2 => f64::exp2, f32::exp2; expm1 => f64::exp_m1, f32::exp_m1;
    log2 => f64::log2, f32::log2; log10 => f64::log10, f32::log10;
    log1p => f64::ln_1p, f32::ln_1p;
    sin => f64::sin, super::fastmath::sin_f32; cos => f64::cos, super::fastmath::cos_f32; tan => f64::tan, f32::tan;
    arcsin => f64::asin, f32::asin; arccos => f64::acos, f32::acos; arctan => f64::atan, f32::atan;
    sinh => f64::sinh, f32::sinh; cosh => f64::cosh, f32::cosh; tanh => super::fastmath::tanh_f64, super::fastmath::tanh_f32;
    cbrt => f64::cbrt, f32::cbrt;
    arcsinh => f64::asinh, f32::asinh; arccosh => f64::acosh, f32::acosh; arctanh => f64::atanh, f32::atanh;
    deg2rad => f64::to_radians, f32::to_radians; rad2deg => f64::to_degrees, rad2deg_f32;
}

/// Applies a float function of two arguments element-wise, broadcast
/// (integers computed in the float type `float_for` gives, like NumPy's
/// type resolution). float32
/// goes through `f32_fn` where given, else through `f` and a rounding.
fn float_map2(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    f: fn(f64, f64) -> f64,
    f32_fn: Option<fn(f32, f32) -> f32>,
) -> PyResult<Value> {
    let a = operand(vm, arg(name, args, 0)?)?;
    let b = operand(vm, arg(name, args, 1)?)?;
    let dt = ops::common_dtype(&a, &b);
    let dt = float_for(dt);
    let (a, b) = (
        ops::cast(&a.into_array(dt)?, dt)?,
        ops::cast(&b.into_array(dt)?, dt)?,
    );
    let shape = broadcast_shapes(&a.shape(), &b.shape())?;
    let (a, b) = (broadcast_to(&a, &shape)?, broadcast_to(&b, &shape)?);
    let mut out = match (dt, f32_fn) {
        (DType::Float16, _) => ops::map2::<half::f16, half::f16>(&a, &b, |x, y| {
            half::f16::from_f64(f(x.to_f64(), y.to_f64()))
        })?,
        (DType::Float32, Some(g)) => ops::map2::<f32, f32>(&a, &b, g)?,
        (DType::Float32, None) => {
            ops::map2::<f32, f32>(&a, &b, |x, y| f(x as f64, y as f64) as f32)?
        }
        _ => ops::map2::<f64, f64>(&a, &b, f)?,
    };
    out.scalar = out.ndim() == 0;
    Ok(out.into_value())
}

fn arctan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_map2(vm, &args, "arctan2", f64::atan2, None)
}

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_map2(vm, &args, "hypot", f64::hypot, None)
}

/// `log(exp(x) + exp(y))` as NumPy's `npy_logaddexp` computes it: the
/// larger plus `log1p(exp(-|x - y|))` (`x + ln 2` when equal; NaN for NaNs).
fn npy_logaddexp<F: num_traits::Float + num_traits::FloatConst>(x: F, y: F) -> F {
    if x == y {
        return x + F::LN_2();
    }
    let d = x - y;
    if d > F::zero() {
        x + (-d).exp().ln_1p()
    } else if d <= F::zero() {
        y + d.exp().ln_1p()
    } else {
        d
    }
}

fn logaddexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_map2(
        vm,
        &args,
        "logaddexp",
        npy_logaddexp::<f64>,
        Some(npy_logaddexp::<f32>),
    )
}

fn signbit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = array_arg(vm, "signbit", &args, 0)?;
    let f = ops::cast(&a, DType::Float64)?;
    let mut out = map1::<f64, bool>(&f, |x| x.is_sign_negative())?;
    out.scalar = a.scalar || a.ndim() == 0;
    Ok(out.into_value())
}

/// Applies a rounding function: integers and bools are returned as they are.
fn rounding(a: &NdArray, f: impl Fn(f64) -> f64, g: impl Fn(f32) -> f32) -> PyResult<NdArray> {
    if !a.dtype.is_float() {
        let mut c = a.copy_as(a.dtype)?;
        c.scalar = a.scalar;
        return Ok(c);
    }
    float_map(a, f, g)
}

macro_rules! rounding_fns {
    ($($name:ident => $f:expr, $g:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let a = array_arg(vm, stringify!($name), &args, 0)?;
            rounding(&a, $f, $g).map(NdArray::into_value)
        })*
    };
}

rounding_fns! {
    floor => f64::floor, f32::floor; ceil => f64::ceil, f32::ceil; trunc => f64::trunc, f32::trunc;
}

/// `np.rint`: unlike floor/ceil/trunc, NumPy has only float loops for it,
/// so integers come back as the float type `float_for` gives.
fn rint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = array_arg(vm, "rint", &args, 0)?;
    float_map(&a, f64::round_ties_even, f32::round_ties_even).map(NdArray::into_value)
}

/// `np.round(a, decimals)`: half to even, NumPy's way (scale, round, unscale).
pub fn round_array(a: &NdArray, decimals: i64) -> PyResult<NdArray> {
    if !a.dtype.is_float() {
        if decimals >= 0 {
            let mut c = a.copy_as(a.dtype)?;
            c.scalar = a.scalar;
            return Ok(c);
        }
        let f = float_map(a, |x| x, |x| x)?;
        let r = round_array(&f, decimals)?;
        let mut c = r.copy_as(a.dtype)?;
        c.scalar = a.scalar;
        return Ok(c);
    }
    let mut out = match a.dtype {
        DType::Float32 => {
            let (scale, up) = scale_of(decimals);
            let scale = scale as f32;
            map1::<f32, f32>(a, move |x| {
                if up {
                    (x * scale).round_ties_even() / scale
                } else {
                    (x / scale).round_ties_even() * scale
                }
            })?
        }
        DType::Float16 => {
            let (scale, up) = scale_of(decimals);
            let scale = scale as f32;
            map1::<half::f16, half::f16>(a, move |x| {
                let x = x.to_f32();
                half::f16::from_f32(if up {
                    (x * scale).round_ties_even() / scale
                } else {
                    (x / scale).round_ties_even() * scale
                })
            })?
        }
        _ => {
            let (scale, up) = scale_of(decimals);
            map1::<f64, f64>(a, move |x| {
                if up {
                    (x * scale).round_ties_even() / scale
                } else {
                    (x / scale).round_ties_even() * scale
                }
            })?
        }
    };
    out.scalar = a.scalar;
    Ok(out)
}

fn scale_of(decimals: i64) -> (f64, bool) {
    let d = decimals.unsigned_abs().min(400) as i32;
    (10f64.powi(d), decimals >= 0)
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = super::fft::complex_hook(vm, "round", &args) {
        return r;
    }
    let slots = taipan_vm::builtins::args::parse_args("round", args, &["a", "decimals", "out"], 1)?;
    let a = super::convert::as_array_keep_scalar(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let decimals = match slots[1].as_ref() {
        Some(v) => vm.index_of(v)?,
        None => 0,
    };
    round_into(vm, &a, decimals, slots[2].as_ref())
}

/// `np.round(a, decimals, out)` and `a.round(decimals, out)`: [`round_array`],
/// written into `out` when given (NumPy checks it as the ufunc `rint`).
pub fn round_into(vm: &mut Vm, a: &NdArray, decimals: i64, out: Option<&Value>) -> PyResult<Value> {
    let r = round_array(a, decimals)?;
    let Some(out) = given(out) else {
        return Ok(r.into_value());
    };
    match NdArray::of(out) {
        None => Err(PyErr::type_error("output must be an array")),
        Some(o) if o.shape() != r.shape() => Err(PyErr::value_error("invalid output shape")),
        Some(_) => store_out(vm, "rint", &r, out, None, "same_kind"),
    }
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = super::fft::complex_hook(vm, "absolute", &args) {
        return r;
    }
    let a = array_arg(vm, "absolute", &args, 0)?;
    ops::unary(ops::Unary::Abs, &a).map(NdArray::into_value)
}

fn negative(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = super::fft::complex_hook(vm, "negative", &args) {
        return r;
    }
    let a = array_arg(vm, "negative", &args, 0)?;
    ops::unary(ops::Unary::Neg, &a).map(NdArray::into_value)
}

fn square(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = super::fft::complex_hook(vm, "square", &args) {
        return r;
    }
    let a = array_arg(vm, "square", &args, 0)?;
    // NumPy has no bool loop for square: booleans square as int8.
    let a = match a.dtype {
        DType::Bool => ops::cast(&a, DType::Int8)?,
        _ => a,
    };
    let r = ops::binary_checked(Op::Mul, Operand::Array(a.clone()), Operand::Array(a), false)?;
    ops::report_as(vm, r.errors, "square", false)?;
    Ok(r.out.into_value())
}

fn predicate(a: &NdArray, f: fn(f64) -> bool, for_ints: bool) -> PyResult<NdArray> {
    let mut out = if a.dtype.is_float() {
        let f64s = ops::cast(a, DType::Float64)?;
        map1::<f64, bool>(&f64s, f)?
    } else {
        NdArray::new(
            Data::filled(
                DType::Bool,
                a.room_for_copy(DType::Bool)?,
                super::element::Scalar::Bool(for_ints),
            ),
            a.shape(),
        )
    };
    out.scalar = a.scalar || a.ndim() == 0;
    Ok(out)
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = super::fft::complex_hook(vm, "isnan", &args) {
        return r;
    }
    let a = array_arg(vm, "isnan", &args, 0)?;
    Ok(predicate(&a, f64::is_nan, false)?.into_value())
}

fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = super::fft::complex_hook(vm, "isinf", &args) {
        return r;
    }
    let a = array_arg(vm, "isinf", &args, 0)?;
    Ok(predicate(&a, f64::is_infinite, false)?.into_value())
}

fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = super::fft::complex_hook(vm, "isfinite", &args) {
        return r;
    }
    let a = array_arg(vm, "isfinite", &args, 0)?;
    Ok(predicate(&a, f64::is_finite, true)?.into_value())
}

fn sign_of<T: Arith>(x: T) -> T {
    let zero = T::default();
    if x.is_nan() {
        x
    } else if x > zero {
        T::from_f64(1.0)
    } else if x < zero {
        T::from_f64(-1.0)
    } else {
        zero
    }
}

fn sign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = array_arg(vm, "sign", &args, 0)?;
    if a.dtype == DType::Bool {
        return Err(PyErr::type_error(
            "ufunc 'sign' did not contain a loop with signature matching types",
        ));
    }
    let mut out = sign_array(&a)?;
    out.scalar = a.scalar;
    Ok(out.into_value())
}

/// `sign` in the array's own dtype. The narrower integers and float16 run
/// widened and are cast back (-1, 0 and 1 survive the trip, as does NaN):
/// a loop per dtype is kilobytes, and `sign` of those is rare.
fn sign_array(a: &NdArray) -> PyResult<NdArray> {
    match a.dtype {
        DType::Int64 => map1::<i64, i64>(a, sign_of),
        DType::UInt64 => map1::<u64, u64>(a, sign_of),
        DType::Float32 => map1::<f32, f32>(a, sign_of),
        DType::Float64 => map1::<f64, f64>(a, sign_of),
        DType::Float16 => ops::computed_in(a, DType::Float32, sign_array),
        _ => ops::computed_in(a, DType::Int64, sign_array),
    }
}

/// `np.clip(a, a_min, a_max, out, *, min, max)`: `minimum(maximum(a,
/// a_min), a_max)`. As in NumPy, `a_min` and `a_max` go together (one
/// without the other is a `TypeError`), and `min=`/`max=` stand for both.
fn clip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = taipan_vm::builtins::args::parse_args(
        "clip",
        args,
        &["a", "a_min", "a_max", "out", "min", "max"],
        1,
    )?;
    let (lo, hi) = match (&slots[1], &slots[2]) {
        (None, None) => (slots[4].as_ref(), slots[5].as_ref()),
        (None, Some(_)) | (Some(_), None) => {
            let missing = if slots[1].is_none() { "a_min" } else { "a_max" };
            return Err(PyErr::type_error(format!(
                "clip() missing 1 required positional argument: '{missing}'"
            )));
        }
        (Some(lo), Some(hi)) => {
            if slots[4].is_some() || slots[5].is_some() {
                return Err(PyErr::value_error(
                    "Passing `min` or `max` keyword argument when `a_min` and `a_max` are \
                     provided is forbidden.",
                ));
            }
            (Some(lo), Some(hi))
        }
    };
    let a = slots[0].as_ref().unwrap_or(&Value::None);
    clip_values(vm, a, lo, hi, slots[3].as_ref())
}

/// Whether clipping integers of `dtype` at the Python int `bound` changes
/// nothing (a lower bound under the dtype's least value, an upper one over
/// its greatest): NumPy then leaves the bound out rather than refuse it.
fn bound_is_moot(dtype: DType, bound: &Operand, lower: bool) -> bool {
    let Operand::Weak(s, super::dtype::Weak::Int) = bound else {
        return false;
    };
    let Some((lo, hi)) = dtype.int_range().filter(|_| dtype.is_integer()) else {
        return false;
    };
    let v = match *s {
        super::element::Scalar::Int(i) => i as i128,
        super::element::Scalar::UInt(u) => u as i128,
        _ => return false,
    };
    if lower {
        v < lo
    } else {
        v > hi
    }
}

/// `clip` for the function and the method (no bounds: a copy), written
/// into `out` when given.
pub fn clip_values(
    vm: &mut Vm,
    a: &Value,
    lo: Option<&Value>,
    hi: Option<&Value>,
    out: Option<&Value>,
) -> PyResult<Value> {
    let mut r = operand(vm, a)?;
    let (lo, hi) = (given(lo), given(hi));
    let dtype = match &r {
        Operand::Array(x) => Some(x.dtype),
        Operand::Weak(..) => None,
    };
    let mut clipped = false;
    for (bound, op, lower) in [(lo, Op::Max, true), (hi, Op::Min, false)] {
        let Some(bound) = bound else { continue };
        let b = operand(vm, bound)?;
        if dtype.is_some_and(|d| bound_is_moot(d, &b, lower)) {
            continue;
        }
        r = Operand::Array(ops::binary_k(op, r, b)?);
        clipped = true;
    }
    let r = match r {
        // Nothing to clip at: a copy, as NumPy gives.
        Operand::Array(x) if !clipped => {
            let mut c = x.copy_as(x.dtype)?;
            c.scalar = x.scalar;
            c
        }
        Operand::Array(x) => x,
        Operand::Weak(..) => return Err(PyErr::type_error("clip needs an array")),
    };
    result_or_out(vm, "clip", r, out)
}

/// `np.where(cond, x, y)`, or `np.where(cond)` (= `nonzero`).
fn where_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cond = super::convert::as_array_keep_scalar(vm, arg("where", &args, 0)?)?;
    if args.pos.len() == 1 {
        return super::index::nonzero_value(&cond);
    }
    if args.pos.len() != 3 {
        return Err(PyErr::value_error(
            "either both or neither of x and y should be given",
        ));
    }
    let x = operand(vm, &args.pos[1])?;
    let y = operand(vm, &args.pos[2])?;
    let dt = ops::common_dtype(&x, &y);
    // Python numbers take the result's dtype unchecked, wrapping like a C
    // cast (NumPy 2: np.where(u8 > 100, u8, -1) holds 255).
    let in_dt = |o: Operand| match o {
        Operand::Array(a) => ops::cast(&a, dt),
        Operand::Weak(s, _) => Ok(NdArray::new(Data::filled(dt, 1, s), Default::default())),
    };
    let (x, y) = (in_dt(x)?, in_dt(y)?);
    let cond = ops::cast(&cond, DType::Bool)?;
    let shape = broadcast_shapes(&cond.shape(), &x.shape())
        .and_then(|s| broadcast_shapes(&s, &y.shape()))
        .map_err(|_| {
            let s = super::broadcast::compact_shape;
            PyErr::value_error(format!(
                "operands could not be broadcast together with shapes {} {} {} ",
                s(&cond.shape()),
                s(&x.shape()),
                s(&y.shape())
            ))
        })?;
    let (mut c, mut x, mut y) = (
        broadcast_to(&cond, &shape)?,
        broadcast_to(&x, &shape)?,
        broadcast_to(&y, &shape)?,
    );
    // The result lies in memory as NumPy's `order='K'` iteration lays it.
    let axes = super::order::k_axes(&[&c, &x, &y]);
    if let Some(axes) = &axes {
        let p = super::order::permuted;
        (c, x, y) = (p(&c, axes), p(&x, axes), p(&y, axes));
    }
    let flags = c.to_vec::<bool>()?;
    let out = crate::with_dtype!(dt, T => {
        let (xs, ys) = (x.to_vec::<T>()?, y.to_vec::<T>()?);
        let v: Vec<T> = flags.iter().zip(xs.iter().zip(&ys)).map(|(&f, (&a, &b))| if f { a } else { b }).collect();
        T::wrap(v)
    });
    let r = NdArray::new(out, c.shape());
    Ok(match &axes {
        Some(axes) => super::order::unpermuted(r, axes),
        None => r,
    }
    .into_value())
}

fn logical(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(bool, bool) -> bool) -> PyResult<Value> {
    let a = ops::cast(&array_arg(vm, name, &args, 0)?, DType::Bool)?;
    let b = ops::cast(&array_arg(vm, name, &args, 1)?, DType::Bool)?;
    let shape = broadcast_shapes(&a.shape(), &b.shape())?;
    let (a, b) = (broadcast_to(&a, &shape)?, broadcast_to(&b, &shape)?);
    // Laid out as NumPy's `order='K'` iteration lays the result.
    let mut r = match super::order::k_axes(&[&a, &b]) {
        Some(axes) => {
            let p = |x: &NdArray| super::order::permuted(x, &axes);
            super::order::unpermuted(ops::map2::<bool, bool>(&p(&a), &p(&b), f)?, &axes)
        }
        None => ops::map2::<bool, bool>(&a, &b, f)?,
    };
    r.scalar = r.ndim() == 0;
    Ok(r.into_value())
}

fn logical_and(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    logical(vm, args, "logical_and", |a, b| a && b)
}

fn logical_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    logical(vm, args, "logical_or", |a, b| a || b)
}

fn logical_xor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    logical(vm, args, "logical_xor", |a, b| a != b)
}

fn logical_not(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = ops::cast(&array_arg(vm, "logical_not", &args, 0)?, DType::Bool)?;
    let mut r = map1::<bool, bool>(&a, |x| !x)?;
    r.scalar = a.scalar || a.ndim() == 0;
    Ok(r.into_value())
}

/// `ufunc.__call__(self, *args, **kwargs)`: the inputs alone go straight
/// to the kernel held in `self._func`, natively, so that `np.maximum(a, b)`
/// costs no Python frame (about 6,000 instructions a call when `__call__`
/// was written in Python); with keywords or positional outputs, to
/// `self._call`, which applies `out=`, `where=` and `dtype=` to any kernel.
pub fn ufunc_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, rest)) = args.pos.split_first() else {
        return Err(PyErr::type_error(
            "descriptor '__call__' of 'numpy.ufunc' object needs an argument",
        ));
    };
    let nin = vm.getattr_str(this, "nin")?;
    let plain = args.kw.is_empty() && rest.len() as i64 <= vm.index_of(&nin)?;
    let func = vm.getattr_str(this, if plain { "_func" } else { "_call" })?;
    vm.call(&func, rest, args.kw)
}

/// The module-level ufuncs.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("subtract", subtract),
    ("multiply", multiply),
    ("divide", divide),
    ("true_divide", divide),
    ("floor_divide", floor_divide),
    ("remainder", remainder),
    ("mod", remainder),
    ("power", power),
    ("maximum", maximum),
    ("minimum", minimum),
    ("fmax", fmax),
    ("fmin", fmin),
    ("left_shift", left_shift),
    ("right_shift", right_shift),
    ("cbrt", cbrt),
    ("arcsinh", arcsinh),
    ("arccosh", arccosh),
    ("arctanh", arctanh),
    ("bitwise_and", bitwise_and),
    ("bitwise_or", bitwise_or),
    ("bitwise_xor", bitwise_xor),
    ("less", less),
    ("less_equal", less_equal),
    ("equal", equal),
    ("not_equal", not_equal),
    ("greater", greater),
    ("greater_equal", greater_equal),
    ("sqrt", sqrt),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("arcsin", arcsin),
    ("arccos", arccos),
    ("arctan", arctan),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("deg2rad", deg2rad),
    ("rad2deg", rad2deg),
    ("radians", deg2rad),
    ("degrees", rad2deg),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("rint", rint),
    ("round", round),
    ("around", round),
    ("abs", abs),
    ("absolute", abs),
    ("negative", negative),
    ("square", square),
    ("arctan2", arctan2),
    ("hypot", hypot),
    ("logaddexp", logaddexp),
    ("signbit", signbit),
    ("isnan", isnan),
    ("isinf", isinf),
    ("isfinite", isfinite),
    ("sign", sign),
    ("clip", clip),
    ("where", where_),
    ("_ufunc_out", ufunc_out),
    ("logical_and", logical_and),
    ("logical_or", logical_or),
    ("logical_xor", logical_xor),
    ("logical_not", logical_not),
];
