//! Array attributes (`shape`, `dtype`, `T` …) and the methods that are
//! about the array itself rather than arithmetic: reshape and friends,
//! `astype`, `copy`, `fill`, `tolist`, `item`.

use super::array::NdArray;
use super::classes::dtype_value;
use super::convert::{self, check_fits, python_scalar, to_list, to_python};
use super::dunders::{this, this_live};
use super::element::{Data, Scalar};
use super::order::{copy_in, order_arg, ravel_in, reshape_in, Order};
use super::shape;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::builtins::new_tuple;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::NativeProperty;
use taipan_vm::{Value, Vm};

fn ints(v: &[usize]) -> Value {
    new_tuple(v.iter().map(|&n| Value::Int(n as i64)).collect())
}

fn shape(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(ints(&this_live("shape", &args)?.1.shape()))
}

fn ndim(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this_live("ndim", &args)?.1.ndim() as i64))
}

fn size(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this_live("size", &args)?.1.size() as i64))
}

/// `a.base`: None for an array that owns its elements, else an array
/// over the whole buffer it views (NumPy gives the owning array itself,
/// which taipan does not keep).
fn base(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this_live("base", &args)?.1;
    if a.owns || a.scalar {
        return Ok(Value::None);
    }
    let len = a.buf.read().len();
    Ok(a.view(smallvec::smallvec![len], smallvec::smallvec![1], 0)
        .into_value())
}

fn dtype(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(dtype_value(this_live("dtype", &args)?.1.dtype))
}

fn itemsize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        this_live("itemsize", &args)?.1.dtype.itemsize() as i64
    ))
}

fn nbytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this_live("nbytes", &args)?.1;
    Ok(Value::Int((a.size() * a.dtype.itemsize()) as i64))
}

fn strides(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this_live("strides", &args)?.1;
    // NumPy reports zero strides for an array without elements.
    let size = if a.size() == 0 {
        0
    } else {
        a.dtype.itemsize() as i64
    };
    Ok(new_tuple(
        a.strides()
            .iter()
            .map(|&s| Value::Int(s as i64 * size))
            .collect(),
    ))
}

fn transposed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this_live("T", &args)?.1;
    shape::transpose(a, None).map(NdArray::into_value)
}

/// `a.real`: the array itself (the shim's arrays hold real numbers; the
/// complex results of `np.fft` are a type of their own).
fn real(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this("real", &args)?.0.clone())
}

/// `a.imag`: zeros of the array's shape and dtype, read-only, as NumPy
/// gives for arrays of real numbers (a scalar's is a zero scalar).
fn imag(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this_live("imag", &args)?.1;
    let data = Data::filled(a.dtype, a.room_for_copy(a.dtype)?, Scalar::Int(0));
    let mut zeros = NdArray::new(data, a.shape());
    zeros.scalar = a.scalar;
    zeros.writeable = super::array::WriteFlag::new(false);
    Ok(zeros.into_value())
}

/// `a.shape = value`: reshapes the array in place (see `shape::set_shape`).
fn set_shape(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let target = args.pos.first().unwrap_or(&Value::None);
    let value = args.pos.get(1).unwrap_or(&Value::None);
    // The array itself, not `this`'s snapshot: its shape is what changes.
    let a = NdArray::of(target)
        .ok_or_else(|| PyErr::type_error("descriptor 'shape' requires a 'numpy.ndarray' object"))?;
    if a.scalar {
        return Err(PyErr::attribute_error(
            "attribute 'shape' of 'numpy.generic' objects is not writable",
        ));
    }
    shape::set_shape(vm, target, a, value)?;
    Ok(Value::None)
}

/// `del a.shape`.
fn del_shape(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::attribute_error("Cannot delete array shape"))
}

/// `a.flat`: a `numpy.flatiter` over the array (written in Python, in
/// `numpy._extras`).
fn flat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::module_functions::python_method(vm, args, "flatiter")
}

/// `a.flat = values`: the values, repeated as needed, assigned in C order.
fn set_flat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::module_functions::python_method(vm, args, "_flat_set")
}

/// `del a.strides`.
fn del_strides(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::attribute_error("Cannot delete array strides"))
}

/// The attributes of `ndarray`: those of [`PROPERTIES`], with `shape`
/// and `flat` assignable and `shape` and `strides` refusing `del` as
/// NumPy does.
pub fn ndarray_properties() -> Vec<NativeProperty> {
    PROPERTIES
        .iter()
        .map(|&(name, get)| match name {
            "shape" => NativeProperty {
                set: Some(set_shape),
                delete: Some(del_shape),
                ..NativeProperty::read_only(name, get)
            },
            "strides" => NativeProperty {
                delete: Some(del_strides),
                ..NativeProperty::read_only(name, get)
            },
            "flat" => NativeProperty {
                set: Some(set_flat),
                ..NativeProperty::read_only(name, get)
            },
            _ => NativeProperty::read_only(name, get),
        })
        .chain([NativeProperty::read_only("mT", matrix_transposed)])
        .collect()
}

/// `a.mT`: the last two axes swapped (arrays only; NumPy's scalars have
/// no `mT`).
fn matrix_transposed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this_live("mT", &args)?.1;
    if a.ndim() < 2 {
        return Err(PyErr::value_error(
            "matrix transpose with ndim < 2 is undefined",
        ));
    }
    shape::swapaxes(a, -2, -1).map(NdArray::into_value)
}

/// The attributes of arrays and scalars, read-only (`ndarray_properties`
/// adds what arrays can also assign or delete).
pub const PROPERTIES: &[(&str, NativeFn)] = &[
    ("flags", super::flags::flags),
    ("base", base),
    ("shape", shape),
    ("ndim", ndim),
    ("size", size),
    ("dtype", dtype),
    ("itemsize", itemsize),
    ("nbytes", nbytes),
    ("strides", strides),
    ("T", transposed),
    ("flat", flat),
    ("real", real),
    ("imag", imag),
];

/// Axes given as one tuple/list or as several ints (`transpose(1, 0)`).
fn varargs_shape(vm: &mut Vm, pos: &[Value]) -> PyResult<Vec<i64>> {
    match pos {
        [one] => shape::intp_shape_arg(vm, one),
        many => many.iter().map(|v| vm.index_of(v)).collect(),
    }
}

fn reshape(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this("reshape", &args)?.1;
    let mut pos: Vec<Value> = args.pos[1..].to_vec();
    // `newshape=` is NumPy's deprecated name of `shape=` in `np.reshape`.
    pos.extend(args.keyword("shape").or(args.keyword("newshape")).cloned());
    if pos.is_empty() {
        return Err(PyErr::type_error(
            "reshape() missing required argument 'shape' (pos 1)",
        ));
    }
    let order = order_arg(vm, args.keyword("order"), Order::C)?;
    // NumPy converts the shape as the shape setter does; `None` asks for
    // a view of the same shape.
    let spec = match pos.as_slice() {
        [Value::None] => {
            let mut same = a.view(a.shape(), a.strides(), a.offset);
            same.writeable = a.writeable.clone();
            return Ok(same.into_value());
        }
        [one] => shape::intp_shape_arg(vm, one)?,
        many => shape::intp_shape_items(vm, many)?,
    };
    reshape_in(&a, &spec, order).map(NdArray::into_value)
}

fn transpose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this("transpose", &args)?.1;
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(
            "ndarray.transpose() takes no keyword arguments",
        ));
    }
    let pos = &args.pos[1..];
    let axes = match pos {
        [] => None,
        [Value::None] => None,
        _ => Some(varargs_shape(vm, pos)?),
    };
    shape::transpose(&a, axes.as_deref()).map(NdArray::into_value)
}

fn swapaxes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this("swapaxes", &args)?.1;
    let slots = parse_args(
        "swapaxes",
        taipan_vm::builtins::args::rest(args),
        &["axis1", "axis2"],
        2,
    )?;
    let i = vm.index_of(slots[0].as_ref().unwrap_or(&Value::None))?;
    let j = vm.index_of(slots[1].as_ref().unwrap_or(&Value::None))?;
    shape::swapaxes(&a, i, j).map(NdArray::into_value)
}

fn squeeze(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this("squeeze", &args)?.1;
    let slots = parse_args(
        "squeeze",
        taipan_vm::builtins::args::rest(args),
        &["axis"],
        0,
    )?;
    let axes = shape::axes_arg(vm, slots[0].as_ref())?;
    shape::squeeze(&a, axes.as_deref()).map(NdArray::into_value)
}

/// The one optional argument `order` of `name` (ravel, flatten, copy).
fn order_only(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Order> {
    let slots = parse_args(name, taipan_vm::builtins::args::rest(args), &["order"], 0)?;
    order_arg(vm, slots[0].as_ref(), Order::C)
}

fn ravel(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this("ravel", &args)?.1;
    let order = order_only(vm, args, "ravel")?;
    Ok(ravel_in(&a, order)?.into_value())
}

fn flatten(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this("flatten", &args)?.1;
    let order = order_only(vm, args, "flatten")?;
    let n = a.size();
    let flat = copy_in(&a, a.dtype, order)?;
    // The copy lies in `order`, so reading it in memory order is reading
    // `a` in `order`.
    let mut r = flat.view(
        smallvec::SmallVec::from_slice(&[n]),
        smallvec::SmallVec::from_slice(&[1]),
        0,
    );
    r.owns = true;
    Ok(r.into_value())
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this("copy", &args)?.1;
    let order = order_only(vm, args, "copy")?;
    let mut c = copy_in(&a, a.dtype, order)?;
    c.scalar = a.scalar;
    Ok(c.into_value())
}

/// `a.__copy__()` and `a.__deepcopy__(memo)`: `a.copy('K')`, a copy laid
/// out like `a` (elements are numbers, so one level is deep); of a scalar,
/// an equal scalar.
fn copy_dunder(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let pos = [this, taipan_vm::error::str_value("K")];
    copy(vm, Args { pos: &pos, kw: &[] })
}

fn astype(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a) = this("astype", &args)?;
    let slots = parse_args(
        "astype",
        taipan_vm::builtins::args::rest(args),
        &["dtype", "order", "casting", "subok", "copy"],
        1,
    )?;
    if let Some(part) = slots[0].as_ref().and_then(super::fft::complex_dtype_arg) {
        return super::fft::complex_from_real(&a, part);
    }
    let dt = convert::dtype_arg(vm, slots[0].as_ref())?.unwrap_or(super::dtype::DType::Float64);
    if slots[2].is_some() {
        super::join::Casting::parse(vm, slots[2].as_ref())?.check(a.dtype, dt)?;
    }
    if let Some(copy) = slots[4].as_ref() {
        if !vm.truthy(copy)? && dt == a.dtype {
            return Ok(v.clone());
        }
    }
    let order = order_arg(vm, slots[1].as_ref(), Order::K)?;
    let mut c = copy_in(&a, dt, order)?;
    c.scalar = a.scalar;
    Ok(c.into_value())
}

fn fill(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (target, a) = this("fill", &args)?;
    let v = args
        .pos
        .get(1)
        .ok_or_else(|| PyErr::type_error("fill() takes exactly 1 argument (0 given)"))?;
    let s = match python_scalar(v)? {
        Some((s, _)) => {
            if a.dtype.is_integer() {
                check_fits(s, a.dtype)?;
            }
            s
        }
        None => match NdArray::of(v) {
            Some(x) if x.size() == 1 => x.first(),
            _ => return Err(PyErr::type_error("fill() needs a scalar value")),
        },
    };
    super::ops::assign(target, &a, &NdArray::new_scalar(s, a.dtype))?;
    Ok(Value::None)
}

fn tolist(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    to_list(&this("tolist", &args)?.1)
}

fn item(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this("item", &args)?.1;
    let pos = &args.pos[1..];
    if pos.is_empty() {
        if a.size() != 1 {
            return Err(PyErr::value_error(
                "can only convert an array of size 1 to a Python scalar",
            ));
        }
        let data = a.buf.read();
        let mut s = super::element::Scalar::Int(0);
        a.for_each_offset(|o| s = data.get(o));
        return Ok(to_python(s));
    }
    if pos.len() > 1 || matches!(pos[0].kind(), Some(taipan_vm::object::ObjKind::Tuple(_))) {
        // A full index: one int per axis.
        let key = if pos.len() > 1 {
            new_tuple(pos.to_vec())
        } else {
            pos[0].clone()
        };
        let v = super::index::getitem(vm, &args.pos[0], &a, &key)?;
        return match NdArray::of(&v) {
            Some(x) if x.size() == 1 => Ok(to_python(x.first())),
            _ => Err(PyErr::value_error("incorrect number of indices for array")),
        };
    }
    let flat = super::shape::ravel(&a)?;
    let i = vm.index_of(&pos[0])?;
    let n = flat.size() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error(format!(
            "index {i} is out of bounds for size {n}"
        )));
    }
    Ok(to_python(flat.get(flat.offset_of(&[j as usize]))))
}

/// `a.view(dtype)`: the same bytes read as another dtype. The result is a
/// new array (a copy of the bytes), not a view that writes through.
fn view(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a) = this("view", &args)?;
    let slots = parse_args(
        "view",
        taipan_vm::builtins::args::rest(args),
        &["dtype", "type"],
        0,
    )?;
    let dt = convert::dtype_arg(vm, slots[0].as_ref())?;
    if dt == Some(a.dtype) && a.scalar {
        return Ok(v.clone());
    }
    let Some(dt) = dt.filter(|&d| d != a.dtype) else {
        // A new array object even for the same dtype, as in NumPy: its
        // shape can then change apart from `a`'s (`b.shape = …`).
        let mut same = a.view(a.shape(), a.strides(), a.offset);
        same.writeable = a.writeable.clone();
        return Ok(same.into_value());
    };
    let (old, new) = (a.dtype.itemsize(), dt.itemsize());
    let last = a.shape().last().copied().unwrap_or(1);
    if a.ndim() == 0 && old != new {
        return Err(PyErr::value_error(
            "Changing the dtype of a 0d array is only supported if the itemsize is unchanged",
        ));
    }
    if old != new {
        let last_stride = a.strides().last().copied().unwrap_or(1);
        if last != 1 && a.size() != 0 && last_stride != 1 {
            return Err(PyErr::value_error(
                "To change to a dtype of a different size, the last axis must be contiguous",
            ));
        }
    }
    if new < old && old % new != 0 {
        return Err(PyErr::value_error(
            "When changing to a smaller dtype, its size must be a divisor of the size of original dtype",
        ));
    }
    if new > old && (last * old) % new != 0 {
        return Err(PyErr::value_error(
            "When changing to a larger dtype, its size must be a divisor of the total size in \
             bytes of the last axis of the array.",
        ));
    }
    let bytes = crate::with_dtype!(a.dtype, T => {
        use super::element::LeBytes;
        let values = a.to_vec::<T>()?;
        let mut bytes = Vec::with_capacity(values.len() * old);
        for x in values {
            x.write_le(&mut bytes);
        }
        bytes
    });
    let data = super::creation::from_le_bytes(&bytes, dt);
    let mut shape = a.shape();
    if let Some(l) = shape.last_mut() {
        *l = last * old / new;
    }
    let mut r = NdArray::new(data, shape);
    r.scalar = a.scalar;
    Ok(r.into_value())
}

/// `x.is_integer()` of a float scalar.
fn is_integer(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this("is_integer", &args)?.1;
    let x = a.first().as_f64();
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

/// `x.as_integer_ratio()` of a float scalar: Python's float method on the
/// value widened to float64.
fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this("as_integer_ratio", &args)?.1;
    let f = Value::Float(a.first().as_f64());
    let method = vm.getattr_str(&f, "as_integer_ratio")?;
    vm.call(&method, &[], &[])
}

/// The methods about the array itself.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("view", view),
    ("is_integer", is_integer),
    ("as_integer_ratio", as_integer_ratio),
    ("reshape", reshape),
    ("transpose", transpose),
    ("swapaxes", swapaxes),
    ("squeeze", squeeze),
    ("ravel", ravel),
    ("flatten", flatten),
    ("copy", copy),
    ("__copy__", copy_dunder),
    ("__deepcopy__", copy_dunder),
    ("astype", astype),
    ("fill", fill),
    ("tolist", tolist),
    ("item", item),
];
