//! Indexing exactly like NumPy: integers, slices, `...` and `None` make
//! views that write through; boolean masks and integer arrays (advanced
//! indexing) gather copies, and assignment through either writes back.

use super::alloc::{check_offsets_room, check_room};
use super::array::{Dims, NdArray, Strides};
use super::broadcast::{broadcast_shapes, broadcast_to};
use super::convert::{self, check_fits};
use super::dtype::{DType, Kind};
use super::element::{Data, Element, Scalar};
use super::ops::{assign, typed};
use smallvec::SmallVec;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::{Value, Vm};

/// One item of an index expression.
enum Item {
    /// An integer.
    Int(i64),
    /// `start:stop:step`, as given.
    Slice(Option<i64>, Option<i64>, Option<i64>),
    /// `...`.
    Ellipsis,
    /// `None` / `np.newaxis`.
    NewAxis,
    /// An array of integers (advanced indexing).
    Ints(NdArray),
    /// An array of bools (a mask).
    Mask(NdArray),
}

fn invalid_index() -> PyErr {
    PyErr::index_error(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or \
         boolean arrays are valid indices",
    )
}

fn slice_part(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    vm.index_of(v).map(Some).map_err(|_| {
        PyErr::type_error("slice indices must be integers or None or have an __index__ method")
    })
}

/// `v` as one integer index: a Python int, or a NumPy integer scalar or
/// 0-d array.
fn integer_index(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        _ => NdArray::of(v)
            .filter(|a| a.ndim() == 0 && a.dtype.is_integer())
            .map(|a| a.first().as_i64()),
    }
}

fn parse_item(vm: &mut Vm, v: &Value) -> PyResult<Item> {
    if let Some(i) = integer_index(v) {
        return Ok(Item::Int(i));
    }
    match v {
        Value::None => return Ok(Item::NewAxis),
        // A Python bool is a 0-d mask: a new axis of length 1 or 0.
        Value::Bool(b) => return Ok(Item::Mask(NdArray::new(Data::Bool(vec![*b]), Dims::new()))),
        Value::Float(_) => return Err(invalid_index()),
        _ => {}
    }
    if let Some(a) = NdArray::of(v) {
        return match a.dtype.kind() {
            Kind::Bool => Ok(Item::Mask(a.clone())),
            Kind::Int | Kind::UInt => Ok(Item::Ints(a.clone())),
            // A NumPy float scalar is no array; a float array (0-d too) is.
            Kind::Float if a.scalar => Err(invalid_index()),
            Kind::Float => Err(PyErr::index_error(
                "arrays used as indices must be of integer (or boolean) type",
            )),
        };
    }
    match v.kind() {
        Some(ObjKind::Slice(parts)) => {
            let parts = parts.clone();
            Ok(Item::Slice(
                slice_part(vm, &parts[0])?,
                slice_part(vm, &parts[1])?,
                slice_part(vm, &parts[2])?,
            ))
        }
        // A range indexes as the integer array it holds (`wpe[range(n)]`).
        Some(ObjKind::List(_) | ObjKind::Range { .. }) => {
            let a = convert::to_array(vm, v, None)?;
            match a.dtype.kind() {
                Kind::Bool => Ok(Item::Mask(a)),
                Kind::Int | Kind::UInt => Ok(Item::Ints(a)),
                // An empty list indexes nothing.
                Kind::Float if a.size() == 0 => Ok(Item::Ints(a.copy_as(DType::Int64)?)),
                Kind::Float => Err(invalid_index()),
            }
        }
        _ if vm.type_name(v) == "ellipsis" => Ok(Item::Ellipsis),
        _ => match vm.index_of(v) {
            Ok(i) => Ok(Item::Int(i)),
            Err(_) => Err(invalid_index()),
        },
    }
}

fn parse_key(vm: &mut Vm, key: &Value) -> PyResult<Vec<Item>> {
    match key.kind() {
        Some(ObjKind::Tuple(items)) => {
            let items = items.to_vec();
            items.iter().map(|v| parse_item(vm, v)).collect()
        }
        _ => Ok(vec![parse_item(vm, key)?]),
    }
}

/// Python's `slice.indices`: (start, step, length) of a slice over `n`.
fn slice_range(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    n: usize,
) -> PyResult<(i64, i64, usize)> {
    let n = n as i64;
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => {
                let v = v + n;
                if v < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    v
                }
            }
            Some(v) if v >= n => {
                if step < 0 {
                    n - 1
                } else {
                    n
                }
            }
            Some(v) => v,
        }
    };
    let (start, stop) = if step > 0 {
        (clamp(start, 0), clamp(stop, n))
    } else {
        (clamp(start, n - 1), clamp(stop, -1))
    };
    let len = if step > 0 {
        if stop > start {
            (stop - start + step - 1) / step
        } else {
            0
        }
    } else if start > stop {
        (start - stop + (-step) - 1) / (-step)
    } else {
        0
    };
    Ok((start, step, len as usize))
}

/// An integer index checked against an axis of length `n`.
fn wrap_index(i: i64, n: usize, axis: usize) -> PyResult<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(PyErr::index_error(format!(
            "index {i} is out of bounds for axis {axis} with size {n}"
        )));
    }
    Ok(j as usize)
}

/// The result of applying the basic items: a view, and where the advanced
/// indices (as integer arrays) apply in it.
struct Applied {
    view: NdArray,
    advanced: Vec<(usize, NdArray)>,
    /// For each advanced index, the axis of the source it indexes (for
    /// NumPy's out-of-bounds message).
    source_axes: Vec<usize>,
    /// Whether the view is one element reached by integers alone.
    scalar: bool,
}

fn apply(a: &NdArray, items: Vec<Item>) -> PyResult<Applied> {
    let consumed: usize = items
        .iter()
        .map(|it| match it {
            Item::Int(_) | Item::Slice(..) | Item::Ints(_) => 1,
            Item::Mask(m) => m.ndim(),
            Item::Ellipsis | Item::NewAxis => 0,
        })
        .sum();
    if consumed > a.ndim() {
        return Err(PyErr::index_error(format!(
            "too many indices for array: array is {}-dimensional, but {consumed} were indexed",
            a.ndim()
        )));
    }
    let ellipses = items.iter().filter(|i| matches!(i, Item::Ellipsis)).count();
    if ellipses > 1 {
        return Err(PyErr::index_error(
            "an index can only have a single ellipsis ('...')",
        ));
    }
    let any_advanced = items
        .iter()
        .any(|i| matches!(i, Item::Ints(_) | Item::Mask(_)));
    let mut shape: Dims = SmallVec::new();
    let mut strides: Strides = SmallVec::new();
    let mut offset = a.offset as isize;
    let mut advanced = Vec::new();
    let mut source_axes = Vec::new();
    let mut axis = 0usize; // the axis of `a` the next item applies to
    let mut all_ints = ellipses == 0;
    for item in items {
        match item {
            Item::Int(i) if !any_advanced => {
                let j = wrap_index(i, a.dim(axis), axis)?;
                offset += j as isize * a.stride(axis);
                axis += 1;
            }
            Item::Int(i) => {
                let j = wrap_index(i, a.dim(axis), axis)?;
                source_axes.push(axis);
                advanced.push((shape.len(), NdArray::new_scalar_index(j)));
                shape.push(a.dim(axis));
                strides.push(a.stride(axis));
                axis += 1;
            }
            Item::Slice(start, stop, step) => {
                all_ints = false;
                let (start, step, len) = slice_range(start, stop, step, a.dim(axis))?;
                if len > 0 {
                    offset += start as isize * a.stride(axis);
                }
                shape.push(len);
                strides.push(a.stride(axis) * step as isize);
                axis += 1;
            }
            Item::Ellipsis => {
                let fill = a.ndim() - consumed;
                for _ in 0..fill {
                    shape.push(a.dim(axis));
                    strides.push(a.stride(axis));
                    axis += 1;
                }
            }
            Item::NewAxis => {
                all_ints = false;
                shape.push(1);
                strides.push(0);
            }
            Item::Ints(ix) => {
                all_ints = false;
                source_axes.push(axis);
                advanced.push((shape.len(), ix));
                shape.push(a.dim(axis));
                strides.push(a.stride(axis));
                axis += 1;
            }
            Item::Mask(m) => {
                all_ints = false;
                if m.ndim() == 0 {
                    // A 0-d mask adds an axis of length 1 (True) or 0 (False).
                    let picked = if m.first().as_bool() {
                        vec![0i64]
                    } else {
                        Vec::new()
                    };
                    source_axes.push(axis);
                    advanced.push((shape.len(), NdArray::from_vec(picked)));
                    shape.push(1);
                    strides.push(0);
                    continue;
                }
                for d in 0..m.ndim() {
                    if m.dim(d) != a.dim(axis + d) {
                        return Err(PyErr::index_error(format!(
                            "boolean index did not match indexed array along axis {}; size of \
                             axis is {} but size of corresponding boolean axis is {}",
                            axis + d,
                            a.dim(axis + d),
                            m.dim(d)
                        )));
                    }
                }
                for ix in mask_to_indices(&m)? {
                    source_axes.push(axis);
                    advanced.push((shape.len(), ix));
                    shape.push(a.dim(axis));
                    strides.push(a.stride(axis));
                    axis += 1;
                }
            }
        }
    }
    while axis < a.ndim() {
        shape.push(a.dim(axis));
        strides.push(a.stride(axis));
        axis += 1;
    }
    let view = a.view(shape, strides, offset.max(0) as usize);
    Ok(Applied {
        scalar: all_ints && advanced.is_empty() && view.ndim() == 0,
        view,
        advanced,
        source_axes,
    })
}

impl NdArray {
    /// A 0-d int64 array holding an index (an integer among advanced indices).
    fn new_scalar_index(i: usize) -> NdArray {
        NdArray::new(super::element::Data::I64(vec![i as i64]), SmallVec::new())
    }
}

/// The integer arrays (one per axis) of the true positions of a mask.
fn mask_to_indices(m: &NdArray) -> PyResult<Vec<NdArray>> {
    if m.ndim() == 1 {
        let flags = m.to_vec::<bool>()?;
        let count = flags.iter().filter(|&&f| f).count();
        let mut picked: Vec<i64> = Vec::with_capacity(check_offsets_room(&[count])?);
        picked.extend((0..flags.len() as i64).filter(|&i| flags[i as usize]));
        return Ok(vec![NdArray::from_vec(picked)]);
    }
    let nd = m.ndim();
    let data = m.buf.read();
    let flags = typed::<bool>(&data);
    // Counted first, as NumPy does, so that the index arrays are asked
    // for (and made) at their size: a view can hold more than memory.
    let mut count = 0usize;
    m.for_each_offset(|o| count += usize::from(flags[o]));
    let mut cols: Vec<Vec<i64>> = (0..nd)
        .map(|_| check_offsets_room(&[count]).map(Vec::with_capacity))
        .collect::<PyResult<_>>()?;
    let shape = &m.shape();
    let mut pos = 0usize;
    m.for_each_offset(|o| {
        if flags[o] {
            let mut rest = pos;
            for d in (0..nd).rev() {
                cols[d].push((rest % shape[d]) as i64);
                rest /= shape[d];
            }
        }
        pos += 1;
    });
    Ok(cols.into_iter().map(NdArray::from_vec::<i64>).collect())
}

/// What `a[key]` with advanced indices gathers: the buffer offsets in
/// the order the result's memory holds them, that memory's shape, and the
/// axes that transpose it into the result (None: it is the result).
struct Gathered {
    offsets: Vec<usize>,
    shape: Dims,
    axes: Option<Vec<i64>>,
}

/// The buffer offsets an advanced index selects, in the result's C order,
/// and the result's shape (for assignment).
fn advanced_offsets(applied: &Applied) -> PyResult<(Vec<usize>, Dims)> {
    let g = gathered(applied, false)?;
    Ok((g.offsets, g.shape))
}

/// The elements an advanced index selects, laid out in `numpy_layout` as
/// NumPy lays out the result (the index's broadcast axes outermost, then
/// the other axes in the source's memory order, viewed back into the
/// result's order), else in the result's C order.
fn gathered(applied: &Applied, numpy_layout: bool) -> PyResult<Gathered> {
    let view = &applied.view;
    let mut bshape: Dims = SmallVec::new();
    for (_, ix) in &applied.advanced {
        bshape = broadcast_shapes(&bshape, &ix.shape()).map_err(|_| {
            let shapes: Vec<String> = applied
                .advanced
                .iter()
                .map(|(_, ix)| super::convert::shape_text(&ix.shape()))
                .collect();
            PyErr::index_error(format!(
                "shape mismatch: indexing arrays could not be broadcast together with shapes {} ",
                shapes.join(" ")
            ))
        })?;
    }
    let adv_axes: Vec<usize> = applied.advanced.iter().map(|(a, _)| *a).collect();
    let first = adv_axes.iter().copied().min().unwrap_or(0);
    let last = adv_axes.iter().copied().max().unwrap_or(0);
    let adjacent = last + 1 - first == adv_axes.len();
    let rest: Vec<usize> = (0..view.ndim()).filter(|a| !adv_axes.contains(a)).collect();
    let (pre, post): (Vec<usize>, Vec<usize>) = if adjacent {
        rest.iter().partition(|&&a| a < first)
    } else {
        (Vec::new(), rest.clone())
    };
    let mut shape: Dims = pre.iter().map(|&a| view.dim(a)).collect();
    shape.extend_from_slice(&bshape);
    shape.extend(post.iter().map(|&a| view.dim(a)));
    // The result, its offsets and the index positions, asked for before
    // any is made.
    check_room(&shape, view.dtype)?;
    let size = check_offsets_room(&shape)?;
    let bsize = check_offsets_room(&bshape)?;
    // The flat offset contribution of each broadcast position.
    let mut adv = vec![0isize; bsize];
    for ((axis, ix), &source_axis) in applied.advanced.iter().zip(&applied.source_axes) {
        let vals = broadcast_to(ix, &bshape)?.to_vec::<i64>()?;
        let (n, stride) = (view.dim(*axis), view.stride(*axis));
        let len = n as i64;
        for (slot, &i) in adv.iter_mut().zip(&vals) {
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                let err = wrap_index(i, n, source_axis).err();
                return Err(err.unwrap_or_else(invalid_index));
            }
            *slot += j as isize * stride;
        }
    }
    let sub = |axes: &[usize]| -> NdArray {
        view.view(
            axes.iter().map(|&a| view.dim(a)).collect(),
            axes.iter().map(|&a| view.stride(a)).collect(),
            0,
        )
    };
    let mut subspace = pre.clone();
    subspace.extend_from_slice(&post);
    // NumPy's layout differs from C order only when axes precede the
    // index's or the others do not lie in C order in memory.
    let order = (numpy_layout && size > 0)
        .then(|| super::join::memory_order(&[sub(&subspace)], subspace.len()))
        .filter(|order| !(pre.is_empty() && super::join::is_c_order(order)));
    if let Some(order) = order {
        let inner: Vec<usize> = order.iter().map(|&i| subspace[i]).collect();
        let inner_offs = signed_offsets(&sub(&inner))?;
        let mut offsets = Vec::with_capacity(size);
        for &b in &adv {
            for &q in &inner_offs {
                offsets.push((view.offset as isize + b + q) as usize);
            }
        }
        let mut memory: Dims = bshape.clone();
        memory.extend(inner.iter().map(|&a| view.dim(a)));
        // Where each axis of the result lies in that memory.
        let k = bshape.len();
        let in_memory = |sub_index: usize| {
            let at = order
                .iter()
                .position(|&i| i == sub_index)
                .unwrap_or(sub_index);
            (k + at) as i64
        };
        let mut axes: Vec<i64> = (0..pre.len()).map(in_memory).collect();
        axes.extend((0..k).map(|i| i as i64));
        axes.extend((pre.len()..subspace.len()).map(in_memory));
        return Ok(Gathered {
            offsets,
            shape: memory,
            axes: Some(axes),
        });
    }
    let (pre_view, post_view) = (sub(&pre), sub(&post));
    if size == 0 {
        return Ok(Gathered {
            offsets: Vec::new(),
            shape,
            axes: None,
        });
    }
    let (pre_offs, post_offs) = (signed_offsets(&pre_view)?, signed_offsets(&post_view)?);
    let mut offsets = Vec::with_capacity(size);
    for &p in &pre_offs {
        for &b in &adv {
            for &q in &post_offs {
                offsets.push((view.offset as isize + p + b + q) as usize);
            }
        }
    }
    Ok(Gathered {
        offsets,
        shape,
        axes: None,
    })
}

/// The offsets (relative to offset 0, possibly negative) of a view's
/// elements in C order.
fn signed_offsets(v: &NdArray) -> PyResult<Vec<isize>> {
    let n = check_offsets_room(&v.shape())?;
    let mut out = Vec::with_capacity(n);
    if n == 0 {
        return Ok(out);
    }
    let (shape, strides) = (v.shape(), v.strides());
    let nd = shape.len();
    let mut index: Dims = SmallVec::from_elem(0, nd);
    for _ in 0..n {
        out.push(
            index
                .iter()
                .zip(&strides)
                .map(|(&i, &s)| i as isize * s)
                .sum(),
        );
        for d in (0..nd).rev() {
            index[d] += 1;
            if index[d] < shape[d] {
                break;
            }
            index[d] = 0;
        }
    }
    Ok(out)
}

/// A value derived from `source` keeps its read-only mark (an argument
/// handed to a worker stays read-only through its views).
fn derived(source: &Value, a: NdArray) -> Value {
    let v = a.into_value();
    if let (Some(src), Some(o)) = (source.as_obj(), v.as_obj()) {
        if src.get().write_refusal().is_some() && !src.is_frozen() {
            o.get().make_read_only();
        }
    }
    v
}

/// The common `a[mask]` where the mask covers `a`'s leading axes: the
/// selected offsets and the result's shape, without index arrays.
fn leading_mask(a: &NdArray, items: &[Item]) -> PyResult<Option<(Vec<usize>, Dims)>> {
    if let [Item::Ints(ix)] = items {
        return leading_ints(a, ix);
    }
    let [Item::Mask(m)] = items else {
        return Ok(None);
    };
    let k = m.ndim();
    if k == 0 || k > a.ndim() || m.shape().as_slice() != &a.shape()[..k] {
        return Ok(None);
    }
    let lead = a.view(a.shape()[..k].into(), a.strides()[..k].into(), 0);
    let rest = a.view(a.shape()[k..].into(), a.strides()[k..].into(), 0);
    let flags = m.to_vec::<bool>()?;
    let mut shape: Dims = SmallVec::from_slice(&[flags.iter().filter(|&&keep| keep).count()]);
    shape.extend_from_slice(&a.shape()[k..]);
    // The result and its offsets, asked for before either is made.
    check_room(&shape, a.dtype)?;
    let size = check_offsets_room(&shape)?;
    if size == 0 {
        return Ok(Some((Vec::new(), shape)));
    }
    let rest_offsets = signed_offsets(&rest)?;
    let mut offsets = Vec::with_capacity(size);
    for (base, keep) in signed_offsets(&lead)?.into_iter().zip(flags) {
        if keep {
            let base = a.offset as isize + base;
            offsets.extend(rest_offsets.iter().map(|&r| (base + r) as usize));
        }
    }
    Ok(Some((offsets, shape)))
}

/// Whether the axes of `a` from `first` on lie in C order in memory.
fn rest_in_c_order(a: &NdArray, first: usize) -> bool {
    let rest = a.view(a.shape()[first..].into(), a.strides()[first..].into(), 0);
    let order = super::join::memory_order(&[rest], a.ndim() - first);
    super::join::is_c_order(&order)
}

/// The common `a[indices]` (one integer array on the first axis): the
/// selected offsets and the result's shape. `None` when an index is out of
/// bounds, so that the general path raises NumPy's error.
fn leading_ints(a: &NdArray, ix: &NdArray) -> PyResult<Option<(Vec<usize>, Dims)>> {
    if a.ndim() == 0 {
        return Ok(None);
    }
    let (n, stride) = (a.dim(0) as i64, a.stride(0));
    let mut shape = ix.shape();
    shape.extend_from_slice(&a.shape()[1..]);
    // The result and its offsets, asked for before either is made.
    check_room(&shape, a.dtype)?;
    let mut offsets = Vec::with_capacity(check_offsets_room(&shape)?);
    if ix.size() == 0 {
        return Ok(Some((offsets, shape)));
    }
    let rest = a.view(a.shape()[1..].into(), a.strides()[1..].into(), 0);
    let rest_offsets = signed_offsets(&rest)?;
    for i in ix.to_vec::<i64>()? {
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Ok(None);
        }
        let base = a.offset as isize + j as isize * stride;
        offsets.extend(rest_offsets.iter().map(|&r| (base + r) as usize));
    }
    Ok(Some((offsets, shape)))
}

/// `a[indices]` for a one-dimensional `a` (NMS's `x1[order[1:]]`): the
/// elements read in one pass, with no list of offsets in between. `None`
/// when an index is out of bounds, so that the general path raises NumPy's
/// error.
fn gather_1d(a: &NdArray, ix: &NdArray) -> PyResult<Option<NdArray>> {
    let shape = ix.shape();
    check_room(&shape, a.dtype)?;
    let ix_data = ix.buf.read();
    let indices: std::borrow::Cow<'_, [i64]> = match i64::slice(&ix_data) {
        Some(all) if ix.is_c_contiguous() => all[ix.offset..ix.offset + ix.size()].into(),
        _ => ix.to_vec::<i64>()?.into(),
    };
    let (n, stride, base) = (a.dim(0) as i64, a.stride(0), a.offset as isize);
    // The check has no branch per element (so it vectorises), and a
    // negative index adds `n` through its sign mask.
    let in_bounds = indices.iter().fold(true, |ok, &i| ok & (i >= -n) & (i < n));
    if !in_bounds {
        return Ok(None);
    }
    let wrap = move |i: i64| (i + (n & (i >> 63))) as isize;
    let data = a.buf.read();
    let gathered = crate::with_data!(&*data, src: T => {
        let out: Vec<T> = if stride == 1 {
            let row = &src[base as usize..base as usize + n as usize];
            indices.iter().map(|&i| row[wrap(i) as usize]).collect()
        } else {
            indices.iter().map(|&i| src[(base + wrap(i) * stride) as usize]).collect()
        };
        T::wrap(out)
    });
    Ok(Some(NdArray::new(gathered, shape)))
}

/// `a[key]`.
pub fn getitem(vm: &mut Vm, target: &Value, a: &NdArray, key: &Value) -> PyResult<Value> {
    if let Some(offset) = element_offset(a, key) {
        return Ok(NdArray::new_scalar(a.get(offset), a.dtype).into_value());
    }
    let items = parse_key(vm, key)?;
    if let ([Item::Ints(ix)], 1) = (items.as_slice(), a.ndim()) {
        if let Some(r) = gather_1d(a, ix)? {
            return Ok(r.into_value());
        }
    }
    // The fast path gathers in C order: NumPy's order too when the axes
    // after the leading index lie in C order in memory.
    let lead = match items.as_slice() {
        [Item::Ints(_)] => 1,
        [Item::Mask(m)] => m.ndim(),
        _ => 0,
    };
    if lead > 0 && lead <= a.ndim() && rest_in_c_order(a, lead) {
        if let Some((offsets, shape)) = leading_mask(a, &items)? {
            let data = a.buf.read().gather_as(&offsets, a.dtype);
            return Ok(NdArray::new(data, shape).into_value());
        }
    }
    let applied = apply(a, items)?;
    if applied.advanced.is_empty() {
        if applied.scalar {
            return Ok(NdArray::new_scalar(applied.view.first(), a.dtype).into_value());
        }
        return Ok(derived(target, applied.view));
    }
    let g = gathered(&applied, true)?;
    let data = applied.view.buf.read().gather_as(&g.offsets, a.dtype);
    let r = NdArray::new(data, g.shape);
    match g.axes {
        Some(axes) => super::shape::transpose(&r, Some(&axes)).map(NdArray::into_value),
        None => Ok(r.into_value()),
    }
}

/// The buffer offset of `a[key]` when `key` is one integer per axis (see
/// [`integer_index`]), as element loops
/// index (`a[i, j]`): found without building index items and views.
/// `None` for any other key, and for an index out of range (the general
/// path raises NumPy's error for it).
fn element_offset(a: &NdArray, key: &Value) -> Option<usize> {
    let keys: &[Value] = match key.kind() {
        Some(ObjKind::Tuple(items)) => items,
        _ => std::slice::from_ref(key),
    };
    if keys.len() != a.ndim() || keys.is_empty() {
        return None;
    }
    let mut index: SmallVec<[usize; 4]> = SmallVec::new();
    for (axis, k) in keys.iter().enumerate() {
        let dim = a.dim(axis) as i64;
        let i = integer_index(k)?;
        let i = if i < 0 { i + dim } else { i };
        if !(0..dim).contains(&i) {
            return None;
        }
        index.push(i as usize);
    }
    Some(a.offset_of(&index))
}

/// A Python scalar checked for storing in an array of `dtype`: an int
/// must fit an integer dtype, and a float stored in one must be finite.
fn storable(s: Scalar, dtype: DType) -> PyResult<Scalar> {
    if dtype.kind() != Kind::Float && dtype != DType::Bool {
        check_fits(s, dtype)?;
        check_float_to_int(s)?;
    }
    Ok(s)
}

/// `a[key] = value`.
pub fn setitem(
    vm: &mut Vm,
    target: &Value,
    a: &NdArray,
    key: &Value,
    value: &Value,
) -> PyResult<()> {
    if let Some(offset) = element_offset(a, key) {
        if let Some((s, _)) = convert::python_scalar(value)? {
            let s = storable(s, a.dtype)?;
            return a.write(target, |data| data.set(offset, s));
        }
    }
    let items = parse_key(vm, key)?;
    let fast = leading_mask(a, &items)?;
    let applied = apply(a, items)?;
    let src = match convert::python_scalar(value)? {
        Some((s, _)) => NdArray::new_scalar(storable(s, a.dtype)?, a.dtype),
        None => match NdArray::of(value) {
            Some(v) => v.clone(),
            None => convert::to_array(vm, value, Some(a.dtype))?,
        },
    };
    if applied.advanced.is_empty() {
        return assign(target, &applied.view, &src);
    }
    let (offsets, shape) = match fast {
        Some(found) => found,
        None => advanced_offsets(&applied)?,
    };
    let src = broadcast_to(&src, &shape).map_err(|_| {
        PyErr::value_error(format!(
            "shape mismatch: value array of shape {} could not be broadcast to indexing result \
             of shape {}",
            super::broadcast::compact_shape(&src.shape()),
            super::broadcast::compact_shape(&shape)
        ))
    })?;
    let values = src.to_data(a.dtype)?;
    a.write(target, |data| {
        crate::with_data!(data, out: T => {
            let vals = typed::<T>(&values);
            for (&o, &v) in offsets.iter().zip(vals) {
                out[o] = v;
            }
        })
    })
}

/// `np.nonzero(a)` / `a.nonzero()` / `np.where(a)`: a tuple of index
/// arrays, one per axis (a 0-d input counts as 1-d).
pub fn nonzero_value(a: &NdArray) -> PyResult<Value> {
    let a = if a.ndim() == 0 {
        super::shape::expand_dims(a, &[0])?
    } else {
        a.clone()
    };
    let mask = super::ops::cast(&a, DType::Bool)?;
    let cols = mask_to_indices(&mask)?;
    Ok(taipan_vm::builtins::new_tuple(
        cols.into_iter().map(NdArray::into_value).collect(),
    ))
}

/// A Python float stored into an integer array must be finite.
pub fn check_float_to_int(s: super::element::Scalar) -> PyResult<()> {
    match s {
        super::element::Scalar::Float(f) if f.is_nan() => {
            Err(PyErr::value_error("cannot convert float NaN to integer"))
        }
        super::element::Scalar::Float(f) if f.is_infinite() => {
            Err(PyErr::overflow("cannot convert float infinity to integer"))
        }
        _ => Ok(()),
    }
}
