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

/// The shape of `size` elements, with one `-1` worked out.
pub fn resolve_shape(spec: &[i64], size: usize) -> PyResult<Dims> {
    let unknown: Vec<usize> = (0..spec.len()).filter(|&i| spec[i] == -1).collect();
    if unknown.len() > 1 {
        return Err(PyErr::value_error("can only specify one unknown dimension"));
    }
    if let Some(&bad) = spec.iter().find(|&&n| n < -1) {
        return Err(PyErr::value_error(format!(
            "negative dimensions not allowed (got {bad})"
        )));
    }
    let known: usize = spec
        .iter()
        .filter(|&&n| n >= 0)
        .map(|&n| n as usize)
        .product();
    let mut shape: Dims = spec.iter().map(|&n| n.max(0) as usize).collect();
    let text = || {
        format!(
            "cannot reshape array of size {size} into shape {}",
            shape_text_signed(spec)
        )
    };
    if let Some(&i) = unknown.first() {
        if known == 0 || !size.is_multiple_of(known) {
            return Err(PyErr::value_error(text()));
        }
        shape[i] = size / known;
    } else if known != size {
        return Err(PyErr::value_error(text()));
    }
    Ok(shape)
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
    if a.is_c_contiguous() {
        let strides = c_strides(&shape);
        return Ok(a.view(shape, strides, a.offset));
    }
    if let Some(strides) = nocopy_strides(&a.shape, &a.strides, &shape) {
        return Ok(a.view(shape, strides, a.offset));
    }
    let copy = a.copy_as(a.dtype);
    let strides = c_strides(&shape);
    Ok(copy.view(shape, strides, 0))
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
    // Trailing new axes of length 1.
    for k in ni..nn {
        strides[k] = 1;
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
    let shape: Dims = order.iter().map(|&i| a.shape[i]).collect();
    let strides: Strides = order.iter().map(|&i| a.strides[i]).collect();
    Ok(a.view(shape, strides, a.offset))
}

/// `np.swapaxes(a, i, j)`: a view.
pub fn swapaxes(a: &NdArray, i: i64, j: i64) -> PyResult<NdArray> {
    let (i, j) = (normalize_axis(i, a.ndim())?, normalize_axis(j, a.ndim())?);
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
            for (d, &n) in drop.iter_mut().zip(&a.shape) {
                *d = n == 1;
            }
        }
        Some(axes) => {
            for &ax in axes {
                let ax = normalize_axis(ax, nd)?;
                if a.shape[ax] != 1 {
                    return Err(PyErr::value_error(
                        "cannot select an axis to squeeze out which has size not equal to one",
                    ));
                }
                drop[ax] = true;
            }
        }
    }
    let keep = (0..nd).filter(|&i| !drop[i]);
    let shape: Dims = keep.clone().map(|i| a.shape[i]).collect();
    let strides: Strides = keep.map(|i| a.strides[i]).collect();
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
            shape.push(a.shape[src]);
            strides.push(a.strides[src]);
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
    super::alloc::check_room(&a.shape, a.dtype)?;
    let copy = a.copy_as(a.dtype);
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
