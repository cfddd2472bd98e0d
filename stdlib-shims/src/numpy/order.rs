//! NumPy's `order=` argument: the order elements are read or laid out in
//! (`'C'` row-major, `'F'` column-major, `'A'` F when the input is
//! Fortran-contiguous, `'K'` as they lie in memory), for `ravel`,
//! `flatten`, `reshape`, copies and the array makers.
//!
//! Every case is a C-order operation on a permuted view: Fortran order is C
//! order of the transposed array, and `'K'` is C order of the axes sorted by
//! decreasing stride.

use super::array::{c_strides, Dims, NdArray, Strides};
use super::dtype::DType;
use super::shape;
use smallvec::SmallVec;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::{Value, Vm};

/// An `order=` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// Row-major (C).
    C,
    /// Column-major (Fortran).
    F,
    /// `'F'` when the input is Fortran- but not C-contiguous, else `'C'`.
    A,
    /// The order the elements lie in memory.
    K,
}

/// Reads an `order=` argument (`None` or missing gives `default`) as NumPy
/// does: one letter of `CFAK`, either case, else NumPy's `ValueError`.
pub fn order_arg(vm: &Vm, v: Option<&Value>, default: Order) -> PyResult<Order> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(default);
    };
    let Some(ObjKind::Str(text)) = v.kind() else {
        return Err(PyErr::type_error(format!(
            "order must be str, not {}",
            vm.type_name(v)
        )));
    };
    match text.as_str() {
        "C" | "c" => Ok(Order::C),
        "F" | "f" => Ok(Order::F),
        "A" | "a" => Ok(Order::A),
        "K" | "k" => Ok(Order::K),
        other => Err(PyErr::value_error(format!(
            "order must be one of 'C', 'F', 'A', or 'K' (got '{other}')"
        ))),
    }
}

/// Resolves `'A'` against `a`: `'F'` when `a` is Fortran-contiguous and not
/// C-contiguous, else `'C'`.
pub fn resolve_any(order: Order, a: &NdArray) -> Order {
    match order {
        Order::A if a.is_f_contiguous() && !a.is_c_contiguous() => Order::F,
        Order::A => Order::C,
        other => other,
    }
}

/// The axes of `a` in the order `order` reads them (outermost first), with
/// `'A'` already resolved.
fn read_axes(a: &NdArray, order: Order) -> Vec<usize> {
    let nd = a.ndim();
    match resolve_any(order, a) {
        Order::F => (0..nd).rev().collect(),
        Order::K => {
            let mut axes: Vec<usize> = (0..nd).collect();
            taipan_vm::small_sort::sort_small_by_key(&mut axes, |&i| {
                std::cmp::Reverse(a.stride(i).unsigned_abs())
            });
            axes
        }
        _ => (0..nd).collect(),
    }
}

/// `a` with its axes permuted to `axes` (a view).
pub fn permuted(a: &NdArray, axes: &[usize]) -> NdArray {
    let shape: Dims = axes.iter().map(|&i| a.dim(i)).collect();
    let strides: Strides = axes.iter().map(|&i| a.stride(i)).collect();
    a.view(shape, strides, a.offset)
}

/// The order (outermost axis first) in which NumPy's iterator lays out
/// the result of an element-wise operation on `operands` (all of one,
/// broadcast, shape) for `order='K'`, or None when that is C order.
///
/// NumPy's rule (`npyiter_find_best_axis_ordering`): an insertion sort
/// from the innermost axis out, where an axis moves inside another when
/// the operands that step along both (a stride of 0, or a length of 1,
/// does not count) agree that its stride is the smaller; undecided pairs
/// keep their C order. So the result of `img.transpose(2, 0, 1) / 255`
/// lies in memory as `img` does, and sums over it add in NumPy's order.
pub fn k_axes(operands: &[&NdArray]) -> Option<Vec<usize>> {
    let nd = operands.first()?.ndim();
    if nd < 2 || operands.iter().all(|a| a.is_c_contiguous()) {
        return None;
    }
    let stride = |a: &NdArray, axis: usize| {
        if a.dim(axis) == 1 {
            0
        } else {
            a.stride(axis).unsigned_abs()
        }
    };
    // Innermost first, as NumPy's axis data is kept.
    let mut perm: Vec<usize> = (0..nd).rev().collect();
    for i0 in 1..nd {
        let moving = perm[i0];
        let mut to = i0;
        for i1 in (0..i0).rev() {
            let mut decided = None;
            for a in operands {
                let (s0, s1) = (stride(a, moving), stride(a, perm[i1]));
                if s0 != 0 && s1 != 0 {
                    let swap = s1 > s0;
                    decided = Some(decided.map_or(swap, |d| d && swap));
                }
            }
            match decided {
                Some(true) => to = i1,
                Some(false) => break,
                None => {}
            }
        }
        if to != i0 {
            perm.remove(i0);
            perm.insert(to, moving);
        }
    }
    perm.reverse();
    let identity = perm.iter().enumerate().all(|(k, &i)| k == i);
    (!identity).then_some(perm)
}

/// `r`, computed over operands permuted to `axes` (see [`k_axes`]), with
/// its axes put back in place: the same elements, still laid out in
/// memory in the permuted order. `r` owns its buffer.
pub fn unpermuted(r: NdArray, axes: &[usize]) -> NdArray {
    let mut shape = r.shape();
    let mut strides = r.strides();
    for (k, &i) in axes.iter().enumerate() {
        shape[i] = r.dim(k);
        strides[i] = r.stride(k);
    }
    let mut back = r.view(shape, strides, r.offset);
    back.owns = true;
    back.scalar = r.scalar;
    back
}

/// A copy of `a` as `dtype` with its own buffer, laid out in `order`:
/// C-contiguous, Fortran-contiguous, or (`'K'`) in the memory order of
/// `a`'s axes. NumPy's `copy(order=)`, `astype(order=)`, `array(order=)`.
pub fn copy_in(a: &NdArray, dtype: DType, order: Order) -> PyResult<NdArray> {
    let axes = read_axes(a, order);
    if axes.iter().enumerate().all(|(k, &i)| k == i) {
        return a.copy_as(dtype);
    }
    let copy = permuted(a, &axes).copy_as(dtype)?;
    let mut shape = a.shape();
    let mut strides = a.strides();
    for (k, &i) in axes.iter().enumerate() {
        shape[i] = copy.dim(k);
        strides[i] = copy.stride(k);
    }
    let mut r = copy.view(shape, strides, 0);
    r.owns = true;
    Ok(r)
}

/// `a.ravel(order)`: the elements read in `order` as a 1-d array, a view
/// when they already lie that way in memory, else a copy.
pub fn ravel_in(a: &NdArray, order: Order) -> PyResult<NdArray> {
    let axes = read_axes(a, order);
    shape::ravel(&permuted(a, &axes))
}

/// `a.reshape(spec, order)`: the elements read in `order` and placed in
/// the new shape in that order (a view when possible, else a copy).
/// `'K'` is refused as NumPy refuses it.
pub fn reshape_in(a: &NdArray, spec: &[i64], order: Order) -> PyResult<NdArray> {
    match resolve_any(order, a) {
        Order::K => Err(PyErr::value_error(
            "order 'K' is not permitted for reshaping",
        )),
        Order::F => {
            let reversed: Vec<i64> = spec.iter().rev().copied().collect();
            let r = shape::reshape(&shape::transpose(a, None)?, &reversed)?;
            shape::transpose(&r, None)
        }
        _ => shape::reshape(a, spec),
    }
}

/// The strides of a new contiguous array of `shape` in `order` (`'C'` or
/// `'F'`; the array makers refuse the others with NumPy's error).
pub fn new_strides(shape: &[usize], order: Order) -> PyResult<Strides> {
    match order {
        Order::C => Ok(c_strides(shape)),
        Order::F => {
            let reversed: Dims = shape.iter().rev().copied().collect();
            let mut s: Strides = SmallVec::from_slice(&c_strides(&reversed));
            s.reverse();
            Ok(s)
        }
        _ => Err(PyErr::value_error("only 'C' or 'F' order is permitted")),
    }
}
