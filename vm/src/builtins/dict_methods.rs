//! The methods of `dict` and of its views (`dict.keys()`, `values()`,
//! `items()`).
//!
//! Lookups hash a key once and compare keys with `vm.eq_item` (identity,
//! then `==`), holding at most a read borrow of the dict while Python code
//! runs; writes take the borrow only around the change itself.

use super::args::self_arg;
use super::list_methods::{exact_args, first_arg, method_args, wrong_self};
use super::{new_dict, new_tuple};
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{DictViewKind, ObjKind, WriteError};
use crate::objects::dict::Dict;
use crate::objects::function::{Args, NativeFn};
use crate::types::types;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// The native methods of `dict`. `fromkeys` receives the class as its
/// first argument (the VM registers it as a class method).
pub static DICT_METHODS: &[(&str, NativeFn)] = &[
    ("get", dict_get),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
    ("fromkeys", dict_fromkeys),
];

/// The native methods of the dict views (`dict_keys`, `dict_values`,
/// `dict_items`). `isdisjoint` exists on keys and items views only, as in
/// CPython; on a values view it raises `AttributeError`.
pub static VIEW_METHODS: &[(&str, NativeFn)] = &[("isdisjoint", view_isdisjoint)];

/// The error for a refused write to a dict.
fn dict_write(e: WriteError) -> PyErr {
    PyErr::from_write(e, "dict")
}

/// `self` of a dict method: the value, the object and its table.
fn dict_self<'a>(
    vm: &Vm,
    name: &str,
    args: &Args<'a>,
) -> PyResult<(&'a Value, &'a ObjRef, &'a RefCell<Dict>)> {
    let v = self_arg(name, args)?;
    if let Value::Obj(o) = v {
        if let ObjKind::Dict(cell) = o.kind() {
            return Ok((v, o, cell));
        }
    }
    Err(wrong_self(vm, name, v))
}

/// `self` of a mutating dict method, refused at once if the dict is frozen.
fn writable_dict<'a>(
    vm: &Vm,
    name: &str,
    args: &Args<'a>,
) -> PyResult<(&'a Value, &'a ObjRef, &'a RefCell<Dict>)> {
    let (v, o, cell) = dict_self(vm, name, args)?;
    drop(o.get().write(cell).map_err(dict_write)?);
    Ok((v, o, cell))
}

/// A key and an optional second argument (`get`, `setdefault`, `pop`).
fn key_and_default<'a>(name: &str, args: Args<'a>) -> PyResult<(&'a Value, Option<&'a Value>)> {
    let pos = method_args(name, args, 1, 2)?;
    let (key, more) = first_arg(name, pos)?;
    Ok((key, more.first()))
}

/// `dict.get(key[, default])`.
fn dict_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _, _) = dict_self(vm, "dict.get", &args)?;
    let (key, default) = key_and_default("dict.get", args)?;
    Ok(match vm.dict_get(d, key)? {
        Some(v) => v,
        None => default.cloned().unwrap_or(Value::None),
    })
}

/// `dict.setdefault(key[, default])`: the key is hashed once, as in CPython.
fn dict_setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = dict_self(vm, "dict.setdefault", &args)?;
    let (key, default) = key_and_default("dict.setdefault", args)?;
    let hash = vm.hash(key)?;
    let existing = {
        let dict = o.get().read(cell);
        let pos = dict.find(hash, |k| vm.eq_item(k, key))?;
        pos.and_then(|p| dict.entry(p)).map(|e| e.value.clone())
    };
    if let Some(v) = existing {
        return Ok(v);
    }
    let default = default.cloned().unwrap_or(Value::None);
    // No Python code ran since the search: the key is still absent.
    o.get()
        .write(cell)
        .map_err(dict_write)?
        .push_new(hash, key.clone(), default.clone());
    Ok(default)
}

/// `dict.pop(key[, default])`: `KeyError(key)` when absent without a
/// default. An empty dict answers without hashing the key, as in CPython.
fn dict_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, o, cell) = dict_self(vm, "dict.pop", &args)?;
    let (key, default) = key_and_default("dict.pop", args)?;
    let removed = if o.get().read(cell).is_empty() {
        None
    } else {
        vm.dict_remove(d, key)?
    };
    match (removed, default) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(PyErr::key_error(key.clone())),
    }
}

/// `dict.popitem()`: the last entry, as a `(key, value)` tuple.
fn dict_popitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = dict_self(vm, "dict.popitem", &args)?;
    method_args("dict.popitem", args, 0, 0)?;
    let entry = o.get().write(cell).map_err(dict_write)?.pop_last();
    match entry {
        Some(e) => Ok(new_tuple(vec![e.key, e.value])),
        None => Err(PyErr::key_error(str_value(
            "popitem(): dictionary is empty",
        ))),
    }
}

/// A view of the dict that is `self`.
fn view(vm: &mut Vm, name: &str, args: Args<'_>, kind: DictViewKind) -> PyResult<Value> {
    let (d, _, _) = dict_self(vm, name, &args)?;
    method_args(name, args, 0, 0)?;
    Ok(Value::obj(ObjKind::DictView(d.clone(), kind)))
}

/// `dict.keys()`.
fn dict_keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, "dict.keys", args, DictViewKind::Keys)
}

/// `dict.values()`.
fn dict_values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, "dict.values", args, DictViewKind::Values)
}

/// `dict.items()`.
fn dict_items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, "dict.items", args, DictViewKind::Items)
}

/// `dict.update([other], **kw)`: `other` is a dict, a mapping with
/// `keys()`, or an iterable of pairs; the keywords follow.
fn dict_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _, _) = writable_dict(vm, "dict.update", &args)?;
    let pos = args.pos.get(1..).unwrap_or(&[]);
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(other) = pos.first() {
        vm.dict_update_from(d, other, None)?;
    }
    for (k, v) in args.kw {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

/// `dict.copy()`: a shallow copy, same order.
fn dict_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _, _) = dict_self(vm, "dict.copy", &args)?;
    method_args("dict.copy", args, 0, 0)?;
    vm.dict_copy(d)
}

/// `dict.clear()`.
fn dict_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = dict_self(vm, "dict.clear", &args)?;
    method_args("dict.clear", args, 0, 0)?;
    let old = std::mem::take(&mut *o.get().write(cell).map_err(dict_write)?);
    drop(old);
    Ok(Value::None)
}

/// `dict.fromkeys(iterable[, value])`, called with the class first: a new
/// dict with each item of `iterable` as a key, in iteration order, all
/// mapped to `value` (`None` by default). Items are taken one at a time,
/// each stored before the next is asked for, as in CPython.
fn dict_fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = self_arg("dict.fromkeys", &args)?;
    let pos = method_args("dict.fromkeys", args, 1, 2)?;
    let (iterable, more) = first_arg("dict.fromkeys", pos)?;
    let value = more.first().cloned().unwrap_or(Value::None);
    let dict_class = types().dict.to_ref();
    let plain = match cls {
        Value::Obj(c) => c.ptr_eq(&dict_class) || matches!(c.kind(), ObjKind::Dict(_)),
        _ => false,
    };
    let target = if plain {
        new_dict()
    } else {
        vm.call(cls, &[], &[])?
    };
    let direct = matches!(target.kind(), Some(ObjKind::Dict(_)));
    let it = vm.get_iter(iterable)?;
    while let Some(key) = vm.next(&it)? {
        if direct {
            vm.dict_set(&target, key, value.clone())?;
        } else {
            vm.setitem(&target, key, value.clone())?;
        }
    }
    Ok(target)
}

/// `view.isdisjoint(other)` for keys and items views: true when no item of
/// one is in the other. When `other` is a set or a keys/items view, the
/// shorter of the two is iterated, as in CPython.
fn view_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("dict_keys.isdisjoint", &args)?;
    match this.kind() {
        Some(ObjKind::DictView(_, DictViewKind::Values)) => {
            return Err(PyErr::attribute_error(
                "'dict_values' object has no attribute 'isdisjoint'",
            ))
        }
        Some(ObjKind::DictView(..)) => {}
        _ => return Err(wrong_self(vm, "dict_keys.isdisjoint", this)),
    }
    let [other] = exact_args::<1>("isdisjoint", args)?;
    let own_len = vm.len_of_builtin(this).unwrap_or(0);
    if other.is(this) {
        return Ok(Value::Bool(own_len == 0));
    }
    let set_like = match other.kind() {
        Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)) => true,
        Some(ObjKind::DictView(_, kind)) => *kind != DictViewKind::Values,
        _ => false,
    };
    let (searched, walked) = if set_like && vm.len(other)? > own_len {
        (other, this)
    } else {
        (this, other)
    };
    let it = vm.get_iter(walked)?;
    while let Some(item) = vm.next(&it)? {
        if vm.contains(searched, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
