//! Joining, splitting and rearranging arrays: `concatenate`, `stack` and
//! the `*stack` family, `split` and its relatives, `pad`, `flip`/`rot90`,
//! `tile`/`repeat`, `broadcast_to`/`broadcast_arrays`/`broadcast_shapes`,
//! `meshgrid`, `atleast_*d`, `moveaxis`, `roll`, `take`/`take_along_axis`,
//! `tril`/`triu`, `diag`/`diagonal`/`trace`.
//!
//! Views where NumPy gives views (splits, flips, rotations, broadcasts,
//! `atleast_*d`, `moveaxis`, diagonals), new arrays where NumPy copies.

use super::alloc::{check_room, checked_size, too_big, vec_with_room};
use super::array::{c_strides, Dims, NdArray, Strides};
use super::broadcast;
use super::convert::{as_array, dtype_arg, shape_text};
use super::dtype::{promote, DType, Kind};
use super::dunders::this;
use super::element::{Data, Element, Scalar};
use super::errors::{axis_error_class, normalize_axis};
use super::ops::{self, typed};
use super::shape::{expand_dims, ravel, transpose};
use smallvec::SmallVec;
use taipan_vm::builtins::args::{arg_str, parse_args};
use taipan_vm::builtins::{new_list, new_tuple};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::{Value, Vm};

// ------------------------------------------------------------ arguments

/// A call's arguments parsed by name, `None` where not given.
struct Slots(Vec<Option<Value>>);

impl Slots {
    fn parse(name: &str, args: Args<'_>, names: &[&str], required: usize) -> PyResult<Slots> {
        parse_args(name, args, names, required).map(Slots)
    }

    /// Argument `i`, unless it is missing or `None`.
    fn get(&self, i: usize) -> Option<&Value> {
        self.0.get(i)?.as_ref().filter(|v| !v.is_none())
    }

    /// Argument `i` (`None` when missing).
    fn value(&self, i: usize) -> &Value {
        self.0
            .get(i)
            .and_then(Option::as_ref)
            .unwrap_or(&Value::None)
    }

    /// Argument `i` as an int, `default` when missing or `None`.
    fn int(&self, vm: &mut Vm, i: usize, default: i64) -> PyResult<i64> {
        match self.get(i) {
            Some(v) => vm.index_of(v),
            None => Ok(default),
        }
    }

    /// Argument `i` as an axis: `None` when given as `None`, `default`
    /// when missing.
    fn axis(&self, vm: &mut Vm, i: usize, default: Option<i64>) -> PyResult<Option<i64>> {
        match self.0.get(i).and_then(Option::as_ref) {
            None => Ok(default),
            Some(Value::None) => Ok(None),
            Some(v) => vm.index_of(v).map(Some),
        }
    }
}

/// The keyword arguments of a function taking `*args`, by `names`.
fn keywords<'a>(name: &str, args: &Args<'a>, names: &[&str]) -> PyResult<Vec<Option<&'a Value>>> {
    let mut out = vec![None; names.len()];
    for (k, v) in args.kw {
        let key = match k.kind() {
            Some(ObjKind::Str(s)) => s.as_str(),
            _ => "",
        };
        let i = names.iter().position(|n| *n == key).ok_or_else(|| {
            PyErr::type_error(format!(
                "{name}() got an unexpected keyword argument '{key}'"
            ))
        })?;
        out[i] = Some(v);
    }
    Ok(out)
}

/// An int or a sequence of ints, read like `np.asarray`, and the number of
/// dimensions it had (0 for a lone int).
fn int_values(vm: &mut Vm, v: &Value) -> PyResult<(Vec<i64>, usize)> {
    let a = as_array(vm, v, None)?;
    Ok((a.to_vec::<i64>()?, a.ndim()))
}

/// An axis or axes (`flip`, `rot90`, `moveaxis`, `roll`), read as NumPy's
/// `normalize_axis_tuple` does: a float is neither an index nor iterable.
fn axis_values(vm: &mut Vm, v: &Value) -> PyResult<(Vec<i64>, usize)> {
    if let Value::Float(_) = v {
        return Err(PyErr::type_error("'float' object is not iterable"));
    }
    let a = integral(as_array(vm, v, None)?)?;
    Ok((a.to_vec::<i64>()?, a.ndim()))
}

/// A shape or repetition count (`broadcast_to`, `broadcast_shapes`,
/// `tile`): [`int_values`] refusing floats.
fn index_values(vm: &mut Vm, v: &Value) -> PyResult<Vec<i64>> {
    integral(as_array(vm, v, None)?)?.to_vec::<i64>()
}

/// `a` unless it holds floats, which NumPy refuses where it takes each
/// value with `operator.index`.
fn integral(a: NdArray) -> PyResult<NdArray> {
    if a.dtype.kind() == Kind::Float && a.size() > 0 {
        return Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    Ok(a)
}

/// The arrays of a sequence argument, each read like `np.asarray`.
fn array_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<NdArray>> {
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(as_array(vm, item, None)?);
    }
    Ok(out)
}

/// The arrays of `*args`.
fn array_args(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<NdArray>> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(as_array(vm, item, None)?);
    }
    Ok(out)
}

/// Argument `i` as an array (required).
fn array_at(vm: &mut Vm, s: &Slots, i: usize) -> PyResult<NdArray> {
    as_array(vm, s.value(i), None)
}

/// A string argument.
fn str_arg(vm: &Vm, fname: &str, v: Option<&Value>, default: &str) -> PyResult<String> {
    match v {
        Some(v) => arg_str(vm, fname, v).map(str::to_owned),
        None => Ok(default.to_owned()),
    }
}

/// The array as an array value (never a NumPy scalar).
fn plain(a: &NdArray) -> NdArray {
    let mut v = a.clone();
    v.scalar = false;
    v
}

/// Arrays as a Python list.
fn list_of(arrays: Vec<NdArray>) -> Value {
    new_list(arrays.into_iter().map(NdArray::into_value).collect())
}

/// Arrays as a Python tuple.
fn tuple_of(arrays: Vec<NdArray>) -> Value {
    new_tuple(arrays.into_iter().map(NdArray::into_value).collect())
}

/// A shape as NumPy's C code writes it: `(3,)`, `(2,4)`.
fn tight_shape(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}

/// Writes `r` into `out` when given (NumPy's `out=`), else returns `r`.
fn deliver(r: NdArray, out: Option<&Value>) -> PyResult<Value> {
    let Some(target) = out else {
        return Ok(r.into_value());
    };
    let dst = NdArray::of(target).ok_or_else(|| PyErr::type_error("'out' must be an array"))?;
    if dst.shape() != r.shape() {
        return Err(PyErr::value_error("Output array is the wrong shape"));
    }
    Casting::SameKind.check(r.dtype, dst.dtype)?;
    ops::assign(target, dst, &r)?;
    Ok(target.clone())
}

// ----------------------------------------------------------------- axes

/// An axis normalised against `ndim`; the error names the argument when
/// `name` is given (`source: axis 2 is out of bounds …`).
pub(super) fn axis_named(axis: i64, ndim: usize, name: Option<&str>) -> PyResult<usize> {
    match name {
        None => normalize_axis(axis, ndim),
        Some(name) => normalize_axis(axis, ndim).map_err(|_| {
            PyErr::new(
                axis_error_class(),
                format!("{name}: axis {axis} is out of bounds for array of dimension {ndim}"),
            )
        }),
    }
}

/// NumPy's `normalize_axis_tuple`.
fn normalize_axes(
    axes: &[i64],
    ndim: usize,
    name: Option<&str>,
    allow_repeats: bool,
) -> PyResult<Vec<usize>> {
    let mut out = Vec::with_capacity(axes.len());
    for &ax in axes {
        out.push(axis_named(ax, ndim, name)?);
    }
    let mut sorted = out.clone();
    sorted.sort_unstable();
    sorted.dedup();
    if !allow_repeats && sorted.len() != out.len() {
        return Err(PyErr::value_error(match name {
            Some(name) => format!("repeated axis in `{name}` argument"),
            None => "repeated axis".to_owned(),
        }));
    }
    Ok(out)
}

// -------------------------------------------------------------- casting

/// NumPy's `casting=` rules.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Casting {
    No,
    Equiv,
    Safe,
    SameKind,
    Unsafe,
}

impl Casting {
    fn name(self) -> &'static str {
        match self {
            Casting::No => "no",
            Casting::Equiv => "equiv",
            Casting::Safe => "safe",
            Casting::SameKind => "same_kind",
            Casting::Unsafe => "unsafe",
        }
    }

    /// The rule a `casting=` argument names; `same_kind` when it is absent.
    pub(super) fn parse(vm: &Vm, v: Option<&Value>) -> PyResult<Casting> {
        let Some(v) = v else {
            return Ok(Casting::SameKind);
        };
        let text = arg_str(vm, "concatenate", v)?;
        [
            Casting::No,
            Casting::Equiv,
            Casting::Safe,
            Casting::SameKind,
            Casting::Unsafe,
        ]
        .into_iter()
        .find(|c| c.name() == text)
        .ok_or_else(|| {
            PyErr::value_error(format!(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' \
                     (got '{text}')"
            ))
        })
    }

    /// NumPy's TypeError when the rule forbids casting `from` to `to`.
    pub(super) fn check(self, from: DType, to: DType) -> PyResult<()> {
        let ok = match self {
            Casting::No | Casting::Equiv => from == to,
            Casting::Safe => promote(from, to) == to,
            Casting::SameKind => ops::same_kind(from, to),
            Casting::Unsafe => true,
        };
        if ok {
            return Ok(());
        }
        Err(PyErr::type_error(format!(
            "Cannot cast array data from dtype('{}') to dtype('{}') according to the rule '{}'",
            from.name(),
            to.name(),
            self.name()
        )))
    }
}

// ---------------------------------------------------------------- walks

/// The maps that keep every index of `shape` in place.
fn identity_maps(shape: &[usize]) -> PyResult<Vec<Vec<usize>>> {
    shape.iter().map(|&n| index_map(n, |i| i)).collect()
}

/// The index map `f(0), f(1), …, f(len - 1)`, or a MemoryError.
fn index_map(len: usize, f: impl FnMut(usize) -> usize) -> PyResult<Vec<usize>> {
    let mut v = vec_with_room(len)?;
    v.extend((0..len).map(f));
    Ok(v)
}

/// A new array whose element `[i0, i1, …]` is `a[maps[0][i0], maps[1][i1], …]`.
fn gather(a: &NdArray, maps: &[Vec<usize>]) -> PyResult<NdArray> {
    let shape: Dims = maps.iter().map(Vec::len).collect();
    let total = check_room(&shape, a.dtype)?;
    let steps: Vec<Vec<isize>> = maps
        .iter()
        .zip(&a.strides())
        .map(|(m, &s)| m.iter().map(|&i| i as isize * s).collect())
        .collect();
    let mut offsets = vec_with_room(total)?;
    collect_offsets(&steps, a.offset as isize, &mut offsets);
    let data = a.buf.read().gather_as(&offsets, a.dtype);
    Ok(NdArray::new(data, shape))
}

fn collect_offsets(steps: &[Vec<isize>], base: isize, out: &mut Vec<usize>) {
    match steps {
        [] => out.push(base as usize),
        [last] => out.extend(last.iter().map(|&s| (base + s) as usize)),
        [first, more @ ..] => {
            for &s in first {
                collect_offsets(more, base + s, out);
            }
        }
    }
}

/// A view of `a`'s elements; an empty one keeps `a`'s offset, so that it
/// never points past the end of the buffer.
fn view_at(a: &NdArray, shape: Dims, strides: Strides, offset: isize) -> NdArray {
    let offset = if shape.contains(&0) {
        a.offset
    } else {
        offset as usize
    };
    a.view(shape, strides, offset)
}

/// A C-contiguous array seen with another shape of the same size (still
/// the owner of its buffer when it was).
fn reshaped(a: NdArray, shape: Dims) -> NdArray {
    let strides = c_strides(&shape);
    let mut r = a.view(shape, strides, a.offset);
    r.owns = a.owns;
    r
}

// ---------------------------------------------------------- concatenate

/// `np.concatenate(arrays, axis, dtype=, casting=)`: `axis` `None`
/// flattens every array first; the dtype is the promotion of the inputs
/// unless given.
fn concatenate(
    arrays: &[NdArray],
    axis: Option<i64>,
    dtype: Option<DType>,
    casting: Casting,
) -> PyResult<NdArray> {
    let first = arrays
        .first()
        .ok_or_else(|| PyErr::value_error("need at least one array to concatenate"))?;
    let flat: Vec<NdArray>;
    let (arrays, axis) = match axis {
        None => {
            // Room for the result first, as NumPy asks: the flattened
            // copies of broadcast views are no bigger.
            let total = arrays
                .iter()
                .try_fold(0usize, |acc, a| acc.checked_add(a.size()))
                .ok_or_else(too_big)?;
            check_room(&[total], joined_dtype(arrays, dtype, casting)?)?;
            flat = arrays.iter().map(ravel).collect::<PyResult<_>>()?;
            (&flat[..], 0)
        }
        Some(ax) => {
            if first.ndim() == 0 {
                return Err(PyErr::value_error(
                    "zero-dimensional arrays cannot be concatenated",
                ));
            }
            (arrays, normalize_axis(ax, first.ndim())?)
        }
    };
    let shape = joined_shape(arrays, axis)?;
    let dt = joined_dtype(arrays, dtype, casting)?;
    join_along(arrays, axis, shape, dt)
}

/// The shape of the arrays joined along `axis`, checked.
fn joined_shape(arrays: &[NdArray], axis: usize) -> PyResult<Dims> {
    let first = &arrays[0];
    let mut shape = first.shape();
    for (i, a) in arrays.iter().enumerate().skip(1) {
        if a.ndim() != first.ndim() {
            return Err(PyErr::value_error(format!(
                "all the input arrays must have same number of dimensions, but the array at \
                 index 0 has {} dimension(s) and the array at index {i} has {} dimension(s)",
                first.ndim(),
                a.ndim()
            )));
        }
        for d in (0..first.ndim()).filter(|&d| d != axis) {
            if a.dim(d) != first.dim(d) {
                return Err(PyErr::value_error(format!(
                    "all the input array dimensions except for the concatenation axis must \
                     match exactly, but along dimension {d}, the array at index 0 has size {} \
                     and the array at index {i} has size {}",
                    first.dim(d),
                    a.dim(d)
                )));
            }
        }
        shape[axis] = shape[axis].checked_add(a.dim(axis)).ok_or_else(too_big)?;
    }
    Ok(shape)
}

/// The dtype of a join: the one asked for (each input cast under
/// `casting`) or the promotion of all inputs.
fn joined_dtype(arrays: &[NdArray], dtype: Option<DType>, casting: Casting) -> PyResult<DType> {
    let Some(dt) = dtype else {
        return Ok(arrays
            .iter()
            .map(|a| a.dtype)
            .reduce(promote)
            .unwrap_or(DType::Float64));
    };
    for a in arrays {
        casting.check(a.dtype, dt)?;
    }
    Ok(dt)
}

/// The arrays joined along `axis`, laid out in memory as NumPy lays out a
/// join (see [`memory_order`]): joined in C order with their axes in that
/// order, then viewed back in the order of `shape`. A join of transposed
/// images (CHW views of HWC data) is then ordered as NumPy's, and so are
/// the sums over it, which add in memory order.
fn join_along(arrays: &[NdArray], axis: usize, shape: Dims, dt: DType) -> PyResult<NdArray> {
    // Room for the result, asked for in the shape the script knows.
    check_room(&shape, dt)?;
    let order = memory_order(arrays, shape.len());
    if is_c_order(&order) {
        return join_c_order(arrays, axis, shape, dt);
    }
    let axes: Vec<i64> = order.iter().map(|&ax| ax as i64).collect();
    let permuted = arrays
        .iter()
        .map(|a| super::shape::transpose(a, Some(&axes)))
        .collect::<PyResult<Vec<_>>>()?;
    let permuted_axis = order.iter().position(|&ax| ax == axis).unwrap_or(axis);
    let permuted_shape = order.iter().map(|&ax| shape[ax]).collect();
    let joined = join_c_order(&permuted, permuted_axis, permuted_shape, dt)?;
    let mut back = vec![0i64; order.len()];
    for (pos, &ax) in order.iter().enumerate() {
        back[ax] = pos as i64;
    }
    super::shape::transpose(&joined, Some(&back))
}

/// Whether an order of axes from [`memory_order`] is C order (each axis
/// in its own place).
pub(super) fn is_c_order(order: &[usize]) -> bool {
    order.iter().enumerate().all(|(i, &ax)| i == ax)
}

/// The order of axes, outermost first, in which NumPy lays out an array
/// made from `arrays` (its multi-operand stride sort): an axis goes before
/// another when every array where both are longer than 1 has the larger
/// stride on it; where the arrays disagree, or none decides, C order
/// stays.
pub(super) fn memory_order(arrays: &[NdArray], ndim: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ndim).collect();
    for i in 1..ndim {
        let axis = order[i];
        let mut place = i;
        for j in (0..i).rev() {
            let other = order[j];
            let mut outer = None;
            for a in arrays
                .iter()
                .filter(|a| a.dim(axis) != 1 && a.dim(other) != 1)
            {
                let larger = a.stride(axis).unsigned_abs() > a.stride(other).unsigned_abs();
                outer = Some(outer.unwrap_or(true) && larger);
            }
            match outer {
                Some(true) => place = j,
                Some(false) => break,
                None => {}
            }
        }
        order.remove(i);
        order.insert(place, axis);
    }
    order
}

/// Copies the arrays, one slab each per index of the axes before `axis`,
/// once the result is known to fit (its size bounds the inputs' copies).
fn join_c_order(arrays: &[NdArray], axis: usize, shape: Dims, dt: DType) -> PyResult<NdArray> {
    let total = check_room(&shape, dt)?;
    let outer: usize = shape[..axis].iter().product();
    let parts: Vec<(Data, usize)> = arrays
        .iter()
        .map(|a| Ok((a.to_data(dt)?, a.shape()[axis..].iter().product())))
        .collect::<PyResult<_>>()?;
    let data = crate::with_dtype!(dt, T => {
        let mut out: Vec<T> = Vec::with_capacity(total);
        for i in 0..outer {
            for (d, slab) in &parts {
                out.extend_from_slice(&typed::<T>(d)[i * slab..(i + 1) * slab]);
            }
        }
        T::wrap(out)
    });
    Ok(NdArray::new(data, shape))
}

/// `np.stack(arrays, axis)`: joins arrays of one shape along a new axis.
fn stack(
    arrays: &[NdArray],
    axis: i64,
    dtype: Option<DType>,
    casting: Casting,
) -> PyResult<NdArray> {
    let first = arrays
        .first()
        .ok_or_else(|| PyErr::value_error("need at least one array to stack"))?;
    if arrays.iter().any(|a| a.shape() != first.shape()) {
        return Err(PyErr::value_error(
            "all input arrays must have the same shape",
        ));
    }
    let ax = normalize_axis(axis, first.ndim() + 1)?;
    let mut expanded = Vec::with_capacity(arrays.len());
    for a in arrays {
        expanded.push(expand_dims(a, &[ax as i64])?);
    }
    concatenate(&expanded, Some(ax as i64), dtype, casting)
}

/// `np.atleast_1d/2d/3d` of one array: a view with axes of length 1 added
/// where NumPy adds them (in front for 1-d → 2-d, behind otherwise).
fn at_least(a: &NdArray, n: usize) -> NdArray {
    let nd = a.ndim();
    if nd >= n {
        return plain(a);
    }
    if nd == 0 {
        let shape: Dims = SmallVec::from_elem(1, n);
        let strides = c_strides(&shape);
        return a.view(shape, strides, a.offset);
    }
    let lead = usize::from(nd == 1);
    let trail = n - nd - lead;
    let mut shape: Dims = SmallVec::from_elem(1, lead);
    let mut strides: Strides = SmallVec::from_elem(0, lead);
    shape.extend_from_slice(&a.shape());
    strides.extend_from_slice(&a.strides());
    shape.extend(std::iter::repeat_n(1, trail));
    strides.extend(std::iter::repeat_n(0, trail));
    a.view(shape, strides, a.offset)
}

/// `np.column_stack`'s view of one input: 1-d becomes a column.
fn as_column(a: &NdArray) -> NdArray {
    match a.ndim() {
        0 => at_least(a, 2),
        1 => a.view(
            SmallVec::from_slice(&[a.dim(0), 1]),
            SmallVec::from_slice(&[a.stride(0), 0]),
            a.offset,
        ),
        _ => plain(a),
    }
}

/// Which of the `*stack` functions.
#[derive(Clone, Copy)]
enum Family {
    V,
    H,
    D,
    Column,
}

/// `np.vstack`/`hstack`/`dstack`/`column_stack` of already-read arrays.
fn stack_family(
    kind: Family,
    arrays: &[NdArray],
    dtype: Option<DType>,
    casting: Casting,
) -> PyResult<NdArray> {
    let (arrays, axis): (Vec<NdArray>, i64) = match kind {
        Family::V => (arrays.iter().map(|a| at_least(a, 2)).collect(), 0),
        Family::D => (arrays.iter().map(|a| at_least(a, 3)).collect(), 2),
        Family::Column => (arrays.iter().map(as_column).collect(), 1),
        Family::H => {
            let arrays: Vec<NdArray> = arrays.iter().map(|a| at_least(a, 1)).collect();
            let axis = match arrays.first() {
                Some(a) if a.ndim() == 1 => 0,
                _ => 1,
            };
            (arrays, axis)
        }
    };
    concatenate(&arrays, Some(axis), dtype, casting)
}

// ---------------------------------------------------------------- split

/// How `split` cuts an axis.
enum Cuts {
    /// Into this many parts.
    Sections(i64),
    /// At these indices (Python slice bounds).
    Indices(Vec<i64>),
}

fn cuts_arg(vm: &mut Vm, v: &Value) -> PyResult<Cuts> {
    let a = as_array(vm, v, None)?;
    if a.ndim() == 0 {
        return Ok(Cuts::Sections(a.to_vec::<i64>()?[0]));
    }
    if a.dtype.is_float() && a.size() > 0 {
        return Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    Ok(Cuts::Indices(a.to_vec::<i64>()?))
}

/// A Python slice bound clamped into `0..=n`.
fn slice_bound(i: i64, n: usize) -> usize {
    let n = n as i64;
    (if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize
}

/// The `[start, stop)` ranges `array_split` cuts an axis of `n` into.
fn split_ranges(cuts: &Cuts, n: usize) -> PyResult<Vec<(usize, usize)>> {
    let points: Vec<i64> = match cuts {
        Cuts::Sections(s) if *s <= 0 => {
            return Err(PyErr::value_error("number sections must be larger than 0."))
        }
        Cuts::Sections(s) => {
            let (each, extras) = (n as i64 / s, n as i64 % s);
            let mut points = vec_with_room((*s as usize).saturating_add(1))?;
            points.push(0);
            for k in 0..*s {
                let last = points[points.len() - 1];
                points.push(last + each + i64::from(k < extras));
            }
            points
        }
        Cuts::Indices(list) => {
            let mut points = vec![0];
            points.extend_from_slice(list);
            points.push(n as i64);
            points
        }
    };
    Ok(points
        .windows(2)
        .map(|w| {
            let start = slice_bound(w[0], n);
            (start, slice_bound(w[1], n).max(start))
        })
        .collect())
}

/// Views of `a` cut along `axis` at `ranges`.
fn split_views(a: &NdArray, axis: usize, ranges: &[(usize, usize)]) -> PyResult<Vec<NdArray>> {
    let mut views = vec_with_room(ranges.len())?;
    views.extend(ranges.iter().map(|&(start, stop)| {
        let mut shape = a.shape();
        shape[axis] = stop - start;
        let offset = a.offset as isize + start as isize * a.stride(axis);
        view_at(a, shape, a.strides(), offset)
    }));
    Ok(views)
}

/// `np.split` (`equal`) or `np.array_split` along `axis`.
fn split(a: &NdArray, cuts: &Cuts, axis: i64, equal: bool) -> PyResult<Vec<NdArray>> {
    let nd = a.ndim() as i64;
    if axis >= nd || axis < -nd {
        return Err(PyErr::index_error("tuple index out of range"));
    }
    let axis = normalize_axis(axis, a.ndim())?;
    let n = a.dim(axis);
    if let (true, Cuts::Sections(s)) = (equal, cuts) {
        if *s == 0 {
            return Err(PyErr::zero_division("integer modulo by zero"));
        }
        if n as i64 % s != 0 {
            return Err(PyErr::value_error(
                "array split does not result in an equal division",
            ));
        }
    }
    split_views(a, axis, &split_ranges(cuts, n)?)
}

// ---------------------------------------------------------------- flips

/// A view of `a` reversed along `axes`.
fn flip_axes(a: &NdArray, axes: &[usize]) -> NdArray {
    let mut strides = a.strides();
    let mut offset = a.offset as isize;
    for &ax in axes {
        let n = a.dim(ax);
        if n > 0 {
            offset += (n - 1) as isize * strides[ax];
        }
        strides[ax] = -strides[ax];
    }
    view_at(a, a.shape(), strides, offset)
}

/// `np.rot90(a, k, axes)`: a view.
fn rot90(a: &NdArray, k: i64, axes: &[i64]) -> PyResult<NdArray> {
    let [x, y] = *axes else {
        return Err(PyErr::value_error("len(axes) must be 2."));
    };
    let nd = a.ndim() as i64;
    if x == y || x.abs_diff(y) == nd.unsigned_abs() {
        return Err(PyErr::value_error("Axes must be different."));
    }
    if x >= nd || x < -nd || y >= nd || y < -nd {
        return Err(PyErr::value_error(format!(
            "Axes=({x}, {y}) out of range for array of ndim={nd}."
        )));
    }
    let (x, y) = (normalize_axis(x, a.ndim())?, normalize_axis(y, a.ndim())?);
    let mut order: Vec<i64> = (0..nd).collect();
    order.swap(x, y);
    Ok(match k.rem_euclid(4) {
        0 => a.view(a.shape(), a.strides(), a.offset),
        1 => transpose(&flip_axes(a, &[y]), Some(&order))?,
        2 => flip_axes(&flip_axes(a, &[x]), &[y]),
        _ => flip_axes(&transpose(a, Some(&order))?, &[y]),
    })
}

// ------------------------------------------------------- tile and repeat

/// A view of `a` with axes of length 1 in front, to `d` axes.
fn with_leading_ones(a: &NdArray, d: usize) -> NdArray {
    let lead = d.saturating_sub(a.ndim());
    let mut shape: Dims = SmallVec::from_elem(1, lead);
    let mut strides: Strides = SmallVec::from_elem(0, lead);
    shape.extend_from_slice(&a.shape());
    strides.extend_from_slice(&a.strides());
    a.view(shape, strides, a.offset)
}

/// `np.tile(a, reps)`.
fn tile(a: &NdArray, reps: &[i64]) -> PyResult<NdArray> {
    if reps.iter().any(|&r| r < 0) {
        return Err(PyErr::value_error("negative dimensions are not allowed"));
    }
    let d = reps.len().max(a.ndim());
    if d == a.ndim() && reps.iter().all(|&r| r == 1) {
        return super::order::copy_in(a, a.dtype, super::order::Order::K);
    }
    let src = with_leading_ones(a, d);
    let reps = std::iter::repeat_n(1, d - reps.len()).chain(reps.iter().map(|&r| r as usize));
    let shape = src
        .shape()
        .iter()
        .zip(reps)
        .map(|(&n, r)| n.checked_mul(r))
        .collect::<Option<Dims>>()
        .ok_or_else(too_big)?;
    check_room(&shape, a.dtype)?;
    let mut maps = Vec::with_capacity(d);
    for (&n, &len) in src.shape().iter().zip(&shape) {
        maps.push(index_map(len, |i| i % n)?);
    }
    // NumPy hands back a reshaped view of its last `repeat`.
    let mut r = gather(&src, &maps)?;
    r.owns = false;
    Ok(r)
}

/// How many times each of `n` elements repeats, checked like NumPy.
fn repeat_counts(counts: &[i64], n: usize) -> PyResult<Vec<usize>> {
    match counts {
        [c] if *c < 0 => Err(PyErr::value_error("negative dimensions are not allowed")),
        [c] => {
            let mut per = vec_with_room(n)?;
            per.resize(n, *c as usize);
            Ok(per)
        }
        _ if counts.len() != n => Err(PyErr::value_error(format!(
            "operands could not be broadcast together with shape ({n},) ({},)",
            counts.len()
        ))),
        _ if counts.iter().any(|&c| c < 0) => Err(PyErr::value_error(
            "repeats may not contain negative values.",
        )),
        _ => Ok(counts.iter().map(|&c| c as usize).collect()),
    }
}

/// `np.repeat(a, repeats, axis)` (`axis` `None` flattens first).
fn repeat(a: &NdArray, counts: &[i64], counts_ndim: usize, axis: Option<i64>) -> PyResult<NdArray> {
    if counts_ndim > 1 {
        return Err(PyErr::value_error("object too deep for desired array"));
    }
    let (src, axis) = match axis {
        None => (ravel(a)?, 0),
        Some(ax) => (plain(a), normalize_axis(ax, a.ndim())?),
    };
    let per = repeat_counts(counts, src.dim(axis))?;
    let total = per.iter().try_fold(0usize, |acc, &c| acc.checked_add(c));
    let mut map = vec_with_room(total.ok_or_else(too_big)?)?;
    for (i, &c) in per.iter().enumerate() {
        map.extend(std::iter::repeat_n(i, c));
    }
    let mut maps = identity_maps(&src.shape())?;
    maps[axis] = map;
    gather(&src, &maps)
}

// ---------------------------------------------------------- broadcasting

/// `np.broadcast_to(a, shape)`: a read-only view, with NumPy's errors.
fn broadcast_view(a: &NdArray, shape: &[i64]) -> PyResult<NdArray> {
    if shape.is_empty() && a.ndim() > 0 {
        return Err(PyErr::value_error(
            "cannot broadcast a non-scalar to a scalar array",
        ));
    }
    if shape.iter().any(|&n| n < 0) {
        return Err(PyErr::value_error(
            "all elements of broadcast shape must be non-negative",
        ));
    }
    let shape: Dims = shape.iter().map(|&n| n as usize).collect();
    if checked_size(&shape, a.dtype).is_err() {
        return Err(PyErr::value_error("iterator is too large"));
    }
    if a.ndim() > shape.len() {
        return Err(PyErr::value_error(
            "input operand has more dimensions than allowed by the axis remapping",
        ));
    }
    let lead = shape.len() - a.ndim();
    if a.shape()
        .iter()
        .enumerate()
        .any(|(i, &n)| n != 1 && n != shape[lead + i])
    {
        return Err(PyErr::value_error(format!(
            "operands could not be broadcast together with remapped shapes \
             [original->remapped]: {}  and requested shape {}",
            tight_shape(&a.shape()),
            tight_shape(&shape)
        )));
    }
    let mut r = broadcast::broadcast_to(a, &shape)?;
    r.writeable = super::array::WriteFlag::new(false);
    Ok(r)
}

/// The shape `shapes` broadcast to, with the mismatch error of NumPy's
/// `np.broadcast` (the first axis, from the left, where two disagree).
pub(crate) fn common_shape(shapes: &[&[usize]]) -> PyResult<Dims> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out: Dims = SmallVec::from_elem(1, nd);
    for (i, slot) in out.iter_mut().enumerate() {
        let mut source = 0;
        for (j, s) in shapes.iter().enumerate() {
            let Some(k) = (i + s.len()).checked_sub(nd) else {
                continue;
            };
            let n = s[k];
            if n == 1 {
                continue;
            }
            if *slot == 1 {
                *slot = n;
                source = j;
            } else if *slot != n {
                return Err(PyErr::value_error(format!(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch \
                     is between arg {source} with shape {} and arg {j} with shape {}.",
                    shape_text(shapes[source]),
                    shape_text(s)
                )));
            }
        }
    }
    Ok(out)
}

/// Views of `arrays` broadcast against each other.
fn broadcast_all(arrays: &[NdArray]) -> PyResult<Vec<NdArray>> {
    let owned: Vec<Dims> = arrays.iter().map(|a| a.shape()).collect();
    let shapes: Vec<&[usize]> = owned.iter().map(|s| &s[..]).collect();
    let shape = common_shape(&shapes)?;
    arrays
        .iter()
        .map(|a| broadcast::broadcast_to(a, &shape))
        .collect()
}

/// A shape argument of `broadcast_shapes`: an int or a sequence of ints.
fn shape_value(vm: &mut Vm, v: &Value) -> PyResult<Dims> {
    let values = super::shape::intp_shape_arg(vm, v)?;
    if values.iter().any(|&n| n < 0) {
        return Err(PyErr::value_error("negative dimensions are not allowed"));
    }
    Ok(values.iter().map(|&n| n as usize).collect())
}

// ----------------------------------------------- meshgrid and moving axes

/// `x.reshape` to `nd` axes, all of length 1 but `axis`: a view of a 1-d
/// `x` (as NumPy's reshape gives), of its flattened copy otherwise.
fn along_axis(x: &NdArray, axis: usize, nd: usize) -> PyResult<NdArray> {
    let flat = if x.ndim() == 1 { plain(x) } else { ravel(x)? };
    let mut shape: Dims = SmallVec::from_elem(1, nd);
    shape[axis] = flat.size();
    let mut strides = c_strides(&shape);
    strides[axis] = flat.stride(0);
    Ok(flat.view(shape, strides, flat.offset))
}

/// `np.meshgrid(*xi, indexing=, sparse=, copy=)`.
fn meshgrid(xi: &[NdArray], xy: bool, sparse: bool, copy: bool) -> PyResult<Vec<NdArray>> {
    let nd = xi.len();
    let mut axes: Vec<usize> = (0..nd).collect();
    if xy && nd > 1 {
        axes.swap(0, 1);
    }
    let mut out: Vec<NdArray> = xi
        .iter()
        .zip(axes)
        .map(|(x, ax)| along_axis(x, ax, nd))
        .collect::<PyResult<_>>()?;
    if !sparse {
        out = broadcast_all(&out)?;
    }
    if copy {
        out = out
            .iter()
            .map(|o| o.copy_as(o.dtype))
            .collect::<PyResult<_>>()?;
    }
    Ok(out)
}

/// `np.moveaxis(a, source, destination)`: a view.
fn moveaxis(a: &NdArray, source: &[i64], destination: &[i64]) -> PyResult<NdArray> {
    let nd = a.ndim();
    let src = normalize_axes(source, nd, Some("source"), false)?;
    let dst = normalize_axes(destination, nd, Some("destination"), false)?;
    if src.len() != dst.len() {
        return Err(PyErr::value_error(
            "`source` and `destination` arguments must have the same number of elements",
        ));
    }
    let mut order: Vec<usize> = (0..nd).filter(|n| !src.contains(n)).collect();
    let mut pairs: Vec<(usize, usize)> = dst.into_iter().zip(src).collect();
    pairs.sort_unstable();
    for (d, s) in pairs {
        order.insert(d.min(order.len()), s);
    }
    let order: Vec<i64> = order.into_iter().map(|i| i as i64).collect();
    transpose(a, Some(&order))
}

// ---------------------------------------------------------- roll and take

/// The shift of every axis from `np.roll`'s `shift` and `axis`, paired by
/// broadcasting (shifts of one axis add up).
fn roll_shifts(shift: (Vec<i64>, usize), axis: (Vec<i64>, usize), nd: usize) -> PyResult<Vec<i64>> {
    let axes = normalize_axes(&axis.0, nd, None, true)?;
    if shift.1 > 1 || axis.1 > 1 {
        return Err(PyErr::value_error(
            "'shift' and 'axis' should be scalars or 1D sequences",
        ));
    }
    let (ls, la) = (shift.0.len(), axes.len());
    if shift.1 == 1 && axis.1 == 1 && ls != la && ls != 1 && la != 1 {
        return Err(PyErr::value_error(format!(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is \
             between arg 0 with shape ({ls},) and arg 1 with shape ({la},)."
        )));
    }
    // Broadcast lengths: equal, or one of them 1 (a lone value).
    let count = match (ls, la) {
        (1, n) | (n, 1) => n,
        (n, _) => n,
    };
    let mut per_axis = vec![0i64; nd];
    for k in 0..count {
        let s = shift.0[if ls == 1 { 0 } else { k }];
        let ax = axes[if la == 1 { 0 } else { k }];
        per_axis[ax] = per_axis[ax].wrapping_add(s);
    }
    Ok(per_axis)
}

/// `np.roll` with one shift per axis: a new array.
fn roll(a: &NdArray, per_axis: &[i64]) -> PyResult<NdArray> {
    let maps: Vec<Vec<usize>> = a
        .shape()
        .iter()
        .zip(per_axis)
        .map(|(&n, &s)| {
            let n = n as i64;
            (0..n)
                .map(|i| (i - s.rem_euclid(n.max(1))).rem_euclid(n) as usize)
                .collect()
        })
        .collect();
    gather(a, &maps)
}

/// NumPy's `mode=` of `take`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TakeMode {
    Raise,
    Wrap,
    Clip,
}

impl TakeMode {
    fn parse(vm: &Vm, v: Option<&Value>) -> PyResult<TakeMode> {
        match str_arg(vm, "take", v, "raise")?.as_str() {
            "raise" => Ok(TakeMode::Raise),
            "wrap" => Ok(TakeMode::Wrap),
            "clip" => Ok(TakeMode::Clip),
            other => Err(PyErr::value_error(format!(
                "clipmode must be one of 'clip', 'raise', or 'wrap' (got '{other}')"
            ))),
        }
    }

    /// Index `i` into an axis of length `n`, which may be 0 (then every
    /// index is out of bounds).
    fn resolve_any(self, i: i64, n: usize, axis: usize) -> PyResult<usize> {
        if n == 0 {
            return Err(PyErr::index_error(format!(
                "index {i} is out of bounds for axis {axis} with size 0"
            )));
        }
        self.resolve(i, n, axis)
    }

    /// Index `i` into an axis of length `n` (not 0).
    fn resolve(self, i: i64, n: usize, axis: usize) -> PyResult<usize> {
        let m = n as i64;
        Ok(match self {
            TakeMode::Wrap => i.rem_euclid(m) as usize,
            TakeMode::Clip => i.clamp(0, m - 1) as usize,
            TakeMode::Raise if i < -m || i >= m => {
                return Err(PyErr::index_error(format!(
                    "index {i} is out of bounds for axis {axis} with size {n}"
                )))
            }
            TakeMode::Raise => i.rem_euclid(m) as usize,
        })
    }
}

/// `np.take(a, indices, axis, mode=)`: a new array (a NumPy scalar when
/// it has no axes).
fn take(a: &NdArray, indices: &NdArray, axis: Option<i64>, mode: TakeMode) -> PyResult<NdArray> {
    let (src, axis) = match axis {
        None => (ravel(a)?, 0),
        Some(ax) => (plain(a), normalize_axis(ax, a.ndim())?),
    };
    let n = src.dim(axis);
    let raw = indices.to_vec::<i64>()?;
    if n == 0 && !raw.is_empty() {
        return Err(PyErr::index_error(
            "cannot do a non-empty take from an empty axes.",
        ));
    }
    let mut maps = identity_maps(&src.shape())?;
    maps[axis] = raw
        .iter()
        .map(|&i| mode.resolve(i, n, axis))
        .collect::<PyResult<_>>()?;
    let mut shape: Dims = SmallVec::from_slice(&src.shape()[..axis]);
    shape.extend_from_slice(&indices.shape());
    shape.extend_from_slice(&src.shape()[axis + 1..]);
    let mut r = reshaped(gather(&src, &maps)?, shape);
    r.scalar = r.ndim() == 0;
    Ok(r)
}

/// The shape `np.take_along_axis` gives: `indices`' length along `axis`,
/// the broadcast of both shapes elsewhere.
fn along_shape(a: &NdArray, indices: &NdArray, axis: usize) -> PyResult<Dims> {
    let mut shape = Dims::new();
    for (d, (&n, &m)) in a.shape().iter().zip(&indices.shape()).enumerate() {
        shape.push(match (d == axis, n, m) {
            (true, _, m) => m,
            (false, n, m) if n == m || m == 1 => n,
            (false, 1, m) => m,
            _ => {
                let shapes: Vec<String> = (0..a.ndim())
                    .map(|k| match k == axis {
                        true => tight_shape(&indices.shape()),
                        false => {
                            let mut ones: Dims = SmallVec::from_elem(1, a.ndim());
                            ones[k] = a.dim(k);
                            tight_shape(&ones)
                        }
                    })
                    .collect();
                return Err(PyErr::index_error(format!(
                    "shape mismatch: indexing arrays could not be broadcast together with \
                     shapes {} ",
                    shapes.join(" ")
                )));
            }
        });
    }
    Ok(shape)
}

/// `np.take_along_axis(a, indices, axis)`: the elements of `a` at
/// `indices` along `axis`, matched slice by slice (a new array).
fn take_along_axis(a: &NdArray, indices: &NdArray, axis: Option<i64>) -> PyResult<NdArray> {
    if !indices.dtype.is_integer() {
        return Err(PyErr::index_error("`indices` must be an integer array"));
    }
    let (src, axis) = match axis {
        None if indices.ndim() != 1 => {
            return Err(PyErr::value_error(
                "when axis=None, `indices` must have a single dimension.",
            ))
        }
        None => (ravel(a)?, 0),
        Some(ax) => (plain(a), normalize_axis(ax, a.ndim())?),
    };
    if src.ndim() != indices.ndim() {
        return Err(PyErr::value_error(
            "`indices` and `arr` must have the same number of dimensions",
        ));
    }
    let shape = along_shape(&src, indices, axis)?;
    check_room(&shape, src.dtype)?;
    let picks = broadcast::broadcast_to(indices, &shape)?.to_vec::<i64>()?;
    let mut rows_shape = src.shape();
    rows_shape[axis] = 1;
    let mut rows =
        broadcast::broadcast_to(&src.view(rows_shape, src.strides(), src.offset), &shape)?;
    let mut rows_strides = rows.strides();
    rows_strides[axis] = 0;
    rows.set_layout(rows.shape(), rows_strides);
    let (n, stride) = (src.dim(axis), src.stride(axis));
    let mut offsets = vec_with_room(picks.len())?;
    for (o, &i) in rows.offsets()?.into_iter().zip(&picks) {
        let j = TakeMode::Raise.resolve_any(i, n, axis)?;
        offsets.push((o as isize + j as isize * stride) as usize);
    }
    let data = src.buf.read().gather_as(&offsets, src.dtype);
    Ok(NdArray::new(data, shape))
}

// ------------------------------------------- triangles, diagonals, trace

/// `np.tril` (`lower`) or `np.triu` of the last two axes (a 1-d input is
/// first broadcast to a square).
fn triangle(a: &NdArray, k: i64, lower: bool) -> PyResult<NdArray> {
    let src = match a.ndim() {
        0 => {
            return Err(PyErr::type_error(
                "tri() missing 1 required positional argument: 'N'",
            ))
        }
        1 => broadcast::broadcast_to(a, &[a.dim(0), a.dim(0)])?,
        _ => plain(a),
    };
    let nd = src.ndim();
    let (rows, cols) = (src.dim(nd - 2), src.dim(nd - 1));
    let mut data = src.to_data(src.dtype)?;
    crate::with_data!(&mut data, v: T => {
        for (f, x) in v.iter_mut().enumerate() {
            let (i, j) = (((f / cols) % rows) as i64, (f % cols) as i64);
            let keep = if lower { j <= i.saturating_add(k) } else { j >= i.saturating_add(k) };
            if !keep {
                *x = T::default();
            }
        }
    });
    Ok(NdArray::new(data, src.shape()))
}

/// `a.diagonal(offset, axis1, axis2)`: a read-only view whose last axis
/// walks the diagonal.
fn diagonal(a: &NdArray, offset: i64, axis1: i64, axis2: i64) -> PyResult<NdArray> {
    let nd = a.ndim();
    if nd < 2 {
        return Err(PyErr::value_error(
            "diag requires an array of at least two dimensions",
        ));
    }
    let ax1 = axis_named(axis1, nd, Some("axis1"))?;
    let ax2 = axis_named(axis2, nd, Some("axis2"))?;
    if ax1 == ax2 {
        return Err(PyErr::value_error("axis1 and axis2 cannot be the same"));
    }
    let (n1, n2) = (a.dim(ax1) as i64, a.dim(ax2) as i64);
    let (start1, start2) = if offset >= 0 {
        (0, offset)
    } else {
        (offset.saturating_neg(), 0)
    };
    let len = n1
        .saturating_sub(start1)
        .min(n2.saturating_sub(start2))
        .max(0) as usize;
    let keep = (0..nd).filter(|&d| d != ax1 && d != ax2);
    let mut shape: Dims = keep.clone().map(|d| a.dim(d)).collect();
    let mut strides: Strides = keep.map(|d| a.stride(d)).collect();
    shape.push(len);
    strides.push(a.stride(ax1) + a.stride(ax2));
    let start = if len > 0 {
        a.offset as isize + start1 as isize * a.stride(ax1) + start2 as isize * a.stride(ax2)
    } else {
        a.offset as isize
    };
    let mut r = view_at(a, shape, strides, start);
    r.writeable = super::array::WriteFlag::new(false);
    Ok(r)
}

/// `np.diag(v, k)`: a 1-d input becomes a square with it on diagonal `k`,
/// a 2-d input gives a view of diagonal `k`.
fn diag(a: &NdArray, k: i64) -> PyResult<NdArray> {
    match a.ndim() {
        1 => {
            let n = a.dim(0);
            let shift = usize::try_from(k.unsigned_abs()).map_err(|_| too_big())?;
            let m = n.checked_add(shift).ok_or_else(too_big)?;
            let size = check_room(&[m, m], a.dtype)?;
            let (row, col) = if k >= 0 { (0, shift) } else { (shift, 0) };
            let src = a.to_data(a.dtype)?;
            let mut out = crate::with_dtype!(a.dtype, T => {
                let mut v: Vec<T> = vec_with_room(size)?;
                v.resize(size, T::default());
                T::wrap(v)
            });
            for i in 0..n {
                out.set((row + i) * m + col + i, src.get(i));
            }
            Ok(NdArray::new(out, SmallVec::from_slice(&[m, m])))
        }
        2 => diagonal(a, k, 0, 1),
        _ => Err(PyErr::value_error("Input must be 1- or 2-d.")),
    }
}

/// The dtype `sum` (and so `trace`) adds in by default.
fn sum_dtype(dt: DType) -> DType {
    match dt {
        DType::Bool | DType::Int8 | DType::Int16 | DType::Int32 => DType::Int64,
        DType::UInt8 | DType::UInt16 | DType::UInt32 => DType::UInt64,
        other => other,
    }
}

/// NumPy's pairwise summation of floats (the order its `add.reduce`
/// adds in, so results match to the last bit).
fn pairwise<F: Copy + std::ops::Add<Output = F>>(v: &[F], zero: F) -> F {
    let n = v.len();
    if n < 8 {
        return v.iter().fold(zero, |acc, &x| acc + x);
    }
    if n <= 128 {
        let mut r = [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]];
        let whole = n - n % 8;
        for chunk in v[8..whole].chunks_exact(8) {
            for (acc, &x) in r.iter_mut().zip(chunk) {
                *acc = *acc + x;
            }
        }
        let head = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        return v[whole..].iter().fold(head, |acc, &x| acc + x);
    }
    let half = n / 2;
    let half = half - half % 8;
    pairwise(&v[..half], zero) + pairwise(&v[half..], zero)
}

/// The sum of `row` as `dt` (the values already cast to it).
fn sum_row(row: &[Scalar], dt: DType) -> Scalar {
    match dt {
        DType::Bool => Scalar::Bool(row.iter().any(|s| s.as_bool())),
        DType::Float64 => {
            let v: Vec<f64> = row.iter().map(|s| s.as_f64()).collect();
            Scalar::Float(pairwise(&v, -0.0) + 0.0)
        }
        DType::Float32 | DType::Float16 => {
            let v: Vec<f32> = row.iter().map(|s| s.as_f64() as f32).collect();
            Scalar::Float(f64::from(pairwise(&v, -0.0) + 0.0))
        }
        _ => Scalar::Int(row.iter().fold(0i64, |acc, s| acc.wrapping_add(s.as_i64()))),
    }
}

/// `np.trace(a, offset, axis1, axis2, dtype)`.
fn trace(
    a: &NdArray,
    offset: i64,
    axis1: i64,
    axis2: i64,
    dtype: Option<DType>,
) -> PyResult<NdArray> {
    let view = diagonal(a, offset, axis1, axis2)?;
    let dt = dtype.unwrap_or_else(|| sum_dtype(a.dtype));
    let len = view.dim(view.ndim() - 1);
    let values = view.to_data(dt)?;
    let scalars: Vec<Scalar> = (0..values.len()).map(|i| values.get(i)).collect();
    let outer: usize = view.shape()[..view.ndim() - 1].iter().product();
    let sums: Vec<Scalar> = (0..outer)
        .map(|i| sum_row(&scalars[i * len..(i + 1) * len], dt))
        .collect();
    let data =
        crate::with_dtype!(dt, T => T::wrap(sums.iter().map(|&s| T::from_scalar(s)).collect()));
    let mut r = NdArray::new(data, SmallVec::from_slice(&view.shape()[..view.ndim() - 1]));
    r.scalar = r.ndim() == 0;
    Ok(r)
}

// ------------------------------------------------------------------ pad

/// The ways `np.pad` fills.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PadMode {
    Constant,
    Empty,
    Edge,
    Reflect,
    Symmetric,
    Wrap,
}

/// The mode of a `np.pad` call, with its keyword arguments checked; `None`
/// for the modes written in Python.
fn pad_mode(mode: &str, extras: &[(String, Value)]) -> PyResult<Option<PadMode>> {
    let (m, allowed): (Option<PadMode>, &[&str]) = match mode {
        "constant" => (Some(PadMode::Constant), &["constant_values"]),
        "empty" => (Some(PadMode::Empty), &[]),
        "edge" => (Some(PadMode::Edge), &[]),
        "wrap" => (Some(PadMode::Wrap), &[]),
        "reflect" => (Some(PadMode::Reflect), &["reflect_type"]),
        "symmetric" => (Some(PadMode::Symmetric), &["reflect_type"]),
        "linear_ramp" => (None, &["end_values"]),
        "maximum" | "mean" | "median" | "minimum" => (None, &["stat_length"]),
        _ => {
            return Err(PyErr::value_error(format!(
                "mode '{mode}' is not supported"
            )))
        }
    };
    let bad: Vec<String> = extras
        .iter()
        .filter(|(k, _)| !allowed.contains(&k.as_str()))
        .map(|(k, _)| format!("'{k}'"))
        .collect();
    if !bad.is_empty() {
        return Err(PyErr::value_error(format!(
            "unsupported keyword arguments for mode '{mode}': {{{}}}",
            bad.join(", ")
        )));
    }
    Ok(m)
}

/// NumPy's `_as_pairs`: `x` spread to one `(before, after)` pair per axis;
/// `index` refuses negative values.
fn as_pairs(x: &NdArray, ndim: usize, index: bool) -> PyResult<Vec<(Scalar, Scalar)>> {
    let data = x.to_data(x.dtype)?;
    let flat: Vec<Scalar> = (0..data.len()).map(|i| data.get(i)).collect();
    let negative = |s: &Scalar| index && s.as_i64() < 0;
    let refuse = || PyErr::value_error("index can't contain negative values");
    if x.ndim() < 3 {
        if let [v] = flat[..] {
            return if negative(&v) {
                Err(refuse())
            } else {
                Ok(vec![(v, v); ndim])
            };
        }
        if let [b, a] = flat[..] {
            if x.shape()[..] != [2, 1] {
                return if negative(&b) || negative(&a) {
                    Err(refuse())
                } else {
                    Ok(vec![(b, a); ndim])
                };
            }
        }
    }
    if flat.iter().any(negative) {
        return Err(refuse());
    }
    let b = broadcast_view(x, &[ndim as i64, 2])?;
    let data = b.to_data(b.dtype)?;
    Ok((0..ndim)
        .map(|i| (data.get(2 * i), data.get(2 * i + 1)))
        .collect())
}

/// `np.pad`'s `pad_width`: one `(before, after)` per axis.
fn pad_widths(vm: &mut Vm, v: &Value, ndim: usize) -> PyResult<Vec<(usize, usize)>> {
    let x = as_array(vm, v, None)?;
    if x.dtype.kind() != Kind::Int {
        return Err(PyErr::type_error("`pad_width` must be of integral type."));
    }
    Ok(as_pairs(&x, ndim, true)?
        .into_iter()
        .map(|(b, a)| (b.as_i64() as usize, a.as_i64() as usize))
        .collect())
}

/// The source index of position `i` (counted from the first original
/// element) of an axis of `n` padded with `mode`.
fn pad_source(mode: PadMode, i: i64, n: i64) -> i64 {
    if (0..n).contains(&i) {
        return i;
    }
    match mode {
        PadMode::Wrap => i.rem_euclid(n),
        PadMode::Reflect if n > 1 => {
            let m = i.rem_euclid(2 * (n - 1));
            if m >= n {
                2 * (n - 1) - m
            } else {
                m
            }
        }
        PadMode::Symmetric => {
            let m = i.rem_euclid(2 * n);
            if m >= n {
                2 * n - 1 - m
            } else {
                m
            }
        }
        _ => i.clamp(0, n - 1),
    }
}

/// The shape of `a` padded by `widths`, checked to be addressable.
fn padded_shape(a: &NdArray, widths: &[(usize, usize)]) -> PyResult<Dims> {
    let shape = a
        .shape()
        .iter()
        .zip(widths)
        .map(|(&n, &(b, f))| b.checked_add(n)?.checked_add(f))
        .collect::<Option<Dims>>()
        .ok_or_else(too_big)?;
    check_room(&shape, a.dtype)?;
    Ok(shape)
}

/// Pads by copying elements of `a` (every mode but the constant ones).
fn pad_copying(a: &NdArray, widths: &[(usize, usize)], mode: PadMode) -> PyResult<NdArray> {
    for (axis, (&n, &(before, after))) in a.shape().iter().zip(widths).enumerate() {
        if n == 0 && before + after > 0 {
            return Err(PyErr::value_error(format!(
                "can't extend empty axis {axis} using modes other than 'constant' or 'empty'"
            )));
        }
    }
    let shape = padded_shape(a, widths)?;
    let mut maps = Vec::with_capacity(a.ndim());
    for ((&n, &(before, _)), &len) in a.shape().iter().zip(widths).zip(&shape) {
        let source = |j: usize| pad_source(mode, j as i64 - before as i64, n as i64) as usize;
        maps.push(index_map(len, source)?);
    }
    gather(a, &maps)
}

/// The walk of constant padding: the fill of the last axis that pads a
/// position wins (NumPy pads axis by axis).
struct ConstantPad<'a, T> {
    src: &'a [T],
    a: &'a NdArray,
    widths: &'a [(usize, usize)],
    values: &'a [(T, T)],
    out: Vec<T>,
}

impl<T: Element> ConstantPad<'_, T> {
    fn walk(&mut self, axis: usize, base: isize, fill: Option<T>) {
        if axis == self.a.ndim() {
            let v = fill.unwrap_or_else(|| self.src[base as usize]);
            self.out.push(v);
            return;
        }
        let (n, stride) = (self.a.dim(axis), self.a.stride(axis));
        let (before, after) = self.widths[axis];
        let (low, high) = self.values[axis];
        for _ in 0..before {
            self.walk(axis + 1, base, Some(low));
        }
        for i in 0..n {
            self.walk(axis + 1, base + i as isize * stride, fill);
        }
        for _ in 0..after {
            self.walk(axis + 1, base, Some(high));
        }
    }
}

/// Pads with constants (`values` per axis, already cast).
fn pad_constant<T: Element>(
    a: &NdArray,
    widths: &[(usize, usize)],
    values: &[(Scalar, Scalar)],
) -> PyResult<NdArray> {
    let data = a.buf.read();
    let values: Vec<(T, T)> = values
        .iter()
        .map(|&(b, f)| (T::from_scalar(b), T::from_scalar(f)))
        .collect();
    let shape = padded_shape(a, widths)?;
    let mut walk = ConstantPad {
        src: typed::<T>(&data),
        a,
        widths,
        values: &values,
        out: vec_with_room(shape.iter().product())?,
    };
    walk.walk(0, a.offset as isize, None);
    Ok(NdArray::new(T::wrap(walk.out), shape))
}

/// `np.pad(a, pad_width, mode, **kwargs)`; `None` for the statistics and
/// ramp modes and odd reflections, which `numpy._extras._pad` does.
fn pad(
    vm: &mut Vm,
    a: &NdArray,
    width: &Value,
    mode: &str,
    extras: &[(String, Value)],
) -> PyResult<Option<NdArray>> {
    let widths = pad_widths(vm, width, a.ndim())?;
    let extra = |name: &str| {
        extras
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let odd = match extra("reflect_type") {
        Some(v) => arg_str(vm, "pad", &v)? == "odd",
        None => false,
    };
    let mode = match pad_mode(mode, extras)? {
        Some(m) if !odd => m,
        _ => return Ok(None),
    };
    let padded = if matches!(mode, PadMode::Constant | PadMode::Empty) {
        let values = match extra("constant_values").filter(|_| mode == PadMode::Constant) {
            Some(v) => as_pairs(&as_array(vm, &v, None)?, a.ndim(), false)?,
            None => vec![(Scalar::Int(0), Scalar::Int(0)); a.ndim()],
        };
        // The rarer dtypes pad a widened copy with the values cast to
        // their own dtype first (so they widen exactly), and are cast back.
        let own = |s| Data::filled(a.dtype, 1, s).get(0);
        let values: Vec<(Scalar, Scalar)> = values.iter().map(|&(x, y)| (own(x), own(y))).collect();
        match a.dtype {
            DType::Bool => pad_constant::<bool>(a, &widths, &values),
            DType::UInt8 => pad_constant::<u8>(a, &widths, &values),
            DType::Int32 => pad_constant::<i32>(a, &widths, &values),
            DType::Int64 => pad_constant::<i64>(a, &widths, &values),
            DType::UInt64 => pad_constant::<u64>(a, &widths, &values),
            DType::Float32 => pad_constant::<f32>(a, &widths, &values),
            DType::Float64 => pad_constant::<f64>(a, &widths, &values),
            DType::Float16 => ops::computed_in(a, DType::Float32, |w| {
                pad_constant::<f32>(w, &widths, &values)
            }),
            _ => ops::computed_in(a, DType::Int64, |w| {
                pad_constant::<i64>(w, &widths, &values)
            }),
        }
    } else {
        pad_copying(a, &widths, mode)
    };
    padded.map(Some)
}

// ---------------------------------------------------------- Python face

/// Concatenates arrays along their first axis, NumPy's default way (for
/// joins that build their operands themselves, as the complex ones do).
pub(super) fn concatenate_parts(arrays: &[NdArray]) -> PyResult<NdArray> {
    concatenate(arrays, Some(0), None, Casting::SameKind)
}

fn concatenate_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["arrays", "axis", "out", "dtype", "casting"];
    let s = Slots::parse("concatenate", args, &names, 1)?;
    let axis = s.axis(vm, 1, Some(0))?;
    let dtype = dtype_arg(vm, s.get(3))?;
    let casting = Casting::parse(vm, s.get(4))?;
    let join = |arrays: &[NdArray]| concatenate(arrays, axis, dtype, casting);
    if let Some(r) = super::fft::complex_join(vm, s.value(0), join) {
        return r;
    }
    let arrays = array_list(vm, s.value(0))?;
    deliver(join(&arrays)?, s.get(2))
}

fn stack_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["arrays", "axis", "out", "dtype", "casting"];
    let s = Slots::parse("stack", args, &names, 1)?;
    let axis = s.int(vm, 1, 0)?;
    let dtype = dtype_arg(vm, s.get(3))?;
    let casting = Casting::parse(vm, s.get(4))?;
    let join = |arrays: &[NdArray]| stack(arrays, axis, dtype, casting);
    if let Some(r) = super::fft::complex_join(vm, s.value(0), join) {
        return r;
    }
    let arrays = array_list(vm, s.value(0))?;
    deliver(join(&arrays)?, s.get(2))
}

fn family_fn(vm: &mut Vm, args: Args<'_>, name: &str, kind: Family) -> PyResult<Value> {
    let s = Slots::parse(name, args, &["tup", "dtype", "casting"], 1)?;
    let dtype = dtype_arg(vm, s.get(1))?;
    let casting = Casting::parse(vm, s.get(2))?;
    let join = |arrays: &[NdArray]| stack_family(kind, arrays, dtype, casting);
    if let Some(r) = super::fft::complex_join(vm, s.value(0), join) {
        return r;
    }
    let arrays = array_list(vm, s.value(0))?;
    join(&arrays).map(NdArray::into_value)
}

fn vstack_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    family_fn(vm, args, "vstack", Family::V)
}

fn hstack_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    family_fn(vm, args, "hstack", Family::H)
}

fn dstack_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    family_fn(vm, args, "dstack", Family::D)
}

fn column_stack_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    family_fn(vm, args, "column_stack", Family::Column)
}

fn split_with(vm: &mut Vm, args: Args<'_>, name: &str, equal: bool) -> PyResult<Value> {
    let s = Slots::parse(name, args, &["ary", "indices_or_sections", "axis"], 2)?;
    let a = array_at(vm, &s, 0)?;
    let cuts = cuts_arg(vm, s.value(1))?;
    let axis = s.int(vm, 2, 0)?;
    split(&a, &cuts, axis, equal).map(list_of)
}

fn split_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_with(vm, args, "split", true)
}

fn array_split_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_with(vm, args, "array_split", false)
}

/// `np.hsplit`/`vsplit`/`dsplit`: `split` along a fixed axis, for arrays
/// of at least `min_nd` axes.
fn split_fixed(vm: &mut Vm, args: Args<'_>, name: &str, min_nd: usize) -> PyResult<Value> {
    let s = Slots::parse(name, args, &["ary", "indices_or_sections"], 2)?;
    let a = array_at(vm, &s, 0)?;
    if a.ndim() < min_nd {
        let what = ["1 or more", "2 or more", "3 or more"][min_nd.clamp(1, 3) - 1];
        return Err(PyErr::value_error(format!(
            "{name} only works on arrays of {what} dimensions"
        )));
    }
    let axis = match name {
        "hsplit" => i64::from(a.ndim() > 1),
        "vsplit" => 0,
        _ => 2,
    };
    let cuts = cuts_arg(vm, s.value(1))?;
    split(&a, &cuts, axis, true).map(list_of)
}

fn hsplit_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_fixed(vm, args, "hsplit", 1)
}

fn vsplit_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_fixed(vm, args, "vsplit", 2)
}

fn dsplit_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_fixed(vm, args, "dsplit", 3)
}

fn pad_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["array", "pad_width", "mode"];
    let mut known = Vec::new();
    let mut extras = Vec::new();
    for (k, v) in args.kw {
        match k.kind() {
            Some(ObjKind::Str(s)) if !names.contains(&s.as_str()) => {
                extras.push((s.as_str().to_owned(), v.clone()));
            }
            _ => known.push((k.clone(), v.clone())),
        }
    }
    let s = Slots::parse(
        "pad",
        Args {
            pos: args.pos,
            kw: &known,
        },
        &names,
        2,
    )?;
    let a = array_at(vm, &s, 0)?;
    let mode = str_arg(vm, "pad", s.get(2), "constant")?;
    match pad(vm, &a, s.value(1), &mode, &extras)? {
        Some(padded) => Ok(padded.into_value()),
        None => super::module_functions::python_method(vm, args, "_pad"),
    }
}

fn flip_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("flip", args, &["m", "axis"], 1)?;
    let a = array_at(vm, &s, 0)?;
    let axes = match s.get(1) {
        None => (0..a.ndim()).collect(),
        Some(v) => {
            let (axes, _) = axis_values(vm, v)?;
            normalize_axes(&axes, a.ndim(), None, false)?
        }
    };
    let mut r = flip_axes(&a, &axes);
    r.scalar = r.ndim() == 0;
    Ok(r.into_value())
}

fn flip_one(vm: &mut Vm, args: Args<'_>, name: &str, axis: usize) -> PyResult<Value> {
    let s = Slots::parse(name, args, &["m"], 1)?;
    let a = array_at(vm, &s, 0)?;
    if a.ndim() <= axis {
        return Err(PyErr::value_error(format!(
            "Input must be >= {}-d.",
            axis + 1
        )));
    }
    Ok(flip_axes(&a, &[axis]).into_value())
}

fn fliplr_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    flip_one(vm, args, "fliplr", 1)
}

fn flipud_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    flip_one(vm, args, "flipud", 0)
}

fn rot90_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("rot90", args, &["m", "k", "axes"], 1)?;
    let a = array_at(vm, &s, 0)?;
    let k = s.int(vm, 1, 1)?;
    let axes = match s.get(2) {
        Some(v) => axis_values(vm, v)?.0,
        None => vec![0, 1],
    };
    rot90(&a, k, &axes).map(NdArray::into_value)
}

fn tile_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("tile", args, &["A", "reps"], 2)?;
    let a = array_at(vm, &s, 0)?;
    let reps = index_values(vm, s.value(1))?;
    tile(&a, &reps).map(NdArray::into_value)
}

/// `repeat` after `a`: `(repeats, axis=None)`.
fn repeat_rest(vm: &mut Vm, a: &NdArray, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("repeat", args, &["repeats", "axis"], 1)?;
    let (counts, nd) = int_values(vm, s.value(0))?;
    let axis = s.axis(vm, 1, None)?;
    repeat(a, &counts, nd, axis).map(NdArray::into_value)
}

fn repeat_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let first = args
        .pos
        .first()
        .ok_or_else(|| PyErr::type_error("repeat() missing required argument 'a' (pos 1)"))?;
    let a = as_array(vm, first, None)?;
    repeat_rest(vm, &a, taipan_vm::builtins::args::rest(args))
}

fn repeat_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("repeat", &args)?;
    repeat_rest(vm, &a, taipan_vm::builtins::args::rest(args))
}

fn broadcast_to_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("broadcast_to", args, &["array", "shape", "subok"], 2)?;
    let a = array_at(vm, &s, 0)?;
    let shape = index_values(vm, s.value(1))?;
    broadcast_view(&a, &shape).map(NdArray::into_value)
}

fn broadcast_arrays_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    keywords("broadcast_arrays", &args, &["subok"])?;
    let arrays = array_args(vm, args.pos)?;
    broadcast_all(&arrays).map(tuple_of)
}

fn broadcast_shapes_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    keywords("broadcast_shapes", &args, &[])?;
    let mut shapes = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        shapes.push(shape_value(vm, v)?);
    }
    let views: Vec<&[usize]> = shapes.iter().map(|s| &s[..]).collect();
    let shape = common_shape(&views)?;
    Ok(new_tuple(
        shape.iter().map(|&n| Value::Int(n as i64)).collect(),
    ))
}

fn meshgrid_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let kw = keywords("meshgrid", &args, &["copy", "sparse", "indexing"])?;
    let xy = match str_arg(vm, "meshgrid", kw[2], "xy")?.as_str() {
        "xy" => true,
        "ij" => false,
        _ => {
            return Err(PyErr::value_error(
                "Valid values for `indexing` are 'xy' and 'ij'.",
            ))
        }
    };
    let copy = match kw[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let sparse = match kw[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let xi = array_args(vm, args.pos)?;
    let out = meshgrid(&xi, xy, sparse, copy)?;
    // NumPy hands back its list of reshaped inputs as it is.
    Ok(if sparse && !copy {
        list_of(out)
    } else {
        tuple_of(out)
    })
}

fn atleast(vm: &mut Vm, args: Args<'_>, n: usize) -> PyResult<Value> {
    keywords("atleast_nd", &args, &[])?;
    let mut out = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        out.push(at_least(&as_array(vm, v, None)?, n));
    }
    Ok(match out.len() {
        1 => out.remove(0).into_value(),
        _ => tuple_of(out),
    })
}

fn atleast_1d_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    atleast(vm, args, 1)
}

fn atleast_2d_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    atleast(vm, args, 2)
}

fn atleast_3d_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    atleast(vm, args, 3)
}

fn moveaxis_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("moveaxis", args, &["a", "source", "destination"], 3)?;
    let a = array_at(vm, &s, 0)?;
    let (source, _) = axis_values(vm, s.value(1))?;
    let (destination, _) = axis_values(vm, s.value(2))?;
    moveaxis(&a, &source, &destination).map(NdArray::into_value)
}

fn roll_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("roll", args, &["a", "shift", "axis"], 2)?;
    let a = array_at(vm, &s, 0)?;
    let shift = int_values(vm, s.value(1))?;
    let r = match s.get(2) {
        None => {
            let flat = ravel(&a)?;
            let per_axis = roll_shifts(shift, (vec![0], 0), 1)?;
            // NumPy reshapes the rolled flat copy: a view of it.
            let mut r = reshaped(roll(&flat, &per_axis)?, a.shape());
            r.owns = false;
            r
        }
        Some(v) => {
            let axis = axis_values(vm, v)?;
            roll(&a, &roll_shifts(shift, axis, a.ndim())?)?
        }
    };
    Ok(r.into_value())
}

/// `take` after `a`: `(indices, axis=None, out=None, mode='raise')`.
fn take_rest(vm: &mut Vm, a: &NdArray, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("take", args, &["indices", "axis", "out", "mode"], 1)?;
    let indices = array_at(vm, &s, 0)?;
    let axis = s.axis(vm, 1, None)?;
    let mode = TakeMode::parse(vm, s.get(3))?;
    deliver(take(a, &indices, axis, mode)?, s.get(2))
}

fn take_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let first = args
        .pos
        .first()
        .ok_or_else(|| PyErr::type_error("take() missing required argument 'a' (pos 1)"))?;
    let a = as_array(vm, first, None)?;
    take_rest(vm, &a, taipan_vm::builtins::args::rest(args))
}

fn take_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("take", &args)?;
    take_rest(vm, &a, taipan_vm::builtins::args::rest(args))
}

fn take_along_axis_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("take_along_axis", args, &["arr", "indices", "axis"], 2)?;
    let a = array_at(vm, &s, 0)?;
    let indices = array_at(vm, &s, 1)?;
    let axis = s.axis(vm, 2, Some(-1))?;
    take_along_axis(&a, &indices, axis).map(NdArray::into_value)
}

fn triangle_fn(vm: &mut Vm, args: Args<'_>, name: &str, lower: bool) -> PyResult<Value> {
    let s = Slots::parse(name, args, &["m", "k"], 1)?;
    let a = array_at(vm, &s, 0)?;
    let k = s.int(vm, 1, 0)?;
    triangle(&a, k, lower).map(NdArray::into_value)
}

fn tril_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    triangle_fn(vm, args, "tril", true)
}

fn triu_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    triangle_fn(vm, args, "triu", false)
}

fn diag_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("diag", args, &["v", "k"], 1)?;
    let a = array_at(vm, &s, 0)?;
    let k = s.int(vm, 1, 0)?;
    diag(&a, k).map(NdArray::into_value)
}

/// `diagonal` after `a`: `(offset=0, axis1=0, axis2=1)`.
fn diagonal_rest(vm: &mut Vm, a: &NdArray, args: Args<'_>) -> PyResult<Value> {
    let s = Slots::parse("diagonal", args, &["offset", "axis1", "axis2"], 0)?;
    let offset = s.int(vm, 0, 0)?;
    let axis1 = s.int(vm, 1, 0)?;
    let axis2 = s.int(vm, 2, 1)?;
    diagonal(a, offset, axis1, axis2).map(NdArray::into_value)
}

fn diagonal_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let first = args
        .pos
        .first()
        .ok_or_else(|| PyErr::type_error("diagonal() missing required argument 'a' (pos 1)"))?;
    let a = as_array(vm, first, None)?;
    diagonal_rest(vm, &a, taipan_vm::builtins::args::rest(args))
}

fn diagonal_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("diagonal", &args)?;
    diagonal_rest(vm, &a, taipan_vm::builtins::args::rest(args))
}

/// `trace` after `a`: `(offset=0, axis1=0, axis2=1, dtype=None, out=None)`.
fn trace_rest(vm: &mut Vm, a: &NdArray, args: Args<'_>) -> PyResult<Value> {
    let names = ["offset", "axis1", "axis2", "dtype", "out"];
    let s = Slots::parse("trace", args, &names, 0)?;
    let offset = s.int(vm, 0, 0)?;
    let axis1 = s.int(vm, 1, 0)?;
    let axis2 = s.int(vm, 2, 1)?;
    let dtype = dtype_arg(vm, s.get(3))?;
    deliver(trace(a, offset, axis1, axis2, dtype)?, s.get(4))
}

fn trace_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let first = args
        .pos
        .first()
        .ok_or_else(|| PyErr::type_error("trace() missing required argument 'a' (pos 1)"))?;
    let a = as_array(vm, first, None)?;
    trace_rest(vm, &a, taipan_vm::builtins::args::rest(args))
}

fn trace_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("trace", &args)?;
    trace_rest(vm, &a, taipan_vm::builtins::args::rest(args))
}

/// The module-level functions of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("concatenate", concatenate_fn),
    ("stack", stack_fn),
    ("vstack", vstack_fn),
    ("hstack", hstack_fn),
    ("dstack", dstack_fn),
    ("column_stack", column_stack_fn),
    ("split", split_fn),
    ("array_split", array_split_fn),
    ("hsplit", hsplit_fn),
    ("vsplit", vsplit_fn),
    ("dsplit", dsplit_fn),
    ("pad", pad_fn),
    ("flip", flip_fn),
    ("fliplr", fliplr_fn),
    ("flipud", flipud_fn),
    ("rot90", rot90_fn),
    ("tile", tile_fn),
    ("repeat", repeat_fn),
    ("broadcast_to", broadcast_to_fn),
    ("broadcast_arrays", broadcast_arrays_fn),
    ("broadcast_shapes", broadcast_shapes_fn),
    ("meshgrid", meshgrid_fn),
    ("atleast_1d", atleast_1d_fn),
    ("atleast_2d", atleast_2d_fn),
    ("atleast_3d", atleast_3d_fn),
    ("moveaxis", moveaxis_fn),
    ("roll", roll_fn),
    ("take", take_fn),
    ("take_along_axis", take_along_axis_fn),
    ("tril", tril_fn),
    ("triu", triu_fn),
    ("diag", diag_fn),
    ("diagonal", diagonal_fn),
    ("trace", trace_fn),
];

/// The array methods of this file.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("repeat", repeat_method),
    ("take", take_method),
    ("diagonal", diagonal_method),
    ("trace", trace_method),
];
