//! Values crossing the C ABI: built by C with the `tp_value_*`
//! constructors, read back with the accessors.

use crate::handle::{check, check_mut, Handle, VALUE};
use crate::{TP_ERR_NULL, TP_ERR_TYPE, TP_OK};
use std::ffi::{c_char, c_void};
use taipan::Arg;

/// `None`.
pub const TP_NONE: i32 = 0;
/// A bool.
pub const TP_BOOL: i32 = 1;
/// An int (64-bit).
pub const TP_INT: i32 = 2;
/// A float.
pub const TP_FLOAT: i32 = 3;
/// A str (UTF-8).
pub const TP_STR: i32 = 4;
/// bytes.
pub const TP_BYTES: i32 = 5;
/// A list.
pub const TP_LIST: i32 = 6;
/// A tuple.
pub const TP_TUPLE: i32 = 7;
/// A dict (items in order).
pub const TP_DICT: i32 = 8;
/// A numpy array (`tp_value_array`, `tp_value_as_array`).
pub const TP_ARRAY: i32 = 9;

// The `TP_DTYPE_*` codes are `taipan::DType`'s discriminants, written out
// for cbindgen; the test `dtype_codes_match_the_embedding_api` keeps them
// in step.

/// Array element type `bool` (one byte, 0 or 1).
pub const TP_DTYPE_BOOL: i32 = 0;
/// Array element type `int8`.
pub const TP_DTYPE_INT8: i32 = 1;
/// Array element type `int16`.
pub const TP_DTYPE_INT16: i32 = 2;
/// Array element type `int32`.
pub const TP_DTYPE_INT32: i32 = 3;
/// Array element type `int64`.
pub const TP_DTYPE_INT64: i32 = 4;
/// Array element type `uint8`.
pub const TP_DTYPE_UINT8: i32 = 5;
/// Array element type `uint16`.
pub const TP_DTYPE_UINT16: i32 = 6;
/// Array element type `uint32`.
pub const TP_DTYPE_UINT32: i32 = 7;
/// Array element type `uint64`.
pub const TP_DTYPE_UINT64: i32 = 8;
/// Array element type `float16` (IEEE binary16 bits).
pub const TP_DTYPE_FLOAT16: i32 = 9;
/// Array element type `float32`.
pub const TP_DTYPE_FLOAT32: i32 = 10;
/// Array element type `float64`.
pub const TP_DTYPE_FLOAT64: i32 = 11;

enum Data {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// UTF-8 text followed by a NUL (not counted in the length).
    Str(Vec<u8>),
    Bytes(Vec<u8>),
    List(Vec<TpValue>),
    Tuple(Vec<TpValue>),
    Dict(Vec<(TpValue, TpValue)>),
    Array(taipan::Array),
}

/// A value passed to or returned from Python code.
pub struct TpValue {
    magic: u64,
    data: Data,
}

impl Handle for TpValue {
    const MAGIC: u64 = VALUE;
    fn magic(&self) -> u64 {
        self.magic
    }
    fn clear_magic(&mut self) {
        self.magic = 0;
    }
}

impl TpValue {
    fn new(data: Data) -> TpValue {
        TpValue { magic: VALUE, data }
    }

    fn boxed(data: Data) -> *mut TpValue {
        Box::into_raw(Box::new(TpValue::new(data)))
    }

    /// The value as the embedding API's [`Arg`].
    pub(crate) fn to_arg(&self) -> Arg {
        match &self.data {
            Data::None => Arg::None,
            Data::Bool(b) => Arg::Bool(*b),
            Data::Int(i) => Arg::Int(*i),
            Data::Float(f) => Arg::Float(*f),
            Data::Str(s) => {
                Arg::Str(String::from_utf8_lossy(&s[..s.len().saturating_sub(1)]).into_owned())
            }
            Data::Bytes(b) => Arg::Bytes(b.clone()),
            Data::List(items) => Arg::List(items.iter().map(TpValue::to_arg).collect()),
            Data::Tuple(items) => Arg::Tuple(items.iter().map(TpValue::to_arg).collect()),
            Data::Dict(items) => Arg::Dict(
                items
                    .iter()
                    .map(|(k, v)| (k.to_arg(), v.to_arg()))
                    .collect(),
            ),
            Data::Array(a) => Arg::Array(a.clone()),
        }
    }

    /// A value from the embedding API's [`Arg`].
    pub(crate) fn from_arg(a: Arg) -> TpValue {
        TpValue::new(match a {
            Arg::None => Data::None,
            Arg::Bool(b) => Data::Bool(b),
            Arg::Int(i) => Data::Int(i),
            Arg::Float(f) => Data::Float(f),
            Arg::Str(s) => Data::Str(nul_terminated(s.into_bytes())),
            Arg::Bytes(b) => Data::Bytes(b),
            Arg::List(items) => Data::List(items.into_iter().map(TpValue::from_arg).collect()),
            Arg::Tuple(items) => Data::Tuple(items.into_iter().map(TpValue::from_arg).collect()),
            Arg::Dict(items) => Data::Dict(
                items
                    .into_iter()
                    .map(|(k, v)| (TpValue::from_arg(k), TpValue::from_arg(v)))
                    .collect(),
            ),
            Arg::Array(a) => Data::Array(a),
        })
    }
}

fn nul_terminated(mut bytes: Vec<u8>) -> Vec<u8> {
    bytes.push(0);
    bytes
}

/// A new `None`.
#[no_mangle]
pub extern "C" fn tp_value_none() -> *mut TpValue {
    TpValue::boxed(Data::None)
}

/// A new bool (0 is False, anything else True).
#[no_mangle]
pub extern "C" fn tp_value_bool(b: i32) -> *mut TpValue {
    TpValue::boxed(Data::Bool(b != 0))
}

/// A new int.
#[no_mangle]
pub extern "C" fn tp_value_int(i: i64) -> *mut TpValue {
    TpValue::boxed(Data::Int(i))
}

/// A new float.
#[no_mangle]
pub extern "C" fn tp_value_float(f: f64) -> *mut TpValue {
    TpValue::boxed(Data::Float(f))
}

/// A new str from `len` bytes of UTF-8 (invalid sequences become U+FFFD);
/// null when `data` is null and `len` is not 0.
///
/// # Safety
/// `data` points to `len` readable bytes (or is null when `len` is 0).
#[no_mangle]
pub unsafe extern "C" fn tp_value_str(data: *const c_char, len: usize) -> *mut TpValue {
    // SAFETY: forwarded from the caller's promise.
    match unsafe { items_arg(data as *const u8, len) } {
        Some(b) => {
            let text = String::from_utf8_lossy(b).into_owned();
            TpValue::boxed(Data::Str(nul_terminated(text.into_bytes())))
        }
        None => std::ptr::null_mut(),
    }
}

/// A new bytes object (copied); null when `data` is null and `len` is not 0.
///
/// # Safety
/// `data` points to `len` readable bytes (or is null when `len` is 0).
#[no_mangle]
pub unsafe extern "C" fn tp_value_bytes(data: *const u8, len: usize) -> *mut TpValue {
    // SAFETY: forwarded from the caller's promise.
    match unsafe { items_arg(data, len) } {
        Some(b) => TpValue::boxed(Data::Bytes(b.to_vec())),
        None => std::ptr::null_mut(),
    }
}

/// A new empty list.
#[no_mangle]
pub extern "C" fn tp_value_list() -> *mut TpValue {
    TpValue::boxed(Data::List(Vec::new()))
}

/// A new empty tuple (append items with `tp_value_append`).
#[no_mangle]
pub extern "C" fn tp_value_tuple() -> *mut TpValue {
    TpValue::boxed(Data::Tuple(Vec::new()))
}

/// A new empty dict.
#[no_mangle]
pub extern "C" fn tp_value_dict() -> *mut TpValue {
    TpValue::boxed(Data::Dict(Vec::new()))
}

/// Moves `item` to the end of a list or tuple: `item` is consumed (freed
/// with the container), even when the call fails.
///
/// # Safety
/// `seq` and `item` are live values, distinct.
#[no_mangle]
pub unsafe extern "C" fn tp_value_append(seq: *mut TpValue, item: *mut TpValue) -> i32 {
    // SAFETY: live and unaliased, per the caller.
    let item = match unsafe { take(item) } {
        Ok(i) => i,
        Err(code) => return code,
    };
    // SAFETY: as above.
    match unsafe { check_mut(seq) } {
        Ok(TpValue {
            data: Data::List(items) | Data::Tuple(items),
            ..
        }) => {
            items.push(item);
            TP_OK
        }
        Ok(_) => TP_ERR_TYPE,
        Err(code) => code,
    }
}

/// Sets `key: value` in a dict (both consumed, even when the call fails).
///
/// # Safety
/// `dict`, `key` and `value` are live values, all distinct.
#[no_mangle]
pub unsafe extern "C" fn tp_value_set(
    dict: *mut TpValue,
    key: *mut TpValue,
    value: *mut TpValue,
) -> i32 {
    // SAFETY: live and unaliased, per the caller.
    let (key, value) = match unsafe { (take(key), take(value)) } {
        (Ok(k), Ok(v)) => (k, v),
        (Err(c), _) | (_, Err(c)) => return c,
    };
    // SAFETY: as above.
    match unsafe { check_mut(dict) } {
        Ok(TpValue {
            data: Data::Dict(items),
            ..
        }) => {
            items.push((key, value));
            TP_OK
        }
        Ok(_) => TP_ERR_TYPE,
        Err(code) => code,
    }
}

/// Takes ownership of a value handed over by C.
///
/// # Safety
/// `p` is null or a live value that C gives up.
unsafe fn take(p: *mut TpValue) -> Result<TpValue, i32> {
    // SAFETY: forwarded from the caller's promise.
    unsafe { check_mut(p) }?;
    // SAFETY: checked live; it came from Box::into_raw.
    let mut boxed = unsafe { Box::from_raw(p) };
    let value = TpValue::new(std::mem::replace(&mut boxed.data, Data::None));
    boxed.clear_magic();
    Ok(value)
}

/// Frees a value and everything in it (null is ignored).
///
/// # Safety
/// `v` is null or a live value (not one borrowed from a container).
#[no_mangle]
pub unsafe extern "C" fn tp_value_free(v: *mut TpValue) -> i32 {
    // SAFETY: forwarded from the caller's promise.
    unsafe { crate::handle::free(v) }
}

/// The kind of a value (`TP_NONE` … `TP_ARRAY`), or -1 for a bad handle.
///
/// # Safety
/// `v` is null or a live value.
#[no_mangle]
pub unsafe extern "C" fn tp_value_kind(v: *const TpValue) -> i32 {
    // SAFETY: forwarded from the caller's promise.
    match unsafe { check(v) } {
        Ok(v) => match v.data {
            Data::None => TP_NONE,
            Data::Bool(_) => TP_BOOL,
            Data::Int(_) => TP_INT,
            Data::Float(_) => TP_FLOAT,
            Data::Str(_) => TP_STR,
            Data::Bytes(_) => TP_BYTES,
            Data::List(_) => TP_LIST,
            Data::Tuple(_) => TP_TUPLE,
            Data::Dict(_) => TP_DICT,
            Data::Array(_) => TP_ARRAY,
        },
        Err(_) => -1,
    }
}

/// Reads an int (a bool reads as 0 or 1).
///
/// # Safety
/// `v` is null or a live value; `out` is null or valid for a write.
#[no_mangle]
pub unsafe extern "C" fn tp_value_as_int(v: *const TpValue, out: *mut i64) -> i32 {
    // SAFETY: forwarded from the caller's promises.
    let v = match unsafe { check(v) } {
        Ok(v) => v,
        Err(code) => return code,
    };
    let i = match v.data {
        Data::Int(i) => i,
        Data::Bool(b) => b as i64,
        _ => return TP_ERR_TYPE,
    };
    // SAFETY: null or valid for a write, per the caller.
    match unsafe { out.as_mut() } {
        Some(o) => {
            *o = i;
            TP_OK
        }
        None => TP_ERR_NULL,
    }
}

/// Reads a float (an int reads as its nearest float).
///
/// # Safety
/// `v` is null or a live value; `out` is null or valid for a write.
#[no_mangle]
pub unsafe extern "C" fn tp_value_as_float(v: *const TpValue, out: *mut f64) -> i32 {
    // SAFETY: forwarded from the caller's promises.
    let v = match unsafe { check(v) } {
        Ok(v) => v,
        Err(code) => return code,
    };
    let f = match v.data {
        Data::Float(f) => f,
        Data::Int(i) => i as f64,
        _ => return TP_ERR_TYPE,
    };
    // SAFETY: null or valid for a write, per the caller.
    match unsafe { out.as_mut() } {
        Some(o) => {
            *o = f;
            TP_OK
        }
        None => TP_ERR_NULL,
    }
}

/// Borrows a str's UTF-8 bytes (NUL-terminated; `*len` excludes the NUL)
/// or a bytes object's bytes; valid while `v` lives.
///
/// # Safety
/// `v` is null or a live value; `data` and `len` are null or valid for writes.
#[no_mangle]
pub unsafe extern "C" fn tp_value_as_bytes(
    v: *const TpValue,
    data: *mut *const u8,
    len: *mut usize,
) -> i32 {
    // SAFETY: forwarded from the caller's promises.
    let v = match unsafe { check(v) } {
        Ok(v) => v,
        Err(code) => return code,
    };
    let bytes: &[u8] = match &v.data {
        Data::Str(s) => &s[..s.len() - 1],
        Data::Bytes(b) => b,
        _ => return TP_ERR_TYPE,
    };
    if data.is_null() || len.is_null() {
        return TP_ERR_NULL;
    }
    // SAFETY: both non-null and valid for writes, per the caller.
    unsafe {
        *data = bytes.as_ptr();
        *len = bytes.len();
    }
    TP_OK
}

/// The number of items of a list, tuple or dict (0 for other kinds).
///
/// # Safety
/// `v` is null or a live value.
#[no_mangle]
pub unsafe extern "C" fn tp_value_len(v: *const TpValue) -> usize {
    // SAFETY: forwarded from the caller's promise.
    match unsafe { check(v) } {
        Ok(TpValue {
            data: Data::List(items) | Data::Tuple(items),
            ..
        }) => items.len(),
        Ok(TpValue {
            data: Data::Dict(items),
            ..
        }) => items.len(),
        _ => 0,
    }
}

/// Borrows item `i` of a list or tuple, or key `i` of a dict (valid while
/// the container lives; never free it). Null when out of range.
///
/// # Safety
/// `v` is null or a live value.
#[no_mangle]
pub unsafe extern "C" fn tp_value_item(v: *const TpValue, i: usize) -> *const TpValue {
    // SAFETY: forwarded from the caller's promise.
    match unsafe { check(v) } {
        Ok(TpValue {
            data: Data::List(items) | Data::Tuple(items),
            ..
        }) => items
            .get(i)
            .map_or(std::ptr::null(), |x| x as *const TpValue),
        Ok(TpValue {
            data: Data::Dict(items),
            ..
        }) => items
            .get(i)
            .map_or(std::ptr::null(), |(k, _)| k as *const TpValue),
        _ => std::ptr::null(),
    }
}

/// Borrows value `i` of a dict (in item order). Null when out of range or
/// not a dict.
///
/// # Safety
/// `v` is null or a live value.
#[no_mangle]
pub unsafe extern "C" fn tp_value_dict_value(v: *const TpValue, i: usize) -> *const TpValue {
    // SAFETY: forwarded from the caller's promise.
    match unsafe { check(v) } {
        Ok(TpValue {
            data: Data::Dict(items),
            ..
        }) => items
            .get(i)
            .map_or(std::ptr::null(), |(_, v)| v as *const TpValue),
        _ => std::ptr::null(),
    }
}

/// A new array of `ndim` axes of the lengths in `shape`, its elements
/// (`TP_DTYPE_*` `dtype`, C order, this machine's byte order) copied from
/// the `nbytes` bytes at `data`: the caller keeps its buffer. Null when
/// `dtype` is unknown, a pointer is null where it may not be, or `nbytes`
/// is not the product of the lengths times the element size. It reaches
/// Python as a `numpy.ndarray`.
///
/// # Safety
/// `shape` points to `ndim` readable lengths (or is null when `ndim` is
/// 0); `data` points to `nbytes` readable bytes (or is null when `nbytes`
/// is 0).
#[no_mangle]
pub unsafe extern "C" fn tp_value_array(
    dtype: i32,
    ndim: usize,
    shape: *const usize,
    data: *const c_void,
    nbytes: usize,
) -> *mut TpValue {
    let Some(dtype) = taipan::DType::from_code(dtype) else {
        return std::ptr::null_mut();
    };
    // SAFETY: forwarded from the caller's promises.
    let (shape, bytes) =
        match unsafe { (items_arg(shape, ndim), items_arg(data as *const u8, nbytes)) } {
            (Some(shape), Some(bytes)) => (shape.to_vec(), bytes),
            _ => return std::ptr::null_mut(),
        };
    match taipan::Array::from_bytes(dtype, shape, bytes) {
        Ok(a) => TpValue::boxed(Data::Array(a)),
        Err(_) => std::ptr::null_mut(),
    }
}

/// # Safety
/// `items` points to `len` readable values, or is null when `len` is 0.
unsafe fn items_arg<'a, T>(items: *const T, len: usize) -> Option<&'a [T]> {
    if len == 0 {
        return Some(&[]);
    }
    if items.is_null() {
        return None;
    }
    // SAFETY: non-null and `len` readable values, per the caller.
    Some(unsafe { std::slice::from_raw_parts(items, len) })
}

/// Borrows an array: `*dtype` gets its `TP_DTYPE_*` code, `*ndim` its
/// number of axes, `*shape` its `ndim` lengths, `*data` its elements (C
/// order, this machine's byte order, aligned to 8 bytes) and `*nbytes`
/// their size. The pointers stay valid while `v` lives; never free them.
///
/// # Safety
/// `v` is null or a live value; the out pointers are null or valid for
/// writes.
#[no_mangle]
pub unsafe extern "C" fn tp_value_as_array(
    v: *const TpValue,
    dtype: *mut i32,
    ndim: *mut usize,
    shape: *mut *const usize,
    data: *mut *const c_void,
    nbytes: *mut usize,
) -> i32 {
    // SAFETY: forwarded from the caller's promise.
    let v = match unsafe { check(v) } {
        Ok(v) => v,
        Err(code) => return code,
    };
    let Data::Array(a) = &v.data else {
        return TP_ERR_TYPE;
    };
    if dtype.is_null() || ndim.is_null() || shape.is_null() || data.is_null() || nbytes.is_null() {
        return TP_ERR_NULL;
    }
    // SAFETY: all non-null and valid for writes, per the caller.
    unsafe {
        *dtype = a.dtype() as i32;
        *ndim = a.shape().len();
        *shape = a.shape().as_ptr();
        *data = a.bytes().as_ptr() as *const c_void;
        *nbytes = a.bytes().len();
    }
    TP_OK
}

/// Bytes per element of a `TP_DTYPE_*` code, or 0 for an unknown code.
#[no_mangle]
pub extern "C" fn tp_dtype_itemsize(dtype: i32) -> usize {
    taipan::DType::from_code(dtype).map_or(0, taipan::DType::itemsize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dtype_codes_match_the_embedding_api() {
        let codes = [
            (TP_DTYPE_BOOL, "bool"),
            (TP_DTYPE_INT8, "int8"),
            (TP_DTYPE_INT16, "int16"),
            (TP_DTYPE_INT32, "int32"),
            (TP_DTYPE_INT64, "int64"),
            (TP_DTYPE_UINT8, "uint8"),
            (TP_DTYPE_UINT16, "uint16"),
            (TP_DTYPE_UINT32, "uint32"),
            (TP_DTYPE_UINT64, "uint64"),
            (TP_DTYPE_FLOAT16, "float16"),
            (TP_DTYPE_FLOAT32, "float32"),
            (TP_DTYPE_FLOAT64, "float64"),
        ];
        for (code, name) in codes {
            assert_eq!(taipan::DType::from_code(code).map(|d| d.name()), Some(name));
        }
    }
}
