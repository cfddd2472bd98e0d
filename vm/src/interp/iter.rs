//! Iteration: `iter()`, `next()`, and collecting or unpacking iterables.

use super::Vm;
use crate::error::{PyErr, PyResult};
use crate::object::{DictViewKind, ObjKind};
use crate::objects::iter::IterState;
use crate::types::types;
use crate::value::Value;
use smallvec::SmallVec;
use std::cell::RefCell;

/// Wraps an iterator state in an object.
pub fn new_iter(state: IterState) -> Value {
    Value::obj(ObjKind::Iterator(Box::new(RefCell::new(state))))
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            let state = match o.kind() {
                ObjKind::List(_) => IterState::List {
                    seq: v.clone(),
                    index: 0,
                },
                ObjKind::Tuple(_) => IterState::Tuple {
                    seq: v.clone(),
                    index: 0,
                },
                ObjKind::Str(_) => IterState::Str {
                    seq: v.clone(),
                    offset: 0,
                },
                ObjKind::Bytes(_) | ObjKind::ByteArray(_) => IterState::Bytes {
                    seq: v.clone(),
                    index: 0,
                },
                ObjKind::Range { start, stop, step } => IterState::Range {
                    next: *start,
                    remaining: super::ops::range_len(*start, *stop, *step) as u64,
                    step: *step,
                },
                ObjKind::Dict(d) => IterState::Dict {
                    dict: v.clone(),
                    slot: 0,
                    kind: DictViewKind::Keys,
                    len: o.get().read(d).len(),
                },
                ObjKind::DictView(d, kind) => IterState::Dict {
                    dict: d.clone(),
                    slot: 0,
                    kind: *kind,
                    len: self.len_of_builtin(d).unwrap_or(0),
                },
                ObjKind::Set(s) => IterState::Set {
                    set: v.clone(),
                    slot: 0,
                    len: o.get().read(s).len(),
                },
                ObjKind::FrozenSet(s) => IterState::Snapshot {
                    items: s.iter().map(|(k, _)| k.clone()).collect(),
                    index: 0,
                },
                ObjKind::Iterator(_) | ObjKind::Generator(_) | ObjKind::File(_) => {
                    return Ok(v.clone())
                }
                ObjKind::Instance(_) | ObjKind::Native(_) => {
                    if let Some(m) = self.lookup_type_attr(v, "__iter__") {
                        let it = self.call_method_value(&m, v, &[])?;
                        return self.checked_iterator(it);
                    }
                    if self.lookup_type_attr(v, "__getitem__").is_some() {
                        IterState::GetItem {
                            seq: v.clone(),
                            index: 0,
                        }
                    } else {
                        return Err(self.not_iterable(v));
                    }
                }
                ObjKind::Class(_) => match self.class_protocol(v, "__class_iter__", &[])? {
                    Some(it) => return self.get_iter(&it),
                    None => return Err(self.not_iterable(v)),
                },
                _ => return Err(self.not_iterable(v)),
            };
            return Ok(new_iter(state));
        }
        Err(self.not_iterable(v))
    }

    /// Counts one step of a long native loop (an iterator step, a sort's
    /// comparison) and checks the limits every [`super::NATIVE_CHECK_EVERY`]
    /// steps, so that one native call cannot outrun a time budget or a
    /// cancellation.
    #[inline]
    pub fn native_step(&mut self) -> PyResult<()> {
        self.native_steps = self.native_steps.wrapping_add(1);
        if self.native_steps & (super::NATIVE_CHECK_EVERY - 1) == 0 {
            self.check_interrupt()?;
        }
        Ok(())
    }

    /// What an `__iter__` returned, if it is an iterator (a builtin one, or
    /// an object whose type has `__next__`), as `iter()` checks it.
    fn checked_iterator(&self, it: Value) -> PyResult<Value> {
        let is_iterator = match it.kind() {
            Some(ObjKind::Iterator(_) | ObjKind::Generator(_) | ObjKind::File(_)) => true,
            Some(ObjKind::Instance(_) | ObjKind::Native(_)) => {
                self.lookup_type_attr(&it, "__next__").is_some()
            }
            _ => false,
        };
        if is_iterator {
            Ok(it)
        } else {
            Err(PyErr::type_error(format!(
                "iter() returned non-iterator of type '{}'",
                self.type_name(&it)
            )))
        }
    }

    fn not_iterable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.native_step()?;
        let Value::Obj(o) = it else {
            return Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match o.kind() {
            ObjKind::Iterator(cell) => {
                let mut state = o
                    .get()
                    .write(cell)
                    .map_err(|_| PyErr::value_error("iterator already executing"))?;
                self.advance(&mut state)
            }
            ObjKind::Generator(_) => match self.resume_generator(it, Value::None)? {
                Ok(v) => Ok(Some(v)),
                Err(_) => Ok(None),
            },
            ObjKind::File(_) => {
                let line = crate::builtins::file::readline(self, it)?;
                match &line {
                    Value::Obj(l) => match l.kind() {
                        ObjKind::Str(s) if s.char_len() == 0 => Ok(None),
                        ObjKind::Bytes(b) if b.is_empty() => Ok(None),
                        _ => Ok(Some(line)),
                    },
                    _ => Ok(None),
                }
            }
            ObjKind::Instance(_) | ObjKind::Native(_) => {
                let Some(m) = self.lookup_type_attr(it, "__next__") else {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                };
                match self.call_method_value(&m, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.matches(types().stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    /// One step of `for a, b in it` when `it` makes pairs (`enumerate`
    /// counting in 64 bits, `zip` of two iterables, `dict.items()`): the
    /// two items, without the tuple that would be unpacked at once
    /// (Some(None) at the end). None for any other iterator: the general
    /// step runs instead.
    pub(crate) fn next_pair(&mut self, it: &Value) -> PyResult<Option<Option<(Value, Value)>>> {
        let (Some(ObjKind::Iterator(cell)), Some(o)) = (it.kind(), it.as_obj()) else {
            return Ok(None);
        };
        let mut state = o
            .get()
            .write(cell)
            .map_err(|_| PyErr::value_error("iterator already executing"))?;
        let pair = match &mut *state {
            IterState::Enumerate {
                inner,
                count: Value::Int(count),
            } if *count < i64::MAX => {
                let inner = inner.clone();
                self.native_step()?;
                self.next(&inner)?.map(|v| {
                    *count += 1;
                    (Value::Int(*count - 1), v)
                })
            }
            IterState::Zip {
                inners,
                strict: false,
            } if inners.len() == 2 => {
                let (first, second) = (inners[0].clone(), inners[1].clone());
                self.native_step()?;
                let pair = match self.next(&first)? {
                    Some(a) => self.next(&second)?.map(|b| (a, b)),
                    None => None,
                };
                if pair.is_none() {
                    *state = IterState::Done;
                }
                pair
            }
            IterState::Dict {
                dict,
                slot,
                kind: DictViewKind::Items,
                len,
            } => {
                self.native_step()?;
                dict_step(dict, slot, *len)?
            }
            _ => return Ok(None),
        };
        Ok(Some(pair))
    }

    fn advance(&mut self, state: &mut IterState) -> PyResult<Option<Value>> {
        if let Some(step) = state.step_plain() {
            return Ok(step);
        }
        match state {
            IterState::ListReversed { seq, next } => {
                if let Some(ObjKind::List(l)) = seq.kind() {
                    let o = seq.as_obj().expect("list is an object");
                    let items = o.get().read(l);
                    if *next > 0 && *next <= items.len() {
                        *next -= 1;
                        return Ok(Some(items[*next].clone()));
                    }
                }
                *state = IterState::Done;
                Ok(None)
            }
            IterState::Bytes { seq, index } => {
                // One byte at a time, without copying the buffer (a
                // bytearray may grow or shrink while it is iterated).
                let byte = match seq.data() {
                    Value::Obj(o) => match o.kind() {
                        ObjKind::Bytes(b) => b.get(*index).copied(),
                        ObjKind::ByteArray(b) => o.get().read(b).get(*index).copied(),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(v) = byte {
                    *index += 1;
                    return Ok(Some(Value::Int(i64::from(v))));
                }
                *state = IterState::Done;
                Ok(None)
            }
            IterState::Dict {
                dict,
                slot,
                kind,
                len,
            } => Ok(dict_step(dict, slot, *len)?.map(|(key, value)| match kind {
                DictViewKind::Keys => key,
                DictViewKind::Values => value,
                DictViewKind::Items => crate::builtins::new_tuple(vec![key, value]),
            })),
            IterState::Set { set, slot, len } => {
                let Some(ObjKind::Set(cell)) = set.kind() else {
                    return Ok(None);
                };
                let o = set.as_obj().expect("set is an object");
                let table = o.get().read(cell);
                if table.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::runtime_error("Set changed size during iteration"));
                }
                match table.next_from(*slot) {
                    Some((next, key, _)) => {
                        *slot = next;
                        Ok(Some(key.clone()))
                    }
                    None => Ok(None),
                }
            }
            IterState::Snapshot { items, index } => {
                if let Some(v) = items.get(*index) {
                    *index += 1;
                    return Ok(Some(v.clone()));
                }
                Ok(None)
            }
            IterState::GetItem { seq, index } => {
                let seq = seq.clone();
                match self.getitem(&seq, &Value::Int(*index)) {
                    Ok(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    Err(e)
                        if e.matches(types().index_error) || e.matches(types().stop_iteration) =>
                    {
                        *state = IterState::Done;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Enumerate { inner, count } => {
                let inner = inner.clone();
                match self.next(&inner)? {
                    Some(v) => {
                        let c = count.clone();
                        *count = self.binary_op(
                            crate::compiler::bytecode::BinOp::Add,
                            &c,
                            &Value::Int(1),
                        )?;
                        Ok(Some(crate::builtins::new_tuple(vec![c, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { inners, strict } => {
                if inners.is_empty() {
                    return Ok(None);
                }
                let inners_now = inners.clone();
                let mut items = Vec::with_capacity(inners_now.len());
                for (i, it) in inners_now.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            if *strict && (i > 0 || inners_now.len() > 1) {
                                if i > 0 {
                                    return Err(PyErr::value_error(format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        i + 1,
                                        if i > 1 { "s" } else { "" },
                                        if i > 1 {
                                            format!("-{i}")
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                                for (j, rest) in inners_now.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        return Err(PyErr::value_error(format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            j + 1,
                                            if j > 1 { "s" } else { "" },
                                            if j > 1 {
                                                format!("-{j}")
                                            } else {
                                                String::new()
                                            }
                                        )));
                                    }
                                }
                            }
                            *state = IterState::Done;
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(crate::builtins::new_tuple(items)))
            }
            IterState::Map { func, inners } => {
                // The state stays borrowed (written) while the inner
                // iterators and the function run, so neither is copied.
                let mut args: SmallVec<[Value; 2]> = SmallVec::with_capacity(inners.len());
                for it in inners.iter() {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(func, &args, &[]).map(Some)
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                while let Some(v) = self.next(&inner)? {
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, std::slice::from_ref(&v), &[])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                let v = self.call(&func, &[], &[])?;
                if self.eq(&v, &sentinel)? {
                    *state = IterState::Done;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            // Stepped by step_plain above.
            IterState::List { .. }
            | IterState::Tuple { .. }
            | IterState::Str { .. }
            | IterState::Range { .. }
            | IterState::Done => Ok(None),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            match o.kind() {
                ObjKind::List(l) => return Ok(o.get().read(l).to_vec()),
                ObjKind::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(item) = self.next(&it)? {
            if out.len() == out.capacity() {
                self.check_alloc(out.len() + 1, std::mem::size_of::<Value>())?;
            }
            out.push(item);
        }
        Ok(out)
    }

    /// The items of a starred `*value` (in a call or a display); a value
    /// that is not iterable raises CPython's TypeError, "`{what} must be an
    /// iterable, not T`", `what` being e.g. "Value after *".
    pub fn collect_starred(
        &mut self,
        v: &Value,
        what: impl FnOnce(&mut Vm) -> String,
    ) -> PyResult<Vec<Value>> {
        match self.collect(v) {
            Err(e)
                if e.matches(types().type_error)
                    && self.lookup_type_attr(v, "__iter__").is_none()
                    && self.lookup_type_attr(v, "__getitem__").is_none() =>
            {
                let what = what(self);
                Err(PyErr::type_error(format!(
                    "{what} must be an iterable, not {}",
                    self.type_name(v)
                )))
            }
            r => r,
        }
    }

    /// Unpacks exactly `n` items.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = if let Some(ObjKind::Tuple(t)) = v.kind() {
            t.to_vec()
        } else {
            let it = self.get_iter(v).map_err(|_| {
                PyErr::type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(v)
                ))
            })?;
            let mut out = Vec::with_capacity(n);
            while let Some(item) = self.next(&it)? {
                out.push(item);
                if out.len() > n {
                    return Err(PyErr::value_error(format!(
                        "too many values to unpack (expected {n})"
                    )));
                }
            }
            out
        };
        if items.len() > n {
            return Err(PyErr::value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        if items.len() < n {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }

    /// Unpacks with a starred target: `before` items, a list, `after` items.
    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = self.collect(v).map_err(|_| {
            PyErr::type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(v)
            ))
        })?;
        if items.len() < before + after {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        out.extend(items);
        out.push(crate::builtins::new_list(middle));
        out.extend(tail);
        Ok(out)
    }
}

/// The next entry of a dict iterator (its key and value), from slot
/// `slot` on; an error when the dict's size is no longer `len`.
fn dict_step(dict: &Value, slot: &mut usize, len: usize) -> PyResult<Option<(Value, Value)>> {
    let (Some(ObjKind::Dict(d)), Some(o)) = (dict.kind(), dict.as_obj()) else {
        return Ok(None);
    };
    let d = o.get().read(d);
    if d.len() != len {
        return Err(PyErr::runtime_error(
            "dictionary changed size during iteration",
        ));
    }
    while *slot < d.slots() {
        let pos = *slot;
        *slot += 1;
        if let Some(e) = d.entry(pos) {
            return Ok(Some((e.key.clone(), e.value.clone())));
        }
    }
    Ok(None)
}
