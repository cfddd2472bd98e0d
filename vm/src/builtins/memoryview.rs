//! The `memoryview` type: its constructor, methods and properties, with
//! CPython's messages. The view itself (layout, items, export counting)
//! is `objects::memoryview`.

use crate::builtins::args::{check_positional, parse_args};
use crate::builtins::new_list;
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{ObjKind, WriteError};
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::{int_value, is_int, to_i128};
use crate::objects::memoryview::{
    as_memoryview, is_byte_format, itemsize, memoryview_value, pack, Item, MemoryView, ViewLayout,
};
use crate::objects::native::{native_class_with_properties, native_self};
use crate::types::types;
use crate::value::{FrozenRef, Value};
use num_bigint::BigInt;
use std::sync::OnceLock;

/// The `memoryview` class (made once per process, frozen).
pub fn memoryview_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class_with_properties(
            "memoryview",
            "builtins",
            Some(memoryview_new),
            METHODS,
            PROPERTIES,
        )
    })
}

static METHODS: &[(&str, NativeFn)] = &[
    ("tobytes", tobytes),
    ("tolist", tolist),
    ("hex", hex),
    ("cast", cast),
    ("release", release),
    ("toreadonly", toreadonly),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__hash__", hash),
    ("__repr__", repr),
];

static PROPERTIES: &[(&str, NativeFn)] = &[
    ("obj", obj),
    ("nbytes", nbytes),
    ("readonly", readonly),
    ("itemsize", itemsize_prop),
    ("format", format),
    ("ndim", ndim),
    ("shape", shape),
    ("strides", strides),
    ("suboffsets", suboffsets),
    ("c_contiguous", contiguous),
    ("f_contiguous", contiguous),
    ("contiguous", contiguous),
];

/// The view a method was called on.
fn this<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a MemoryView> {
    native_self::<MemoryView>(method, args)
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    }
}

/// Checks that a method taking nothing got nothing.
fn no_args(method: &str, args: &Args<'_>) -> PyResult<()> {
    check_positional(&format!("memoryview.{method}"), rest(args), 0, 0)
}

/// `memoryview(object)`: a view of all of a bytes-like object.
fn memoryview_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("memoryview", rest(&args), &["object"], 1)?;
    let obj = slots[0].as_ref().unwrap_or(&Value::None);
    Ok(memoryview_value(view_of(vm, obj)?))
}

/// A new view of all of `obj` (bytes, a bytearray or another view).
pub fn view_of(vm: &Vm, obj: &Value) -> PyResult<MemoryView> {
    if let Some(view) = as_memoryview(obj) {
        return view.derive(view.layout()?, false);
    }
    let data = obj.data();
    let len = match (data, data.kind()) {
        (_, Some(ObjKind::Bytes(b))) => b.len(),
        (Value::Obj(o), Some(ObjKind::ByteArray(cell))) => o.get().read(cell).len(),
        _ => {
            let name = vm.type_name(obj);
            let hint = if matches!(obj.kind(), Some(ObjKind::Native(_))) {
                format!(
                    " (taipan's memoryview takes bytes, bytearray and memoryview only; \
                     for a '{name}', use memoryview(x.tobytes()))"
                )
            } else {
                String::new()
            };
            return Err(PyErr::type_error(format!(
                "memoryview: a bytes-like object is required, not '{name}'{hint}"
            )));
        }
    };
    Ok(MemoryView::new(data.clone(), ViewLayout::bytes(len), false))
}

// ---------------------------------------------------------------------------
// Items as Python values
// ---------------------------------------------------------------------------

/// An unpacked item as a Python value.
fn item_value(item: Item) -> Value {
    match item {
        Item::Int(n) => match i64::try_from(n) {
            Ok(i) => Value::Int(i),
            Err(_) => int_value(BigInt::from(n)),
        },
        Item::Float(x) => Value::Float(x),
        Item::Char(c) => Value::obj(ObjKind::Bytes(Box::new([c]))),
        Item::Bool(b) => Value::Bool(b),
    }
}

/// The bytes of `v` stored as one item of format `format`, with CPython's
/// errors for a value of the wrong type or out of range.
fn item_bytes(vm: &mut Vm, format: u8, v: &Value) -> PyResult<Vec<u8>> {
    let shown = char::from(format);
    let invalid_type =
        || PyErr::type_error(format!("memoryview: invalid type for format '{shown}'"));
    let invalid_value =
        || PyErr::value_error(format!("memoryview: invalid value for format '{shown}'"));
    let item = match format {
        b'?' => Item::Bool(vm.truthy(v)?),
        b'c' => match v.kind() {
            Some(ObjKind::Bytes(b)) if b.len() == 1 => Item::Char(b[0]),
            Some(ObjKind::Bytes(_)) => return Err(invalid_value()),
            _ => return Err(invalid_type()),
        },
        b'f' | b'd' => match v {
            Value::Float(x) => Item::Float(*x),
            _ if is_int(v) => match to_i128(v) {
                Some(n) => Item::Float(n as f64),
                None => return Err(invalid_value()),
            },
            _ => return Err(invalid_type()),
        },
        _ if is_int(v) => Item::Int(to_i128(v).ok_or_else(invalid_value)?),
        _ => return Err(invalid_type()),
    };
    pack(format, item).ok_or_else(invalid_value)
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

/// `tobytes(order=None)`.
fn tobytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("tobytes", &args)?;
    let slots = parse_args("tobytes", rest(&args), &["order"], 0)?;
    match slots[0].as_ref().map(|v| (v, v.kind())) {
        None | Some((Value::None, _)) => {}
        Some((_, Some(ObjKind::Str(s)))) if matches!(s.as_str(), "C" | "F" | "A") => {}
        Some(_) => return Err(PyErr::value_error("order must be 'C', 'F' or 'A'")),
    }
    Ok(Value::obj(ObjKind::Bytes(view.to_bytes()?.into())))
}

/// `tolist()`.
fn tolist(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("tolist", &args)?;
    no_args("tolist", &args)?;
    Ok(new_list(
        view.items()?.into_iter().map(item_value).collect(),
    ))
}

/// `hex(sep=..., bytes_per_sep=1)`: `bytes.hex` of the view's bytes.
fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("hex", &args)?;
    let mut pos = vec![Value::obj(ObjKind::Bytes(view.to_bytes()?.into()))];
    pos.extend_from_slice(rest(&args).pos);
    crate::builtins::str_methods::bytes_hex(
        vm,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    )
}

/// `cast(format, shape=None)`: the same bytes seen as items of another
/// format (one of them a byte format), in one dimension.
fn cast(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("cast", &args)?;
    let slots = parse_args("cast", rest(&args), &["format", "shape"], 1)?;
    let layout = view.layout()?;
    let (format, prefixed) = cast_format(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    if !layout.contiguous() {
        return Err(PyErr::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if !is_byte_format(format) && !is_byte_format(layout.format) {
        return Err(PyErr::type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let size = itemsize(format).unwrap_or(1);
    let nbytes = layout.nbytes();
    if let Some(shape) = slots[1].as_ref().filter(|s| !s.is_none()) {
        check_shape(vm, shape, size, nbytes)?;
    } else if !nbytes.is_multiple_of(size) {
        return Err(PyErr::type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let cast = ViewLayout {
        start: layout.start,
        len: nbytes / size,
        stride: size as isize,
        format,
        prefixed,
    };
    Ok(memoryview_value(view.derive(cast, false)?))
}

/// The format argument of `cast`: one native format character, with an
/// optional `@` before it (and whether it had one).
fn cast_format(vm: &Vm, v: &Value) -> PyResult<(u8, bool)> {
    let Some(ObjKind::Str(s)) = v.data_kind() else {
        return Err(PyErr::type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(v)
        )));
    };
    let text = s.as_str();
    let bare = text.strip_prefix('@');
    match bare.unwrap_or(text).as_bytes() {
        [c] if itemsize(*c).is_some() => Ok((*c, bare.is_some())),
        _ => Err(PyErr::value_error(
            "memoryview: destination format must be a native single character format \
             prefixed with an optional '@'",
        )),
    }
}

/// Checks the `shape` argument of `cast`: taipan's views have one
/// dimension, so a shape must be `[n]` with `n` items filling the bytes.
fn check_shape(vm: &mut Vm, shape: &Value, size: usize, nbytes: usize) -> PyResult<()> {
    let dims: Vec<Value> = match shape.kind() {
        Some(ObjKind::List(_) | ObjKind::Tuple(_)) => vm.collect(shape)?,
        _ => return Err(PyErr::type_error("shape must be a list or a tuple")),
    };
    let mut product: i128 = 1;
    for d in &dims {
        let n = to_i128(d).filter(|_| is_int(d)).ok_or_else(|| {
            PyErr::type_error("memoryview.cast(): elements of shape must be integers")
        })?;
        product = product.saturating_mul(n);
    }
    if product.saturating_mul(size as i128) != nbytes as i128 {
        return Err(PyErr::type_error(
            "memoryview: product(shape) * itemsize != buffer size",
        ));
    }
    if dims.len() != 1 {
        return Err(PyErr::new(
            types().not_implemented_error,
            format!(
                "taipan's memoryview is one-dimensional: cast() to a shape of {} dimensions \
                 is not supported",
                dims.len()
            ),
        ));
    }
    Ok(())
}

/// `release()`: refused on a view shared with worker threads (frozen),
/// whose state every thread reads.
fn release(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("release", &args)?;
    no_args("release", &args)?;
    release_view(&args.pos[0], view)
}

fn release_view(v: &Value, view: &MemoryView) -> PyResult<Value> {
    if let Some(o) = v.as_obj().filter(|o| o.is_frozen()) {
        return Err(PyErr::from_write(
            WriteError::Frozen(o.addr()),
            "memoryview",
        ));
    }
    view.release();
    Ok(Value::None)
}

/// `toreadonly()`: a read-only view of the same bytes.
fn toreadonly(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("toreadonly", &args)?;
    no_args("toreadonly", &args)?;
    Ok(memoryview_value(view.derive(view.layout()?, true)?))
}

/// `__enter__()`: the view itself.
fn enter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__enter__", &args)?;
    no_args("__enter__", &args)?;
    view.layout()?;
    Ok(args.pos[0].clone())
}

/// `__exit__(*exc_info)`: releases the view.
fn exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__exit__", &args)?;
    release_view(&args.pos[0], view)
}

/// `len(view)`: the number of items.
fn len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__len__", &args)?;
    Ok(Value::Int(view.layout()?.len as i64))
}

/// What a subscript selects.
enum Key {
    /// One item, by its index.
    Item(usize),
    /// A slice: a view with this layout.
    Slice(ViewLayout),
}

/// Resolves a subscript of a view with `layout`, with CPython's errors.
fn resolve_key(vm: &mut Vm, layout: ViewLayout, key: &Value) -> PyResult<Key> {
    match key.kind() {
        Some(ObjKind::Slice(parts)) => {
            let idx = vm.slice_indices(parts, layout.len)?;
            let len = idx.len();
            let start = if len == 0 {
                layout.start
            } else {
                layout.offset(idx.start as usize)
            };
            Ok(Key::Slice(ViewLayout {
                start,
                len,
                stride: layout.stride * idx.step as isize,
                ..layout
            }))
        }
        Some(ObjKind::Tuple(items)) => match &items[..] {
            [] => Err(PyErr::new(
                types().not_implemented_error,
                "sub-views are not implemented",
            )),
            _ if items
                .iter()
                .any(|k| matches!(k.kind(), Some(ObjKind::Slice(_)))) =>
            {
                Err(PyErr::new(
                    types().not_implemented_error,
                    "multi-dimensional slicing is not implemented",
                ))
            }
            [one] => item_index(vm, layout, one).map(Key::Item),
            _ => Err(PyErr::type_error(format!(
                "cannot index 1-dimension view with {}-element tuple",
                items.len()
            ))),
        },
        _ => item_index(vm, layout, key).map(Key::Item),
    }
}

/// The item an index selects (negative counts from the end).
fn item_index(vm: &mut Vm, layout: ViewLayout, key: &Value) -> PyResult<usize> {
    let i = match vm.index_of(key) {
        Ok(i) => i,
        Err(e) if e.matches(types().type_error) => {
            return Err(PyErr::type_error("memoryview: invalid slice key"))
        }
        Err(e) => return Err(e),
    };
    let len = layout.len as i64;
    let j = if i < 0 { i + len } else { i };
    if !(0..len).contains(&j) {
        return Err(PyErr::index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// `view[key]`: an item, or a view of a slice of the same bytes.
fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__getitem__", &args)?;
    check_positional("__getitem__", rest(&args), 1, 1)?;
    let layout = view.layout()?;
    match resolve_key(vm, layout, &args.pos[1])? {
        Key::Slice(sliced) => Ok(memoryview_value(view.derive(sliced, false)?)),
        Key::Item(i) => {
            let at = layout.offset(i);
            let size = layout.itemsize();
            let bytes = view.with_buffer(|buf| buf.get(at..at + size).map(<[u8]>::to_vec))?;
            let bytes =
                bytes.ok_or_else(|| PyErr::index_error("index out of bounds on dimension 1"))?;
            Ok(item_value(crate::objects::memoryview::unpack(
                layout.format,
                &bytes,
            )))
        }
    }
}

/// `view[key] = value`: an item from a value of the view's format, or a
/// slice from a bytes-like object of the same format and length.
fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__setitem__", &args)?;
    check_positional("__setitem__", rest(&args), 2, 2)?;
    let layout = view.layout()?;
    if view.readonly()? {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    let value = &args.pos[2];
    match resolve_key(vm, layout, &args.pos[1])? {
        Key::Item(i) => {
            let bytes = item_bytes(vm, layout.format, value)?;
            let one = ViewLayout {
                start: layout.offset(i),
                len: 1,
                ..layout
            };
            view.derive(one, false)?.write_items(&bytes)?;
        }
        Key::Slice(sliced) => {
            let source = view_of(vm, value).map_err(|_| {
                PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(value)
                ))
            })?;
            let src = source.layout()?;
            if src.format != sliced.format || src.len != sliced.len {
                return Err(PyErr::value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let data = source.to_bytes()?;
            source.release();
            view.derive(sliced, false)?.write_items(&data)?;
        }
    }
    Ok(Value::None)
}

/// `del view[key]`: never allowed.
fn delitem(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__delitem__", &args)?;
    view.layout()?;
    if view.readonly()? {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    Err(PyErr::type_error("cannot delete memory"))
}

/// `iter(view)`: the items, in order.
fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__iter__", &args)?;
    let items = new_list(view.items()?.into_iter().map(item_value).collect());
    vm.get_iter(&items)
}

/// `view == other`: equal items (as values, whatever the formats) for
/// another bytes-like object of the same length; NotImplemented for any
/// other object. A released view equals only itself.
fn eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__eq__", &args)?;
    check_positional("__eq__", rest(&args), 1, 1)?;
    let other = &args.pos[1];
    if other.is(&args.pos[0]) {
        return Ok(Value::Bool(true));
    }
    if !crate::objects::memoryview::is_bytes_like(other) {
        return Ok(crate::builtins::constant_singleton(0));
    }
    if view.is_released() || as_memoryview(other).is_some_and(MemoryView::is_released) {
        return Ok(Value::Bool(false));
    }
    let theirs = view_of(vm, other)?;
    let (a, b) = (view.items()?, theirs.items()?);
    theirs.release();
    Ok(Value::Bool(
        a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x.eq_value(*y)),
    ))
}

/// `view != other`.
fn ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = eq(vm, args)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

/// `hash(view)`: the hash of its bytes, for a read-only view of bytes.
fn hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__hash__", &args)?;
    let layout = view.layout()?;
    if !view.readonly()? {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(layout.format) {
        return Err(PyErr::value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    Ok(Value::Int(crate::hash::hash_bytes(&view.to_bytes()?)))
}

/// `repr(view)`: `<memory at 0x…>` (`<released memory at 0x…>`).
fn repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let view = this("__repr__", &args)?;
    let addr = args.pos[0].as_obj().map_or(0, |o| o.addr());
    let released = if view.is_released() { "released " } else { "" };
    Ok(str_value(format!("<{released}memory at {addr:#x}>")))
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn obj(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this("obj", &args)?.obj()?.clone())
}

fn nbytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this("nbytes", &args)?.layout()?.nbytes() as i64))
}

fn readonly(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this("readonly", &args)?.readonly()?))
}

fn itemsize_prop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        this("itemsize", &args)?.layout()?.itemsize() as i64
    ))
}

fn format(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let layout = this("format", &args)?.layout()?;
    let at = if layout.prefixed { "@" } else { "" };
    Ok(str_value(format!("{at}{}", char::from(layout.format))))
}

fn ndim(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("ndim", &args)?.layout()?;
    Ok(Value::Int(1))
}

fn shape(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let layout = this("shape", &args)?.layout()?;
    Ok(crate::builtins::new_tuple(vec![Value::Int(
        layout.len as i64,
    )]))
}

fn strides(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let layout = this("strides", &args)?.layout()?;
    Ok(crate::builtins::new_tuple(vec![Value::Int(
        layout.stride as i64,
    )]))
}

fn suboffsets(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("suboffsets", &args)?.layout()?;
    Ok(crate::builtins::new_tuple(Vec::new()))
}

fn contiguous(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(
        this("contiguous", &args)?.layout()?.contiguous(),
    ))
}
