//! Shuffling and sampling shared by `RandomState` and `Generator`:
//! Fisher-Yates swaps (partners drawn first, then applied, which changes
//! nothing since the draws do not depend on the data), permutations,
//! and `choice` once each has read its population.

use super::args::size_arg;
use super::bounded::{draw_bounded, random_interval, Buffer, Method, Width};
use super::integers::{bounded_ints, IntType};
use super::state::draw;
use crate::numpy::array::{Dims, NdArray};
use crate::numpy::convert::as_array;
use crate::numpy::dtype::DType;
use crate::numpy::element::{Element, Scalar};
use crate::numpy::index::getitem;
use crate::numpy::shape::{shape_arg, swapaxes};
use taipan_vm::builtins::new_tuple;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::{Value, Vm};

/// How a shuffle picks the partner of position `i` in `[0, i]`.
#[derive(Clone, Copy)]
pub enum Pick {
    /// Masked rejection (`random_interval`): every shuffle of ndarrays and
    /// sequences.
    Interval,
    /// Lemire's method on 64-bit bounds (`Generator`'s index shuffles in
    /// `choice`).
    Lemire,
}

/// The partners of a Fisher-Yates shuffle of `n` items: for `i` from
/// `n - 1` down to `first`, the position swapped with `i`.
pub fn partners(this: &Value, n: usize, first: usize, pick: Pick) -> PyResult<Vec<(usize, usize)>> {
    draw(this, |src| {
        let mut buf = Buffer::default();
        (first.max(1)..n)
            .rev()
            .map(|i| {
                let j = match pick {
                    Pick::Interval => random_interval(src, i as u64),
                    Pick::Lemire => {
                        draw_bounded(src, Width::W64, 0, i as u64, Method::Lemire, &mut buf)
                    }
                };
                (i, j as usize)
            })
            .collect()
    })
}

/// Applies swaps to a vector.
pub fn swap_all<T>(v: &mut [T], swaps: &[(usize, usize)]) {
    for &(i, j) in swaps {
        if i < v.len() && j < v.len() {
            v.swap(i, j);
        }
    }
}

/// `0..n` shuffled (an index array's contents).
pub fn shuffled_range(this: &Value, n: usize) -> PyResult<Vec<i64>> {
    let mut v: Vec<i64> = (0..n as i64).collect();
    swap_all(&mut v, &partners(this, n, 1, Pick::Interval)?);
    Ok(v)
}

/// The buffer offsets of the elements of each row of `a` along axis 0,
/// relative to the first row.
fn row_layout(a: &NdArray) -> (isize, Vec<isize>) {
    let shape = a.shape();
    let strides = a.strides();
    let row = a.view(
        shape.get(1..).unwrap_or(&[]).into(),
        strides.get(1..).unwrap_or(&[]).into(),
        a.offset,
    );
    let mut offsets = Vec::with_capacity(row.size());
    row.for_each_offset(|o| offsets.push(o as isize));
    (strides.first().copied().unwrap_or(0), offsets)
}

/// Shuffles the rows (axis 0) of the array `a`, reached through `target`,
/// in place; `skip_same` leaves `i == j` alone as NumPy's row path does
/// (a no-op either way).
fn shuffle_rows(target: &Value, a: &NdArray, swaps: &[(usize, usize)]) -> PyResult<()> {
    let (stride, offsets) = row_layout(a);
    a.write(target, |data| {
        for &(i, j) in swaps {
            if i == j {
                continue;
            }
            let (bi, bj) = (i as isize * stride, j as isize * stride);
            for &o in &offsets {
                let (oi, oj) = ((o + bi) as usize, (o + bj) as usize);
                let (vi, vj) = (data.get(oi), data.get(oj));
                data.set(oi, vj);
                data.set(oj, vi);
            }
        }
    })
}

/// Whether `x` is one of NumPy's complex arrays (which shuffles do not
/// handle here).
fn is_complex_array(vm: &Vm, x: &Value) -> bool {
    matches!(x.kind(), Some(ObjKind::Native(_)))
        && NdArray::of(x).is_none()
        && vm.type_name(x) == "ndarray"
}

/// `shuffle(x)` in place along `axis` (0 for the legacy method, which
/// takes no axis).
pub fn shuffle(vm: &mut Vm, this: &Value, x: &Value, axis: Option<i64>) -> PyResult<()> {
    if is_complex_array(vm, x) {
        return Err(PyErr::new(
            taipan_vm::types::types().not_implemented_error,
            "taipan's numpy cannot shuffle complex arrays",
        ));
    }
    if let Some(a) = NdArray::of(x).filter(|a| !a.scalar) {
        if a.ndim() == 0 {
            return Err(PyErr::type_error("len() of unsized object"));
        }
        if !a.writeable.get() {
            return Err(PyErr::value_error("array is read-only"));
        }
        let axis = match axis {
            Some(ax) => crate::numpy::errors::normalize_axis(ax, a.ndim())?,
            None => 0,
        };
        let view = if axis == 0 {
            a.clone()
        } else {
            swapaxes(a, 0, axis as i64)?
        };
        if view.size() == 0 {
            return Ok(());
        }
        let swaps = partners(this, view.dim(0), 1, Pick::Interval)?;
        return shuffle_rows(x, &view, &swaps);
    }
    if let Some(a) = NdArray::of(x) {
        return Err(PyErr::type_error(format!(
            "object of type 'numpy.{}' has no len()",
            a.dtype.name()
        )));
    }
    let n = vm.len(x)?;
    if axis.is_some_and(|a| a != 0) {
        return Err(PyErr::new(
            taipan_vm::types::types().not_implemented_error,
            "Axis argument is only supported on ndarray objects",
        ));
    }
    for (i, j) in partners(this, n, 1, Pick::Interval)? {
        let (i, j) = (Value::Int(i as i64), Value::Int(j as i64));
        let at_j = vm.getitem(x, &j)?;
        let at_i = vm.getitem(x, &i)?;
        vm.setitem(x, i, at_j)?;
        vm.setitem(x, j, at_i)?;
    }
    Ok(())
}

/// Whether `x` is an integer for `permutation` (a Python int or a NumPy
/// integer scalar), and the dtype NumPy's `arange` gives it (a `uint64`
/// mixed with the default int makes floats).
fn int_like(x: &Value) -> Option<DType> {
    match x {
        Value::Int(_) | Value::Bool(_) => Some(DType::Int64),
        _ => match x.kind() {
            Some(ObjKind::BigInt(_)) => Some(DType::Int64),
            _ => NdArray::of(x)
                .filter(|a| a.scalar && a.dtype.is_integer())
                .map(|a| {
                    if a.dtype == DType::UInt64 {
                        DType::Float64
                    } else {
                        DType::Int64
                    }
                }),
        },
    }
}

/// `permutation(x)`: a shuffled `arange(x)` for an int, else a shuffled
/// copy of the array along `axis` (`legacy`: axis 0, NumPy's legacy
/// errors and dtypes).
pub fn permutation(
    vm: &mut Vm,
    this: &Value,
    x: &Value,
    axis: i64,
    legacy: bool,
) -> PyResult<Value> {
    if let Some(dtype) = int_like(x) {
        let n = vm.index_of(x)?.max(0) as usize;
        crate::numpy::alloc::check_room(&[n], DType::Int64)?;
        let v = shuffled_range(this, n)?;
        let a = NdArray::from_vec(v);
        return Ok(if dtype == DType::Int64 {
            a
        } else {
            a.copy_as(dtype)?
        }
        .into_value());
    }
    let arr = as_array(vm, x, None)?;
    if legacy && arr.ndim() < 1 {
        return Err(PyErr::new(
            taipan_vm::types::types().index_error,
            "x must be an integer or at least 1-dimensional",
        ));
    }
    let axis = crate::numpy::errors::normalize_axis(axis, arr.ndim())?;
    if arr.ndim() == 1 {
        let copy = arr.copy_as(arr.dtype)?;
        let swaps = partners(this, copy.dim(0), 1, Pick::Interval)?;
        let value = copy.into_value();
        if let Some(a) = NdArray::of(&value) {
            shuffle_rows(&value, a, &swaps)?;
        }
        return Ok(value);
    }
    let idx = NdArray::from_vec(shuffled_range(this, arr.dim(axis))?).into_value();
    let source = arr.into_value();
    take_along(vm, &source, idx, axis)
}

/// `a.take(idx, axis)` for an array value `a` (a Python int or an int
/// array `idx`), through indexing with slices before `axis`.
pub fn take_along(vm: &mut Vm, a: &Value, idx: Value, axis: usize) -> PyResult<Value> {
    let arr = NdArray::of(a)
        .cloned()
        .ok_or_else(|| PyErr::type_error("expected an array"))?;
    let key = if axis == 0 {
        idx
    } else {
        let all = Value::obj(ObjKind::Slice(Box::new([
            Value::None,
            Value::None,
            Value::None,
        ])));
        let mut items = vec![all; axis];
        items.push(idx);
        new_tuple(items)
    };
    getitem(vm, a, &arr, &key)
}

/// Which messages a `choice` gives (legacy and `Generator` word them
/// differently).
pub struct ChoiceWords {
    /// `p` is not 1-d.
    pub p_ndim: &'static str,
    /// `a` and `p` differ in size.
    pub p_size: &'static str,
    /// `p` holds a NaN.
    pub p_nan: &'static str,
    /// `p` holds a negative value.
    pub p_negative: &'static str,
    /// `p` does not sum to 1.
    pub p_sum: &'static str,
    /// A sample without replacement larger than the population.
    pub too_large: &'static str,
    /// A negative dimension in `size` (with replacement, without), where
    /// `choice` checks for one before reading `size`.
    pub size_negative: Option<(&'static str, &'static str)>,
}

/// Kahan's compensated sum (what NumPy checks `p` with).
pub fn kahan_sum(v: &[f64]) -> f64 {
    let Some((&first, rest)) = v.split_first() else {
        return 0.0;
    };
    let (mut sum, mut c) = (first, 0.0);
    for &x in rest {
        let y = x - c;
        let t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    sum
}

/// The probabilities `p` of `choice` over `pop_size` items, checked.
fn probabilities(vm: &mut Vm, p: &Value, pop_size: i64, words: &ChoiceWords) -> PyResult<Vec<f64>> {
    vm.len(p)?;
    let mut atol = f64::EPSILON.sqrt();
    if let Some(given) = NdArray::of(p) {
        match given.dtype {
            DType::Float32 => atol = atol.max((f32::EPSILON).sqrt() as f64),
            DType::Float16 => atol = atol.max(0.031_25),
            _ => {}
        }
    }
    let arr = as_array(vm, p, Some(DType::Float64))?;
    if arr.ndim() != 1 {
        return Err(PyErr::value_error(words.p_ndim));
    }
    if arr.size() as i64 != pop_size {
        return Err(PyErr::value_error(words.p_size));
    }
    let v: Vec<f64> = arr.to_vec()?;
    let sum = kahan_sum(&v);
    if sum.is_nan() {
        return Err(PyErr::value_error(words.p_nan));
    }
    if v.iter().any(|&x| x < 0.0) {
        return Err(PyErr::value_error(words.p_negative));
    }
    if (sum - 1.0).abs() > atol {
        return Err(PyErr::value_error(words.p_sum));
    }
    Ok(v)
}

/// `cumsum(p) / cumsum(p)[-1]`.
fn cdf(p: &[f64]) -> Vec<f64> {
    let mut c = Vec::with_capacity(p.len());
    let mut acc = 0.0;
    for (i, &x) in p.iter().enumerate() {
        acc = if i == 0 { x } else { acc + x };
        c.push(acc);
    }
    let last = c.last().copied().unwrap_or(1.0);
    for x in c.iter_mut() {
        *x /= last;
    }
    c
}

/// `cdf.searchsorted(u, side='right')`.
fn search_right(cdf: &[f64], u: f64) -> i64 {
    cdf.partition_point(|&c| c <= u) as i64
}

/// Indices without replacement drawn with probabilities `p` (NumPy's
/// loop: draw what is missing, zero what was found, keep the new values
/// in order of first appearance); `uniform(k)` draws `k` doubles.
fn weighted_unique(
    p: &[f64],
    size: usize,
    mut uniform: impl FnMut(usize) -> PyResult<Vec<f64>>,
) -> PyResult<Vec<i64>> {
    if p.iter().filter(|&&x| x > 0.0).count() < size {
        return Err(PyErr::value_error("Fewer non-zero entries in p than size"));
    }
    let mut p = p.to_vec();
    let mut found: Vec<i64> = Vec::with_capacity(size);
    while found.len() < size {
        let x = uniform(size - found.len())?;
        for &f in &found {
            if let Some(slot) = p.get_mut(f as usize) {
                *slot = 0.0;
            }
        }
        let c = cdf(&p);
        let mut seen = std::collections::HashSet::new();
        for u in x {
            let i = search_right(&c, u);
            if seen.insert(i) {
                found.push(i);
            }
        }
    }
    Ok(found)
}

/// An int64 array of `shape` (or the first value as a Python int without
/// one): the indices `choice` picked.
fn index_value(idx: Vec<i64>, shape: Option<&Dims>) -> Value {
    match shape {
        None => Value::Int(idx.first().copied().unwrap_or(0)),
        Some(s) => NdArray::new(i64::wrap(idx), s.clone()).into_value(),
    }
}

/// The element(s) of `a` at `idx` for `choice`: a 0-d array when a shape
/// of `()` was asked for and `a` is 1-d, else `a[idx]` along `axis`.
fn pick_from(vm: &mut Vm, a: &NdArray, idx: Value, axis: usize, zero_d: bool) -> PyResult<Value> {
    let source = a.clone().into_value();
    if zero_d {
        let item = match NdArray::of(&idx).map(|i| i.first()) {
            Some(Scalar::Int(i)) => Value::Int(i),
            _ => idx,
        };
        let picked = take_along(vm, &source, item, axis)?;
        if let Some(s) = NdArray::of(&picked) {
            let mut s = s.clone();
            s.scalar = false;
            return Ok(s.into_value());
        }
        return Ok(picked);
    }
    take_along(vm, &source, idx, axis)
}

/// A `choice` call once its population is known: what `Generator.choice`
/// and `RandomState.choice` have each read from their arguments.
pub struct Choice<'a> {
    /// `a` as an array (0-d when the population is `arange(a)`).
    pub a: &'a NdArray,
    /// How many items there are to choose from.
    pub pop_size: i64,
    /// The axis of `a` along which they lie.
    pub axis: usize,
    /// `size` (`None` for one scalar sample).
    pub size: Option<Value>,
    /// Whether an item may be chosen more than once.
    pub replace: bool,
    /// The probabilities `p`, unchecked.
    pub p: Option<Value>,
}

/// The rest of `choice` (shared by `Generator` and `RandomState`): checks
/// `p` and `size` with `words`, draws the indices by one of the four
/// paths (with or without `p`, with or without replacement) and picks
/// them from `a`. `unique(pop, n)` draws `n` distinct indices from
/// `[0, pop)` without `p`, the path whose algorithm each generator has
/// its own of.
pub fn choose(
    vm: &mut Vm,
    this: &Value,
    call: Choice<'_>,
    words: &ChoiceWords,
    unique: impl FnOnce(usize, usize) -> PyResult<Vec<i64>>,
) -> PyResult<Value> {
    let Choice {
        a,
        pop_size,
        axis,
        size,
        replace,
        p,
    } = call;
    let p = match &p {
        Some(p) => Some(probabilities(vm, p, pop_size, words)?),
        None => None,
    };
    let shape = match &size {
        Some(s) => {
            let spec = shape_arg(vm, s)?;
            if !replace && spec.iter().product::<i64>() > pop_size {
                return Err(PyErr::value_error(words.too_large));
            }
            if let Some((with, without)) = words.size_negative {
                if spec.iter().any(|&d| d < 0) {
                    return Err(PyErr::value_error(if replace { with } else { without }));
                }
            }
            size_arg(vm, Some(s))?
        }
        None => None,
    };
    let dims = shape.clone().unwrap_or_default();
    let n: usize = dims.iter().product();
    if !replace && n as i64 > pop_size {
        return Err(PyErr::value_error(words.too_large));
    }
    let idx: Vec<i64> = match (&p, replace) {
        (Some(p), true) => {
            let c = cdf(p);
            let u = draw(this, |s| {
                (0..n).map(|_| s.next_double()).collect::<Vec<f64>>()
            })?;
            u.iter().map(|&u| search_right(&c, u)).collect()
        }
        (None, true) => {
            let ty = IntType {
                dtype: DType::Int64,
                python: None,
            };
            let size_v = new_tuple(dims.iter().map(|&d| Value::Int(d as i64)).collect());
            let drawn = bounded_ints(
                vm,
                this,
                &Value::Int(0),
                &Value::Int(pop_size),
                Some(&size_v),
                ty,
                false,
            )?;
            NdArray::of(&drawn).map_or(Ok(Vec::new()), |a| a.to_vec())?
        }
        (Some(p), false) => weighted_unique(p, n, |k| {
            draw(this, |s| (0..k).map(|_| s.next_double()).collect())
        })?,
        (None, false) => unique(pop_size.max(0) as usize, n)?,
    };
    let is_scalar = shape.is_none();
    let idx_value = index_value(idx, Some(&dims).filter(|_| !is_scalar));
    if a.ndim() == 0 {
        return Ok(idx_value);
    }
    let zero_d = !is_scalar && dims.is_empty() && a.ndim() == 1;
    pick_from(vm, a, idx_value, axis, zero_d)
}
