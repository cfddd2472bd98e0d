//! NumPy's own exception types.

use std::sync::OnceLock;
use taipan_vm::error::PyErr;
use taipan_vm::objects::native::{exception_class, exception_class_with_bases};
use taipan_vm::types::types;
use taipan_vm::value::FrozenRef;

/// `numpy.exceptions.AxisError`: a ValueError and an IndexError.
pub fn axis_error_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        let t = types();
        exception_class_with_bases(
            "AxisError",
            "numpy.exceptions",
            &[t.value_error, t.index_error],
        )
    })
}

/// The error NumPy raises when an in-place result cannot be cast back.
pub fn ufunc_casting_error() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        exception_class(
            "UFuncTypeError",
            "numpy._core._exceptions",
            types().type_error,
        )
    })
}

/// `axis {axis} is out of bounds for array of dimension {ndim}`.
pub fn axis_error(axis: i64, ndim: usize) -> PyErr {
    PyErr::new(
        axis_error_class(),
        format!("axis {axis} is out of bounds for array of dimension {ndim}"),
    )
    .with_attr("axis", taipan_vm::Value::Int(axis))
    .with_attr("ndim", taipan_vm::Value::Int(ndim as i64))
}

/// An axis argument normalised against `ndim` (negative counts from the end).
pub fn normalize_axis(axis: i64, ndim: usize) -> Result<usize, PyErr> {
    let n = ndim as i64;
    if axis < -n || axis >= n {
        return Err(axis_error(axis, ndim));
    }
    Ok(if axis < 0 { axis + n } else { axis } as usize)
}
