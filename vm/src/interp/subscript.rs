//! Subscripting: `obj[key]`, `obj[key] = v`, `del obj[key]`, and slices.

use super::Vm;
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::eval::local_name;
use crate::object::ObjKind;
use crate::objects::memoryview::resize_guarded;
use crate::types::types;
use crate::value::Value;

/// Resolved slice bounds for a sequence of a given length.
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Stop (exclusive, may be -1 for negative steps).
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
}

impl SliceIndices {
    /// The indexes the slice selects, in order.
    pub fn indexes(&self) -> impl Iterator<Item = usize> + '_ {
        let mut i = self.start;
        std::iter::from_fn(move || {
            let inside = if self.step > 0 {
                i < self.stop
            } else {
                i > self.stop
            };
            if !inside {
                return None;
            }
            let cur = i;
            // Past the i64 range the walk is over (the next index would
            // be out of the sequence anyway).
            i = i.checked_add(self.step).unwrap_or(self.stop);
            Some(cur as usize)
        })
    }

    /// How many indexes the slice selects.
    pub fn len(&self) -> usize {
        if self.step > 0 {
            if self.stop > self.start {
                ((self.stop - self.start - 1) / self.step + 1) as usize
            } else {
                0
            }
        } else if self.start > self.stop {
            ((self.start - self.stop - 1) / (-self.step) + 1) as usize
        } else {
            0
        }
    }

    /// Whether the slice selects nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Vm {
    /// Python's `slice.indices(len)`.
    pub fn slice_indices(&mut self, parts: &[Value; 3], len: usize) -> PyResult<SliceIndices> {
        let len = len as i64;
        let step = if parts[2].is_none() {
            1
        } else {
            self.slice_bound(&parts[2])?
        };
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        // CPython clamps the step to [-PY_SSIZE_T_MAX, PY_SSIZE_T_MAX].
        let step = step.max(-i64::MAX);
        let start = match &parts[0] {
            Value::None => None,
            bound => Some(self.slice_bound(bound)?),
        };
        let stop = match &parts[1] {
            Value::None => None,
            bound => Some(self.slice_bound(bound)?),
        };
        let (start, stop) = clamp_bounds(len, step, start, stop);
        Ok(SliceIndices { start, stop, step })
    }

    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Obj(o) => match o.kind() {
                ObjKind::BigInt(b) => Ok(if num_traits::Signed::is_negative(b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }),
                _ => self.index_of(v).map_err(|_| {
                    PyErr::type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                }),
            },
            _ => self.index_of(v).map_err(|_| {
                PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
        }
    }

    /// A normalised index into a sequence of `len` items; `what` names the
    /// sequence as its IndexError does ("list", "string", "range object",
    /// "index" for bytes).
    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Obj(o) if matches!(o.kind(), ObjKind::BigInt(_)) => {
                return Err(PyErr::index_error(
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            _ => self
                .index_of(key)
                .map_err(|_| index_type_error(what, &self.type_name(key)))?,
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(PyErr::index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        let Value::Obj(o) = obj else {
            return Err(self.not_subscriptable(obj));
        };
        match o.kind() {
            ObjKind::List(l) => {
                if let Some(ObjKind::Slice(parts)) = key.kind() {
                    // The bounds may run user code (__index__), so the list
                    // is borrowed only once they are known, and only the
                    // selected items are copied.
                    let len = o.get().read(l).len();
                    let idx = self.slice_indices(parts, len)?;
                    let items = o.get().read(l);
                    return Ok(crate::builtins::new_list(
                        idx.indexes()
                            .filter_map(|i| items.get(i).cloned())
                            .collect(),
                    ));
                }
                if let Value::Int(i) = key {
                    let items = o.get().read(l);
                    let j = if *i < 0 { *i + items.len() as i64 } else { *i };
                    if j >= 0 && (j as usize) < items.len() {
                        return Ok(items[j as usize].clone());
                    }
                }
                let len = o.get().read(l).len();
                let i = self.seq_index(key, len, "list")?;
                Ok(o.get().read(l)[i].clone())
            }
            ObjKind::Tuple(t) => {
                if let Some(ObjKind::Slice(parts)) = key.kind() {
                    let idx = self.slice_indices(parts, t.len())?;
                    return Ok(crate::builtins::new_tuple(
                        idx.indexes().map(|i| t[i].clone()).collect(),
                    ));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            ObjKind::Str(s) => {
                if let Some(ObjKind::Slice(parts)) = key.kind() {
                    let idx = self.slice_indices(parts, s.char_len())?;
                    if idx.step == 1 {
                        let (a, b) = (
                            idx.start.max(0) as usize,
                            idx.stop.max(idx.start).max(0) as usize,
                        );
                        return Ok(Value::obj(ObjKind::Str(s.slice(a, b))));
                    }
                    if s.is_ascii() {
                        let bytes = s.as_str().as_bytes();
                        let out: String = idx.indexes().map(|i| bytes[i] as char).collect();
                        return Ok(str_value(out));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = idx.indexes().map(|i| chars[i]).collect();
                    return Ok(str_value(out));
                }
                let i = self.seq_index(key, s.char_len(), "string")?;
                let c = s.char_at(i).unwrap_or(' ');
                Ok(crate::objects::str::char_value(c))
            }
            ObjKind::Bytes(_) | ObjKind::ByteArray(_) => {
                // Index first (it may run user code), then read only the
                // bytes asked for.
                let len = with_bytes(o, |b| b.len());
                if let Some(ObjKind::Slice(parts)) = key.kind() {
                    let idx = self.slice_indices(parts, len)?;
                    let out: Vec<u8> = with_bytes(o, |b| {
                        idx.indexes().filter_map(|i| b.get(i).copied()).collect()
                    });
                    return Ok(match o.kind() {
                        ObjKind::Bytes(_) => Value::obj(ObjKind::Bytes(out.into())),
                        _ => Value::obj(ObjKind::ByteArray(std::cell::RefCell::new(out))),
                    });
                }
                let what = if matches!(o.kind(), ObjKind::Bytes(_)) {
                    "index"
                } else {
                    "bytearray index"
                };
                let out_of_range = || PyErr::index_error(format!("{what} out of range"));
                let i = self.seq_index(key, len, what).map_err(|e| {
                    if e.matches(types().index_error) {
                        out_of_range()
                    } else {
                        e
                    }
                })?;
                with_bytes(o, |b| b.get(i).copied())
                    .map(|byte| Value::Int(byte as i64))
                    .ok_or_else(out_of_range)
            }
            ObjKind::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = super::ops::range_len(start, stop, step);
                if i64::try_from(len).is_err() {
                    return Err(PyErr::overflow(
                        "Python int too large to convert to C ssize_t",
                    ));
                }
                // `start + i * step` in 128 bits: the product may pass i64
                // even where the sum does not.
                let item = |i: i64| i128::from(start) + i128::from(i) * i128::from(step);
                if let Some(ObjKind::Slice(parts)) = key.kind() {
                    let idx = self.slice_indices(parts, len)?;
                    let bounds = (
                        i64::try_from(item(idx.start)),
                        i64::try_from(item(idx.stop)),
                        i64::try_from(i128::from(step) * i128::from(idx.step)),
                    );
                    let (Ok(start), Ok(stop), Ok(step)) = bounds else {
                        return Err(PyErr::overflow(
                            "range() arguments must fit in 64 bits in taipan (a bigger range is not supported)",
                        ));
                    };
                    return Ok(Value::obj(ObjKind::Range { start, stop, step }));
                }
                let i = self.seq_index(key, len, "range object")?;
                let i = i64::try_from(i).unwrap_or(i64::MAX);
                // An item of the range lies between its bounds, so it fits.
                Ok(Value::Int(i64::try_from(item(i)).unwrap_or(start)))
            }
            ObjKind::Dict(_) => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::key_error(key.clone())),
            },
            ObjKind::Instance(inst) => {
                // A dict subclass with __missing__ (defaultdict-style).
                if let Some(payload @ Value::Obj(p)) = inst.payload.as_deref() {
                    if matches!(p.kind(), ObjKind::Dict(_)) && self.user_getitem(obj).is_none() {
                        if let Some(v) = self.dict_get(payload, key)? {
                            return Ok(v);
                        }
                        if let Some(m) = self.lookup_type_attr(obj, "__missing__") {
                            return self.call_method_value(&m, obj, std::slice::from_ref(key));
                        }
                        return Err(PyErr::key_error(key.clone()));
                    }
                }
                if let Some(m) = self.lookup_type_attr(obj, "__getitem__") {
                    return self.call_method_value(&m, obj, std::slice::from_ref(key));
                }
                Err(self.not_subscriptable(obj))
            }
            ObjKind::Native(_) => {
                if let Some(m) = self.lookup_type_attr(obj, "__getitem__") {
                    return self.call_method_value(&m, obj, std::slice::from_ref(key));
                }
                Err(self.not_subscriptable(obj))
            }
            ObjKind::Class(_) => {
                if let Some(m) = self.getattr_opt(obj, &local_name("__class_getitem__"))? {
                    return self.call(&m, std::slice::from_ref(key), &[]);
                }
                // `list[int]`, `dict[str, int]`: a `types.GenericAlias`.
                if matches!(o.kind(), ObjKind::Class(c) if c.layout == crate::objects::class::Layout::Builtin)
                {
                    let types_module = self.import_module("types")?;
                    let alias = self.getattr_str(&types_module, "GenericAlias")?;
                    return self.call(&alias, &[obj.clone(), key.clone()], &[]);
                }
                // A user class without `__class_getitem__` (CPython refuses
                // it) evaluates to the class itself.
                Ok(obj.clone())
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    /// A `__getitem__` written in Python on the class of `obj`, if any.
    fn user_getitem(&self, obj: &Value) -> Option<Value> {
        self.lookup_type_attr(obj, "__getitem__")
            .filter(|m| matches!(m.kind(), Some(ObjKind::Function(_))))
    }

    fn not_subscriptable(&self, obj: &Value) -> PyErr {
        PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        ))
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        let Value::Obj(o) = obj else {
            return Err(self.no_item_assignment(obj));
        };
        match o.kind() {
            ObjKind::List(l) => {
                if let Some(ObjKind::Slice(parts)) = key.kind() {
                    let new_items = self.collect(&value)?;
                    let len = o.get().read(l).len();
                    let idx = self.slice_indices(parts, len)?;
                    let mut items = o.get().write(l).map_err(|e| PyErr::from_write(e, "list"))?;
                    return assign_slice(&mut items, &idx, new_items);
                }
                let len = o.get().read(l).len();
                let i = self.seq_index(&key, len, "list").map_err(|e| {
                    // Only the range message differs for assignment (an
                    // index too big for a machine word keeps its own).
                    let too_big = matches!(key.kind(), Some(ObjKind::BigInt(_)));
                    if e.matches(types().index_error) && !too_big {
                        PyErr::index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                let mut items = o.get().write(l).map_err(|e| PyErr::from_write(e, "list"))?;
                items[i] = value;
                Ok(())
            }
            ObjKind::Dict(_) => self.dict_set(obj, key, value),
            ObjKind::ByteArray(b) => {
                let len = o.get().read(b).len();
                if let Some(ObjKind::Slice(parts)) = key.kind() {
                    let new_bytes = self.bytes_for_slice(&value)?;
                    let idx = self.slice_indices(parts, len)?;
                    let mut bytes = o
                        .get()
                        .write(b)
                        .map_err(|e| PyErr::from_write(e, "bytearray"))?;
                    return resize_guarded(o.addr(), &mut bytes, |bytes| {
                        assign_slice(bytes, &idx, new_bytes)
                    });
                }
                let i = self.seq_index(&key, len, "bytearray").map_err(|e| {
                    if e.matches(types().index_error) {
                        PyErr::index_error("bytearray index out of range")
                    } else {
                        e
                    }
                })?;
                let v = self.index_of(&value)?;
                if !(0..256).contains(&v) {
                    return Err(PyErr::value_error("byte must be in range(0, 256)"));
                }
                o.get()
                    .write(b)
                    .map_err(|e| PyErr::from_write(e, "bytearray"))?[i] = v as u8;
                Ok(())
            }
            ObjKind::Instance(_) | ObjKind::Native(_) => {
                if let Some(m) = self.lookup_type_attr(obj, "__setitem__") {
                    self.call_method_value(&m, obj, &[key, value])?;
                    return Ok(());
                }
                Err(self.no_item_assignment(obj))
            }
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    fn no_item_assignment(&self, obj: &Value) -> PyErr {
        PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        ))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        let Value::Obj(o) = obj else {
            return Err(self.no_item_deletion(obj));
        };
        match o.kind() {
            ObjKind::List(l) => {
                let len = o.get().read(l).len();
                if let Some(ObjKind::Slice(parts)) = key.kind() {
                    let idx = self.slice_indices(parts, len)?;
                    let mut items = o.get().write(l).map_err(|e| PyErr::from_write(e, "list"))?;
                    delete_slice(&mut items, &idx);
                    return Ok(());
                }
                let i = self.seq_index(key, len, "list").map_err(|e| {
                    if e.matches(types().index_error) {
                        PyErr::index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                o.get()
                    .write(l)
                    .map_err(|e| PyErr::from_write(e, "list"))?
                    .remove(i);
                Ok(())
            }
            ObjKind::ByteArray(b) => {
                let len = o.get().read(b).len();
                if let Some(ObjKind::Slice(parts)) = key.kind() {
                    let idx = self.slice_indices(parts, len)?;
                    let mut bytes = o
                        .get()
                        .write(b)
                        .map_err(|e| PyErr::from_write(e, "bytearray"))?;
                    return resize_guarded(o.addr(), &mut bytes, |bytes| {
                        delete_slice(bytes, &idx);
                        Ok(())
                    });
                }
                let i = self.seq_index(key, len, "bytearray").map_err(|e| {
                    if e.matches(types().index_error) {
                        PyErr::index_error("bytearray index out of range")
                    } else {
                        e
                    }
                })?;
                let mut bytes = o
                    .get()
                    .write(b)
                    .map_err(|e| PyErr::from_write(e, "bytearray"))?;
                resize_guarded(o.addr(), &mut bytes, |bytes| {
                    bytes.remove(i);
                    Ok(())
                })
            }
            ObjKind::Dict(_) => match self.dict_remove(obj, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::key_error(key.clone())),
            },
            ObjKind::Instance(_) | ObjKind::Native(_) => {
                if let Some(m) = self.lookup_type_attr(obj, "__delitem__") {
                    self.call_method_value(&m, obj, std::slice::from_ref(key))?;
                    return Ok(());
                }
                Err(self.no_item_deletion(obj))
            }
            _ => Err(self.no_item_deletion(obj)),
        }
    }

    /// The bytes to store by `bytearray[slice] = value`: a bytes-like
    /// object or an iterable of ints in `range(256)`; ints and strs are
    /// refused, as CPython does.
    fn bytes_for_slice(&mut self, value: &Value) -> PyResult<Vec<u8>> {
        let refuse = || {
            PyErr::type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            )
        };
        let iterable = match value.kind() {
            Some(ObjKind::Str(_) | ObjKind::BigInt(_)) | None => false,
            Some(_) if super::ops::has_python_dunders(value) => {
                self.lookup_type_attr(value, "__iter__").is_some()
                    || self.lookup_type_attr(value, "__getitem__").is_some()
            }
            Some(_) => true,
        };
        if !iterable {
            return Err(refuse());
        }
        crate::builtins::constructors::bytes_from_object(self, value, false).map_err(|e| {
            if e.matches(types().value_error) {
                PyErr::value_error("byte must be in range(0, 256)")
            } else {
                e
            }
        })
    }

    fn no_item_deletion(&self, obj: &Value) -> PyErr {
        PyErr::type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(obj)
        ))
    }
}

/// `items[slice] = new`: a simple slice is replaced by any number of
/// items; an extended slice needs exactly as many items as it selects.
fn assign_slice<T>(items: &mut Vec<T>, idx: &SliceIndices, new: Vec<T>) -> PyResult<()> {
    let len = items.len() as i64;
    if idx.step == 1 {
        let start = idx.start.clamp(0, len) as usize;
        let stop = idx.stop.max(idx.start).clamp(0, len) as usize;
        items.splice(start..stop, new);
        return Ok(());
    }
    if idx.len() != new.len() {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new.len(),
            idx.len()
        )));
    }
    for (t, v) in idx.indexes().zip(new) {
        if let Some(slot) = items.get_mut(t) {
            *slot = v;
        }
    }
    Ok(())
}

/// `del items[slice]`, in one pass over the items.
fn delete_slice<T>(items: &mut Vec<T>, idx: &SliceIndices) {
    let mut doomed = vec![false; items.len()];
    for i in idx.indexes() {
        if let Some(d) = doomed.get_mut(i) {
            *d = true;
        }
    }
    let mut pos = 0;
    items.retain(|_| {
        let keep = !doomed[pos];
        pos += 1;
        keep
    });
}

/// Runs `f` on the bytes of a bytes or bytearray object, without copying.
fn with_bytes<T>(o: &crate::value::ObjRef, f: impl FnOnce(&[u8]) -> T) -> T {
    match o.kind() {
        ObjKind::Bytes(b) => f(&b[..]),
        ObjKind::ByteArray(cell) => f(&o.get().read(cell)),
        _ => f(&[]),
    }
}

/// A slice's start and stop (None where omitted) clamped to a sequence of
/// `len` items as CPython clamps them for a non-zero `step`: negative
/// bounds count from the end, and both end up in `0..=len` (in `-1..len`
/// for a negative step).
pub(crate) fn clamp_bounds(
    len: i64,
    step: i64,
    start: Option<i64>,
    stop: Option<i64>,
) -> (i64, i64) {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let (first, last) = if step < 0 {
        (upper, lower)
    } else {
        (lower, upper)
    };
    (start.map_or(first, clamp), stop.map_or(last, clamp))
}

/// CPython's TypeError for an index of type `type_name` into the sequence
/// that [`Vm::seq_index`]'s `what` names: its noun differs from the
/// IndexError's for bytes, bytearray and range, and str words it alone.
fn index_type_error(what: &str, type_name: &str) -> PyErr {
    let noun = match what {
        "string" => {
            return PyErr::type_error(format!(
                "string indices must be integers, not '{type_name}'"
            ))
        }
        "index" => "byte",
        "bytearray index" => "bytearray",
        "range object" => "range",
        other => other,
    };
    PyErr::type_error(format!(
        "{noun} indices must be integers or slices, not {type_name}"
    ))
}
