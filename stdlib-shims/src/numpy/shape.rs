//! Changing an array's shape without touching its elements: reshape,
//! transpose, squeeze, expand_dims, ravel (views where NumPy makes views).

use super::array::{c_strides, Dims, NdArray, Strides};
use super::errors::normalize_axis;
use smallvec::SmallVec;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::{Value, Vm};

/// A shape argument: an int or a sequence of ints (`-1` allowed once,
/// resolved by `resolve_shape`).
pub fn shape_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<i64>> {
    match v.kind() {
        Some(ObjKind::Tuple(_)) | Some(ObjKind::List(_)) => {
            let items = vm.collect(v)?;
            items.iter().map(|x| vm.index_of(x)).collect()
        }
        _ => Ok(vec![vm.index_of(v).map_err(|_| {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })?]),
    }
}

/// The shape of `size` elements, with the unknown dimension worked out,
/// as NumPy's reshape does it: any negative length is the unknown one
/// (only one may be), and a product of the known lengths too big for an
/// `intp` is a size mismatch.
pub fn resolve_shape(spec: &[i64], size: usize) -> PyResult<Dims> {
    let mismatch = || {
        PyErr::value_error(format!(
            "cannot reshape array of size {size} into shape {}",
            shape_text_signed(spec)
        ))
    };
    let mut unknown = None;
    let mut known = 1i64;
    for (i, &n) in spec.iter().enumerate() {
        if n < 0 {
            if unknown.is_some() {
                return Err(PyErr::value_error("can only specify one unknown dimension"));
            }
            unknown = Some(i);
        } else {
            known = known.checked_mul(n).ok_or_else(mismatch)?;
        }
    }
    let total = i64::try_from(size).map_err(|_| mismatch())?;
    let mut shape: Dims = spec.iter().map(|&n| n.max(0) as usize).collect();
    match unknown {
        Some(i) => {
            if known == 0 || total % known != 0 {
                return Err(mismatch());
            }
            shape[i] = (total / known) as usize;
        }
        None if known != total => return Err(mismatch()),
        None => {}
    }
    Ok(shape)
}

/// NumPy's most axes an array may have (`NPY_MAXDIMS`).
const MAX_DIMS: usize = 64;

/// A shape given to `a.shape = value`, converted as NumPy's
/// `PyArray_IntpConverter` does: a sequence of integers (a tuple, a list,
/// an array …) or a single integer; `-1` and other negatives are left for
/// `resolve_shape`.
pub fn intp_shape_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<i64>> {
    if v.is_none() {
        return Err(PyErr::type_error("Use () not None as shape arguments"));
    }
    if let Some(items) = sequence_items(vm, v) {
        return intp_shape_items(vm, &items);
    }
    match dimension(vm, v) {
        Err(e) if e.matches(taipan_vm::types::types().type_error) => {
            let shown: String = vm.repr(v)?.chars().take(100).collect();
            Err(PyErr::type_error(format!(
                "expected a sequence of integers or a single integer, got '{shown}'"
            )))
        }
        other => other.map(|n| vec![n]),
    }
}

/// A shape given as its dimensions (`a.reshape(2, 3)`), converted as
/// `intp_shape_arg` converts a sequence.
pub fn intp_shape_items(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<i64>> {
    if items.len() > MAX_DIMS {
        return Err(PyErr::value_error(format!(
            "maximum supported dimension for an ndarray is currently {MAX_DIMS}, found {}",
            items.len()
        )));
    }
    items.iter().map(|x| dimension(vm, x)).collect()
}

/// The items of `v` when NumPy takes it for a sequence of dimensions
/// (`PySequence_Fast` succeeds), else None (then it may be one integer).
fn sequence_items(vm: &mut Vm, v: &Value) -> Option<Vec<Value>> {
    let sequence = match v.kind() {
        Some(
            ObjKind::Tuple(_)
            | ObjKind::List(_)
            | ObjKind::Str(_)
            | ObjKind::Bytes(_)
            | ObjKind::ByteArray(_)
            | ObjKind::Range { .. },
        ) => true,
        Some(ObjKind::Native(_)) => NdArray::of(v).is_some_and(|a| !a.scalar && a.ndim() > 0),
        Some(ObjKind::Instance(_)) => vm.lookup_type_attr(v, "__getitem__").is_some(),
        _ => false,
    };
    if !sequence {
        return None;
    }
    // Like NumPy, a sequence that cannot be listed is tried as an integer.
    vm.collect(v).ok()
}

/// One dimension, as NumPy's `PyArray_PyIntAsIntp` reads it: bools are
/// refused, and an int beyond 64 bits is "too big" rather than an index
/// error.
fn dimension(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let is_bool = matches!(v, Value::Bool(_))
        || NdArray::of(v).is_some_and(|a| a.scalar && a.dtype == super::dtype::DType::Bool);
    if is_bool {
        return Err(PyErr::type_error("an integer is required"));
    }
    if matches!(v.kind(), Some(ObjKind::BigInt(_))) {
        return Err(PyErr::value_error("Maximum allowed dimension exceeded"));
    }
    vm.index_of(v)
}

/// A requested shape as NumPy's reshape error writes it: `(2,2)`,
/// `(4,newaxis)` for -1. Like NumPy, leading unknown dimensions are left
/// out (`(-1, 0)` reads `(0)`, `(-1,)` reads `()`), and only a shape of
/// one dimension gets the trailing comma.
fn shape_text_signed(spec: &[i64]) -> String {
    let shown: Vec<String> = spec
        .iter()
        .skip_while(|&&n| n < 0)
        .map(|&n| {
            if n < 0 {
                "newaxis".to_string()
            } else {
                n.to_string()
            }
        })
        .collect();
    if spec.len() == 1 && shown.len() == 1 {
        format!("({},)", shown[0])
    } else {
        format!("({})", shown.join(","))
    }
}

/// `a.reshape(shape)`: a view when the elements are contiguous, else a copy.
pub fn reshape(a: &NdArray, spec: &[i64]) -> PyResult<NdArray> {
    let shape = resolve_shape(spec, a.size())?;
    if let Some(strides) = view_strides(a, &shape) {
        return Ok(a.view(shape, strides, a.offset));
    }
    let copy = a.copy_as(a.dtype)?;
    let strides = c_strides(&shape);
    Ok(copy.view(shape, strides, 0))
}

/// The strides that show `a`'s elements as `shape` (of the same size)
/// without copying them, when they allow it: the C strides of a
/// C-contiguous array, else NumPy's no-copy reshape.
pub fn view_strides(a: &NdArray, shape: &[usize]) -> Option<Strides> {
    if a.is_c_contiguous() {
        return Some(c_strides(shape));
    }
    nocopy_strides(&a.shape(), &a.strides(), shape)
}

/// `a.shape = value`: the array's shape changed in place, as NumPy's
/// shape setter does it — only where the elements can be viewed in the
/// new shape without a copy. `target` holds `a`.
pub fn set_shape(vm: &mut Vm, target: &Value, a: &NdArray, value: &Value) -> PyResult<()> {
    let spec = intp_shape_arg(vm, value)?;
    // The conversion may have run Python code: what follows reads `a`
    // afresh (its size never changes).
    let shape = resolve_shape(&spec, a.size())?;
    let strides = view_strides(a, &shape).ok_or_else(|| {
        PyErr::attribute_error(
            "Incompatible shape for in-place modification. Use `.reshape()` to make a copy \
             with the desired shape.",
        )
    })?;
    a.set_shape_in_place(target, shape, strides)
}

/// The strides that view `old_shape`/`old_strides` as `new_shape` without
/// copying, when the elements allow it (NumPy's no-copy reshape): each
/// run of old axes that merges into new axes must itself be contiguous.
fn nocopy_strides(
    old_shape: &[usize],
    old_strides: &[isize],
    new_shape: &[usize],
) -> Option<Strides> {
    let old: Vec<(usize, isize)> = old_shape
        .iter()
        .zip(old_strides)
        .filter(|(&n, _)| n != 1)
        .map(|(&n, &s)| (n, s))
        .collect();
    let mut strides: Strides = SmallVec::from_elem(0, new_shape.len());
    let (mut oi, mut ni) = (0usize, 0usize);
    let (on, nn) = (old.len(), new_shape.len());
    while oi < on && ni < nn {
        let (mut np, mut op) = (new_shape[ni], old[oi].0);
        let (oj_start, nj_start) = (oi, ni);
        let (mut oj, mut nj) = (oi + 1, ni + 1);
        while np != op {
            if np < op {
                np *= *new_shape.get(nj)?;
                nj += 1;
            } else {
                op *= old.get(oj)?.0;
                oj += 1;
            }
        }
        for k in oj_start..oj - 1 {
            if old[k].1 != old[k + 1].1 * old[k + 1].0 as isize {
                return None;
            }
        }
        strides[nj - 1] = old[oj - 1].1;
        for k in (nj_start + 1..nj).rev() {
            strides[k - 1] = strides[k] * new_shape[k] as isize;
        }
        oi = oj;
        ni = nj;
    }
    // Trailing new axes of length 1 take the last stride, as in NumPy.
    let last = if ni > 0 { strides[ni - 1] } else { 1 };
    for k in ni..nn {
        strides[k] = last;
    }
    Some(strides)
}

/// `a.transpose(axes)` (reversed axes when `axes` is `None`): a view.
pub fn transpose(a: &NdArray, axes: Option<&[i64]>) -> PyResult<NdArray> {
    let nd = a.ndim();
    let order: Vec<usize> = match axes {
        None => (0..nd).rev().collect(),
        Some(axes) => {
            if axes.len() != nd {
                return Err(PyErr::value_error("axes don't match array"));
            }
            let mut seen = vec![false; nd];
            let mut order = Vec::with_capacity(nd);
            for &ax in axes {
                let ax = normalize_axis(ax, nd)?;
                if seen[ax] {
                    return Err(PyErr::value_error("repeated axis in transpose"));
                }
                seen[ax] = true;
                order.push(ax);
            }
            order
        }
    };
    let shape: Dims = order.iter().map(|&i| a.dim(i)).collect();
    let strides: Strides = order.iter().map(|&i| a.stride(i)).collect();
    Ok(a.view(shape, strides, a.offset))
}

/// `np.swapaxes(a, i, j)`: a view.
pub fn swapaxes(a: &NdArray, i: i64, j: i64) -> PyResult<NdArray> {
    let named = |ax, name| super::join::axis_named(ax, a.ndim(), Some(name));
    let (i, j) = (named(i, "axis1")?, named(j, "axis2")?);
    let mut order: Vec<i64> = (0..a.ndim() as i64).collect();
    order.swap(i, j);
    transpose(a, Some(&order))
}

/// `a.squeeze(axis)`: drops axes of length 1 (all, or the ones named).
pub fn squeeze(a: &NdArray, axes: Option<&[i64]>) -> PyResult<NdArray> {
    let nd = a.ndim();
    let mut drop = vec![false; nd];
    match axes {
        None => {
            for (d, &n) in drop.iter_mut().zip(&a.shape()) {
                *d = n == 1;
            }
        }
        Some(axes) => {
            for &ax in axes {
                let ax = normalize_axis(ax, nd)?;
                if a.dim(ax) != 1 {
                    return Err(PyErr::value_error(
                        "cannot select an axis to squeeze out which has size not equal to one",
                    ));
                }
                drop[ax] = true;
            }
        }
    }
    let keep = (0..nd).filter(|&i| !drop[i]);
    let shape: Dims = keep.clone().map(|i| a.dim(i)).collect();
    let strides: Strides = keep.map(|i| a.stride(i)).collect();
    Ok(a.view(shape, strides, a.offset))
}

/// `np.expand_dims(a, axis)`: a view with new axes of length 1.
pub fn expand_dims(a: &NdArray, axes: &[i64]) -> PyResult<NdArray> {
    let nd = a.ndim() + axes.len();
    let mut is_new = vec![false; nd];
    for &ax in axes {
        let ax = normalize_axis(ax, nd)?;
        if is_new[ax] {
            return Err(PyErr::value_error("repeated axis"));
        }
        is_new[ax] = true;
    }
    let mut shape: Dims = SmallVec::new();
    let mut strides: Strides = SmallVec::new();
    let mut src = 0;
    for new in is_new {
        if new {
            shape.push(1);
            strides.push(0);
        } else {
            shape.push(a.dim(src));
            strides.push(a.stride(src));
            src += 1;
        }
    }
    Ok(a.view(shape, strides, a.offset))
}

/// `a.ravel()`: a 1-d view when contiguous, else a copy.
/// The copy is checked for room first: a broadcast view may stand for far
/// more elements than memory holds.
pub fn ravel(a: &NdArray) -> PyResult<NdArray> {
    let n = a.size();
    if a.is_c_contiguous() {
        return Ok(a.view(
            SmallVec::from_slice(&[n]),
            SmallVec::from_slice(&[1]),
            a.offset,
        ));
    }
    let copy = a.copy_as(a.dtype)?;
    Ok(copy.view(SmallVec::from_slice(&[n]), SmallVec::from_slice(&[1]), 0))
}

/// An optional axis argument: `None`, an int or a tuple of ints.
pub fn axes_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Vec<i64>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => shape_arg(vm, v).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::shape_text_signed;

    #[test]
    fn reshape_errors_write_shapes_as_numpy_does() {
        assert_eq!(shape_text_signed(&[2, 2]), "(2,2)");
        assert_eq!(shape_text_signed(&[4]), "(4,)");
        assert_eq!(shape_text_signed(&[4, -1]), "(4,newaxis)");
        // Leading unknown dimensions are left out, and the comma of a
        // one-dimensional shape goes with them.
        assert_eq!(shape_text_signed(&[-1, 0]), "(0)");
        assert_eq!(shape_text_signed(&[-1, 3, -1]), "(3,newaxis)");
        assert_eq!(shape_text_signed(&[-1]), "()");
    }
}
