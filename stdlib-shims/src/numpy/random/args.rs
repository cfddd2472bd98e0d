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

/// A parameter of a continuous distribution.
pub struct Param<'a> {
    /// The value given.
    pub value: &'a Value,
    /// Its name in errors.
    pub name: &'a str,
    /// Whether it must not be negative (NumPy's `CONS_NON_NEGATIVE`; a
    /// `-0.0` counts as negative, NaN does not).
    pub non_negative: bool,
}

fn check_non_negative(name: &str, v: f64) -> PyResult<()> {
    if !v.is_nan() && v.is_sign_negative() {
        return Err(PyErr::value_error(format!("{name} < 0")));
    }
    Ok(())
}

/// A continuous distribution with parameters (NumPy's `cont`): `f` gets
/// the source and one value of each parameter. All-scalar parameters
/// give a Python float without a size; array parameters broadcast.
pub fn cont(
    vm: &mut Vm,
    this: &Value,
    size: Option<&Value>,
    params: &[Param<'_>],
    f: impl Fn(&mut dyn Source, &[f64]) -> f64,
) -> PyResult<Value> {
    let mut arrays = Vec::with_capacity(params.len());
    for p in params {
        arrays.push(as_array(vm, p.value, Some(DType::Float64))?);
    }
    let shape = size_arg(vm, size)?;
    if arrays.iter().all(|a| a.ndim() == 0) {
        let values: Vec<f64> = arrays.iter().map(|a| a.first().as_f64()).collect();
        for (p, &v) in params.iter().zip(&values) {
            if p.non_negative {
                check_non_negative(p.name, v)?;
            }
        }
        let n = shape.as_deref().map_or(1, count);
        let out = draw(this, |src| (0..n).map(|_| f(src, &values)).collect())?;
        return Ok(floats_out(out, shape));
    }
    for (p, a) in params.iter().zip(&arrays) {
        if p.non_negative {
            let data = a.buf.read();
            let mut bad = false;
            a.for_each_offset(|o| {
                let v = data.get(o).as_f64();
                bad |= !v.is_nan() && v.is_sign_negative();
            });
            if bad {
                return Err(PyErr::value_error(format!("{} < 0", p.name)));
            }
        }
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
    Ok(floats_out(out, Some(out_shape)))
}
