//! Broadcasting: shapes that stretch to a common one, and walks over two
//! arrays' elements side by side in the broadcast shape.

use super::array::{Dims, NdArray, Strides};
use super::convert::shape_text;
use smallvec::SmallVec;
use taipan_vm::error::{PyErr, PyResult};

/// The shape two shapes broadcast to.
pub fn broadcast_shapes(a: &[usize], b: &[usize]) -> PyResult<Dims> {
    let n = a.len().max(b.len());
    let mut out: Dims = SmallVec::from_elem(0, n);
    for i in 0..n {
        let x = if i + a.len() >= n {
            a[i + a.len() - n]
        } else {
            1
        };
        let y = if i + b.len() >= n {
            b[i + b.len() - n]
        } else {
            1
        };
        out[i] = match (x, y) {
            (x, y) if x == y => x,
            (1, y) => y,
            (x, 1) => x,
            _ => {
                return Err(PyErr::value_error(format!(
                    "operands could not be broadcast together with shapes {} {} ",
                    compact_shape(a),
                    compact_shape(b)
                )))
            }
        };
    }
    Ok(out)
}

/// A shape as NumPy's broadcasting errors write it: `(2,3)`, `(3,)`.
pub fn compact_shape(shape: &[usize]) -> String {
    shape_text(shape).replace(", ", ",")
}

/// A view of `a` stretched to `shape` (stride 0 along stretched axes).
pub fn broadcast_to(a: &NdArray, shape: &[usize]) -> PyResult<NdArray> {
    if a.shape().as_slice() == shape {
        let mut v = a.clone();
        v.scalar = false;
        return Ok(v);
    }
    let n = shape.len();
    if a.ndim() > n {
        return Err(cannot_broadcast(&a.shape(), shape));
    }
    let lead = n - a.ndim();
    let mut strides: Strides = SmallVec::from_elem(0, n);
    for i in 0..n {
        if i < lead {
            continue;
        }
        let (len, stride) = (a.dim(i - lead), a.stride(i - lead));
        if len == shape[i] {
            strides[i] = stride;
        } else if len != 1 {
            return Err(cannot_broadcast(&a.shape(), shape));
        }
    }
    Ok(a.view(SmallVec::from_slice(shape), strides, a.offset))
}

fn cannot_broadcast(from: &[usize], to: &[usize]) -> PyErr {
    PyErr::value_error(format!(
        "could not broadcast input array from shape {} into shape {}",
        compact_shape(from),
        compact_shape(to)
    ))
}

/// Calls `f(offset_in_a, offset_in_b)` for every position of the common
/// shape of two views already broadcast to `shape`, in C order.
pub fn zip_offsets(a: &NdArray, b: &NdArray, mut f: impl FnMut(usize, usize)) {
    zip_rows(a, b, |oa, ob, len, sa, sb| {
        let (mut oa, mut ob) = (oa as isize, ob as isize);
        for _ in 0..len {
            f(oa as usize, ob as usize);
            oa += sa;
            ob += sb;
        }
    });
}

/// Calls `f(start_in_a, start_in_b, len, step_in_a, step_in_b)` for every
/// row along the last axis of two views already broadcast to one shape,
/// in C order, so that kernels can run tight loops over each row.
pub fn zip_rows(a: &NdArray, b: &NdArray, mut f: impl FnMut(usize, usize, usize, isize, isize)) {
    let shape = &a.shape();
    let n: usize = shape.iter().product();
    if n == 0 {
        return;
    }
    let nd = shape.len();
    if nd == 0 {
        f(a.offset, b.offset, 1, 0, 0);
        return;
    }
    let (len, sa, sb) = (shape[nd - 1], a.stride(nd - 1), b.stride(nd - 1));
    let mut index: Dims = SmallVec::from_elem(0, nd - 1);
    let (mut base_a, mut base_b) = (a.offset as isize, b.offset as isize);
    loop {
        f(base_a as usize, base_b as usize, len, sa, sb);
        let mut axis = nd - 1;
        loop {
            if axis == 0 {
                return;
            }
            axis -= 1;
            index[axis] += 1;
            base_a += a.stride(axis);
            base_b += b.stride(axis);
            if index[axis] < shape[axis] {
                break;
            }
            base_a -= a.stride(axis) * shape[axis] as isize;
            base_b -= b.stride(axis) * shape[axis] as isize;
            index[axis] = 0;
        }
    }
}
