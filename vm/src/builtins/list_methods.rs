//! The methods of `list`, `tuple` and `range`, and the argument helpers
//! that the container method files (`dict_methods`, `set_methods`) share.
//!
//! `list.sort` is CPython 3.11's timsort (`Objects/listobject.c`), ported
//! comparison for comparison (module `listsort` below): a stable sort gives the
//! same result as CPython only when `<` is a total order, and lists of
//! floats with NaNs, or user classes with inconsistent `__lt__`, are not.
//! (The standard library's `sort_by` is also allowed to panic on such
//! orders, which Python code must never be able to cause.)

use super::args::{check_positional, parse_args, rest, self_arg};
use super::new_list;
use crate::compiler::bytecode::CmpOp;
use crate::error::{PyErr, PyResult};
use crate::interp::ops::{plain_order, range_len};
use crate::interp::Vm;
use crate::object::{ObjKind, WriteError};
use crate::objects::function::{Args, NativeFn};
use crate::objects::list::ListCell;
use crate::value::{ObjRef, Value};
use num_bigint::Sign;

/// The native methods of `list`.
pub static LIST_METHODS: &[(&str, NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", list_index),
    ("count", list_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("clear", list_clear),
];

/// The native methods of `tuple`.
pub static TUPLE_METHODS: &[(&str, NativeFn)] = &[("index", tuple_index), ("count", tuple_count)];

/// The native methods of `range`.
pub static RANGE_METHODS: &[(&str, NativeFn)] = &[("index", range_index), ("count", range_count)];

// ---------------------------------------------------------------------------
// Argument helpers shared by the container method files.
// ---------------------------------------------------------------------------

/// CPython's error for a method called on the wrong type of `self`
/// (`list.append(3, 4)`). `name` is `type.method`.
pub(crate) fn wrong_self(vm: &Vm, name: &str, v: &Value) -> PyErr {
    let (owner, method) = name.split_once('.').unwrap_or(("object", name));
    PyErr::type_error(format!(
        "descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object",
        vm.type_name(v)
    ))
}

/// The positional arguments after `self`, checked to number `min..=max`,
/// with no keywords.
#[inline]
pub(crate) fn method_args<'a>(
    name: &str,
    args: Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let after = rest(args);
    check_positional(name, after, min, max)?;
    Ok(after.pos)
}

/// Exactly `N` positional arguments after `self`, and no keywords.
#[inline]
pub(crate) fn exact_args<'a, const N: usize>(
    name: &str,
    args: Args<'a>,
) -> PyResult<&'a [Value; N]> {
    if args.kw.is_empty() {
        if let Some(Ok(exact)) = args.pos.get(1..).map(<&[Value; N]>::try_from) {
            return Ok(exact);
        }
    }
    Err(exact_args_error(name, args, N))
}

/// Why [`exact_args`] refused `args`: the error `method_args` gives.
#[cold]
#[inline(never)]
fn exact_args_error(name: &str, args: Args<'_>, n: usize) -> PyErr {
    match method_args(name, args, n, n) {
        Err(e) => e,
        Ok(pos) => PyErr::type_error(format!(
            "{name}() takes exactly {n} arguments ({} given)",
            pos.len()
        )),
    }
}

/// The first of the checked positional arguments (its presence was
/// checked by [`method_args`] with `min >= 1`).
pub(crate) fn first_arg<'a>(name: &str, pos: &'a [Value]) -> PyResult<(&'a Value, &'a [Value])> {
    pos.split_first()
        .ok_or_else(|| PyErr::type_error(format!("{name}() takes at least 1 argument (0 given)")))
}

/// An index argument converted as CPython's `Py_ssize_t` converter does:
/// `__index__` is honoured and an int too big is an `OverflowError`.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(ObjKind::BigInt(_)) = v.kind() {
        return Err(PyErr::overflow(
            "Python int too large to convert to C ssize_t",
        ));
    }
    vm.index_of(v)
}

/// A `start`/`stop` argument of `index()` (`_PyEval_SliceIndexNotNone`):
/// an int or an object with `__index__`; ints beyond 64 bits are clamped.
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let not_index =
        || PyErr::type_error("slice indices must be integers or have an __index__ method");
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Obj(o) => match o.kind() {
            ObjKind::BigInt(b) if b.sign() == Sign::Minus => Ok(i64::MIN),
            ObjKind::BigInt(_) => Ok(i64::MAX),
            ObjKind::Instance(_) | ObjKind::Native(_)
                if vm.lookup_type_attr(v, "__index__").is_some() =>
            {
                vm.index_of(v)
            }
            _ => Err(not_index()),
        },
        _ => Err(not_index()),
    }
}

// ---------------------------------------------------------------------------
// Sequences: what list and tuple share.
// ---------------------------------------------------------------------------

/// The error for a refused write to a list.
fn list_write(e: WriteError) -> PyErr {
    PyErr::from_write(e, "list")
}

/// A list, its object and its items.
type ListParts<'a> = (&'a Value, &'a ObjRef, &'a ListCell);

/// `self` of a list method: the value, the object and its items.
#[inline]
fn list_self<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> PyResult<ListParts<'a>> {
    let v = self_arg(name, args)?;
    if let Value::Obj(o) = v {
        if let ObjKind::List(cell) = o.kind() {
            return Ok((v, o, cell));
        }
    }
    Err(wrong_self(vm, name, v))
}

/// `self` of a mutating list method, refused at once if the list is frozen.
fn writable_list<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> PyResult<ListParts<'a>> {
    let (v, o, cell) = list_self(vm, name, args)?;
    drop(o.get().write(cell).map_err(list_write)?);
    Ok((v, o, cell))
}

/// `self` of a tuple method.
fn tuple_self<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    let v = self_arg(name, args)?;
    match v.kind() {
        Some(ObjKind::Tuple(_)) => Ok(v),
        _ => Err(wrong_self(vm, name, v)),
    }
}

/// The item at `i` of a list or tuple, read afresh (a comparison may have
/// changed the list, so CPython re-reads it at every step).
fn seq_item(seq: &Value, i: usize) -> Option<Value> {
    let o = seq.as_obj()?;
    match o.kind() {
        ObjKind::List(cell) => o.get().read(cell).get(i).cloned(),
        ObjKind::Tuple(items) => items.get(i).cloned(),
        _ => None,
    }
}

/// The current length of a list or tuple.
fn seq_len(seq: &Value) -> usize {
    match seq.as_obj() {
        Some(o) => match o.kind() {
            ObjKind::List(cell) => o.get().read(cell).len(),
            ObjKind::Tuple(items) => items.len(),
            _ => 0,
        },
        None => 0,
    }
}

/// The first index in `start..stop` whose item equals `value` (the item
/// compared first, identity before `==`, as `PyObject_RichCompareBool`).
fn find_index(
    vm: &mut Vm,
    seq: &Value,
    value: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = seq_item(seq, i) else { break };
        if vm.eq_item(&item, value)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `seq.index(value[, start[, stop]])` for a list or tuple: the index
/// found, or `None` (each type words its own error).
fn seq_index(
    vm: &mut Vm,
    name: &str,
    seq: &Value,
    args: Args<'_>,
) -> PyResult<(Option<usize>, Value)> {
    let pos = method_args(name, args, 1, 3)?;
    let (value, bounds) = first_arg(name, pos)?;
    let start = match bounds.first() {
        Some(v) => slice_index(vm, v)?,
        None => 0,
    };
    let stop = match bounds.get(1) {
        Some(v) => slice_index(vm, v)?,
        None => i64::MAX,
    };
    // The length is read after the conversions, which may run `__index__`.
    let len = i64::try_from(seq_len(seq)).unwrap_or(i64::MAX);
    let clamp = |i: i64| -> usize {
        let i = if i < 0 { (i + len).max(0) } else { i };
        usize::try_from(i).unwrap_or(usize::MAX)
    };
    let found = find_index(vm, seq, value, clamp(start), clamp(stop))?;
    Ok((found, value.clone()))
}

/// `seq.count(value)` for a list or tuple.
fn seq_count(vm: &mut Vm, name: &str, seq: &Value, args: Args<'_>) -> PyResult<Value> {
    let [value] = exact_args::<1>(name, args)?;
    let mut count = 0i64;
    let mut i = 0;
    while let Some(item) = seq_item(seq, i) {
        if vm.eq_item(&item, value)? {
            count += 1;
        }
        i += 1;
    }
    Ok(Value::Int(count))
}

// ---------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------

/// `list.append(x)`.
fn list_append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = list_self(vm, "list.append", &args)?;
    let [item] = exact_args::<1>("list.append", args)?;
    o.get().list_push(cell, item.clone()).map_err(list_write)?;
    Ok(Value::None)
}

/// `list.extend(iterable)`: a list or tuple (or the list itself) is read
/// whole first; any other iterable is appended item by item, so that code
/// run by the iterator sees the list grow, as in CPython.
fn list_extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = writable_list(vm, "list.extend", &args)?;
    let [iterable] = exact_args::<1>("list.extend", args)?;
    if matches!(iterable.kind(), Some(ObjKind::List(_) | ObjKind::Tuple(_))) {
        let items = vm.collect(iterable)?;
        o.get().write(cell).map_err(list_write)?.extend(items);
        return Ok(Value::None);
    }
    let it = vm.get_iter(iterable)?;
    while let Some(item) = vm.next(&it)? {
        let mut items = o.get().write(cell).map_err(list_write)?;
        if items.len() == items.capacity() {
            vm.check_alloc(items.len() + 1, std::mem::size_of::<Value>())?;
        }
        items.push(item);
    }
    Ok(Value::None)
}

/// `list.insert(index, x)`: the index is clamped to the list.
fn list_insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = writable_list(vm, "list.insert", &args)?;
    let [index, item] = exact_args::<2>("list.insert", args)?;
    let index = ssize_arg(vm, index)?;
    let mut items = o.get().write(cell).map_err(list_write)?;
    let n = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let at = if index < 0 {
        (index + n).max(0)
    } else {
        index.min(n)
    };
    let at = usize::try_from(at).unwrap_or(items.len()).min(items.len());
    items.insert(at, item.clone());
    Ok(Value::None)
}

/// `list.pop([index])`.
fn list_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = writable_list(vm, "list.pop", &args)?;
    let pos = method_args("list.pop", args, 0, 1)?;
    let index = match pos.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = o.get().write(cell).map_err(list_write)?;
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let n = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let i = if index < 0 { index + n } else { index };
    match usize::try_from(i) {
        Ok(i) if i < items.len() => Ok(items.remove(i)),
        _ => Err(PyErr::index_error("pop index out of range")),
    }
}

/// `list.remove(x)`: removes the first item equal to `x`.
fn list_remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, o, cell) = writable_list(vm, "list.remove", &args)?;
    let [value] = exact_args::<1>("list.remove", args)?;
    let Some(i) = find_index(vm, list, value, 0, usize::MAX)? else {
        return Err(PyErr::value_error("list.remove(x): x not in list"));
    };
    // The last comparison may have shrunk the list: CPython's slice
    // deletion then removes nothing.
    let removed = {
        let mut items = o.get().write(cell).map_err(list_write)?;
        (i < items.len()).then(|| items.remove(i))
    };
    drop(removed);
    Ok(Value::None)
}

/// `list.index(x[, start[, stop]])`.
fn list_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, _, _) = list_self(vm, "list.index", &args)?;
    match seq_index(vm, "list.index", list, args)? {
        (Some(i), _) => Ok(Value::Int(i64::try_from(i).unwrap_or(i64::MAX))),
        (None, value) => {
            let shown = vm.repr(&value)?;
            Err(PyErr::value_error(format!("{shown} is not in list")))
        }
    }
}

/// `list.count(x)`.
fn list_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, _, _) = list_self(vm, "list.count", &args)?;
    seq_count(vm, "list.count", list, args)
}

/// `list.reverse()`.
fn list_reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = list_self(vm, "list.reverse", &args)?;
    method_args("list.reverse", args, 0, 0)?;
    o.get().write(cell).map_err(list_write)?.reverse();
    Ok(Value::None)
}

/// `list.copy()`: a shallow copy.
fn list_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = list_self(vm, "list.copy", &args)?;
    method_args("list.copy", args, 0, 0)?;
    let items = o.get().read(cell).to_vec();
    Ok(new_list(items))
}

/// `list.clear()`.
fn list_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = list_self(vm, "list.clear", &args)?;
    method_args("list.clear", args, 0, 0)?;
    let old = std::mem::take(&mut *o.get().write(cell).map_err(list_write)?);
    drop(old);
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`.
///
/// As in CPython, the items are taken out of the list while the sort runs
/// (code run by `key` or `__lt__` sees an empty list), each key is computed
/// once, the sort is stable (`reverse` reverses, sorts, reverses again), the
/// first error stops it, and the items go back into the list in whatever
/// order the sort had reached. A list changed during the sort raises
/// `ValueError("list modified during sort")`, and the change is discarded.
fn list_sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, o, cell) = writable_list(vm, "list.sort", &args)?;
    let after = rest(args);
    if !after.pos.is_empty() {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let parsed = parse_args("sort", after, &["key", "reverse"], 0)?;
    let key = parsed.first().cloned().flatten().filter(|k| !k.is_none());
    let reverse = match parsed.get(1).and_then(Option::as_ref) {
        Some(flag) => ssize_arg(vm, flag)? != 0,
        None => false,
    };
    // An empty Vec has no allocation: any push while the sort runs gives
    // the list a capacity, which is how a change is detected afterwards.
    let items = std::mem::take(&mut *o.get().write(cell).map_err(list_write)?);
    let (items, outcome) = sort_items(vm, items, key.as_ref(), reverse);
    let meddled = {
        let mut slot = o.get().write(cell).map_err(list_write)?;
        let meddled = slot.capacity() != 0;
        let discarded = std::mem::replace(&mut *slot, items);
        drop(slot);
        drop(discarded);
        meddled
    };
    outcome?;
    if meddled {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// Sorts `items` as `list.sort` does; returns them — sorted, or in the
/// order reached when a key function or a comparison raised (the original
/// order if a key function raised) — with the outcome.
pub(crate) fn sort_items(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> (Vec<Value>, PyResult<()>) {
    let keys = match key {
        None => None,
        Some(func) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in &items {
                match vm.call(func, std::slice::from_ref(item), &[]) {
                    Ok(k) => keys.push(k),
                    Err(e) => return (items, Err(e)),
                }
            }
            Some(keys)
        }
    };
    // The sort permutes indices; keys and items follow at the end.
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let outcome = {
        let cmp_keys: &[Value] = keys.as_deref().unwrap_or(&items);
        // All ints or all floats: `<` runs no Python code and cannot fail,
        // so compare the numbers directly (CPython's `unsafe_long_compare`
        // and `unsafe_float_compare`; the same answers, NaNs included).
        // Every comparison counts as a native step, so that a long sort
        // still meets the time budget and cancellation.
        if let Some(ints) = cmp_keys
            .iter()
            .map(|k| match k {
                Value::Int(i) => Some(*i),
                _ => None,
            })
            .collect::<Option<Vec<i64>>>()
        {
            listsort::sort(&mut order, |a, b| {
                vm.native_step()?;
                Ok::<bool, PyErr>(matches!((ints.get(a), ints.get(b)), (Some(x), Some(y)) if x < y))
            })
        } else if let Some(floats) = cmp_keys
            .iter()
            .map(|k| match k {
                Value::Float(f) => Some(*f),
                _ => None,
            })
            .collect::<Option<Vec<f64>>>()
        {
            listsort::sort(&mut order, |a, b| {
                vm.native_step()?;
                Ok::<bool, PyErr>(
                    matches!((floats.get(a), floats.get(b)), (Some(x), Some(y)) if x < y),
                )
            })
        } else {
            listsort::sort(&mut order, |a, b| {
                let (Some(x), Some(y)) = (cmp_keys.get(a), cmp_keys.get(b)) else {
                    return Ok(false);
                };
                vm.native_step()?;
                // Keys of strs and tuples of plain values order without
                // the general comparison and its bool object.
                if let Some(order) = plain_order(x, y, 0) {
                    return Ok(order == std::cmp::Ordering::Less);
                }
                let r = vm.compare(CmpOp::Lt, x, y)?;
                vm.truthy(&r)
            })
        }
    };
    if reverse {
        order.reverse();
    }
    drop(keys);
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    let sorted = order
        .iter()
        .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
        .collect();
    (sorted, outcome)
}

// ---------------------------------------------------------------------------
// tuple
// ---------------------------------------------------------------------------

/// `tuple.index(x[, start[, stop]])`.
fn tuple_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let tuple = tuple_self(vm, "tuple.index", &args)?;
    match seq_index(vm, "tuple.index", tuple, args)? {
        (Some(i), _) => Ok(Value::Int(i64::try_from(i).unwrap_or(i64::MAX))),
        (None, _) => Err(PyErr::value_error("tuple.index(x): x not in tuple")),
    }
}

/// `tuple.count(x)`.
fn tuple_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let tuple = tuple_self(vm, "tuple.count", &args)?;
    seq_count(vm, "tuple.count", tuple, args)
}

// ---------------------------------------------------------------------------
// range
// ---------------------------------------------------------------------------

/// `self` of a range method: its start, stop and step.
fn range_self(vm: &Vm, name: &str, args: &Args<'_>) -> PyResult<(i64, i64, i64)> {
    let v = self_arg(name, args)?;
    match v.kind() {
        Some(ObjKind::Range { start, stop, step }) => Ok((*start, *stop, *step)),
        _ => Err(wrong_self(vm, name, v)),
    }
}

/// How `range.index` / `range.count` treat their argument: an `int` (or
/// `bool`) is located arithmetically; anything else is compared with every
/// item, as CPython's `_PySequence_IterSearch` does.
enum RangeProbe {
    /// An int that fits in 64 bits.
    Int(i64),
    /// An int beyond 64 bits: never in a range.
    Huge,
    /// Anything else.
    Other,
}

/// Classifies the argument of `range.index` / `range.count`.
fn range_probe(v: &Value) -> RangeProbe {
    match v {
        Value::Int(i) => RangeProbe::Int(*i),
        Value::Bool(b) => RangeProbe::Int(i64::from(*b)),
        Value::Obj(o) if matches!(o.kind(), ObjKind::BigInt(_)) => RangeProbe::Huge,
        _ => RangeProbe::Other,
    }
}

/// The index of `x` in the range, if it is in it.
fn range_position((start, stop, step): (i64, i64, i64), x: i64) -> Option<i64> {
    if step == 0 {
        return None;
    }
    let (start, stop, step, x) = (
        i128::from(start),
        i128::from(stop),
        i128::from(step),
        i128::from(x),
    );
    let inside = if step > 0 {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    if inside && (x - start) % step == 0 {
        i64::try_from((x - start) / step).ok()
    } else {
        None
    }
}

/// Compares every item of the range with `x` (the item first); returns the
/// number of matches and the first matching index, stopping at the first
/// match when `first_only`.
fn range_scan(
    vm: &mut Vm,
    (start, stop, step): (i64, i64, i64),
    x: &Value,
    first_only: bool,
) -> PyResult<(i64, Option<i64>)> {
    let len = range_len(start, stop, step);
    let mut count = 0i64;
    let mut first = None;
    let mut item = i128::from(start);
    for k in 0..len {
        if k % 65536 == 65535 {
            vm.check_interrupt()?;
        }
        let Ok(value) = i64::try_from(item) else {
            break;
        };
        if vm.eq_item(&Value::Int(value), x)? {
            count += 1;
            if first.is_none() {
                first = i64::try_from(k).ok();
            }
            if first_only {
                break;
            }
        }
        item += i128::from(step);
    }
    Ok((count, first))
}

/// `range.index(x)`.
fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let range = range_self(vm, "range.index", &args)?;
    let [x] = exact_args::<1>("range.index", args)?;
    let found = match range_probe(x) {
        RangeProbe::Int(i) => range_position(range, i),
        RangeProbe::Huge => None,
        RangeProbe::Other => {
            return match range_scan(vm, range, x, true)?.1 {
                Some(i) => Ok(Value::Int(i)),
                None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
            }
        }
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
        None => {
            let shown = vm.repr(x)?;
            Err(PyErr::value_error(format!("{shown} is not in range")))
        }
    }
}

/// `range.count(x)`.
fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let range = range_self(vm, "range.count", &args)?;
    let [x] = exact_args::<1>("range.count", args)?;
    Ok(Value::Int(match range_probe(x) {
        RangeProbe::Int(i) => i64::from(range_position(range, i).is_some()),
        RangeProbe::Huge => 0,
        RangeProbe::Other => range_scan(vm, range, x, false)?.0,
    }))
}

// ---------------------------------------------------------------------------
// The sort.
// ---------------------------------------------------------------------------

/// CPython 3.11's list sort (`listsort` in `Objects/listobject.c`, and
/// `Objects/listsort.txt`): natural runs extended to `minrun` by binary
/// insertion, merged by the powersort policy, with galloping merges.
///
/// It is ported step for step so that it makes the same comparisons in the
/// same order as CPython: then a `__lt__` that is not a total order (NaNs,
/// user classes) gives CPython's result, user comparisons with side effects
/// run in CPython's order, and an exception stops the sort at the same
/// point, leaving the same permutation. The sort works on a slice of `Copy`
/// values (the caller sorts indices); it never panics, whatever the
/// comparison answers.
mod listsort {
    /// When galloping starts (`MIN_GALLOP`).
    const MIN_GALLOP: usize = 7;

    /// A pending run: `len` sorted values from `base`.
    #[derive(Clone, Copy)]
    struct Run {
        base: usize,
        len: usize,
        /// Its node level in the powersort merge tree.
        power: u32,
    }

    /// The state of one sort (CPython's `MergeState`).
    struct MergeState<'f, T, F> {
        lt: &'f mut F,
        min_gallop: usize,
        listlen: usize,
        pending: Vec<Run>,
        /// Temporary storage for a merge.
        tmp: Vec<T>,
    }

    /// Returns from the enclosing labelled block with the error of a failed
    /// comparison.
    macro_rules! tri {
        ($e:expr, $label:lifetime) => {
            match $e {
                Ok(v) => v,
                Err(e) => break $label Err(e),
            }
        };
    }

    /// Sorts `v` in place with the "less than" test `lt`. On error the
    /// slice holds a permutation of its input.
    pub(super) fn sort<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(
        v: &mut [T],
        mut lt: F,
    ) -> Result<(), E> {
        let n = v.len();
        if n < 2 {
            return Ok(());
        }
        let mut ms = MergeState {
            lt: &mut lt,
            min_gallop: MIN_GALLOP,
            listlen: n,
            pending: Vec::new(),
            tmp: Vec::new(),
        };
        let minrun = compute_minrun(n);
        let mut lo = 0;
        while lo < n {
            let (mut run, descending) = count_run(ms.lt, &v[lo..])?;
            if descending {
                v[lo..lo + run].reverse();
            }
            if run < minrun {
                let force = (n - lo).min(minrun);
                binarysort(ms.lt, &mut v[lo..lo + force], run)?;
                run = force;
            }
            ms.found_new_run(v, run)?;
            ms.pending.push(Run {
                base: lo,
                len: run,
                power: 0,
            });
            lo += run;
        }
        ms.force_collapse(v)
    }

    /// `merge_compute_minrun`.
    fn compute_minrun(mut n: usize) -> usize {
        let mut r = 0;
        while n >= 64 {
            r |= n & 1;
            n >>= 1;
        }
        n + r
    }

    /// `count_run`: the length of the run at the start of `a` (not empty),
    /// and whether it is strictly descending.
    fn count_run<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(
        lt: &mut F,
        a: &[T],
    ) -> Result<(usize, bool), E> {
        if a.len() < 2 {
            return Ok((a.len(), false));
        }
        let mut n = 2;
        if lt(a[1], a[0])? {
            while n < a.len() && lt(a[n], a[n - 1])? {
                n += 1;
            }
            Ok((n, true))
        } else {
            while n < a.len() && !lt(a[n], a[n - 1])? {
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// `binarysort`: sorts `a` by binary insertion, `a[..start]` being
    /// sorted already. On error nothing has moved for the current item.
    fn binarysort<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(
        lt: &mut F,
        a: &mut [T],
        start: usize,
    ) -> Result<(), E> {
        let mut start = start.max(1);
        while start < a.len() {
            let pivot = a[start];
            let (mut l, mut r) = (0, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if lt(pivot, a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            a.copy_within(l..start, l + 1);
            a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// `gallop_left`: the `k` in `0..=a.len()` with `a[k-1] < key <= a[k]`,
    /// searching from `hint`. `a` is not empty.
    fn gallop_left<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(
        lt: &mut F,
        key: T,
        a: &[T],
        hint: usize,
    ) -> Result<usize, E> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let at = |i: isize| a[i as usize];
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if lt(at(hint), key)? {
            // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
            let maxofs = n - hint;
            while ofs < maxofs {
                if lt(at(hint + ofs), key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
            let maxofs = hint + 1;
            while ofs < maxofs {
                if lt(at(hint - ofs), key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        // a[lastofs] < key <= a[ofs]: binary search in between.
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if lt(at(m), key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// `gallop_right`: the `k` in `0..=a.len()` with `a[k-1] <= key < a[k]`,
    /// searching from `hint`. `a` is not empty.
    fn gallop_right<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(
        lt: &mut F,
        key: T,
        a: &[T],
        hint: usize,
    ) -> Result<usize, E> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let at = |i: isize| a[i as usize];
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if lt(key, at(hint))? {
            // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
            let maxofs = hint + 1;
            while ofs < maxofs {
                if lt(key, at(hint - ofs))? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
            let maxofs = n - hint;
            while ofs < maxofs {
                if lt(key, at(hint + ofs))? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        }
        // a[lastofs] <= key < a[ofs]: binary search in between.
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if lt(key, at(m))? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    /// `powerloop`: the power of the run boundary between a run of `n1`
    /// at `s1` and the next run of `n2`, in a list of `n`.
    fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
        let mut result = 0;
        let mut a = 2 * s1 + n1;
        let mut b = a + n1 + n2;
        loop {
            result += 1;
            if a >= n {
                a -= n;
                b -= n;
            } else if b >= n {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        result
    }

    impl<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>> MergeState<'_, T, F> {
        /// `found_new_run`: merges pending runs of greater power than the
        /// boundary before a new run of `n2`.
        fn found_new_run(&mut self, v: &mut [T], n2: usize) -> Result<(), E> {
            let Some(top) = self.pending.last() else {
                return Ok(());
            };
            let power = powerloop(top.base, top.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(v, self.pending.len() - 2)?;
            }
            if let Some(top) = self.pending.last_mut() {
                top.power = power;
            }
            Ok(())
        }

        /// `merge_force_collapse`: merges every pending run.
        fn force_collapse(&mut self, v: &mut [T]) -> Result<(), E> {
            while self.pending.len() > 1 {
                let mut n = self.pending.len() - 2;
                if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                    n -= 1;
                }
                self.merge_at(v, n)?;
            }
            Ok(())
        }

        /// `merge_at`: merges pending runs `i` and `i + 1`.
        fn merge_at(&mut self, v: &mut [T], i: usize) -> Result<(), E> {
            let (a, b) = (self.pending[i], self.pending[i + 1]);
            self.pending[i].len = a.len + b.len;
            self.pending.remove(i + 1);
            // Where does b start in a? Values of a before that are in place.
            let k = gallop_right(self.lt, v[b.base], &v[a.base..a.base + a.len], 0)?;
            let (base_a, na) = (a.base + k, a.len - k);
            if na == 0 {
                return Ok(());
            }
            // Where does a end in b? Values of b after that are in place.
            let nb = gallop_left(
                self.lt,
                v[base_a + na - 1],
                &v[b.base..b.base + b.len],
                b.len - 1,
            )?;
            if nb == 0 {
                return Ok(());
            }
            if na <= nb {
                self.merge_lo(v, base_a, na, nb)
            } else {
                self.merge_hi(v, base_a, na, nb)
            }
        }

        /// `merge_lo`: merges the `na` values at `pa` with the `nb` after
        /// them, `na <= nb`, through a copy of the first run.
        fn merge_lo(
            &mut self,
            v: &mut [T],
            pa: usize,
            mut na: usize,
            mut nb: usize,
        ) -> Result<(), E> {
            self.tmp.clear();
            self.tmp.extend_from_slice(&v[pa..pa + na]);
            let (mut dest, mut ia, mut ib) = (pa, 0usize, pa + na);
            v[dest] = v[ib];
            dest += 1;
            ib += 1;
            nb -= 1;
            // Ok(true): "CopyB"; Ok(false): "Succeed".
            let outcome: Result<bool, E> = if nb == 0 {
                Ok(false)
            } else if na == 1 {
                Ok(true)
            } else {
                let mut min_gallop = self.min_gallop;
                'merge: loop {
                    let (mut acount, mut bcount) = (0usize, 0usize);
                    // Straightforward merging until one run wins consistently.
                    loop {
                        if tri!((self.lt)(v[ib], self.tmp[ia]), 'merge) {
                            v[dest] = v[ib];
                            dest += 1;
                            ib += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(false);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        } else {
                            v[dest] = self.tmp[ia];
                            dest += 1;
                            ia += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Ok(true);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                    // Gallop while either run keeps winning.
                    min_gallop += 1;
                    loop {
                        min_gallop -= usize::from(min_gallop > 1);
                        self.min_gallop = min_gallop;
                        let k =
                            tri!(gallop_right(self.lt, v[ib], &self.tmp[ia..ia + na], 0), 'merge);
                        acount = k;
                        if k > 0 {
                            v[dest..dest + k].copy_from_slice(&self.tmp[ia..ia + k]);
                            dest += k;
                            ia += k;
                            na -= k;
                            if na == 1 {
                                break 'merge Ok(true);
                            }
                            // na == 0 only with an inconsistent comparison.
                            if na == 0 {
                                break 'merge Ok(false);
                            }
                        }
                        v[dest] = v[ib];
                        dest += 1;
                        ib += 1;
                        nb -= 1;
                        if nb == 0 {
                            break 'merge Ok(false);
                        }
                        let k =
                            tri!(gallop_left(self.lt, self.tmp[ia], &v[ib..ib + nb], 0), 'merge);
                        bcount = k;
                        if k > 0 {
                            v.copy_within(ib..ib + k, dest);
                            dest += k;
                            ib += k;
                            nb -= k;
                            if nb == 0 {
                                break 'merge Ok(false);
                            }
                        }
                        v[dest] = self.tmp[ia];
                        dest += 1;
                        ia += 1;
                        na -= 1;
                        if na == 1 {
                            break 'merge Ok(true);
                        }
                        if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                            break;
                        }
                    }
                    min_gallop += 1;
                    self.min_gallop = min_gallop;
                }
            };
            match outcome {
                Ok(true) => {
                    // The last value of a belongs at the end of the merge.
                    v.copy_within(ib..ib + nb, dest);
                    v[dest + nb] = self.tmp[ia];
                    Ok(())
                }
                other => {
                    v[dest..dest + na].copy_from_slice(&self.tmp[ia..ia + na]);
                    other.map(|_| ())
                }
            }
        }

        /// `merge_hi`: merges the `na` values at `pa` with the `nb` after
        /// them, `na >= nb`, through a copy of the second run, from the end.
        fn merge_hi(
            &mut self,
            v: &mut [T],
            pa: usize,
            mut na: usize,
            mut nb: usize,
        ) -> Result<(), E> {
            let pb = pa + na;
            self.tmp.clear();
            self.tmp.extend_from_slice(&v[pb..pb + nb]);
            // Positions as signed numbers: they step below the start of
            // their run when it is used up (and are not read then).
            let at = |i: isize| i as usize;
            let base_a = pa as isize;
            let (mut dest, mut ia, mut ib) =
                ((pb + nb - 1) as isize, (pb - 1) as isize, (nb - 1) as isize);
            v[at(dest)] = v[at(ia)];
            dest -= 1;
            ia -= 1;
            na -= 1;
            // Ok(true): "CopyA"; Ok(false): "Succeed".
            let outcome: Result<bool, E> = if na == 0 {
                Ok(false)
            } else if nb == 1 {
                Ok(true)
            } else {
                let mut min_gallop = self.min_gallop;
                'merge: loop {
                    let (mut acount, mut bcount) = (0usize, 0usize);
                    loop {
                        if tri!((self.lt)(self.tmp[at(ib)], v[at(ia)]), 'merge) {
                            v[at(dest)] = v[at(ia)];
                            dest -= 1;
                            ia -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(false);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        } else {
                            v[at(dest)] = self.tmp[at(ib)];
                            dest -= 1;
                            ib -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Ok(true);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                    min_gallop += 1;
                    loop {
                        min_gallop -= usize::from(min_gallop > 1);
                        self.min_gallop = min_gallop;
                        let a_run = &v[at(base_a)..at(base_a) + na];
                        let k =
                            tri!(gallop_right(self.lt, self.tmp[at(ib)], a_run, na - 1), 'merge);
                        let k = na - k;
                        acount = k;
                        if k > 0 {
                            let moved = k as isize;
                            dest -= moved;
                            ia -= moved;
                            v.copy_within(at(ia + 1)..at(ia + 1) + k, at(dest + 1));
                            na -= k;
                            if na == 0 {
                                break 'merge Ok(false);
                            }
                        }
                        v[at(dest)] = self.tmp[at(ib)];
                        dest -= 1;
                        ib -= 1;
                        nb -= 1;
                        if nb == 1 {
                            break 'merge Ok(true);
                        }
                        let k =
                            tri!(gallop_left(self.lt, v[at(ia)], &self.tmp[..nb], nb - 1), 'merge);
                        let k = nb - k;
                        bcount = k;
                        if k > 0 {
                            let moved = k as isize;
                            dest -= moved;
                            ib -= moved;
                            v[at(dest + 1)..at(dest + 1) + k]
                                .copy_from_slice(&self.tmp[at(ib + 1)..at(ib + 1) + k]);
                            nb -= k;
                            if nb == 1 {
                                break 'merge Ok(true);
                            }
                            // nb == 0 only with an inconsistent comparison.
                            if nb == 0 {
                                break 'merge Ok(false);
                            }
                        }
                        v[at(dest)] = v[at(ia)];
                        dest -= 1;
                        ia -= 1;
                        na -= 1;
                        if na == 0 {
                            break 'merge Ok(false);
                        }
                        if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                            break;
                        }
                    }
                    min_gallop += 1;
                    self.min_gallop = min_gallop;
                }
            };
            match outcome {
                Ok(true) => {
                    // The first value of b belongs at the front of the merge.
                    let start = dest + 1 - na as isize;
                    v.copy_within(at(ia + 1 - na as isize)..at(ia + 1), at(start));
                    v[at(start - 1)] = self.tmp[at(ib)];
                    Ok(())
                }
                other => {
                    if nb > 0 {
                        let start = dest + 1 - nb as isize;
                        v[at(start)..at(start) + nb].copy_from_slice(&self.tmp[..nb]);
                    }
                    other.map(|_| ())
                }
            }
        }
    }
}
