//! Making arrays: `array`, `asarray`, `zeros`/`ones`/`full`/`empty` and
//! their `_like` forms, `arange`, `linspace`, `eye`, `frombuffer`, `copy`.

use super::array::{Dims, NdArray};
use super::convert::{self, as_array, dtype_arg, python_scalar, to_array};
use super::dtype::DType;
use super::element::{Data, Element, LeBytes, Scalar};
use super::order::{copy_in, new_strides, order_arg, resolve_any, Order};
use smallvec::SmallVec;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::{Value, Vm};

fn dims(vm: &mut Vm, v: &Value) -> PyResult<Dims> {
    let spec = super::shape::intp_shape_arg(vm, v)?;
    if spec.iter().any(|&n| n < 0) {
        return Err(PyErr::value_error("negative dimensions are not allowed"));
    }
    Ok(spec.iter().map(|&n| n as usize).collect())
}

fn array(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args(
        "array",
        args,
        &["object", "dtype", "copy", "order", "subok", "ndmin"],
        1,
    )?;
    let obj = slots[0].clone().unwrap_or(Value::None);
    let dt = dtype_arg(vm, slots[1].as_ref())?;
    let order = order_arg(vm, slots[3].as_ref(), Order::K)?;
    let ndmin = match slots[5].as_ref() {
        Some(v) => vm.index_of(v)?.max(0) as usize,
        None => 0,
    };
    let copy = copy_arg(vm, slots[2].as_ref(), Some(true))?;
    if let Some(r) = super::fft::complex_array_of(vm, &obj, copy == Some(true)) {
        return r;
    }
    if copy != Some(true) {
        if same_array(&obj, dt).is_some_and(|a| lies_in(a, order) && a.ndim() >= ndmin) {
            return Ok(obj);
        }
        refuse_copy(copy)?;
    }
    let mut a = match NdArray::of(&obj) {
        Some(a) => copy_in(a, dt.unwrap_or(a.dtype), order)?,
        None => in_order(to_array(vm, &obj, dt)?, order)?,
    };
    a.scalar = false;
    while a.ndim() < ndmin {
        a = super::shape::expand_dims(&a, &[0])?;
    }
    Ok(a.into_value())
}

/// The `copy=` argument of `np.array`/`np.asarray` (`default` when not
/// given): `Some(true)` always copies, `Some(false)` never does, `None`
/// copies when it must.
fn copy_arg(vm: &mut Vm, v: Option<&Value>, default: Option<bool>) -> PyResult<Option<bool>> {
    match v {
        None => Ok(default),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => Ok(Some(vm.truthy(v)?)),
    }
}

/// NumPy 2's error for `copy=False` when the array must be copied.
fn refuse_copy(copy: Option<bool>) -> PyResult<()> {
    if copy == Some(false) {
        return Err(PyErr::value_error(
            "Unable to avoid copy while creating an array as requested.\n\
             If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a \
             copy when needed (no behavior change in NumPy 1.x).\n\
             For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html\
             #adapting-to-changes-in-the-copy-keyword.",
        ));
    }
    Ok(())
}

/// `v` itself when it is an array (not a NumPy scalar) of dtype `dt`.
fn same_array(v: &Value, dt: Option<DType>) -> Option<&NdArray> {
    NdArray::of(v).filter(|a| !a.scalar && dt.is_none_or(|d| d == a.dtype))
}

fn asarray(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("asarray", args, &["a", "dtype", "order", "copy"], 1)?;
    let obj = slots[0].clone().unwrap_or(Value::None);
    let dt = dtype_arg(vm, slots[1].as_ref())?;
    let order = order_arg(vm, slots[2].as_ref(), Order::K)?;
    let copy = copy_arg(vm, slots[3].as_ref(), None)?;
    if let Some(r) = super::fft::complex_array_of(vm, &obj, copy == Some(true)) {
        return r;
    }
    if let Some(a) = same_array(&obj, dt) {
        if lies_in(a, order) && copy != Some(true) {
            return Ok(obj);
        }
        refuse_copy(copy)?;
        return Ok(copy_in(a, a.dtype, order)?.into_value());
    }
    refuse_copy(copy)?;
    let a = as_array(vm, &obj, dt)?;
    if lies_in(&a, order) {
        return Ok(a.into_value());
    }
    Ok(copy_in(&a, a.dtype, order)?.into_value())
}

/// Whether `a`'s elements already lie in `order` (`'K'` and `'A'` take
/// any layout), so that `asarray` may give `a` itself.
fn lies_in(a: &NdArray, order: Order) -> bool {
    match order {
        Order::C => a.is_c_contiguous(),
        Order::F => a.is_f_contiguous(),
        Order::A | Order::K => true,
    }
}

/// A new C-ordered array `a` (made from nested lists) in `order`: a
/// Fortran-ordered copy for `'F'`; the other orders keep C.
fn in_order(a: NdArray, order: Order) -> PyResult<NdArray> {
    match order {
        Order::F if a.ndim() > 1 => copy_in(&a, a.dtype, Order::F),
        _ => Ok(a),
    }
}

fn ascontiguousarray(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("ascontiguousarray", args, &["a", "dtype"], 1)?;
    let obj = slots[0].clone().unwrap_or(Value::None);
    let dt = dtype_arg(vm, slots[1].as_ref())?;
    if same_array(&obj, dt).is_some_and(|a| a.is_c_contiguous() && a.ndim() > 0) {
        return Ok(obj);
    }
    let a = as_array(vm, &obj, dt)?;
    let mut a = if a.is_c_contiguous() {
        a
    } else {
        a.copy_as(a.dtype)?
    };
    if a.ndim() == 0 {
        a = super::shape::expand_dims(&a, &[0])?;
    }
    Ok(a.into_value())
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("copy", args, &["a", "order"], 1)?;
    let obj = slots[0].clone().unwrap_or(Value::None);
    let order = order_arg(vm, slots[1].as_ref(), Order::K)?;
    Ok(match NdArray::of(&obj) {
        Some(a) => copy_in(a, a.dtype, order)?,
        None => in_order(to_array(vm, &obj, None)?, order)?,
    }
    .into_value())
}

/// An array of `shape` with every element `fill`.
fn filled(shape: Dims, dtype: DType, fill: Scalar) -> PyResult<NdArray> {
    super::alloc::check_room(&shape, dtype)?;
    let n = shape.iter().product();
    Ok(NdArray::new(Data::filled(dtype, n, fill), shape))
}

/// [`filled`] laid out in `order` (`'C'` or `'F'`; NumPy refuses the
/// others for a new array).
fn filled_in(shape: Dims, dtype: DType, fill: Scalar, order: Order) -> PyResult<NdArray> {
    let strides = new_strides(&shape, order)?;
    let mut a = filled(shape.clone(), dtype, fill)?;
    // Every element is the same, so only the strides change.
    a.set_layout(shape, strides);
    Ok(a)
}

fn make_filled(vm: &mut Vm, args: Args<'_>, name: &str, fill: Option<Scalar>) -> PyResult<Value> {
    let names: &[&str] = if fill.is_some() {
        &["shape", "dtype", "order"]
    } else {
        &["shape", "fill_value", "dtype", "order"]
    };
    let slots = parse_args(name, args, names, if fill.is_some() { 1 } else { 2 })?;
    let shape = dims(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let order = order_arg(vm, slots[names.len() - 1].as_ref(), Order::C)?;
    if fill.is_none() {
        // `np.full(shape, array_like)` broadcasts the fill value.
        let v = slots[1].clone().unwrap_or(Value::None);
        if python_scalar(&v)?.is_none() {
            let value = as_array(vm, &v, None)?;
            if value.size() != 1 || value.ndim() > 0 {
                let dt = dtype_arg(vm, slots[2].as_ref())?.unwrap_or(value.dtype);
                let b = super::broadcast::broadcast_to(&value, &shape)?;
                new_strides(&shape, order)?;
                return Ok(copy_in(&b, dt, order)?.into_value());
            }
        }
    }
    let (value, dt_slot) = match fill {
        Some(s) => (s, 1),
        None => {
            let v = slots[1].clone().unwrap_or(Value::None);
            (fill_scalar(vm, &v)?.0, 2)
        }
    };
    if let Some(part) = slots[dt_slot]
        .as_ref()
        .and_then(super::fft::complex_dtype_arg)
    {
        let real = filled_in(shape, part, value, order)?;
        return super::fft::complex_from_real(&real, part);
    }
    let dt = match dtype_arg(vm, slots[dt_slot].as_ref())? {
        Some(d) => d,
        None if fill.is_some() => DType::Float64,
        None => fill_scalar(vm, slots[1].as_ref().unwrap_or(&Value::None))?.1,
    };
    if dt.is_integer() {
        convert::check_fits(value, dt)?;
    }
    Ok(filled_in(shape, dt, value, order)?.into_value())
}

/// A fill value and the dtype it implies on its own.
fn fill_scalar(vm: &mut Vm, v: &Value) -> PyResult<(Scalar, DType)> {
    if let Some((s, w)) = python_scalar(v)? {
        return Ok((s, super::dtype::default_of(w)));
    }
    let a = to_array(vm, v, None)?;
    if a.size() != 1 {
        return Err(PyErr::value_error("the fill value must be a scalar"));
    }
    Ok((a.first(), a.dtype))
}

fn zeros(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_filled(vm, args, "zeros", Some(Scalar::Int(0)))
}

fn ones(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_filled(vm, args, "ones", Some(Scalar::Int(1)))
}

fn empty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_filled(vm, args, "empty", Some(Scalar::Int(0)))
}

fn full(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_filled(vm, args, "full", None)
}

fn make_like(vm: &mut Vm, args: Args<'_>, name: &str, fill: Option<Scalar>) -> PyResult<Value> {
    let names: &[&str] = if fill.is_some() {
        &["a", "dtype", "order", "subok", "shape"]
    } else {
        &["a", "fill_value", "dtype", "order", "subok", "shape"]
    };
    let slots = parse_args(name, args, names, if fill.is_some() { 1 } else { 2 })?;
    let first = slots[0].clone().unwrap_or(Value::None);
    let dt_slot = if fill.is_some() { 1 } else { 2 };
    // A complex prototype (or dtype) gives a complex array: the real
    // array its parts' type makes, with zero imaginary parts.
    let complex_proto =
        super::fft::ComplexArray::of(&first).map(|c| (c.re.clone(), c.part_dtype()));
    let complex = match slots[dt_slot].as_ref().filter(|v| !v.is_none()) {
        Some(d) => super::fft::complex_dtype_arg(d),
        None => complex_proto.as_ref().map(|(_, part)| *part),
    };
    let proto = match complex_proto {
        Some((re, _)) => re,
        None => as_array(vm, &first, None)?,
    };
    let dt = match complex {
        Some(part) => part,
        None => dtype_arg(vm, slots[dt_slot].as_ref())?.unwrap_or(proto.dtype),
    };
    let value = match fill {
        Some(s) => s,
        None => fill_scalar(vm, slots[1].as_ref().unwrap_or(&Value::None))?.0,
    };
    let order = match order_arg(vm, slots[names.len() - 3].as_ref(), Order::K)? {
        Order::A => resolve_any(Order::A, &proto),
        other => other,
    };
    // `shape=` overrides the prototype's shape ('K' then means 'C').
    let made = match slots[names.len() - 1].as_ref().filter(|v| !v.is_none()) {
        Some(shape) => {
            let shape = dims(vm, shape)?;
            let order = if order == Order::F { order } else { Order::C };
            filled_in(shape, dt, value, order)?
        }
        None if order == Order::K => filled_like(&proto, dt, value)?,
        None => filled_in(proto.shape(), dt, value, order)?,
    };
    match complex {
        Some(part) => super::fft::complex_from_real(&made, part),
        None => Ok(made.into_value()),
    }
}

/// An array shaped like `proto` whose elements lie in the same order of
/// axes in memory (NumPy's `order='K'`: a transposed prototype gives a
/// Fortran-ordered result).
fn filled_like(proto: &NdArray, dt: DType, value: Scalar) -> PyResult<NdArray> {
    let nd = proto.ndim();
    let mut order: Vec<usize> = (0..nd).collect();
    taipan_vm::small_sort::sort_small_by_key(&mut order, |&i| {
        std::cmp::Reverse(proto.stride(i).unsigned_abs())
    });
    let permuted: Dims = order.iter().map(|&i| proto.dim(i)).collect();
    let base = filled(permuted, dt, value)?;
    let mut inverse = vec![0i64; nd];
    for (pos, &axis) in order.iter().enumerate() {
        inverse[axis] = pos as i64;
    }
    Ok(match super::shape::transpose(&base, Some(&inverse)) {
        Ok(mut a) => {
            a.owns = true;
            a
        }
        Err(_) => base,
    })
}

fn zeros_like(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_like(vm, args, "zeros_like", Some(Scalar::Int(0)))
}

fn ones_like(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_like(vm, args, "ones_like", Some(Scalar::Int(1)))
}

fn empty_like(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_like(vm, args, "empty_like", Some(Scalar::Int(0)))
}

fn full_like(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_like(vm, args, "full_like", None)
}

/// A number argument of `arange`/`linspace` and whether it was a float.
fn number(vm: &mut Vm, v: &Value) -> PyResult<(f64, i64, DType)> {
    if let Some((s, w)) = python_scalar(v)? {
        return Ok((s.as_f64(), s.as_i64(), super::dtype::default_of(w)));
    }
    let a = to_array(vm, v, None)?;
    if a.size() != 1 {
        return Err(PyErr::type_error("expected a number"));
    }
    let s = a.first();
    Ok((s.as_f64(), s.as_i64(), a.dtype))
}

fn arange(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("arange", args, &["start", "stop", "step", "dtype"], 1)?;
    let given: Vec<Value> = slots[..3]
        .iter()
        .map_while(|s| s.clone())
        .filter(|v| !v.is_none())
        .collect();
    let mut nums = Vec::new();
    for v in &given {
        nums.push(number(vm, v)?);
    }
    let (start, stop, step) = match nums.as_slice() {
        [stop] => ((0.0, 0, DType::Int64), *stop, (1.0, 1, DType::Int64)),
        [start, stop] => (*start, *stop, (1.0, 1, DType::Int64)),
        [start, stop, step] => (*start, *stop, *step),
        _ => return Err(PyErr::type_error("arange() requires stop to be specified.")),
    };
    let inferred = [start.2, stop.2, step.2]
        .into_iter()
        .fold(DType::Bool, super::dtype::promote);
    let inferred = if inferred == DType::Bool {
        DType::Int64
    } else {
        inferred
    };
    let dt = dtype_arg(vm, slots[3].as_ref())?.unwrap_or(inferred);
    if step.0 == 0.0 {
        return Err(PyErr::new(
            taipan_vm::types::types().zero_division_error,
            "division by zero",
        ));
    }
    let data = if inferred.is_float() || dt.is_float() {
        let n = ((stop.0 - start.0) / step.0).ceil().max(0.0) as usize;
        super::alloc::check_room(&[n], dt)?;
        // NumPy fills the first two values in the result type and steps
        // by their difference, computed in that type.
        crate::with_dtype!(dt, T => T::wrap(arange_fill::<T>(start.0, step.0, n)))
    } else {
        let (s, e, st) = (start.1 as i128, stop.1 as i128, step.1 as i128);
        let n = if st > 0 {
            (e - s + st - 1).div_euclid(st)
        } else {
            (s - e + (-st) - 1).div_euclid(-st)
        }
        .max(0) as usize;
        super::alloc::check_room(&[n], dt)?;
        crate::with_dtype!(dt, T => T::wrap((0..n).map(|i| T::from_scalar(Scalar::Int((s + i as i128 * st) as i64))).collect()))
    };
    let n = data.len();
    Ok(NdArray::new(data, SmallVec::from_slice(&[n])).into_value())
}

/// `n` values `first + i * delta` where `first` and `delta` are in `T`.
fn arange_fill<T: Element>(start: f64, step: f64, n: usize) -> Vec<T> {
    let first = T::from_scalar(Scalar::Float(start));
    let second = T::from_scalar(Scalar::Float(start + step));
    let (f, s) = (first.to_scalar().as_f64(), second.to_scalar().as_f64());
    let delta = s - f;
    match T::DTYPE {
        DType::Float32 | DType::Float16 => {
            let (f, d) = (f as f32, delta as f32);
            (0..n)
                .map(|i| T::from_scalar(Scalar::Float((f + i as f32 * d) as f64)))
                .collect()
        }
        _ => (0..n)
            .map(|i| T::from_scalar(Scalar::Float(f + i as f64 * delta)))
            .collect(),
    }
}

fn linspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args(
        "linspace",
        args,
        &[
            "start", "stop", "num", "endpoint", "retstep", "dtype", "axis",
        ],
        2,
    )?;
    let start = number(vm, slots[0].as_ref().unwrap_or(&Value::None))?.0;
    let stop = number(vm, slots[1].as_ref().unwrap_or(&Value::None))?.0;
    let num = match slots[2].as_ref() {
        Some(v) => vm.index_of(v)?,
        None => 50,
    };
    if num < 0 {
        return Err(PyErr::value_error(format!(
            "Number of samples, {num}, must be non-negative."
        )));
    }
    let num = num as usize;
    super::alloc::check_room(&[num], DType::Float64)?;
    let endpoint = match slots[3].as_ref() {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let div = if endpoint { num.saturating_sub(1) } else { num } as f64;
    let delta = stop - start;
    let step = if div > 0.0 { delta / div } else { f64::NAN };
    let mut values: Vec<f64> = (0..num)
        .map(|i| {
            if div > 0.0 {
                if step == 0.0 {
                    start + (i as f64 / div) * delta
                } else {
                    start + i as f64 * step
                }
            } else {
                start + i as f64 * delta
            }
        })
        .collect();
    if endpoint && num > 1 {
        if let Some(last) = values.last_mut() {
            *last = stop;
        }
    }
    let dt = dtype_arg(vm, slots[5].as_ref())?.unwrap_or(DType::Float64);
    let a = NdArray::from_vec(values).copy_as(dt)?;
    let retstep = match slots[4].as_ref() {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if retstep {
        return Ok(taipan_vm::builtins::new_tuple(vec![
            a.into_value(),
            NdArray::new_scalar(Scalar::Float(step), DType::Float64).into_value(),
        ]));
    }
    Ok(a.into_value())
}

fn eye(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("eye", args, &["N", "M", "k", "dtype"], 1)?;
    let n = vm.index_of(slots[0].as_ref().unwrap_or(&Value::None))?;
    let m = match slots[1].as_ref() {
        None | Some(Value::None) => n,
        Some(v) => vm.index_of(v)?,
    };
    if n < 0 || m < 0 {
        return Err(PyErr::value_error("negative dimensions are not allowed"));
    }
    let (n, m) = (n as usize, m as usize);
    let k = match slots[2].as_ref() {
        Some(v) => vm.index_of(v)?,
        None => 0,
    };
    let dt = dtype_arg(vm, slots[3].as_ref())?.unwrap_or(DType::Float64);
    let mut data = Data::zeros(dt, super::alloc::check_room(&[n, m], dt)?);
    for i in 0..n {
        let j = i as i64 + k;
        if j >= 0 && (j as usize) < m {
            data.set(i * m + j as usize, Scalar::Int(1));
        }
    }
    Ok(NdArray::new(data, SmallVec::from_slice(&[n, m])).into_value())
}

fn frombuffer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args(
        "frombuffer",
        args,
        &["buffer", "dtype", "count", "offset"],
        1,
    )?;
    let buf = slots[0].clone().unwrap_or(Value::None);
    let bytes: Vec<u8> = match buf.kind() {
        Some(ObjKind::Bytes(b)) => b.to_vec(),
        Some(ObjKind::ByteArray(b)) => buf
            .as_obj()
            .map(|o| o.get().read(b).clone())
            .unwrap_or_default(),
        _ => return Err(PyErr::type_error("a bytes-like object is required")),
    };
    let dt = dtype_arg(vm, slots[1].as_ref())?.unwrap_or(DType::Float64);
    let offset = match slots[3].as_ref() {
        Some(v) => vm.index_of(v)?.max(0) as usize,
        None => 0,
    };
    let bytes = bytes.get(offset..).unwrap_or(&[]);
    let size = dt.itemsize();
    if bytes.len() % size != 0 {
        return Err(PyErr::value_error(
            "buffer size must be a multiple of element size",
        ));
    }
    let mut count = bytes.len() / size;
    if let Some(c) = slots[2].as_ref() {
        let c = vm.index_of(c)?;
        if c >= 0 {
            if c as usize > count {
                return Err(PyErr::value_error("buffer is smaller than requested size"));
            }
            count = c as usize;
        }
    }
    let data = from_le_bytes(&bytes[..count * size], dt);
    let mut a = NdArray::new(data, SmallVec::from_slice(&[count]));
    // NumPy's array over immutable bytes is read-only.
    let writeable = !matches!(buf.kind(), Some(ObjKind::Bytes(_)));
    a.writeable.set(writeable);
    a.buf.set_owner_writeable(writeable);
    a.owns = false;
    Ok(a.into_value())
}

/// Elements of `dtype` from little-endian bytes.
pub fn from_le_bytes(bytes: &[u8], dt: DType) -> Data {
    let size = dt.itemsize();
    crate::with_dtype!(dt, T => {
        let v: Vec<T> = bytes.chunks_exact(size).map(T::read_le).collect();
        T::wrap(v)
    })
}

/// The module-level functions of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("array", array),
    ("asarray", asarray),
    ("asanyarray", asarray),
    ("ascontiguousarray", ascontiguousarray),
    ("copy", copy),
    ("zeros", zeros),
    ("ones", ones),
    ("empty", empty),
    ("full", full),
    ("zeros_like", zeros_like),
    ("ones_like", ones_like),
    ("empty_like", empty_like),
    ("full_like", full_like),
    ("arange", arange),
    ("linspace", linspace),
    ("eye", eye),
    ("frombuffer", frombuffer),
];
