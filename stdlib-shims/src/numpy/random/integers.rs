//! `RandomState.randint` and `Generator.integers`: bounds checked and
//! reported as NumPy reports them, a scalar range filled in one go, array
//! bounds broadcast element by element (NumPy's `_bounded_integers`).

use super::args::{count, result_shape, size_arg};
use super::bounded::{draw_bounded, Buffer, Width};
use super::state::draw;
use crate::numpy::array::{Dims, NdArray};
use crate::numpy::broadcast::broadcast_to;
use crate::numpy::convert::{as_array, dtype_arg, to_python};
use crate::numpy::dtype::DType;
use crate::numpy::element::{Data, Element, Scalar};
use num_traits::{Signed, ToPrimitive};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::types::types;
use taipan_vm::{Value, Vm};

/// The Python type a dtype argument named, when it was `int` or `bool`
/// (the result is then a Python int or bool rather than a NumPy scalar).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PyType {
    /// `dtype=int`.
    Int,
    /// `dtype=bool`.
    Bool,
}

/// The integer dtype of a draw.
#[derive(Clone, Copy)]
pub struct IntType {
    /// The dtype of the result.
    pub dtype: DType,
    /// The Python type named, if any.
    pub python: Option<PyType>,
}

/// A `dtype=` argument of `randint`/`integers` (`func`); `default` when
/// absent.
pub fn int_type(vm: &mut Vm, v: Option<&Value>, default: IntType, func: &str) -> PyResult<IntType> {
    let Some(v) = v else {
        return Ok(default);
    };
    let t = types();
    if let Value::Obj(o) = v {
        if o.ptr_eq(&t.int.to_ref()) {
            return Ok(IntType {
                dtype: DType::Int64,
                python: Some(PyType::Int),
            });
        }
        if o.ptr_eq(&t.bool_.to_ref()) {
            return Ok(IntType {
                dtype: DType::Bool,
                python: Some(PyType::Bool),
            });
        }
    }
    let dtype = dtype_arg(vm, Some(v))?.unwrap_or(DType::Float64);
    if dtype.is_float() {
        return Err(PyErr::type_error(format!(
            "Unsupported dtype dtype('{}') for {func}",
            dtype.name()
        )));
    }
    Ok(IntType {
        dtype,
        python: None,
    })
}

fn width_of(dtype: DType) -> Width {
    match dtype.itemsize() {
        _ if dtype == DType::Bool => Width::Bool,
        1 => Width::W8,
        2 => Width::W16,
        4 => Width::W32,
        _ => Width::W64,
    }
}

/// An element of a bound as an exact integer (Python's `int()`: floats
/// truncate; NaN and infinities cannot convert).
fn scalar_int(s: Scalar) -> PyResult<i128> {
    Ok(match s {
        Scalar::Bool(b) => b as i128,
        Scalar::Int(i) => i as i128,
        Scalar::UInt(u) => u as i128,
        Scalar::Float(f) if f.is_nan() => {
            return Err(PyErr::value_error("cannot convert float NaN to integer"))
        }
        Scalar::Float(f) if f.is_infinite() => {
            return Err(PyErr::overflow("cannot convert float infinity to integer"))
        }
        Scalar::Float(f) => f.trunc() as i128,
    })
}

/// A bound: one integer, or an array of them.
enum Bound {
    One(i128),
    Many(Vec<i128>, Dims),
}

fn bound(vm: &mut Vm, v: &Value) -> PyResult<Bound> {
    match v {
        Value::Bool(b) => return Ok(Bound::One(*b as i128)),
        Value::Int(i) => return Ok(Bound::One(*i as i128)),
        Value::Float(f) => return Ok(Bound::One(scalar_int(Scalar::Float(*f))?)),
        _ => {}
    }
    if let Some(ObjKind::BigInt(b)) = v.kind() {
        let clamped = b.to_i128().unwrap_or(if b.is_negative() {
            i128::MIN
        } else {
            i128::MAX
        });
        return Ok(Bound::One(clamped));
    }
    let a = as_array(vm, v, None)?;
    if a.ndim() == 0 {
        return Ok(Bound::One(scalar_int(a.first())?));
    }
    if a.dtype.is_float() || a.dtype.is_integer() || a.dtype == DType::Bool {
        let data = a.buf.read();
        let mut out = Vec::with_capacity(a.size());
        let mut err = None;
        a.for_each_offset(|o| match scalar_int(data.get(o)) {
            Ok(i) => out.push(i),
            Err(e) => err = Some(e),
        });
        if let Some(e) = err {
            return Err(e);
        }
        return Ok(Bound::Many(out, a.shape()));
    }
    Err(PyErr::type_error("bounds must be integers"))
}

/// NumPy's error for an empty range (`high <= 0` when `low` is all zeros,
/// the usual one-argument call).
fn bounds_error(closed: bool, low_all_zero: bool) -> PyErr {
    PyErr::value_error(match (low_all_zero, closed) {
        (true, false) => "high <= 0",
        (true, true) => "high < 0",
        (false, false) => "low >= high",
        (false, true) => "low > high",
    })
}

/// Bit patterns of `width` as elements of `dtype`.
fn to_data(dtype: DType, bits: Vec<u64>) -> Data {
    match dtype {
        DType::Bool => bool::wrap(bits.iter().map(|&b| b != 0).collect()),
        DType::Int8 => i8::wrap(bits.iter().map(|&b| b as u8 as i8).collect()),
        DType::Int16 => i16::wrap(bits.iter().map(|&b| b as u16 as i16).collect()),
        DType::Int32 => i32::wrap(bits.iter().map(|&b| b as u32 as i32).collect()),
        DType::UInt8 => u8::wrap(bits.iter().map(|&b| b as u8).collect()),
        DType::UInt16 => u16::wrap(bits.iter().map(|&b| b as u16).collect()),
        DType::UInt32 => u32::wrap(bits.iter().map(|&b| b as u32).collect()),
        DType::UInt64 => u64::wrap(bits),
        _ => i64::wrap(bits.iter().map(|&b| b as i64).collect()),
    }
}

/// The range of a draw of an integer dtype, as `bounded_ints` and
/// `broadcast_ints` check the bounds and draw.
#[derive(Clone, Copy)]
struct Limits {
    /// The least value of the dtype.
    lb: i128,
    /// The greatest value of the dtype.
    ub: i128,
    /// The dtype's name, for the messages.
    name: &'static str,
    /// What comes off `high`: 0 for `[low, high]`, 1 for `[low, high)`.
    open: i128,
    /// The width of the draws.
    width: Width,
    /// The mask of that width.
    mask: i128,
}

impl Limits {
    /// The limits of `ty`, with `high` included when `closed`.
    fn new(ty: IntType, closed: bool) -> Self {
        let (lb, ub) = ty
            .dtype
            .int_range()
            .unwrap_or((i64::MIN as i128, i64::MAX as i128));
        let width = width_of(ty.dtype);
        Limits {
            lb,
            ub,
            name: ty.dtype.name(),
            open: if closed { 0 } else { 1 },
            width,
            mask: width.max() as i128,
        }
    }

    /// NumPy's error for a bound (`which`: "low" or "high") outside the
    /// dtype.
    fn out_of_bounds(&self, which: &str) -> PyErr {
        PyErr::value_error(format!("{which} is out of bounds for {}", self.name))
    }
}

/// Uniform integers in `[low, high)` (`[low, high]` when `closed`) of
/// `ty`, `size` of them (NumPy's `_rand_<type>`); `this` is the
/// generator, whose method (masked or Lemire) the draws use.
pub fn bounded_ints(
    vm: &mut Vm,
    this: &Value,
    low: &Value,
    high: &Value,
    size: Option<&Value>,
    ty: IntType,
    closed: bool,
) -> PyResult<Value> {
    let shape = size_arg(vm, size)?;
    if let Some(s) = shape.as_ref().filter(|s| count(s) == 0) {
        return Ok(NdArray::new(Data::zeros(ty.dtype, 0), s.clone()).into_value());
    }
    let limits = Limits::new(ty, closed);
    let (low, high) = (bound(vm, low)?, bound(vm, high)?);
    let (Bound::One(lo), Bound::One(hi)) = (&low, &high) else {
        return broadcast_ints(this, low, high, shape, ty, closed);
    };
    let (lo, hi) = (*lo, *hi - limits.open);
    if lo < limits.lb {
        return Err(limits.out_of_bounds("low"));
    }
    if hi > limits.ub {
        return Err(limits.out_of_bounds("high"));
    }
    if lo > hi {
        return Err(bounds_error(closed, lo == 0));
    }
    let rng = ((hi - lo) & limits.mask) as u64;
    let off = (lo & limits.mask) as u64;
    let n = shape.as_deref().map_or(1, count);
    let bits = draw(this, |src| {
        let method = src.method();
        let mut buf = Buffer::default();
        (0..n)
            .map(|_| draw_bounded(src, limits.width, off, rng, method, &mut buf))
            .collect::<Vec<u64>>()
    })?;
    let data = to_data(ty.dtype, bits);
    Ok(match shape {
        Some(shape) => NdArray::new(data, shape).into_value(),
        None => {
            let s = data.get(0);
            match ty.python {
                Some(_) => to_python(s),
                None => NdArray::new_scalar(s, ty.dtype).into_value(),
            }
        }
    })
}

/// Array bounds, broadcast against each other (and `size`).
fn broadcast_ints(
    this: &Value,
    low: Bound,
    high: Bound,
    shape: Option<Dims>,
    ty: IntType,
    closed: bool,
) -> PyResult<Value> {
    let limits = Limits::new(ty, closed);
    let as_array = |b: Bound| match b {
        Bound::One(v) => (vec![v], Dims::new()),
        Bound::Many(v, s) => (v, s),
    };
    let (low, low_shape) = as_array(low);
    let (high, high_shape) = as_array(high);
    let wide = limits.width == Width::W64;
    if low
        .iter()
        .any(|&l| l < limits.lb || (wide && l > limits.ub))
    {
        return Err(limits.out_of_bounds("low"));
    }
    if high.iter().any(|&h| h - limits.open > limits.ub) {
        return Err(limits.out_of_bounds("high"));
    }
    let out_shape = result_shape(shape, &[low_shape.clone(), high_shape.clone()], true)?;
    let low = spread_ints(low, &low_shape, &out_shape)?;
    let high = spread_ints(high, &high_shape, &out_shape)?;
    if low.iter().zip(&high).any(|(&l, &h)| l > h - limits.open) {
        return Err(bounds_error(closed, low.iter().all(|&l| l == 0)));
    }
    let bits = draw(this, |src| {
        let method = src.method();
        let mut buf = Buffer::default();
        low.iter()
            .zip(&high)
            .map(|(&l, &h)| {
                let rng = ((h - limits.open - l) & limits.mask) as u64;
                let off = (l & limits.mask) as u64;
                draw_bounded(src, limits.width, off, rng, method, &mut buf)
            })
            .collect::<Vec<u64>>()
    })?;
    Ok(NdArray::new(to_data(ty.dtype, bits), out_shape).into_value())
}

/// Integers of `shape` broadcast to `to`, in C order.
fn spread_ints(values: Vec<i128>, shape: &Dims, to: &[usize]) -> PyResult<Vec<i128>> {
    if shape.as_slice() == to {
        return Ok(values);
    }
    // Broadcast positions through an index array of the same shape.
    let n = values.len();
    let index = NdArray::new(i64::wrap((0..n as i64).collect()), shape.clone());
    let spread = broadcast_to(&index, to)?;
    let data = spread.buf.read();
    let mut out = Vec::with_capacity(count(to));
    spread.for_each_offset(|o| {
        let i = data.get(o).as_i64() as usize;
        out.push(values.get(i).copied().unwrap_or(0));
    });
    Ok(out)
}
