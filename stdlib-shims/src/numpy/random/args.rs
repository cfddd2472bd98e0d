//! Arguments and results shared by the distributions: `size`, NumPy's
//! broadcasting of distribution parameters (its `cont` helper), and
//! floats returned as a Python float or an array.

use super::state::{draw, Source};
use crate::numpy::array::{Dims, NdArray};
use crate::numpy::broadcast::broadcast_to;
use crate::numpy::convert::{as_array, shape_text};
use crate::numpy::dtype::DType;
use crate::numpy::shape::shape_arg;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::{Value, Vm};

/// A `size` argument: `None` (one value, returned as a scalar) or a
/// shape (an int or a sequence of ints) with room for its elements.
pub fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Dims>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let spec = shape_arg(vm, v)?;
    if spec.iter().any(|&n| n < 0) {
        return Err(PyErr::value_error("negative dimensions are not allowed"));
    }
    let shape: Dims = spec.iter().map(|&n| n as usize).collect();
    crate::numpy::alloc::check_room(&shape, DType::Float64)?;
    Ok(Some(shape))
}

/// The number of elements of a shape.
pub fn count(shape: &[usize]) -> usize {
    shape.iter().product()
}

/// Doubles as NumPy returns them: without a shape the first as a Python
/// float, otherwise an array of that shape.
pub fn floats_out(values: Vec<f64>, shape: Option<Dims>) -> Value {
    match shape {
        None => Value::Float(values.first().copied().unwrap_or(0.0)),
        Some(shape) => {
            NdArray::new(<f64 as crate::numpy::element::Element>::wrap(values), shape).into_value()
        }
    }
}

/// `n` draws of `f`, or one as a float without a shape (NumPy's
/// `double_fill` and the no-parameter `cont`).
pub fn fill(this: &Value, shape: Option<Dims>, f: fn(&mut dyn Source) -> f64) -> PyResult<Value> {
    let n = shape.as_deref().map_or(1, count);
    let values = draw(this, |src| (0..n).map(|_| f(src)).collect())?;
    Ok(floats_out(values, shape))
}

/// The common shape of several shapes, or NumPy's error naming the first
/// pair that disagrees (`PyArray_Broadcast`).
pub fn broadcast_all(shapes: &[Dims]) -> PyResult<Dims> {
    let views: Vec<&[usize]> = shapes.iter().map(|s| &s[..]).collect();
    crate::numpy::join::common_shape(&views)
}

/// The elements of `a` broadcast to `shape`, in C order, as doubles.
pub fn spread(a: &NdArray, shape: &[usize]) -> PyResult<Vec<f64>> {
    let b = broadcast_to(a, shape)?;
    let data = b.buf.read();
    let mut out = Vec::with_capacity(count(shape));
    b.for_each_offset(|o| out.push(data.get(o).as_f64()));
    Ok(out)
}

/// The shape of the result when parameters are arrays: `size` if given
/// (the parameters must broadcast to it), else their common shape.
/// `size_last` numbers the shapes in errors as NumPy's integer draws do
/// (the output after the parameters; the distributions put it first).
pub fn result_shape(size: Option<Dims>, params: &[Dims], size_last: bool) -> PyResult<Dims> {
    let Some(size) = size else {
        return broadcast_all(params);
    };
    let mut all = params.to_vec();
    if size_last {
        all.push(size.clone());
    } else {
        all.insert(0, size.clone());
    }
    let common = broadcast_all(&all)?;
    if common != size {
        return Err(PyErr::value_error(format!(
            "Output size {} is not compatible with broadcast dimensions of inputs {}.",
            shape_text(&size),
            shape_text(&common)
        )));
    }
    Ok(size)
}

/// What NumPy requires of a distribution parameter (its `CONS_*`
/// constraints), and so which error a bad value raises.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cons {
    /// Anything.
    None,
    /// Not negative: a `-0.0` counts as negative, NaN does not.
    NonNegative,
    /// Above 0 (NaN passes).
    Positive,
    /// In [0, 1], not NaN.
    Bounded01,
    /// In (0, 1], not NaN.
    BoundedGt01,
    /// In [0, `POISSON_LAM_MAX`], not NaN.
    Poisson,
}

/// NumPy's `POISSON_LAM_MAX`: the largest mean PTRS handles.
fn poisson_lam_max() -> f64 {
    let max = i64::MAX as f64;
    max - max.sqrt() * 10.0
}

impl Cons {
    /// The error for one scalar value `v` of parameter `name`, if bad.
    fn check_scalar(self, name: &str, v: f64) -> PyResult<()> {
        let bad = match self {
            Cons::None => None,
            Cons::NonNegative => {
                (!v.is_nan() && v.is_sign_negative()).then(|| format!("{name} < 0"))
            }
            Cons::Positive => (v <= 0.0).then(|| format!("{name} <= 0")),
            Cons::Bounded01 => (!(0.0..=1.0).contains(&v))
                .then(|| format!("{name} < 0, {name} > 1 or {name} is NaN")),
            Cons::BoundedGt01 => (!(v > 0.0 && v <= 1.0))
                .then(|| format!("{name} <= 0, {name} > 1 or {name} contains NaNs")),
            Cons::Poisson if v.is_nan() || v < 0.0 => Some(format!("{name} < 0 or {name} is NaN")),
            Cons::Poisson => (v > poisson_lam_max()).then(|| format!("{name} value too large")),
        };
        bad.map_or(Ok(()), |m| Err(PyErr::value_error(m)))
    }

    /// The error for the values of an array parameter, if any is bad
    /// (NumPy words a few of these differently from the scalar ones).
    fn check_array(self, name: &str, values: &[f64]) -> PyResult<()> {
        let any = |f: &dyn Fn(f64) -> bool| values.iter().any(|&v| f(v));
        let bad = match self {
            Cons::None => None,
            Cons::NonNegative => {
                any(&|v| !v.is_nan() && v.is_sign_negative()).then(|| format!("{name} < 0"))
            }
            Cons::Positive => any(&|v| v <= 0.0).then(|| format!("{name} <= 0")),
            Cons::Bounded01 => any(&|v| !(0.0..=1.0).contains(&v))
                .then(|| format!("{name} < 0, {name} > 1 or {name} contains NaNs")),
            Cons::BoundedGt01 => any(&|v| !(v > 0.0 && v <= 1.0))
                .then(|| format!("{name} <= 0, {name} > 1 or {name} contains NaNs")),
            // NaN fails NumPy's first test (`all(val <= max)`) too.
            Cons::Poisson if any(&|v| v.is_nan() || v > poisson_lam_max()) => {
                Some(format!("{name} value too large"))
            }
            Cons::Poisson => {
                any(&|v| v < 0.0).then(|| format!("{name} < 0 or {name} contains NaNs"))
            }
        };
        bad.map_or(Ok(()), |m| Err(PyErr::value_error(m)))
    }
}

/// A parameter of a distribution.
pub struct Param<'a> {
    /// The value given.
    pub value: &'a Value,
    /// Its name in errors.
    pub name: &'a str,
    /// What it must satisfy.
    pub cons: Cons,
}

/// The parameters as arrays of doubles, each checked: all scalars, or
/// arrays to broadcast.
fn checked_params(vm: &mut Vm, params: &[Param<'_>]) -> PyResult<Vec<NdArray>> {
    let mut arrays = Vec::with_capacity(params.len());
    for p in params {
        arrays.push(as_array(vm, p.value, Some(DType::Float64))?);
    }
    let scalar = arrays.iter().all(|a| a.ndim() == 0);
    for (p, a) in params.iter().zip(&arrays) {
        if scalar {
            p.cons.check_scalar(p.name, a.first().as_f64())?;
        } else if p.cons != Cons::None {
            p.cons.check_array(p.name, &spread(a, &a.shape())?)?;
        }
    }
    Ok(arrays)
}

/// Whether a distribution call makes one value returned as a Python
/// scalar: no `size` and only scalar parameters.
pub fn one_scalar(vm: &mut Vm, size: Option<&Value>, params: &[&Value]) -> PyResult<bool> {
    if size.is_some_and(|s| !s.is_none()) {
        return Ok(false);
    }
    for p in params {
        if as_array(vm, p, Some(DType::Float64))?.ndim() != 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The draws of a distribution with parameters (NumPy's `cont` and
/// `disc`): `f` gets the source and one value of each parameter. With
/// all-scalar parameters and no size, one value and no shape; array
/// parameters broadcast (with `size`, to it).
///
/// `f` is a `dyn Fn`: one copy of this loop per result type serves every
/// distribution (a generic one was copied into each of some forty
/// methods, 5 KB apiece), for an indirect call per draw.
fn draws<T>(
    vm: &mut Vm,
    this: &Value,
    size: Option<&Value>,
    params: &[Param<'_>],
    f: &dyn Fn(&mut dyn Source, &[f64]) -> T,
) -> PyResult<(Vec<T>, Option<Dims>)> {
    let arrays = checked_params(vm, params)?;
    let shape = size_arg(vm, size)?;
    if arrays.iter().all(|a| a.ndim() == 0) {
        let values: Vec<f64> = arrays.iter().map(|a| a.first().as_f64()).collect();
        let n = shape.as_deref().map_or(1, count);
        let out = draw(this, |src| (0..n).map(|_| f(src, &values)).collect())?;
        return Ok((out, shape));
    }
    let shapes: Vec<Dims> = arrays.iter().map(|a| a.shape()).collect();
    let out_shape = result_shape(shape, &shapes, false)?;
    let columns = arrays
        .iter()
        .map(|a| spread(a, &out_shape))
        .collect::<PyResult<Vec<_>>>()?;
    let n = count(&out_shape);
    let out = draw(this, |src| {
        let mut row = vec![0.0; columns.len()];
        (0..n)
            .map(|i| {
                for (slot, col) in row.iter_mut().zip(&columns) {
                    *slot = col[i];
                }
                f(src, &row)
            })
            .collect()
    })?;
    Ok((out, Some(out_shape)))
}

/// A continuous distribution (NumPy's `cont`): a Python float, or an
/// array of doubles.
pub fn cont(
    vm: &mut Vm,
    this: &Value,
    size: Option<&Value>,
    params: &[Param<'_>],
    f: impl Fn(&mut dyn Source, &[f64]) -> f64,
) -> PyResult<Value> {
    let (values, shape) = draws(vm, this, size, params, &f)?;
    Ok(floats_out(values, shape))
}

/// A discrete distribution (NumPy's `disc`): a Python int, or an array of
/// int64.
pub fn disc(
    vm: &mut Vm,
    this: &Value,
    size: Option<&Value>,
    params: &[Param<'_>],
    f: impl Fn(&mut dyn Source, &[f64]) -> i64,
) -> PyResult<Value> {
    let (values, shape) = draws(vm, this, size, params, &f)?;
    Ok(match shape {
        None => Value::Int(values.first().copied().unwrap_or(0)),
        Some(shape) => {
            NdArray::new(<i64 as crate::numpy::element::Element>::wrap(values), shape).into_value()
        }
    })
}
