//! Sorting and searching: `sort`/`argsort` (stable, NaN last, `-0.0 == 0.0`),
//! `lexsort`, `partition`/`argpartition`, `searchsorted`/`digitize`,
//! `unique` and the set functions (`isin`, `intersect1d`, `union1d`,
//! `setdiff1d`), `argwhere`, `flatnonzero`, `bincount` and `diff`.
//!
//! Every sort here is stable, whatever `kind` says. NumPy's default
//! (`quicksort`) is stable only up to 16 elements for bool, 8- and 16-bit
//! types, and not even that for 32- and 64-bit ones (its SIMD sorts), so
//! the order of equal elements from a default `argsort` may differ from
//! NumPy's. `partition` sorts fully (a valid partition for every `kth`).

use super::alloc::{check_room, vec_with_room};
use super::array::{Dims, NdArray};
use super::convert::{as_array, python_scalar, Operand};
use super::dtype::{promote, DType};
use super::dunders::this;
use super::element::{Data, Element, Scalar};
use super::errors::normalize_axis;
use super::ops::{self, Op};
use smallvec::SmallVec;
use std::cmp::Ordering;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::builtins::new_tuple;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::{Value, Vm};

// ---------------------------------------------------------------- order

/// Whether a value is NaN (the one value not ordered against itself).
fn is_nan<T: PartialOrd>(x: &T) -> bool {
    x.partial_cmp(x).is_none()
}

/// NumPy's sort order: NaN after everything, `-0.0` equal to `0.0`.
fn order<T: PartialOrd>(a: &T, b: &T) -> Ordering {
    a.partial_cmp(b)
        .unwrap_or_else(|| is_nan(a).cmp(&is_nan(b)))
}

/// A key whose unsigned order is NumPy's sort order: ints and bools in
/// their order, floats in theirs with `-0.0` equal to `0.0` and every NaN
/// after everything (and equal to each other).
///
/// Sorting keys rather than values makes one sort (`stable_order`) serve
/// every dtype: the standard library's stable sort is about 6 KB of code
/// for each type it is made for, and numpy's sorts were made for twelve
/// dtypes several times over.
fn sort_key<T: Element>(x: T) -> u64 {
    const SIGN: u64 = 1 << 63;
    match x.to_scalar() {
        Scalar::Bool(b) => u64::from(b),
        Scalar::Int(i) => (i as u64) ^ SIGN,
        Scalar::UInt(u) => u,
        Scalar::Float(f) if f.is_nan() => u64::MAX,
        Scalar::Float(f) => {
            let bits = (f + 0.0).to_bits();
            if bits & SIGN != 0 {
                !bits
            } else {
                bits | SIGN
            }
        }
    }
}

/// The keys of a lane of values.
pub(crate) fn sort_keys<T: Element>(values: &[T]) -> Vec<u64> {
    values.iter().map(|&x| sort_key(x)).collect()
}

/// The stable sorting permutation of `keys`.
pub(crate) fn stable_order(keys: &[u64]) -> Vec<usize> {
    let mut pairs: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
    pairs.sort_by_key(|p| p.0);
    pairs.into_iter().map(|p| p.1).collect()
}

/// `a < b` in NumPy's sort order (its `Tag::less`).
fn less<T: PartialOrd>(a: &T, b: &T) -> bool {
    order(a, b) == Ordering::Less
}

// ---------------------------------------------------------------- arguments

/// A slot that was given and is not `None`.
fn given(slot: &Option<Value>) -> Option<&Value> {
    slot.as_ref().filter(|v| !v.is_none())
}

/// A required slot (`parse_args` has checked it is there).
fn slot(slots: &[Option<Value>], i: usize) -> Value {
    slots[i].clone().unwrap_or(Value::None)
}

/// A flag argument.
fn flag(vm: &mut Vm, slot: &Option<Value>, default: bool) -> PyResult<bool> {
    match slot {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

/// The in-place sorts' axis argument (`-1` when not given), refused as
/// NumPy's C code refuses a float.
fn method_axis(vm: &mut Vm, slot: &Option<Value>) -> PyResult<i64> {
    match slot {
        None => Ok(-1),
        Some(Value::Float(_)) => Err(PyErr::type_error("integer argument expected, got float")),
        Some(v) => vm.index_of(v),
    }
}

/// An axis argument: `None` means "flattened"; `default` when not given.
fn axis_arg(vm: &mut Vm, slot: &Option<Value>, default: Option<i64>) -> PyResult<Option<i64>> {
    match slot {
        None => Ok(default),
        Some(Value::None) => Ok(None),
        Some(v) => vm.index_of(v).map(Some),
    }
}

/// Checks the `kind`, `order` and `stable` arguments of the sorts (every
/// kind sorts stably here).
fn check_sort_options(vm: &Vm, opts: &[Option<Value>]) -> PyResult<()> {
    let (kind, ordering, stable) = (given(&opts[0]), given(&opts[1]), given(&opts[2]));
    if kind.is_some() && stable.is_some() {
        return Err(PyErr::value_error(
            "`kind` and `stable` parameters can't be provided at the same time. Use only one \
             of them.",
        ));
    }
    if ordering.is_some() {
        return Err(PyErr::value_error(
            "Cannot specify order when the array has no fields.",
        ));
    }
    let Some(kind) = kind else { return Ok(()) };
    let Some(ObjKind::Str(s)) = kind.kind() else {
        return Err(PyErr::type_error(format!(
            "sort kind must be str, not {}",
            vm.type_name(kind)
        )));
    };
    match s.as_str().chars().next() {
        Some('q' | 'Q' | 'h' | 'H' | 'm' | 'M' | 's' | 'S') => Ok(()),
        _ => Err(PyErr::value_error(format!(
            "sort kind must be one of 'quick', 'heap', or 'stable' (got '{}')",
            s.as_str()
        ))),
    }
}

/// The error for an array that must be 1-d.
fn depth_error(ndim: usize) -> PyErr {
    if ndim == 0 {
        PyErr::value_error("object of too small depth for desired array")
    } else {
        PyErr::value_error("object too deep for desired array")
    }
}

/// Refuses arrays that are not 1-d.
fn check_1d(a: &NdArray) -> PyResult<()> {
    match a.ndim() {
        1 => Ok(()),
        n => Err(depth_error(n)),
    }
}

// ---------------------------------------------------------------- lanes

/// A 1-d copy of the elements in C order.
fn flat(a: &NdArray) -> PyResult<NdArray> {
    Ok(NdArray::new(
        a.to_data(a.dtype)?,
        SmallVec::from_slice(&[a.size()]),
    ))
}

/// A view of `a` with axis `from` moved to position `to` (`np.moveaxis`).
fn moveaxis(a: &NdArray, from: usize, to: usize) -> NdArray {
    let mut axes: Vec<usize> = (0..a.ndim()).filter(|&i| i != from).collect();
    axes.insert(to, from);
    a.view(
        axes.iter().map(|&i| a.dim(i)).collect(),
        axes.iter().map(|&i| a.stride(i)).collect(),
        a.offset,
    )
}

/// A view of `a` with `axis` moved last: its elements in C order are the
/// lanes along `axis`, one after another.
fn axis_last(a: &NdArray, axis: usize) -> NdArray {
    moveaxis(a, axis, a.ndim() - 1)
}

/// The C-ordered array of `shape` from `data`, which holds its elements in
/// C order with `axis` moved to position `to`.
fn from_moved(data: Data, shape: &[usize], axis: usize, to: usize) -> PyResult<NdArray> {
    let mut moved: Dims = SmallVec::from_slice(shape);
    let n = moved.remove(axis);
    moved.insert(to, n);
    let m = NdArray::new(data, moved);
    moveaxis(&m, to, axis).copy_as(m.dtype)
}

/// A view of `len` positions along `axis` from `start`.
fn axis_slice(a: &NdArray, axis: usize, start: usize, len: usize) -> NdArray {
    let mut shape = a.shape();
    shape[axis] = len;
    if shape.contains(&0) {
        // Empty: keep the offset inside the buffer.
        return a.view(shape, a.strides(), a.offset);
    }
    let offset = a.offset as isize + start as isize * a.stride(axis);
    a.view(shape, a.strides(), offset as usize)
}

/// Sorts every lane of `a` along `axis` in place, writing through `target`.
fn sort_lanes(target: &Value, a: &NdArray, axis: usize) -> PyResult<()> {
    crate::with_dtype!(a.dtype, T => sort_lanes_typed::<T>(target, a, axis))
}

fn sort_lanes_typed<T: Element + PartialOrd>(
    target: &Value,
    a: &NdArray,
    axis: usize,
) -> PyResult<()> {
    let lanes = axis_last(a, axis);
    let offsets = lanes.offsets()?;
    let mut values = lanes.to_vec::<T>()?;
    for lane in values.chunks_mut(a.dim(axis).max(1)) {
        let sorted: Vec<T> = stable_order(&sort_keys(lane))
            .into_iter()
            .map(|i| lane[i])
            .collect();
        lane.copy_from_slice(&sorted);
    }
    a.write(target, |data| {
        if let Some(out) = T::slice_mut(data) {
            for (&o, &v) in offsets.iter().zip(&values) {
                out[o] = v;
            }
        }
    })
}

/// The stable sorting permutation of every lane of `a` along `axis`.
fn argsort_lanes(a: &NdArray, axis: usize) -> PyResult<NdArray> {
    crate::with_dtype!(a.dtype, T => argsort_typed::<T>(a, axis))
}

fn argsort_typed<T: Element + PartialOrd>(a: &NdArray, axis: usize) -> PyResult<NdArray> {
    let values = axis_last(a, axis).to_vec::<T>()?;
    let mut out = Vec::with_capacity(values.len());
    for lane in values.chunks(a.dim(axis).max(1)) {
        out.extend(stable_order(&sort_keys(lane)).into_iter().map(|i| i as i64));
    }
    from_moved(Data::I64(out), &a.shape(), axis, a.ndim() - 1)
}

/// Compares two positions of one sort key (positions in the key's lanes).
type KeyCmp = Box<dyn Fn(usize, usize) -> Ordering>;

/// The comparison of positions in `a`'s lanes along `axis`.
fn key_cmp(a: &NdArray, axis: usize) -> PyResult<KeyCmp> {
    Ok(crate::with_dtype!(a.dtype, T => typed_key::<T>(axis_last(a, axis).to_vec::<T>()?)))
}

fn typed_key<T: Element + PartialOrd>(values: Vec<T>) -> KeyCmp {
    let keys = sort_keys(&values);
    Box::new(move |i, j| keys[i].cmp(&keys[j]))
}

/// The stable sorting permutation of every lane along `axis` (an int64
/// array of `shape`); the last key is the primary one.
fn arg_lanes(keys: &[KeyCmp], shape: &[usize], axis: usize) -> PyResult<NdArray> {
    let n = shape[axis];
    let total: usize = shape.iter().product();
    let mut out = Vec::with_capacity(total);
    for base in (0..total).step_by(n.max(1)) {
        let mut perm: Vec<usize> = (0..n).collect();
        perm.sort_by(|&i, &j| {
            keys.iter()
                .rev()
                .map(|k| k(base + i, base + j))
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal)
        });
        out.extend(perm.into_iter().map(|i| i as i64));
    }
    from_moved(Data::I64(out), shape, axis, shape.len() - 1)
}

// ---------------------------------------------------------------- sort

/// The array and axis a sort works along: the flattened array for
/// `axis=None`; 0-d arrays count as 1-d for the `arg*` functions.
fn sort_target(
    vm: &mut Vm,
    a: &NdArray,
    axis: &Option<Value>,
    zero_d_as_1d: bool,
) -> PyResult<(NdArray, usize)> {
    if let Some(Value::Float(_)) = axis {
        return Err(PyErr::type_error("integer argument expected, got float"));
    }
    match axis_arg(vm, axis, Some(-1))? {
        None => Ok((flat(a)?, 0)),
        Some(ax) => {
            let a = if zero_d_as_1d && a.ndim() == 0 {
                flat(a)?
            } else {
                a.clone()
            };
            let ax = normalize_axis(ax, a.ndim())?;
            Ok((a, ax))
        }
    }
}

/// A sorted copy of `a` along `axis`.
fn sorted_copy(a: &NdArray, axis: usize) -> PyResult<NdArray> {
    let out = a.copy_as(a.dtype)?;
    sort_lanes(&Value::None, &out, axis)?;
    Ok(out)
}

/// `np.sort(a, axis=-1, kind=None, order=None, *, stable=None)`.
fn sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("sort", args, &["a", "axis", "kind", "order", "stable"], 1)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    check_sort_options(vm, &s[2..])?;
    let (a, axis) = sort_target(vm, &a, &s[1], false)?;
    sorted_copy(&a, axis).map(NdArray::into_value)
}

/// `a.sort(axis=-1, kind=None, order=None, *, stable=None)`: in place.
fn sort_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (target, a) = this("sort", &args)?;
    if !a.writeable.get() {
        return Err(PyErr::value_error("sort array is read-only"));
    }
    let s = parse_args(
        "sort",
        taipan_vm::builtins::args::rest(args),
        &["axis", "kind", "order", "stable"],
        0,
    )?;
    check_sort_options(vm, &s[1..])?;
    let axis = method_axis(vm, &s[0])?;
    sort_lanes(target, &a, normalize_axis(axis, a.ndim())?)?;
    Ok(Value::None)
}

/// `argsort` for the function and the method; `s` holds axis, kind,
/// order, stable.
fn argsort_of(vm: &mut Vm, a: &NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    check_sort_options(vm, &s[1..])?;
    let (a, axis) = sort_target(vm, a, &s[0], true)?;
    Ok(argsort_lanes(&a, axis)?.into_value())
}

/// `np.argsort(a, axis=-1, kind=None, order=None, *, stable=None)`.
fn argsort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args(
        "argsort",
        args,
        &["a", "axis", "kind", "order", "stable"],
        1,
    )?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    argsort_of(vm, &a, &s[1..])
}

/// `a.argsort(axis=-1, kind=None, order=None, *, stable=None)`.
fn argsort_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("argsort", &args)?;
    let s = parse_args(
        "argsort",
        taipan_vm::builtins::args::rest(args),
        &["axis", "kind", "order", "stable"],
        0,
    )?;
    argsort_of(vm, &a, &s)
}

/// The keys of `lexsort`: the items of a sequence, or the sub-arrays of an
/// array along its first axis.
fn lexsort_keys(vm: &mut Vm, v: &Value) -> PyResult<Vec<NdArray>> {
    let none = || PyErr::type_error("need sequence of keys with len > 0 in lexsort");
    if let Some(a) = NdArray::of(v) {
        if a.ndim() == 0 {
            return Err(none());
        }
        let (shape, strides) = (&a.shape()[1..], &a.strides()[1..]);
        let mut keys = vec_with_room(a.dim(0))?;
        keys.extend((0..a.dim(0)).map(|i| {
            let offset = a.offset as isize + i as isize * a.stride(0);
            a.view(shape.into(), strides.into(), offset as usize)
        }));
        return Ok(keys);
    }
    if python_scalar(v)?.is_some() {
        return Err(none());
    }
    let items = vm.collect(v)?;
    let keys = items
        .iter()
        .map(|k| as_array(vm, k, None))
        .collect::<PyResult<Vec<_>>>()?;
    if keys.is_empty() {
        return Err(none());
    }
    Ok(keys)
}

/// `np.lexsort(keys, axis=-1)`: the last key sorts first.
fn lexsort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("lexsort", args, &["keys", "axis"], 1)?;
    let keys = lexsort_keys(vm, &slot(&s, 0))?;
    let shape = keys[0].shape();
    if keys.iter().any(|k| k.shape() != shape) {
        return Err(PyErr::value_error("all keys need to be the same shape"));
    }
    let axis = match &s[1] {
        Some(v) => vm.index_of(v)?,
        None => -1,
    };
    if shape.is_empty() {
        return Ok(NdArray::new_scalar(Scalar::Int(0), DType::Int64).into_value());
    }
    let axis = normalize_axis(axis, shape.len())?;
    let cmps: Vec<KeyCmp> = keys
        .iter()
        .map(|k| key_cmp(k, axis))
        .collect::<PyResult<_>>()?;
    Ok(arg_lanes(&cmps, &shape, axis)?.into_value())
}

/// Checks a `kth` argument against a lane length `n`.
fn check_kth(vm: &mut Vm, v: &Value, n: usize) -> PyResult<()> {
    let k = as_array(vm, v, None)?;
    if !k.dtype.is_integer() {
        return Err(PyErr::type_error("Partition index must be integer"));
    }
    if k.ndim() > 1 {
        return Err(depth_error(k.ndim()));
    }
    for kth in k.to_vec::<i64>()? {
        let kth = if kth < 0 { kth + n as i64 } else { kth };
        if kth < 0 || kth >= n as i64 {
            return Err(PyErr::value_error(format!(
                "kth(={kth}) out of bounds ({n})"
            )));
        }
    }
    Ok(())
}

/// `partition`/`argpartition` for functions and methods; `s` holds kth,
/// axis, kind, order. A full sort is a valid partition for every `kth`.
fn partition_of(vm: &mut Vm, a: &NdArray, s: &[Option<Value>], arg: bool) -> PyResult<Value> {
    check_sort_options(vm, &[None, s[3].clone(), None])?;
    let (a, axis) = sort_target(vm, a, &s[1], arg)?;
    check_kth(vm, &slot(s, 0), a.dim(axis))?;
    if arg {
        return Ok(argsort_lanes(&a, axis)?.into_value());
    }
    sorted_copy(&a, axis).map(NdArray::into_value)
}

const PARTITION_ARGS: &[&str] = &["a", "kth", "axis", "kind", "order"];

/// `np.partition(a, kth, axis=-1, kind='introselect', order=None)`.
fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("partition", args, PARTITION_ARGS, 2)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    partition_of(vm, &a, &s[1..], false)
}

/// `np.argpartition(a, kth, axis=-1, kind='introselect', order=None)`.
fn argpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("argpartition", args, PARTITION_ARGS, 2)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    partition_of(vm, &a, &s[1..], true)
}

/// `a.partition(kth, axis=-1, kind='introselect', order=None)`: in place.
fn partition_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (target, a) = this("partition", &args)?;
    let s = parse_args(
        "partition",
        taipan_vm::builtins::args::rest(args),
        &PARTITION_ARGS[1..],
        1,
    )?;
    check_sort_options(vm, &[None, s[3].clone(), None])?;
    let axis = method_axis(vm, &s[1])?;
    let axis = normalize_axis(axis, a.ndim())?;
    check_kth(vm, &slot(&s, 0), a.dim(axis))?;
    sort_lanes(target, &a, axis)?;
    Ok(Value::None)
}

/// `a.argpartition(kth, axis=-1, kind='introselect', order=None)`.
fn argpartition_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("argpartition", &args)?;
    let s = parse_args(
        "argpartition",
        taipan_vm::builtins::args::rest(args),
        &PARTITION_ARGS[1..],
        1,
    )?;
    partition_of(vm, &a, &s, true)
}

// ---------------------------------------------------------------- search

/// A `side` argument: whether it says 'right'.
fn side_arg(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    let Some(ObjKind::Str(s)) = v.kind() else {
        return Err(PyErr::type_error(format!(
            "search side must be str, not {}",
            vm.type_name(v)
        )));
    };
    let s = s.as_str();
    let (right, exact) = match s.chars().next() {
        Some('l' | 'L') => (false, s == "left"),
        Some('r' | 'R') => (true, s == "right"),
        _ => {
            return Err(PyErr::value_error(format!(
                "search side must be 'left' or 'right' (got '{s}')"
            )))
        }
    };
    if !exact {
        return Err(PyErr::value_error(
            "search side must be one of 'left' or 'right'",
        ));
    }
    Ok(right)
}

/// A `sorter` argument: the indices that sort an array of `n` elements.
fn sorter_arg(vm: &mut Vm, v: Option<&Value>, n: usize) -> PyResult<Option<Vec<i64>>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let s = as_array(vm, v, None)?;
    if s.ndim() != 1 {
        return Err(PyErr::type_error("could not parse sorter argument"));
    }
    if !s.dtype.is_integer() {
        return Err(PyErr::type_error("sorter must only contain integers"));
    }
    if s.size() != n {
        return Err(PyErr::value_error("sorter.size must equal a.size"));
    }
    Ok(Some(s.to_vec::<i64>()?))
}

/// NumPy's `binsearch`/`argbinsearch`, step for step (so unsorted input
/// gives NumPy's answers too): the insertion points of `keys` among the
/// `n` elements `get` reads (`None` for a bad sorter index).
fn binsearch<T: PartialOrd + Copy>(
    n: usize,
    get: impl Fn(usize) -> Option<T>,
    keys: &[T],
    right: bool,
) -> Option<Vec<i64>> {
    let cmp = |x: &T, y: &T| if right { !less(y, x) } else { less(x, y) };
    let Some(mut last) = keys.first().copied() else {
        return Some(Vec::new());
    };
    let (mut lo, mut hi) = (0usize, n);
    let mut out = Vec::with_capacity(keys.len());
    for &key in keys {
        // NumPy narrows the range using the previous key (fast for sorted keys).
        if cmp(&last, &key) {
            hi = n;
        } else {
            lo = 0;
            hi = (hi + 1).min(n);
        }
        last = key;
        while lo < hi {
            let mid = lo + ((hi - lo) >> 1);
            if cmp(&get(mid)?, &key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        out.push(lo as i64);
    }
    Some(out)
}

/// `binsearch` over `arr`, read through `sorter` when given.
fn search_typed<T: Element + PartialOrd>(
    arr: &[T],
    keys: &[T],
    right: bool,
    sorter: Option<&[i64]>,
) -> PyResult<Vec<i64>> {
    let found = match sorter {
        None => binsearch(arr.len(), |i| Some(arr[i]), keys, right),
        Some(s) => binsearch(
            arr.len(),
            |i| usize::try_from(s[i]).ok().and_then(|k| arr.get(k).copied()),
            keys,
            right,
        ),
    };
    found.ok_or_else(|| PyErr::value_error("Sorter index out of range."))
}

/// The insertion points of `v`'s elements (C order) in the 1-d `a`,
/// compared in the dtype both promote to.
fn search_points(
    a: &NdArray,
    v: &NdArray,
    right: bool,
    sorter: Option<&[i64]>,
) -> PyResult<Vec<i64>> {
    let dt = promote(a.dtype, v.dtype);
    crate::with_dtype!(dt, T => search_typed::<T>(&a.to_vec::<T>()?, &v.to_vec::<T>()?, right, sorter))
}

/// An int64 result of `v`'s shape: a NumPy scalar for a 0-d `v`.
fn index_result(points: Vec<i64>, v: &NdArray) -> Value {
    let mut out = NdArray::new(Data::I64(points), v.shape());
    out.scalar = out.ndim() == 0;
    out.into_value()
}

/// `searchsorted` for the function and the method.
fn search(
    vm: &mut Vm,
    a: &NdArray,
    v: &Value,
    side: Option<&Value>,
    sorter: Option<&Value>,
) -> PyResult<Value> {
    check_1d(a)?;
    let right = side_arg(vm, side)?;
    let v = as_array(vm, v, None)?;
    let sorter = sorter_arg(vm, sorter, a.size())?;
    let points = search_points(a, &v, right, sorter.as_deref())?;
    Ok(index_result(points, &v))
}

/// `np.searchsorted(a, v, side='left', sorter=None)`.
fn searchsorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("searchsorted", args, &["a", "v", "side", "sorter"], 2)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    search(vm, &a, &slot(&s, 1), s[2].as_ref(), s[3].as_ref())
}

/// `a.searchsorted(v, side='left', sorter=None)`.
fn searchsorted_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("searchsorted", &args)?;
    let s = parse_args(
        "searchsorted",
        taipan_vm::builtins::args::rest(args),
        &["v", "side", "sorter"],
        1,
    )?;
    search(vm, &a, &slot(&s, 0), s[1].as_ref(), s[2].as_ref())
}

/// NumPy's `check_array_monotonic`: 1 increasing, -1 decreasing, 0 neither.
fn monotonicity(a: &[f64]) -> i32 {
    let Some(&first) = a.first() else { return 1 };
    let Some(start) = a[1..].iter().position(|&x| x != first).map(|i| i + 1) else {
        return 1;
    };
    let rest = &a[start..];
    if first < a[start] {
        if rest.windows(2).any(|w| w[0] > w[1]) {
            return 0;
        }
        1
    } else {
        if rest.windows(2).any(|w| w[0] < w[1]) {
            return 0;
        }
        -1
    }
}

/// `np.digitize(x, bins, right=False)`.
fn digitize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("digitize", args, &["x", "bins", "right"], 2)?;
    let x = as_array(vm, &slot(&s, 0), None)?;
    let bins = as_array(vm, &slot(&s, 1), None)?;
    let right = flag(vm, &s[2], false)?;
    check_1d(&bins)?;
    let n = bins.size();
    match monotonicity(&bins.to_vec::<f64>()?) {
        0 => Err(PyErr::value_error(
            "bins must be monotonically increasing or decreasing",
        )),
        1 => Ok(index_result(search_points(&bins, &x, !right, None)?, &x)),
        _ => {
            let step = bins.stride(0);
            let last = bins.offset as isize + (n as isize - 1) * step;
            let reversed = bins.view(bins.shape(), SmallVec::from_slice(&[-step]), last as usize);
            let points = search_points(&reversed, &x, !right, None)?;
            Ok(index_result(
                points.into_iter().map(|p| n as i64 - p).collect(),
                &x,
            ))
        }
    }
}

// ---------------------------------------------------------------- unique

/// The groups of equal rows `unique` finds, in sorted order.
#[derive(Default)]
struct Groups {
    /// The row where each group first occurs.
    first: Vec<usize>,
    /// The group of every row.
    inverse: Vec<i64>,
    /// The size of each group.
    counts: Vec<i64>,
}

/// Groups the `n` rows of `m` elements of `v` (stable: the first row of a
/// group is its first occurrence). NaNs are equal to each other when
/// `nan_equal`.
fn group_rows<T: Element + PartialOrd>(v: &[T], n: usize, m: usize, nan_equal: bool) -> Groups {
    let row = |i: usize| &v[i * m..(i + 1) * m];
    let perm = rows_in_order(&sort_keys(v), n, m);
    let same = |i: usize, j: usize| {
        row(i)
            .iter()
            .zip(row(j))
            .all(|(x, y)| x == y || (nan_equal && order(x, y) == Ordering::Equal))
    };
    let mut g = Groups {
        inverse: vec![0; n],
        ..Groups::default()
    };
    for (k, &i) in perm.iter().enumerate() {
        if k == 0 || !same(perm[k - 1], i) {
            g.first.push(i);
            g.counts.push(0);
        }
        let group = g.first.len() - 1;
        g.counts[group] += 1;
        g.inverse[i] = group as i64;
    }
    g
}

/// What `unique` returns, before the flags pick from it.
struct UniqueParts {
    values: NdArray,
    index: Vec<i64>,
    inverse: NdArray,
    counts: Vec<i64>,
}

/// The stable order of the `n` rows of `m` keys each, compared
/// lexicographically.
fn rows_in_order(keys: &[u64], n: usize, m: usize) -> Vec<usize> {
    let row = |i: usize| &keys[i * m..(i + 1) * m];
    let mut perm: Vec<usize> = (0..n).collect();
    perm.sort_by(|&i, &j| row(i).cmp(row(j)));
    perm
}

/// The groups of the rows of `moved` (axis 0 runs over the rows) and the
/// unique rows' elements.
fn unique_rows(moved: &NdArray, n: usize, m: usize, nan_equal: bool) -> PyResult<(Data, Groups)> {
    Ok(crate::with_dtype!(moved.dtype, T => {
        let v = moved.to_vec::<T>()?;
        let g = group_rows(&v, n, m, nan_equal);
        let rows: Vec<T> = g.first.iter().flat_map(|&i| v[i * m..(i + 1) * m].iter().copied()).collect();
        (T::wrap(rows), g)
    }))
}

/// `np.unique(a)` with `axis=None`: over the flattened elements; the
/// inverse has `a`'s shape (NumPy 2).
fn unique_flat(a: &NdArray, equal_nan: bool) -> PyResult<UniqueParts> {
    let (values, g) = unique_rows(&flat(a)?, a.size(), 1, equal_nan)?;
    Ok(UniqueParts {
        values: NdArray::new(values, SmallVec::from_slice(&[g.first.len()])),
        index: g.first.iter().map(|&i| i as i64).collect(),
        inverse: NdArray::new(Data::I64(g.inverse), a.shape()),
        counts: g.counts,
    })
}

/// `np.unique(a, axis=axis)`: over the sub-arrays along `axis` (NaNs in
/// them never compare equal, as in NumPy).
fn unique_axis(a: &NdArray, axis: usize) -> PyResult<UniqueParts> {
    let n = a.dim(axis);
    let m: usize = (0..a.ndim())
        .filter(|&i| i != axis)
        .map(|i| a.dim(i))
        .product();
    let (values, g) = unique_rows(&moveaxis(a, axis, 0), n, m, false)?;
    let mut shape = a.shape();
    shape[axis] = g.first.len();
    let inverse = NdArray::from_vec(g.inverse);
    Ok(UniqueParts {
        values: from_moved(values, &shape, axis, 0)?,
        index: g.first.iter().map(|&i| i as i64).collect(),
        inverse,
        counts: g.counts,
    })
}

/// The sorted unique elements of `a`, flattened.
fn unique_values(a: &NdArray) -> PyResult<NdArray> {
    Ok(unique_flat(a, true)?.values)
}

const UNIQUE_ARGS: &[&str] = &[
    "ar",
    "return_index",
    "return_inverse",
    "return_counts",
    "axis",
    "equal_nan",
    "sorted",
];

/// `np.unique(ar, return_index=False, return_inverse=False,
/// return_counts=False, axis=None, *, equal_nan=True, sorted=True)`.
fn unique(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("unique", args, UNIQUE_ARGS, 1)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    let (index, inverse, counts) = (
        flag(vm, &s[1], false)?,
        flag(vm, &s[2], false)?,
        flag(vm, &s[3], false)?,
    );
    let equal_nan = flag(vm, &s[5], true)?;
    let parts = match axis_arg(vm, &s[4], None)? {
        None => unique_flat(&a, equal_nan)?,
        Some(ax) => unique_axis(&a, normalize_axis(ax, a.ndim())?)?,
    };
    if !(index || inverse || counts) {
        return Ok(parts.values.into_value());
    }
    let mut out = vec![parts.values.into_value()];
    if index {
        out.push(NdArray::from_vec(parts.index).into_value());
    }
    if inverse {
        out.push(parts.inverse.into_value());
    }
    if counts {
        out.push(NdArray::from_vec(parts.counts).into_value());
    }
    Ok(new_tuple(out))
}

// ---------------------------------------------------------------- sets

/// Whether each element of `e` (C order) is among `t`'s, compared in the
/// dtype both promote to (NaN is never found).
fn member_mask(e: &NdArray, t: &NdArray) -> PyResult<Vec<bool>> {
    let dt = promote(e.dtype, t.dtype);
    Ok(crate::with_dtype!(dt, T => {
        let pool = t.to_vec::<T>()?;
        let pool: Vec<T> = stable_order(&sort_keys(&pool)).into_iter().map(|i| pool[i]).collect();
        e.to_vec::<T>()?.into_iter().map(|x| contains(&pool, x)).collect()
    }))
}

/// Whether the sorted `pool` holds `x`.
fn contains<T: PartialOrd + Copy>(pool: &[T], x: T) -> bool {
    let i = pool.partition_point(|y| less(y, &x));
    pool.get(i).is_some_and(|&y| y == x)
}

/// `np.isin(element, test_elements, assume_unique=False, invert=False, *, kind=None)`.
fn isin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = [
        "element",
        "test_elements",
        "assume_unique",
        "invert",
        "kind",
    ];
    let s = parse_args("isin", args, &names, 2)?;
    let e = as_array(vm, &slot(&s, 0), None)?;
    let t = as_array(vm, &slot(&s, 1), None)?;
    let invert = flag(vm, &s[3], false)?;
    let mask = member_mask(&e, &t)?
        .into_iter()
        .map(|f| f != invert)
        .collect();
    Ok(NdArray::new(Data::Bool(mask), e.shape()).into_value())
}

/// The elements of the 1-d `a` where `keep` is set.
fn select(a: &NdArray, keep: &[bool]) -> PyResult<NdArray> {
    Ok(crate::with_dtype!(a.dtype, T => {
        let v: Vec<T> = a.to_vec::<T>()?.into_iter().zip(keep).filter(|(_, &k)| k).map(|(x, _)| x).collect();
        NdArray::from_vec(v)
    }))
}

/// The two arrays' elements, flattened and joined, in the dtype they promote to.
fn concat_flat(a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    let dt = promote(a.dtype, b.dtype);
    Ok(crate::with_dtype!(dt, T => {
        let mut v = a.to_vec::<T>()?;
        v.extend(b.to_vec::<T>()?);
        NdArray::from_vec(v)
    }))
}

/// `np.union1d(ar1, ar2)`.
fn union1d(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("union1d", args, &["ar1", "ar2"], 2)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    let b = as_array(vm, &slot(&s, 1), None)?;
    Ok(unique_values(&concat_flat(&a, &b)?)?.into_value())
}

/// `np.setdiff1d(ar1, ar2, assume_unique=False)`: in `ar1`'s dtype.
fn setdiff1d(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("setdiff1d", args, &["ar1", "ar2", "assume_unique"], 2)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    let b = as_array(vm, &slot(&s, 1), None)?;
    let a = if flag(vm, &s[2], false)? {
        flat(&a)?
    } else {
        unique_values(&a)?
    };
    let keep: Vec<bool> = member_mask(&a, &b)?.into_iter().map(|f| !f).collect();
    Ok(select(&a, &keep)?.into_value())
}

/// `ar` made unique (with its first indices), or flattened when the caller
/// says it already is.
fn unique_or_flat(a: &NdArray, assume_unique: bool) -> PyResult<(NdArray, Option<Vec<i64>>)> {
    if assume_unique {
        return Ok((flat(a)?, None));
    }
    let parts = unique_flat(a, true)?;
    Ok((parts.values, Some(parts.index)))
}

/// The common values of two 1-d arrays of unique elements, and where each
/// sits in either array.
fn common_values<T: Element + PartialOrd>(
    a: &NdArray,
    b: &NdArray,
) -> PyResult<(Data, Vec<i64>, Vec<i64>)> {
    let mut aux = a.to_vec::<T>()?;
    let n1 = aux.len();
    aux.extend(b.to_vec::<T>()?);
    let perm = stable_order(&sort_keys(&aux));
    let (mut values, mut i1, mut i2) = (Vec::new(), Vec::new(), Vec::new());
    for w in perm.windows(2) {
        if aux[w[0]] == aux[w[1]] {
            values.push(aux[w[0]]);
            i1.push(w[0] as i64);
            i2.push(w[1] as i64 - n1 as i64);
        }
    }
    Ok((T::wrap(values), i1, i2))
}

/// `np.intersect1d(ar1, ar2, assume_unique=False, return_indices=False)`.
fn intersect1d(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["ar1", "ar2", "assume_unique", "return_indices"];
    let s = parse_args("intersect1d", args, &names, 2)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    let b = as_array(vm, &slot(&s, 1), None)?;
    let assume_unique = flag(vm, &s[2], false)?;
    let (a, ia) = unique_or_flat(&a, assume_unique)?;
    let (b, ib) = unique_or_flat(&b, assume_unique)?;
    let dt = promote(a.dtype, b.dtype);
    // The narrower integers and float16 are compared widened (exactly, and
    // in the same order) and cast back: one loop less for each.
    let (values, i1, i2) = match dt {
        DType::Bool => common_values::<bool>(&a, &b)?,
        DType::UInt64 => common_values::<u64>(&a, &b)?,
        DType::Float64 => common_values::<f64>(&a, &b)?,
        DType::Float16 | DType::Float32 => common_values::<f32>(&a, &b)?,
        _ => common_values::<i64>(&a, &b)?,
    };
    let n = values.len();
    let values = ops::cast(&NdArray::new(values, SmallVec::from_slice(&[n])), dt)?;
    if !flag(vm, &s[3], false)? {
        return Ok(values.into_value());
    }
    let through = |i: Vec<i64>, first: &Option<Vec<i64>>| -> Value {
        let i = match first {
            Some(f) => i.iter().map(|&k| f[k as usize]).collect(),
            None => i,
        };
        NdArray::from_vec(i).into_value()
    };
    Ok(new_tuple(vec![
        values.into_value(),
        through(i1, &ia),
        through(i2, &ib),
    ]))
}

// ---------------------------------------------------------------- nonzero and counts

/// `np.argwhere(a)`: the indices of the non-zero elements, shape `(N, ndim)`.
fn argwhere(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("argwhere", args, &["a"], 1)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    let flags = a.to_vec::<bool>()?;
    let nd = a.ndim();
    let mut out = Vec::new();
    let mut count = 0;
    let mut index = vec![0i64; nd];
    for (pos, &f) in flags.iter().enumerate() {
        if !f {
            continue;
        }
        let mut left = pos;
        for d in (0..nd).rev() {
            index[d] = (left % a.dim(d)) as i64;
            left /= a.dim(d);
        }
        out.extend_from_slice(&index);
        count += 1;
    }
    Ok(NdArray::new(Data::I64(out), SmallVec::from_slice(&[count, nd])).into_value())
}

/// `np.flatnonzero(a)`: the flat indices of the non-zero elements.
fn flatnonzero(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("flatnonzero", args, &["a"], 1)?;
    let a = as_array(vm, &slot(&s, 0), None)?;
    let flags = a.to_vec::<bool>()?;
    let idx: Vec<i64> = (0..flags.len())
        .filter(|&i| flags[i])
        .map(|i| i as i64)
        .collect();
    Ok(NdArray::from_vec(idx).into_value())
}

/// The `x` of `bincount` as indices: integer arrays are cast, float arrays
/// refused ('safe' casting); float lists pass (NumPy deprecates them).
fn bincount_input(vm: &mut Vm, v: &Value) -> PyResult<Vec<i64>> {
    let is_array = NdArray::of(v).is_some();
    let x = as_array(vm, v, None)?;
    check_1d(&x)?;
    if is_array && x.dtype.is_float() {
        return Err(PyErr::type_error(format!(
            "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule \
             'safe'",
            x.dtype.name()
        )));
    }
    let x = x.to_vec::<i64>()?;
    if x.iter().any(|&i| i < 0) {
        return Err(PyErr::value_error(
            "'list' argument must have no negative elements",
        ));
    }
    Ok(x)
}

/// `len` zeros, or a MemoryError when they do not fit (a huge `x` value).
fn zeroed<T: Element>(len: usize) -> PyResult<Vec<T>> {
    let mut v = vec_with_room(len)?;
    v.resize(len, T::default());
    Ok(v)
}

/// `np.bincount(x, weights=None, minlength=0)`.
fn bincount(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("bincount", args, &["x", "weights", "minlength"], 1)?;
    let minlength = match &s[2] {
        None => 0,
        Some(Value::None) => return Err(PyErr::type_error("use 0 instead of None for minlength")),
        Some(Value::Bool(_)) => return Err(PyErr::type_error("an integer is required")),
        Some(v) => vm.index_of(v)?,
    };
    let x = bincount_input(vm, &slot(&s, 0))?;
    if minlength < 0 {
        return Err(PyErr::value_error("'minlength' must not be negative"));
    }
    let len = x
        .iter()
        .map(|&i| i as usize + 1)
        .max()
        .unwrap_or(0)
        .max(minlength as usize);
    let Some(w) = given(&s[1]) else {
        let mut counts = zeroed::<i64>(len)?;
        x.iter().for_each(|&i| counts[i as usize] += 1);
        return Ok(NdArray::from_vec(counts).into_value());
    };
    let w = as_array(vm, w, None)?;
    check_1d(&w)?;
    if w.size() != x.len() {
        return Err(PyErr::value_error(
            "The weights and list don't have the same length.",
        ));
    }
    let mut sums = zeroed::<f64>(len)?;
    for (&i, wi) in x.iter().zip(w.to_vec::<f64>()?) {
        sums[i as usize] += wi;
    }
    Ok(NdArray::from_vec(sums).into_value())
}

// ---------------------------------------------------------------- diff

/// `np.concatenate(parts, axis)` for arrays of one number of dimensions.
fn concatenate(parts: &[NdArray], axis: usize) -> PyResult<NdArray> {
    let first = &parts[0];
    if axis >= first.ndim() {
        return Err(super::errors::axis_error(axis as i64, first.ndim()));
    }
    for (i, p) in parts.iter().enumerate().skip(1) {
        if p.ndim() != first.ndim() {
            return Err(PyErr::value_error(format!(
                "all the input arrays must have same number of dimensions, but the array at \
                 index 0 has {} dimension(s) and the array at index {i} has {} dimension(s)",
                first.ndim(),
                p.ndim()
            )));
        }
        if let Some(d) = (0..p.ndim()).find(|&d| d != axis && p.dim(d) != first.dim(d)) {
            return Err(PyErr::value_error(format!(
                "all the input array dimensions except for the concatenation axis must match \
                 exactly, but along dimension {d}, the array at index 0 has size {} and the \
                 array at index {i} has size {}",
                first.dim(d),
                p.dim(d)
            )));
        }
    }
    let dt = parts.iter().fold(first.dtype, |d, p| promote(d, p.dtype));
    let mut shape = first.shape();
    shape[axis] = parts.iter().map(|p| p.dim(axis)).sum();
    let out = NdArray::new(Data::zeros(dt, check_room(&shape, dt)?), shape);
    let mut start = 0;
    for p in parts {
        let n = p.dim(axis);
        ops::assign(&Value::None, &axis_slice(&out, axis, start, n), p)?;
        start += n;
    }
    Ok(out)
}

/// A `prepend`/`append` value of `diff`: a scalar stretches to one step of `a`.
fn diff_edge(vm: &mut Vm, v: &Value, a: &NdArray, axis: usize) -> PyResult<NdArray> {
    let e = as_array(vm, v, None)?;
    if e.ndim() > 0 {
        return Ok(e);
    }
    let mut shape = a.shape();
    shape[axis] = 1;
    super::broadcast::broadcast_to(&e, &shape)
}

/// `a` with `diff`'s `prepend` and `append` joined along `axis`.
fn with_edges(
    vm: &mut Vm,
    a: NdArray,
    axis: usize,
    prepend: &Option<Value>,
    append: &Option<Value>,
) -> PyResult<NdArray> {
    if prepend.is_none() && append.is_none() {
        return Ok(a);
    }
    let mut parts = Vec::new();
    if let Some(p) = prepend {
        parts.push(diff_edge(vm, p, &a, axis)?);
    }
    parts.push(a.clone());
    if let Some(p) = append {
        parts.push(diff_edge(vm, p, &a, axis)?);
    }
    concatenate(&parts, axis)
}

/// One step of `diff` along `axis` (`!=` for bools).
fn diff_once(a: &NdArray, axis: usize) -> PyResult<NdArray> {
    let n = a.dim(axis);
    let len = n.saturating_sub(1);
    let hi = axis_slice(a, axis, n.min(1), len);
    let lo = axis_slice(a, axis, 0, len);
    let op = if a.dtype == DType::Bool {
        Op::Ne
    } else {
        Op::Sub
    };
    ops::binary(op, Operand::Array(hi), Operand::Array(lo))
}

/// `np.diff(a, n=1, axis=-1, prepend=<no value>, append=<no value>)`.
fn diff(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = parse_args("diff", args, &["a", "n", "axis", "prepend", "append"], 1)?;
    let n = match &s[1] {
        Some(v) => vm.index_of(v)?,
        None => 1,
    };
    if n == 0 {
        return Ok(slot(&s, 0));
    }
    if n < 0 {
        return Err(PyErr::value_error(format!(
            "order must be non-negative but got {n}"
        )));
    }
    let a = as_array(vm, &slot(&s, 0), None)?;
    if a.ndim() == 0 {
        return Err(PyErr::value_error(
            "diff requires input that is at least one dimensional",
        ));
    }
    let axis = match &s[2] {
        Some(v) => vm.index_of(v)?,
        None => -1,
    };
    let axis = normalize_axis(axis, a.ndim())?;
    let mut a = with_edges(vm, a, axis, &s[3], &s[4])?;
    for _ in 0..n {
        a = diff_once(&a, axis)?;
    }
    Ok(a.into_value())
}

/// The module-level functions of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sort", sort),
    ("argsort", argsort),
    ("lexsort", lexsort),
    ("partition", partition),
    ("argpartition", argpartition),
    ("searchsorted", searchsorted),
    ("digitize", digitize),
    ("unique", unique),
    ("isin", isin),
    ("intersect1d", intersect1d),
    ("union1d", union1d),
    ("setdiff1d", setdiff1d),
    ("argwhere", argwhere),
    ("flatnonzero", flatnonzero),
    ("bincount", bincount),
    ("diff", diff),
];

/// The array methods of this file.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("sort", sort_method),
    ("argsort", argsort_method),
    ("partition", partition_method),
    ("argpartition", argpartition_method),
    ("searchsorted", searchsorted_method),
];
