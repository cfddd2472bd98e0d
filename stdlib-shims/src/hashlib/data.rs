//! The bytes of the values `hashlib` and `hmac` take: bytes, bytearray,
//! and (with numpy) C-contiguous arrays, which CPython reads through the
//! buffer protocol.

use std::borrow::Cow;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::{Value, Vm};

/// The bytes of a buffer-protocol value, None when `v` is not one.
pub fn buffer_bytes(v: &Value) -> PyResult<Option<Cow<'_, [u8]>>> {
    let Some(obj) = v.as_obj() else {
        return Ok(None);
    };
    Ok(match obj.kind() {
        ObjKind::Bytes(b) => Some(Cow::Borrowed(&b[..])),
        ObjKind::ByteArray(cell) => Some(Cow::Owned(obj.get().read(cell).clone())),
        #[cfg(feature = "numpy")]
        ObjKind::Native(_) => crate::numpy::npy::buffer_bytes(v)?.map(Cow::Owned),
        _ => None,
    })
}

/// The bytes of data to hash, with CPython's errors for a str and for
/// anything else.
pub fn hashed_bytes(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    if let Some(bytes) = buffer_bytes(v)? {
        return Ok(bytes);
    }
    Err(PyErr::type_error(match v.kind() {
        Some(ObjKind::Str(_)) => "Strings must be encoded before hashing",
        _ => "object supporting the buffer API required",
    }))
}

/// The bytes of a bytes-like argument (a key, a salt, a password), with
/// the error naming the type otherwise.
pub fn bytes_like<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    match buffer_bytes(v)? {
        Some(bytes) => Ok(bytes),
        None => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}
