//! Arrays an embedding host hands in and gets back: elements in C order
//! and the host's native byte order, the dtype named as NumPy names it.

use super::alloc::check_room;
use super::array::{Dims, NdArray};
use super::convert::to_python;
use super::dtype::DType;
use super::npy::{c_bytes, real_array};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::Value;

/// A NumPy value as the host receives it.
pub enum HostForm {
    /// An array: its dtype's name, shape and elements (a C-order copy).
    Array {
        /// NumPy's name of the dtype (`"float32"`).
        dtype: &'static str,
        /// The length of each axis.
        shape: Vec<usize>,
        /// The elements, C order, native byte order.
        bytes: Vec<u8>,
    },
    /// A NumPy scalar, as the Python value its `item()` gives.
    Item(Value),
}

/// A new array of NumPy's dtype `dtype_name` and `shape` whose elements are
/// `bytes` (C order, native byte order), counted against the heap budget.
pub fn array_from_bytes(dtype_name: &str, shape: &[usize], bytes: &[u8]) -> PyResult<Value> {
    let dtype = DType::from_name(dtype_name)
        .ok_or_else(|| PyErr::type_error(format!("data type '{dtype_name}' not understood")))?;
    let size = check_room(shape, dtype)?;
    if size * dtype.itemsize() != bytes.len() {
        return Err(PyErr::value_error(format!(
            "an array of shape {shape:?} and data type {dtype_name} needs {} bytes, got {}",
            size * dtype.itemsize(),
            bytes.len()
        )));
    }
    let big_endian = cfg!(target_endian = "big");
    Ok(real_array(bytes, dtype, big_endian, Dims::from_slice(shape)).into_value())
}

/// The host's form of `v` when it is a NumPy array or scalar (`MemoryError`
/// when the C-order copy of an array, a huge view perhaps, cannot be made).
pub fn host_form(v: &Value) -> Option<PyResult<HostForm>> {
    let a = NdArray::of(v)?;
    if a.scalar {
        return Some(Ok(HostForm::Item(to_python(a.first()))));
    }
    let mut bytes = match c_bytes(a) {
        Ok(bytes) => bytes,
        Err(e) => return Some(Err(e)),
    };
    if cfg!(target_endian = "big") {
        for item in bytes.chunks_exact_mut(a.dtype.itemsize()) {
            item.reverse();
        }
    }
    Some(Ok(HostForm::Array {
        dtype: a.dtype.name(),
        shape: a.shape().to_vec(),
        bytes,
    }))
}
