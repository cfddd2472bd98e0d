//! `memoryview` over `bytes` and `bytearray`: a one-dimensional view of
//! bytes (formats `B`, `b` and `c`) that slices without copying and, over
//! a bytearray, writes through to it.
//!
//! A native object rather than a new builtin kind: the view is a handle
//! on its source object plus a start, step and length, and every access
//! reads or writes the source through the source's own cell, so a
//! bytearray frozen for sharing refuses writes through a view exactly as
//! it refuses them itself, and no interpreter code outside this file and
//! the bytes-like checks (`Vm::buffer_of`) needs to know about views.

use crate::builtins::args::check_positional;
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::{native_class_with_properties, native_self, NativeObject};
use crate::value::{FrozenRef, ObjRef, Value};
use std::cell::Cell;
use std::sync::OnceLock;

/// A view of `len` bytes of `source` (a bytes or bytearray object), the
/// `i`-th at `start + i * step`.
pub struct MemoryView {
    source: ObjRef,
    start: usize,
    step: isize,
    len: usize,
    format: char,
    released: Cell<bool>,
}

impl NativeObject for MemoryView {
    fn class(&self) -> FrozenRef {
        memoryview_class()
    }
    fn for_each_child(&self, f: &mut dyn FnMut(&Value)) {
        f(&Value::Obj(self.source.clone()));
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__len__", mv_len),
    ("__getitem__", mv_getitem),
    ("__setitem__", mv_setitem),
    ("__iter__", mv_iter),
    ("__eq__", mv_eq),
    ("__hash__", mv_hash),
    ("__repr__", mv_repr),
    ("__enter__", mv_enter),
    ("__exit__", mv_exit),
    ("tobytes", mv_tobytes),
    ("tolist", mv_tolist),
    ("hex", mv_hex),
    ("cast", mv_cast),
    ("release", mv_release),
];

const PROPERTIES: &[(&str, NativeFn)] = &[
    ("obj", mv_obj),
    ("readonly", mv_readonly),
    ("nbytes", mv_nbytes),
    ("itemsize", mv_itemsize),
    ("format", mv_format),
    ("ndim", mv_ndim),
    ("shape", mv_shape),
    ("strides", mv_strides),
    ("contiguous", mv_contiguous),
    ("c_contiguous", mv_contiguous),
];

/// The `memoryview` class.
pub fn memoryview_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class_with_properties("memoryview", "builtins", Some(mv_new), METHODS, PROPERTIES)
    })
}

/// The view a value is, if it is a memoryview.
fn as_view(v: &Value) -> Option<&MemoryView> {
    match v.kind() {
        Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<MemoryView>(),
        _ => None,
    }
}

impl MemoryView {
    /// A view of all of a bytes or bytearray object.
    fn whole(source: ObjRef, len: usize) -> MemoryView {
        MemoryView {
            source,
            start: 0,
            step: 1,
            len,
            format: 'B',
            released: Cell::new(false),
        }
    }

    /// The same bytes seen with another format, or a part of them.
    fn derived(&self, start: usize, step: isize, len: usize, format: char) -> Value {
        Value::obj(ObjKind::Native(Box::new(MemoryView {
            source: self.source.clone(),
            start,
            step,
            len,
            format,
            released: Cell::new(false),
        })))
    }

    fn check_live(&self) -> PyResult<()> {
        if self.released.get() {
            return Err(PyErr::value_error(
                "operation forbidden on released memoryview object",
            ));
        }
        Ok(())
    }

    fn readonly(&self) -> bool {
        !matches!(self.source.kind(), ObjKind::ByteArray(_))
    }

    /// The source position of item `i`.
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// The viewed bytes, in view order. A bytearray that shrank under the
    /// view gives an IndexError (CPython refuses to resize it instead).
    fn bytes(&self) -> PyResult<Vec<u8>> {
        self.check_live()?;
        let read = |data: &[u8]| -> PyResult<Vec<u8>> {
            (0..self.len)
                .map(|i| data.get(self.offset(i)).copied().ok_or_else(shrunk))
                .collect()
        };
        match self.source.kind() {
            ObjKind::Bytes(b) => read(b),
            ObjKind::ByteArray(b) => read(&self.source.get().read(b)),
            _ => Ok(Vec::new()),
        }
    }

    /// Writes `values` to the items at `indexes` of a bytearray view.
    fn write(&self, indexes: &[usize], values: &[u8]) -> PyResult<()> {
        self.check_live()?;
        let ObjKind::ByteArray(b) = self.source.kind() else {
            return Err(PyErr::type_error("cannot modify read-only memory"));
        };
        let mut data = self
            .source
            .get()
            .write(b)
            .map_err(|e| PyErr::from_write(e, "bytearray"))?;
        for (&i, &v) in indexes.iter().zip(values) {
            let slot = data.get_mut(self.offset(i)).ok_or_else(shrunk)?;
            *slot = v;
        }
        Ok(())
    }

    /// An item as Python sees it in this view's format.
    fn item(&self, byte: u8) -> Value {
        match self.format {
            'c' => crate::builtins::str_methods::bytes_value(vec![byte]),
            'b' => Value::Int(i64::from(byte as i8)),
            _ => Value::Int(i64::from(byte)),
        }
    }

    /// The byte an assigned item stands for in this view's format.
    fn byte_of(&self, vm: &mut Vm, v: &Value) -> PyResult<u8> {
        let format = self.format;
        let invalid_type =
            || PyErr::type_error(format!("memoryview: invalid type for format '{format}'"));
        let invalid_value =
            || PyErr::value_error(format!("memoryview: invalid value for format '{format}'"));
        if format == 'c' {
            return match v.kind() {
                Some(ObjKind::Bytes(b)) if b.len() == 1 => Ok(b[0]),
                _ => Err(invalid_value()),
            };
        }
        if !matches!(v, Value::Int(_) | Value::Bool(_))
            && !matches!(v.kind(), Some(ObjKind::BigInt(_)))
        {
            return Err(invalid_type());
        }
        let n = vm.index_of(v).map_err(|_| invalid_value())?;
        let range = if format == 'b' { -128..=127 } else { 0..=255 };
        if !range.contains(&n) {
            return Err(invalid_value());
        }
        Ok(n as u8)
    }
}

fn shrunk() -> PyErr {
    PyErr::index_error("memoryview: the bytearray it views has shrunk")
}

/// Whether a value is a memoryview.
pub fn is_view(v: &Value) -> bool {
    as_view(v).is_some()
}

/// The bytes of a bytes-like value: bytes, bytearray or memoryview.
pub fn buffer_of(v: &Value) -> Option<PyResult<Vec<u8>>> {
    match v.kind()? {
        ObjKind::Bytes(b) => Some(Ok(b.to_vec())),
        ObjKind::ByteArray(b) => Some(Ok(v.as_obj()?.get().read(b).clone())),
        ObjKind::Native(_) => as_view(v).map(MemoryView::bytes),
        _ => None,
    }
}

fn this<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a MemoryView> {
    let view = native_self::<MemoryView>(method, args)?;
    view.check_live()?;
    Ok(view)
}

/// `memoryview(obj)`.
fn mv_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let given = &args.pos[1.min(args.pos.len())..];
    if !args.kw.is_empty() || given.len() != 1 {
        return Err(PyErr::type_error(
            "memoryview() takes exactly one argument (object)",
        ));
    }
    let obj = &given[0];
    if let Some(view) = as_view(obj) {
        view.check_live()?;
        return Ok(view.derived(view.start, view.step, view.len, view.format));
    }
    let len = match obj.kind() {
        Some(ObjKind::Bytes(b)) => b.len(),
        Some(ObjKind::ByteArray(b)) => obj.as_obj().map_or(0, |o| o.get().read(b).len()),
        _ => {
            return Err(PyErr::type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(obj)
            )))
        }
    };
    let source = obj.as_obj().cloned().expect("bytes are objects");
    Ok(Value::obj(ObjKind::Native(Box::new(MemoryView::whole(
        source, len,
    )))))
}

fn mv_len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this("__len__", &args)?.len as i64))
}

/// The item index `key` stands for in a view of `len` items.
fn item_index(vm: &mut Vm, key: &Value, len: usize) -> PyResult<usize> {
    let i = vm.index_of(key)?;
    let i = if i < 0 { i + len as i64 } else { i };
    if (0..len as i64).contains(&i) {
        Ok(i as usize)
    } else {
        Err(PyErr::index_error("index out of bounds on dimension 1"))
    }
}

/// Whether a key indexes one item: an int, or an object with `__index__`.
fn is_index(vm: &Vm, key: &Value) -> bool {
    match key {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => match o.kind() {
            ObjKind::BigInt(_) => true,
            ObjKind::Instance(_) => vm.lookup_type_attr(key, "__index__").is_some(),
            _ => false,
        },
        _ => false,
    }
}

fn invalid_key() -> PyErr {
    PyErr::type_error("memoryview: invalid slice key")
}

/// The item indexes a slice selects: (first, step, count).
fn slice_of(vm: &mut Vm, parts: &[Value; 3], len: usize) -> PyResult<(usize, isize, usize)> {
    let idx = vm.slice_indices(parts, len)?;
    let count = idx.len();
    let first = if count == 0 { 0 } else { idx.start as usize };
    Ok((first, idx.step as isize, count))
}

/// `mv[i]` (an item) and `mv[a:b:c]` (a view of the same memory).
fn mv_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__getitem__", &args)?;
    check_positional("__getitem__", args, 2, 2)?;
    let key = &args.pos[1];
    if let Some(ObjKind::Slice(parts)) = key.kind() {
        let (first, step, count) = slice_of(vm, parts, view.len)?;
        let start = if count == 0 {
            view.start
        } else {
            view.offset(first)
        };
        return Ok(view.derived(start, view.step * step, count, view.format));
    }
    if !is_index(vm, key) {
        return Err(invalid_key());
    }
    let i = item_index(vm, key, view.len)?;
    let byte = view.bytes()?[i];
    Ok(view.item(byte))
}

/// `mv[i] = v` and `mv[a:b] = bytes_like` (of the same length), written
/// through to the bytearray.
fn mv_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__setitem__", &args)?;
    check_positional("__setitem__", args, 3, 3)?;
    if view.readonly() {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    let (key, value) = (&args.pos[1], &args.pos[2]);
    if let Some(ObjKind::Slice(parts)) = key.kind() {
        let (first, step, count) = slice_of(vm, parts, view.len)?;
        let data = match buffer_of(value) {
            Some(data) => data?,
            None => {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(value)
                )))
            }
        };
        if data.len() != count {
            return Err(PyErr::value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let indexes: Vec<usize> = (0..count)
            .map(|k| (first as isize + k as isize * step) as usize)
            .collect();
        view.write(&indexes, &data)?;
        return Ok(Value::None);
    }
    if !is_index(vm, key) {
        return Err(invalid_key());
    }
    let i = item_index(vm, key, view.len)?;
    let byte = view.byte_of(vm, value)?;
    view.write(&[i], &[byte])?;
    Ok(Value::None)
}

fn items(view: &MemoryView) -> PyResult<Vec<Value>> {
    Ok(view.bytes()?.into_iter().map(|b| view.item(b)).collect())
}

fn mv_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let list = crate::builtins::new_list(items(this("__iter__", &args)?)?);
    vm.get_iter(&list)
}

fn mv_tolist(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("tolist", args, 1, 1)?;
    Ok(crate::builtins::new_list(items(this("tolist", &args)?)?))
}

fn mv_tobytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("tobytes", &args)?;
    Ok(crate::builtins::str_methods::bytes_value(view.bytes()?))
}

/// `mv.hex(sep, bytes_per_sep)`: as `bytes.hex` of the viewed bytes.
fn mv_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bytes = crate::builtins::str_methods::bytes_value(this("hex", &args)?.bytes()?);
    let hex = vm.getattr_str(&bytes, "hex")?;
    vm.call(&hex, &args.pos[1..], args.kw)
}

/// `mv == other`: the same bytes as another bytes-like object (a
/// released view equals only itself).
fn mv_eq(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = native_self::<MemoryView>("__eq__", &args)?;
    check_positional("__eq__", args, 2, 2)?;
    let other = &args.pos[1];
    if args.pos[0]
        .as_obj()
        .zip(other.as_obj())
        .is_some_and(|(a, b)| a.ptr_eq(b))
    {
        return Ok(Value::Bool(true));
    }
    if view.released.get() || as_view(other).is_some_and(|o| o.released.get()) {
        return Ok(Value::Bool(false));
    }
    match buffer_of(other) {
        Some(data) => Ok(Value::Bool(view.bytes()? == data?)),
        None => Ok(crate::builtins::constant_singleton(0)),
    }
}

/// `hash(mv)`: a read-only view hashes as its bytes.
fn mv_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__hash__", &args)?;
    if !view.readonly() {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    let bytes = crate::builtins::str_methods::bytes_value(view.bytes()?);
    Ok(Value::Int(vm.hash(&bytes)?))
}

fn mv_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = native_self::<MemoryView>("__repr__", &args)?;
    let addr = args.pos[0].as_obj().map_or(0, |o| o.addr());
    let released = if view.released.get() { "released " } else { "" };
    Ok(str_value(format!("<{released}memory at {addr:#x}>")))
}

fn mv_enter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("__enter__", &args)?;
    Ok(args.pos[0].clone())
}

fn mv_exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    native_self::<MemoryView>("__exit__", &args)?
        .released
        .set(true);
    Ok(Value::Bool(false))
}

/// `mv.release()`: later uses of the view raise ValueError.
fn mv_release(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("release", args, 1, 1)?;
    native_self::<MemoryView>("release", &args)?
        .released
        .set(true);
    Ok(Value::None)
}

/// `mv.cast(format)`: the same bytes as unsigned bytes (`B`), signed
/// bytes (`b`) or length-1 bytes (`c`); wider formats are not supported.
fn mv_cast(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("cast", &args)?;
    check_positional("cast", args, 2, 2)?;
    let format = match args.pos[1].kind() {
        Some(ObjKind::Str(s)) => s.as_str().trim_start_matches('@').to_string(),
        _ => {
            return Err(PyErr::type_error(
                "memoryview: format argument must be a string",
            ))
        }
    };
    match format.as_str() {
        "B" | "b" | "c" => {
            let f = format.chars().next().unwrap_or('B');
            Ok(view.derived(view.start, view.step, view.len, f))
        }
        "h" | "H" | "i" | "I" | "l" | "L" | "q" | "Q" | "n" | "N" | "f" | "d" | "e" | "?"
        | "P" => Err(PyErr::new(
            crate::types::types().not_implemented_error,
            format!("memoryview: cast to format '{format}' is not supported by taipan"),
        )),
        _ => Err(PyErr::value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        )),
    }
}

fn mv_obj(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(this("obj", &args)?.source.clone()))
}

fn mv_readonly(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this("readonly", &args)?.readonly()))
}

fn mv_nbytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this("nbytes", &args)?.len as i64))
}

fn mv_itemsize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("itemsize", &args)?;
    Ok(Value::Int(1))
}

fn mv_format(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(this("format", &args)?.format.to_string()))
}

fn mv_ndim(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("ndim", &args)?;
    Ok(Value::Int(1))
}

fn mv_shape(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let len = this("shape", &args)?.len as i64;
    Ok(crate::builtins::new_tuple(vec![Value::Int(len)]))
}

fn mv_strides(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let step = this("strides", &args)?.step as i64;
    Ok(crate::builtins::new_tuple(vec![Value::Int(step)]))
}

fn mv_contiguous(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("contiguous", &args)?;
    Ok(Value::Bool(view.step == 1 || view.len <= 1))
}
