//! The element loops behind NumPy's statistics helpers that
//! `py/numpy.py` composes: `_interp` (NumPy's `compiled_interp`, the core
//! of `np.interp`) and `_correlate` (its `_pyarray_correlate`, the core of
//! `np.convolve` and `np.correlate`).
//!
//! The Python layer checks and converts the arguments as NumPy's own
//! Python code does; these functions do what NumPy's C does.

use super::array::NdArray;
use super::convert::{as_array, python_scalar};
use super::dtype::DType;
use super::element::{Data, Element};
use super::ops;
use half::f16;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::{Value, Vm};

/// The argument in slot `i`, or `None`.
fn slot(s: &[Option<Value>], i: usize) -> Value {
    s.get(i).cloned().flatten().unwrap_or(Value::None)
}

/// `v` as a float64 array of one dimension, with the errors of NumPy's
/// `PyArray_ContiguousFromAny(v, NPY_DOUBLE, 1, 1)`.
fn vector_f64(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let a = as_array(vm, v, Some(DType::Float64))?;
    match a.ndim() {
        0 => Err(PyErr::value_error(
            "object of too small depth for desired array",
        )),
        1 => a.to_vec::<f64>(),
        _ => Err(PyErr::value_error("object too deep for desired array")),
    }
}

/// A `left`/`right` value: `None`, or a number read as a double.
fn opt_f64(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some((s, _)) = python_scalar(v)? {
        return Ok(Some(s.as_f64()));
    }
    match NdArray::of(v) {
        Some(a) if a.size() == 1 => Ok(Some(a.first().as_f64())),
        _ => Err(PyErr::type_error(format!(
            "must be real number, not {}",
            vm.type_name(v)
        ))),
    }
}

/// The index `j` of the last sample point with `xp[j] <= key` (`-1` below
/// the first, `xp.len()` above the last): what NumPy's
/// `binary_search_with_guess` finds in increasing sample points.
fn locate(key: f64, xp: &[f64]) -> isize {
    let n = xp.len();
    if key > xp[n - 1] {
        return n as isize;
    }
    if key < xp[0] {
        return -1;
    }
    xp.partition_point(|&v| v <= key) as isize - 1
}

/// NumPy's `compiled_interp` over the float64 values `x`.
fn interp_values(x: &[f64], xp: &[f64], fp: &[f64], left: f64, right: f64) -> Vec<f64> {
    let n = xp.len();
    if n == 1 {
        return x
            .iter()
            .map(|&v| {
                if v < xp[0] {
                    left
                } else if v > xp[0] {
                    right
                } else {
                    fp[0]
                }
            })
            .collect();
    }
    let slopes: Option<Vec<f64>> = (n <= x.len()).then(|| {
        (0..n - 1)
            .map(|i| (fp[i + 1] - fp[i]) / (xp[i + 1] - xp[i]))
            .collect()
    });
    x.iter()
        .map(|&v| {
            if v.is_nan() {
                return v;
            }
            let j = locate(v, xp);
            if j == -1 {
                return left;
            }
            let j = j as usize;
            if j == n {
                right
            } else if j == n - 1 || xp[j] == v {
                fp[j]
            } else {
                let slope = match &slopes {
                    Some(s) => s[j],
                    None => (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]),
                };
                let mut r = slope * (v - xp[j]) + fp[j];
                if r.is_nan() {
                    r = slope * (v - xp[j + 1]) + fp[j + 1];
                    if r.is_nan() && fp[j] == fp[j + 1] {
                        r = fp[j];
                    }
                }
                r
            }
        })
        .collect()
}

/// `_numpy._interp(x, xp, fp, left, right)`: NumPy's `compiled_interp`.
/// Returns a float64 array of `x`'s shape (a NumPy scalar for a 0-d `x`).
fn interp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("interp", args, &["x", "xp", "fp", "left", "right"], 3)?;
    let fp = vector_f64(vm, &slot(&s, 2))?;
    let xp = vector_f64(vm, &slot(&s, 1))?;
    let x = as_array(vm, &slot(&s, 0), Some(DType::Float64))?;
    if xp.is_empty() {
        return Err(PyErr::value_error("array of sample points is empty"));
    }
    if fp.len() != xp.len() {
        return Err(PyErr::value_error("fp and xp are not of the same length."));
    }
    let left = opt_f64(vm, &slot(&s, 3))?.unwrap_or(fp[0]);
    let right = opt_f64(vm, &slot(&s, 4))?.unwrap_or(fp[fp.len() - 1]);
    let values = interp_values(&x.to_vec::<f64>()?, &xp, &fp, left, right);
    let mut out = NdArray::new(Data::F64(values), x.shape());
    out.scalar = out.ndim() == 0;
    Ok(out.into_value())
}

/// The multiply-add of one correlation dot product, in NumPy's types:
/// integers wrap, `float16` sums in `float32`, `bool` is an `or` of `and`s.
trait DotElem: Copy {
    /// `sum(a[i] * b[i])` in the order NumPy's `dot` loops take.
    fn dot(a: &[Self], b: &[Self]) -> Self;
}

macro_rules! int_dot {
    ($($t:ty),*) => {$(
        impl DotElem for $t {
            fn dot(a: &[$t], b: &[$t]) -> $t {
                a.iter()
                    .zip(b)
                    .fold(0, |s: $t, (&x, &y)| s.wrapping_add(x.wrapping_mul(y)))
            }
        }
    )*};
}

int_dot!(i64, u64);

macro_rules! float_dot {
    ($($t:ty),*) => {$(
        impl DotElem for $t {
            fn dot(a: &[$t], b: &[$t]) -> $t {
                a.iter().zip(b).fold(0.0, |s, (&x, &y)| s + x * y)
            }
        }
    )*};
}

float_dot!(f32, f64);

impl DotElem for f16 {
    fn dot(a: &[f16], b: &[f16]) -> f16 {
        let s = a
            .iter()
            .zip(b)
            .fold(0.0f32, |s, (&x, &y)| s + x.to_f32() * y.to_f32());
        f16::from_f32(s)
    }
}

impl DotElem for bool {
    fn dot(a: &[bool], b: &[bool]) -> bool {
        a.iter().zip(b).any(|(&x, &y)| x && y)
    }
}

/// NumPy's `_pyarray_correlate` of `a` (length `n1 >= n2`) with `v`:
/// `mode` 0 'valid', 1 'same', 2 'full'.
fn correlate_values<T: DotElem>(a: &[T], v: &[T], mode: i64) -> Vec<T> {
    let (n1, n2) = (a.len(), v.len());
    let (n_left, n_right) = match mode {
        0 => (0, 0),
        1 => (n2 / 2, n2 - n2 / 2 - 1),
        _ => (n2 - 1, n2 - 1),
    };
    let mut out = Vec::with_capacity(n1 - n2 + 1 + n_left + n_right);
    // The first outputs overlap `a` only in part: `a[..k]` against the
    // last `k` values of `v`.
    for i in 0..n_left {
        let k = n2 - n_left + i;
        out.push(T::dot(&a[..k], &v[n2 - k..]));
    }
    for i in 0..=(n1 - n2) {
        out.push(T::dot(&a[i..i + n2], v));
    }
    for i in 0..n_right {
        let k = n2 - 1 - i;
        let start = n1 - n2 + 1 + i;
        out.push(T::dot(&a[start..start + k], &v[..k]));
    }
    out
}

/// `_numpy._correlate(a, v, mode, flip)`: the correlation of two 1-d
/// arrays of one dtype, as NumPy's `_pyarray_correlate` computes it. When
/// `v` is the longer, the two swap places, and with `flip` true (what
/// `np.correlate` does) the result is then reversed.
fn correlate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("_correlate", args, &["a", "v", "mode", "flip"], 4)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    let v = as_array(vm, &slot(&s, 1), Some(a.dtype))?;
    let mode = vm.index_of(&slot(&s, 2))?;
    let flip = vm.truthy(&slot(&s, 3))?;
    for x in [&a, &v] {
        if x.ndim() != 1 {
            return Err(PyErr::value_error(if x.ndim() == 0 {
                "object of too small depth for desired array"
            } else {
                "object too deep for desired array"
            }));
        }
    }
    if a.size() == 0 {
        return Err(PyErr::value_error("first array argument cannot be empty"));
    }
    if v.size() == 0 {
        return Err(PyErr::value_error("second array argument cannot be empty"));
    }
    let swap = a.size() < v.size();
    let (long, short) = if swap { (&v, &a) } else { (&a, &v) };
    // The narrower integers run in int64 and are cast back: wrapping sums
    // of products keep the same low bits at any width.
    let run = match a.dtype {
        DType::Int8
        | DType::Int16
        | DType::Int32
        | DType::UInt8
        | DType::UInt16
        | DType::UInt32 => DType::Int64,
        dtype => dtype,
    };
    let (long, short) = (long.to_data(run)?, short.to_data(run)?);
    macro_rules! correlate_as {
        ($l:expr, $t:ty) => {{
            let sh = <$t>::slice(&short).unwrap_or(&[]);
            let mut out = correlate_values::<$t>($l, sh, mode);
            if swap && flip {
                out.reverse();
            }
            <$t>::wrap(out)
        }};
    }
    let data = match &long {
        Data::Bool(l) => correlate_as!(l, bool),
        Data::I64(l) => correlate_as!(l, i64),
        Data::U64(l) => correlate_as!(l, u64),
        Data::F16(l) => correlate_as!(l, f16),
        Data::F32(l) => correlate_as!(l, f32),
        Data::F64(l) => correlate_as!(l, f64),
        Data::I8(_) | Data::I16(_) | Data::I32(_) | Data::U8(_) | Data::U16(_) | Data::U32(_) => {
            unreachable!("correlate runs {run:?} in int64")
        }
    };
    let n = data.len();
    let out = NdArray::new(data, smallvec::smallvec![n]);
    Ok(ops::cast(&out, a.dtype)?.into_value())
}

/// The native functions of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("_interp", interp), ("_correlate", correlate)];
