//! The methods of `set` and `frozenset`.
//!
//! Each method builds and changes tables along the path CPython 3.11
//! takes (the table in the docs of [`crate::objects::set_table`] says which
//! [`SetTable`] function that is), so that sets of ints, floats and tuples
//! iterate in CPython's order. In particular, a set argument is read in
//! place, never through a copy: CPython walks its slots, and a copy of a
//! table can have another size and another slot order.
//!
//! Keys are compared with `vm.eq_item` (identity, then `==`, which may run
//! a user `__eq__`). No borrow of a set is held for writing while Python
//! code runs: a key at a time is looked up through
//! [`SetTable::candidates`] with the borrow released around each
//! comparison (restarting when the table changed, as CPython restarts its
//! probe), and an operation on whole tables runs on the target's table
//! moved out of the object, which Python code meanwhile sees as empty.

use super::args::self_arg;
use super::list_methods::{exact_args, method_args, wrong_self};
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::{ObjKind, WriteError};
use crate::objects::function::{Args, NativeFn};
use crate::objects::set_table::{SetTable, SlotId};
use crate::types::types;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// The native methods of `set`.
pub static SET_METHODS: &[(&str, NativeFn)] = &[
    ("add", set_add),
    ("remove", set_remove),
    ("discard", set_discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

/// The native methods of `frozenset` (those of `set` that do not change
/// `self`; results are frozensets).
pub static FROZENSET_METHODS: &[(&str, NativeFn)] = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

/// The table behind a set or frozenset.
type Table = SetTable<Value>;

// ---------------------------------------------------------------------------
// Reading sets.
// ---------------------------------------------------------------------------

/// The error for a refused write to a set.
fn set_write(e: WriteError) -> PyErr {
    PyErr::from_write(e, "set")
}

/// Calls `f` with the table of a set or frozenset, read in place (a read
/// borrow for a set); `None` for any other value.
fn read_table<R>(v: &Value, f: impl FnOnce(&Table) -> R) -> Option<R> {
    let o = v.as_obj()?;
    match o.kind() {
        ObjKind::Set(cell) => Some(f(&o.get().read(cell))),
        ObjKind::FrozenSet(t) => Some(f(t)),
        _ => None,
    }
}

/// Whether `v` is a set or a frozenset.
fn is_set_like(v: &Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)))
}

/// The length of a set or frozenset (0 for anything else).
fn set_len(v: &Value) -> usize {
    read_table(v, |t| t.len()).unwrap_or(0)
}

/// `set(a)` / `a.copy()` for a set or frozenset `a`: [`SetTable::copy`].
fn copy_of(v: &Value) -> Table {
    read_table(v, |t| t.copy()).unwrap_or_default()
}

/// A new set or frozenset, the same kind as `like`, holding `table`.
fn same_kind(like: &Value, table: Table) -> Value {
    match like.kind() {
        Some(ObjKind::FrozenSet(_)) => Value::obj(ObjKind::FrozenSet(Box::new(table))),
        _ => Value::obj(ObjKind::Set(Box::new(RefCell::new(table)))),
    }
}

/// Whether the set or frozenset `v` holds `key`, whose hash is known.
fn contains_entry(vm: &mut Vm, v: &Value, hash: i64, key: &Value) -> PyResult<bool> {
    read_table(v, |t| t.contains(hash, |stored| vm.eq_item(stored, key))).unwrap_or(Ok(false))
}

/// Whether some key of `walked` is (`want`) or is not (`!want`) in
/// `searched`, walking `walked` in slot order. Both are sets or frozensets.
fn find_key_in(vm: &mut Vm, walked: &Value, searched: &Value, want: bool) -> PyResult<bool> {
    read_table(walked, |t| -> PyResult<bool> {
        for (key, hash) in t.iter() {
            if contains_entry(vm, searched, hash, key)? == want {
                return Ok(true);
            }
        }
        Ok(false)
    })
    .unwrap_or(Ok(false))
}

/// Whether some item of `iterable` is (`want`) or is not (`!want`) in the
/// set or frozenset `s`, items being taken one at a time.
fn find_item_in(vm: &mut Vm, iterable: &Value, s: &Value, want: bool) -> PyResult<bool> {
    let it = vm.get_iter(iterable)?;
    while let Some(key) = vm.next(&it)? {
        if vm.set_contains(s, &key)? == want {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The keys of an exact dict with their stored hashes, in dict order
/// (CPython reuses the dict's hashes); `None` if `v` is not a dict.
fn dict_entries(v: &Value) -> Option<Vec<(Value, i64)>> {
    let o = v.as_obj()?;
    match o.kind() {
        ObjKind::Dict(cell) => Some(
            o.get()
                .read(cell)
                .iter()
                .map(|e| (e.key.clone(), e.hash))
                .collect(),
        ),
        _ => None,
    }
}

/// The length of an exact dict.
fn dict_len(v: &Value) -> Option<usize> {
    let o = v.as_obj()?;
    match o.kind() {
        ObjKind::Dict(cell) => Some(o.get().read(cell).len()),
        _ => None,
    }
}

/// Whether the dict `d` holds `key`, whose hash is known
/// (`_PyDict_Contains_KnownHash`).
fn dict_contains(vm: &mut Vm, d: &Value, hash: i64, key: &Value) -> PyResult<bool> {
    let Some(o) = d.as_obj() else {
        return Ok(false);
    };
    let ObjKind::Dict(cell) = o.kind() else {
        return Ok(false);
    };
    let dict = o.get().read(cell);
    Ok(dict.find(hash, |stored| vm.eq_item(stored, key))?.is_some())
}

// ---------------------------------------------------------------------------
// Changing sets.
// ---------------------------------------------------------------------------

/// The table an operation changes: a live `set` object's, or one being
/// built for a result.
enum Target<'a> {
    /// The table of a `set` object.
    Live(&'a ObjRef, &'a RefCell<Table>),
    /// A table that no Python code can reach.
    Building(&'a mut Table),
}

/// Finds the slot of the stored key equal to `key` in a live set, with no
/// borrow held while a comparison runs; if the table changed during a
/// comparison the search starts again (CPython's `set_lookkey` restart).
fn find_live(
    vm: &mut Vm,
    o: &ObjRef,
    cell: &RefCell<Table>,
    hash: i64,
    key: &Value,
) -> PyResult<Option<SlotId>> {
    'search: loop {
        let (version, candidates): (u64, Vec<(SlotId, Value)>) = {
            let t = o.get().read(cell);
            (
                t.version(),
                t.candidates(hash)
                    .map(|(slot, k)| (slot, k.clone()))
                    .collect(),
            )
        };
        for (slot, stored) in candidates {
            let equal = vm.eq_item(&stored, key)?;
            if o.get().read(cell).version() != version {
                vm.check_interrupt()?;
                continue 'search;
            }
            if equal {
                return Ok(Some(slot));
            }
        }
        return Ok(None);
    }
}

impl Target<'_> {
    /// Runs `f`, which runs no Python code, on the table.
    fn edit<R>(&mut self, f: impl FnOnce(&mut Table) -> R) -> PyResult<R> {
        match self {
            Target::Building(t) => Ok(f(t)),
            Target::Live(o, cell) => {
                let mut t = o.get().write(*cell).map_err(set_write)?;
                Ok(f(&mut t))
            }
        }
    }

    /// Runs `f`, which may run Python code (comparisons), on the table. A
    /// live set's table is moved out meanwhile and put back after; if
    /// Python code changed the set in between, that change is dropped and
    /// the operation raises `RuntimeError`.
    fn with_table<R>(
        &mut self,
        vm: &mut Vm,
        f: impl FnOnce(&mut Vm, &mut Table) -> PyResult<R>,
    ) -> PyResult<R> {
        match self {
            Target::Building(t) => f(vm, t),
            Target::Live(o, cell) => {
                let mut table = std::mem::take(&mut *o.get().write(*cell).map_err(set_write)?);
                let result = f(vm, &mut table);
                let mut slot = o.get().write(*cell).map_err(set_write)?;
                let meddled = slot.version() != 0 || !slot.is_empty();
                let placeholder = std::mem::replace(&mut *slot, table);
                drop(slot);
                drop(placeholder);
                let value = result?;
                if meddled {
                    return Err(PyErr::runtime_error("set changed size during iteration"));
                }
                Ok(value)
            }
        }
    }

    /// Adds `key` unless an equal key is there (`set_add_entry`).
    fn add_entry(&mut self, vm: &mut Vm, hash: i64, key: Value) -> PyResult<()> {
        match self {
            Target::Building(t) => {
                t.insert(hash, key.clone(), |stored| vm.eq_item(stored, &key))?;
            }
            Target::Live(o, cell) => {
                if find_live(vm, o, cell, hash, &key)?.is_none() {
                    o.get()
                        .write(*cell)
                        .map_err(set_write)?
                        .insert_absent(hash, key);
                }
            }
        }
        Ok(())
    }

    /// Removes the key equal to `key`; whether there was one
    /// (`set_discard_entry`).
    fn discard_entry(&mut self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<bool> {
        match self {
            Target::Building(t) => Ok(t.remove(hash, |stored| vm.eq_item(stored, key))?.is_some()),
            Target::Live(o, cell) => match find_live(vm, o, cell, hash, key)? {
                Some(slot) => {
                    let removed = o.get().write(*cell).map_err(set_write)?.remove_slot(slot);
                    Ok(removed.is_some())
                }
                None => Ok(false),
            },
        }
    }

    /// Removes the key equal to `key`, or adds `key` if there is none (one
    /// step of `symmetric_difference_update`).
    fn toggle(&mut self, vm: &mut Vm, hash: i64, key: Value) -> PyResult<()> {
        if !self.discard_entry(vm, hash, &key)? {
            self.add_entry(vm, hash, key)?;
        }
        Ok(())
    }
}

/// `set_update_internal`: adds every item of `other` (a set or frozenset
/// by [`SetTable::update_from_set`]; an exact dict's keys after
/// [`SetTable::presize_for_update`], with the dict's hashes; any other
/// iterable item by item). The caller skips `other` when it is the target.
fn update_from(vm: &mut Vm, target: &mut Target<'_>, other: &Value) -> PyResult<()> {
    if is_set_like(other) {
        return target.with_table(vm, |vm, t| {
            read_table(other, |theirs| {
                t.update_from_set(theirs, |a, b| vm.eq_item(a, b))
            })
            .unwrap_or(Ok(()))
        });
    }
    if let Some(entries) = dict_entries(other) {
        target.edit(|t| t.presize_for_update(entries.len()))?;
        for (key, hash) in entries {
            target.add_entry(vm, hash, key)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let hash = vm.hash(&key)?;
        target.add_entry(vm, hash, key)?;
    }
    Ok(())
}

/// A new table built as `set(other)` builds it.
fn table_of_iterable(vm: &mut Vm, other: &Value) -> PyResult<Table> {
    let mut table = Table::new();
    update_from(vm, &mut Target::Building(&mut table), other)?;
    Ok(table)
}

/// `set_intersection(base, other)` for an `other` that is not the object
/// `base` belongs to: [`SetTable::intersection`] for a set or frozenset;
/// otherwise the items of `other` that `base` holds, inserted in order,
/// stopping once the result is as long as `base`.
fn intersect(vm: &mut Vm, base: &Table, other: &Value) -> PyResult<Table> {
    if let Some(result) = read_table(other, |theirs| {
        base.intersection(theirs, |a, b| vm.eq_item(a, b))
    }) {
        return result;
    }
    let mut result = Table::new();
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let hash = vm.hash(&key)?;
        if base.contains(hash, |stored| vm.eq_item(stored, &key))? {
            result.insert(hash, key.clone(), |stored| vm.eq_item(stored, &key))?;
            if result.len() >= base.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// `set_intersection_multi`: `s & a & b …` folded left, `s.copy()` when
/// there are no arguments.
fn intersection_multi(vm: &mut Vm, s: &Value, others: &[Value]) -> PyResult<Table> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(copy_of(s));
    };
    let mut result = if first.is(s) {
        copy_of(s)
    } else {
        read_table(s, |base| intersect(vm, base, first)).unwrap_or_else(|| Ok(Table::new()))?
    };
    for other in rest {
        result = intersect(vm, &result, other)?;
    }
    Ok(result)
}

/// `set_difference(base, other)`: [`SetTable::difference`] for a set or
/// frozenset; for an exact dict, a walk of `base` keeping the keys the dict
/// lacks, unless `base` is more than 4 times longer; otherwise a copy of
/// `base` with the items of `other` removed.
fn difference_first(vm: &mut Vm, base: &Table, other: &Value) -> PyResult<Table> {
    if let Some(result) = read_table(other, |theirs| {
        base.difference(theirs, |a, b| vm.eq_item(a, b))
    }) {
        return result;
    }
    if let Some(n) = dict_len(other) {
        if (base.len() >> 2) <= n {
            let mut result = Table::new();
            for (key, hash) in base.iter() {
                if !dict_contains(vm, other, hash, key)? {
                    result.insert(hash, key.clone(), |stored| vm.eq_item(stored, key))?;
                }
            }
            return Ok(result);
        }
    }
    let mut result = base.copy();
    difference_update_from(vm, &mut Target::Building(&mut result), other, false)?;
    Ok(result)
}

/// `set_difference_update_internal`: clears the target if `other` is the
/// target itself; [`SetTable::difference_update`] for a set or frozenset;
/// otherwise removes the items of `other` one by one, then
/// [`SetTable::compact_after_difference_update`].
fn difference_update_from(
    vm: &mut Vm,
    target: &mut Target<'_>,
    other: &Value,
    other_is_target: bool,
) -> PyResult<()> {
    if other_is_target {
        return target.edit(|t| t.clear());
    }
    if is_set_like(other) {
        return target.with_table(vm, |vm, t| {
            read_table(other, |theirs| {
                t.difference_update(theirs, |a, b| vm.eq_item(a, b))
            })
            .unwrap_or(Ok(()))
        });
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let hash = vm.hash(&key)?;
        target.discard_entry(vm, hash, &key)?;
    }
    target.edit(|t| t.compact_after_difference_update())
}

/// `set_symmetric_difference_update`: clears the target if `other` is the
/// target itself; toggles an exact dict's keys in dict order (with the
/// dict's hashes); [`SetTable::symmetric_difference_update`] with a set or
/// frozenset, or with a table built from any other iterable.
fn symmetric_update_from(
    vm: &mut Vm,
    target: &mut Target<'_>,
    other: &Value,
    other_is_target: bool,
) -> PyResult<()> {
    if other_is_target {
        return target.edit(|t| t.clear());
    }
    if let Some(entries) = dict_entries(other) {
        for (key, hash) in entries {
            target.toggle(vm, hash, key)?;
        }
        return Ok(());
    }
    if is_set_like(other) {
        return target.with_table(vm, |vm, t| {
            read_table(other, |theirs| {
                t.symmetric_difference_update(theirs, |a, b| vm.eq_item(a, b))
            })
            .unwrap_or(Ok(()))
        });
    }
    let theirs = table_of_iterable(vm, other)?;
    target.with_table(vm, |vm, t| {
        t.symmetric_difference_update(&theirs, |a, b| vm.eq_item(a, b))
    })
}

/// `set_issubset` for a set or frozenset `b`: `a` is no longer than `b`
/// and each key of `a` is in `b`.
fn subset_of_set(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
    Ok(!find_key_in(vm, a, b, false)?)
}

// ---------------------------------------------------------------------------
// The methods.
// ---------------------------------------------------------------------------

/// `self` of a method of both `set` and `frozenset`.
fn any_set_self<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    let v = self_arg(name, args)?;
    if is_set_like(v) {
        Ok(v)
    } else {
        Err(wrong_self(vm, name, v))
    }
}

/// `self` of a mutating `set` method, refused at once if the set is frozen.
fn set_self<'a>(
    vm: &Vm,
    name: &str,
    args: &Args<'a>,
) -> PyResult<(&'a Value, &'a ObjRef, &'a RefCell<Table>)> {
    let v = self_arg(name, args)?;
    if let Value::Obj(o) = v {
        if let ObjKind::Set(cell) = o.kind() {
            drop(o.get().write(cell).map_err(set_write)?);
            return Ok((v, o, cell));
        }
    }
    Err(wrong_self(vm, name, v))
}

/// `set.add(x)`.
fn set_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = set_self(vm, "set.add", &args)?;
    let [key] = exact_args::<1>("set.add", args)?;
    let hash = vm.hash(key)?;
    Target::Live(o, cell).add_entry(vm, hash, key.clone())?;
    Ok(Value::None)
}

/// Removes `key` from the set; whether it was there. A `set` key that
/// cannot be hashed is looked up as the equal frozenset, as in CPython.
fn discard_key(vm: &mut Vm, o: &ObjRef, cell: &RefCell<Table>, key: &Value) -> PyResult<bool> {
    let mut target = Target::Live(o, cell);
    let first = vm
        .hash(key)
        .and_then(|hash| target.discard_entry(vm, hash, key));
    match first {
        Err(e) if e.matches(types().type_error) && matches!(key.kind(), Some(ObjKind::Set(_))) => {
            let frozen = Value::obj(ObjKind::FrozenSet(Box::new(copy_of(key))));
            let hash = vm.hash(&frozen)?;
            target.discard_entry(vm, hash, &frozen)
        }
        other => other,
    }
}

/// `set.remove(x)`: `KeyError(x)` when absent.
fn set_remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = set_self(vm, "set.remove", &args)?;
    let [key] = exact_args::<1>("set.remove", args)?;
    if discard_key(vm, o, cell, key)? {
        Ok(Value::None)
    } else {
        Err(PyErr::key_error(key.clone()))
    }
}

/// `set.discard(x)`.
fn set_discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = set_self(vm, "set.discard", &args)?;
    let [key] = exact_args::<1>("set.discard", args)?;
    discard_key(vm, o, cell, key)?;
    Ok(Value::None)
}

/// `set.pop()`: [`SetTable::pop`]; `KeyError` when empty.
fn set_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = set_self(vm, "set.pop", &args)?;
    method_args("set.pop", args, 0, 0)?;
    let key = o.get().write(cell).map_err(set_write)?.pop();
    key.ok_or_else(|| PyErr::key_error(str_value("pop from an empty set")))
}

/// `set.clear()`.
fn set_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = set_self(vm, "set.clear", &args)?;
    method_args("set.clear", args, 0, 0)?;
    o.get().write(cell).map_err(set_write)?.clear();
    Ok(Value::None)
}

/// `set.copy()` / `frozenset.copy()`: [`SetTable::copy`]; a frozenset
/// returns itself.
fn set_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = any_set_self(vm, "set.copy", &args)?;
    method_args("set.copy", args, 0, 0)?;
    if matches!(s.kind(), Some(ObjKind::FrozenSet(_))) {
        return Ok(s.clone());
    }
    Ok(same_kind(s, copy_of(s)))
}

/// `set.update(*others)`.
fn set_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, o, cell) = set_self(vm, "set.update", &args)?;
    for other in method_args("set.update", args, 0, usize::MAX)? {
        if !other.is(s) {
            update_from(vm, &mut Target::Live(o, cell), other)?;
        }
    }
    Ok(Value::None)
}

/// `set.union(*others)`: a copy of `self`, then one update per argument
/// (arguments that are `self` are skipped).
fn set_union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = any_set_self(vm, "set.union", &args)?;
    let others = method_args("set.union", args, 0, usize::MAX)?;
    let mut result = copy_of(s);
    for other in others {
        if !other.is(s) {
            update_from(vm, &mut Target::Building(&mut result), other)?;
        }
    }
    Ok(same_kind(s, result))
}

/// `set.intersection(*others)`.
fn set_intersection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = any_set_self(vm, "set.intersection", &args)?;
    let others = method_args("set.intersection", args, 0, usize::MAX)?;
    let result = intersection_multi(vm, s, others)?;
    Ok(same_kind(s, result))
}

/// `set.intersection_update(*others)`: the intersection, laid out as
/// `intersection` lays it out, replaces the contents (the `pop` finger is
/// kept).
fn set_intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, o, cell) = set_self(vm, "set.intersection_update", &args)?;
    let others = method_args("set.intersection_update", args, 0, usize::MAX)?;
    let result = intersection_multi(vm, s, others)?;
    o.get()
        .write(cell)
        .map_err(set_write)?
        .replace_contents(result);
    Ok(Value::None)
}

/// `set.difference(*others)`: the first argument by `set_difference`, the
/// rest by `difference_update` on the result.
fn set_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = any_set_self(vm, "set.difference", &args)?;
    let others = method_args("set.difference", args, 0, usize::MAX)?;
    let Some((first, rest)) = others.split_first() else {
        return Ok(same_kind(s, copy_of(s)));
    };
    let mut result = read_table(s, |base| difference_first(vm, base, first))
        .unwrap_or_else(|| Ok(Table::new()))?;
    for other in rest {
        difference_update_from(vm, &mut Target::Building(&mut result), other, false)?;
    }
    Ok(same_kind(s, result))
}

/// `set.difference_update(*others)`.
fn set_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, o, cell) = set_self(vm, "set.difference_update", &args)?;
    for other in method_args("set.difference_update", args, 0, usize::MAX)? {
        difference_update_from(vm, &mut Target::Live(o, cell), other, other.is(s))?;
    }
    Ok(Value::None)
}

/// `set.symmetric_difference(other)`: a set built from `other` as `set()`
/// builds it, then `symmetric_difference_update` with `self` (CPython's
/// order, which shows in the layout).
fn set_symmetric_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = any_set_self(vm, "set.symmetric_difference", &args)?;
    let [other] = exact_args::<1>("set.symmetric_difference", args)?;
    let mut result = table_of_iterable(vm, other)?;
    read_table(s, |mine| {
        result.symmetric_difference_update(mine, |a, b| vm.eq_item(a, b))
    })
    .unwrap_or(Ok(()))?;
    Ok(same_kind(s, result))
}

/// `set.symmetric_difference_update(other)`.
fn set_symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, o, cell) = set_self(vm, "set.symmetric_difference_update", &args)?;
    let [other] = exact_args::<1>("set.symmetric_difference_update", args)?;
    symmetric_update_from(vm, &mut Target::Live(o, cell), other, other.is(s))?;
    Ok(Value::None)
}

/// `set.issubset(other)`: for a non-set `other`, whether the intersection
/// with it is as long as `self`.
fn set_issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = any_set_self(vm, "set.issubset", &args)?;
    let [other] = exact_args::<1>("set.issubset", args)?;
    if is_set_like(other) {
        return Ok(Value::Bool(subset_of_set(vm, s, other)?));
    }
    let common =
        read_table(s, |base| intersect(vm, base, other).map(|t| t.len())).unwrap_or(Ok(0))?;
    Ok(Value::Bool(common == set_len(s)))
}

/// `set.issuperset(other)`: for a non-set `other`, whether each of its
/// items (taken one at a time, stopping at the first missing) is in `self`.
fn set_issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = any_set_self(vm, "set.issuperset", &args)?;
    let [other] = exact_args::<1>("set.issuperset", args)?;
    if is_set_like(other) {
        return Ok(Value::Bool(subset_of_set(vm, other, s)?));
    }
    Ok(Value::Bool(!find_item_in(vm, other, s, false)?))
}

/// `set.isdisjoint(other)`: for a set or frozenset, the shorter one is
/// walked and looked up in the other.
fn set_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = any_set_self(vm, "set.isdisjoint", &args)?;
    let [other] = exact_args::<1>("set.isdisjoint", args)?;
    if other.is(s) {
        return Ok(Value::Bool(set_len(s) == 0));
    }
    if is_set_like(other) {
        let (walked, searched) = if set_len(other) > set_len(s) {
            (s, other)
        } else {
            (other, s)
        };
        return Ok(Value::Bool(!find_key_in(vm, walked, searched, true)?));
    }
    Ok(Value::Bool(!find_item_in(vm, other, s, true)?))
}
