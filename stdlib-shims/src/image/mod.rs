//! `_image`: the native half of `PIL.Image` and `cv2` — image files to
//! numpy `uint8` arrays and back, Pillow's mode conversions and resize,
//! and OpenCV's resize, warpAffine, GaussianBlur and convertTo. The Python layers (`py/PIL_Image.py`, `py/cv2.py`)
//! hold the objects and the API.

mod codec;
mod cv_border;
mod cv_color;
mod cv_filter;
mod cv_gauss;
mod cv_ops;
mod cv_resize;
mod cv_scale;
mod cv_warp;
mod jpeg;
mod modes;
mod pixels;
mod resample;

use codec::Failure;
use pixels::Pixels;
use taipan_vm::builtins::args::{arg_int, arg_str, parse_args};
use taipan_vm::builtins::new_tuple;
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::types::{native_function, types};
use taipan_vm::{Value, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("probe", probe),
    ("decode", decode),
    ("encode", encode),
    ("convert", convert),
    ("resize", resize),
    ("cv_resize", cv_resize),
    ("cv_gray", cv_gray),
    ("cv_warp_affine", cv_ops::warp_affine),
    ("cv_warp_perspective", cv_ops::warp_perspective),
    ("cv_gaussian_kernel", cv_ops::gaussian_kernel),
    ("cv_gaussian_blur", cv_ops::gaussian_blur),
    ("cv_convert", cv_ops::convert),
    ("readonly", readonly),
];

/// Builds the `_image` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_image");
    for &(name, f) in FUNCTIONS {
        vm.module_set(&m, name, native_function(name, f, false))?;
    }
    Ok(m)
}

/// The bytes of a `bytes` argument.
fn bytes_arg<'a>(func: &str, v: &'a Value) -> PyResult<&'a [u8]> {
    match v.kind() {
        Some(ObjKind::Bytes(b)) => Ok(b),
        _ => Err(PyErr::type_error(format!("{func}() expects bytes"))),
    }
}

/// Bytes, or `None` for an optional one.
fn opt_bytes<'a>(func: &str, v: Option<&'a Value>) -> PyResult<Option<&'a [u8]>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => bytes_arg(func, v).map(Some),
    }
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(ObjKind::Bytes(b.into_boxed_slice()))
}

fn opt_bytes_value(b: Option<Vec<u8>>) -> Value {
    b.map_or(Value::None, bytes_value)
}

/// The Python exception of a failed read: ValueError for a file no
/// decoder recognises (the Python layer makes it UnidentifiedImageError),
/// OSError for a broken one or one of a kind not supported.
fn failure(f: Failure) -> PyErr {
    match f {
        Failure::Unidentified => PyErr::value_error("cannot identify image file"),
        Failure::Broken(msg) => os_error(format!("broken image file: {msg}")),
        Failure::Unsupported(msg) => os_error(msg),
    }
}

/// An OSError with a message and no errno.
fn os_error(msg: String) -> PyErr {
    PyErr::new(types().os_error, msg)
}

/// Positional and keyword arguments, all required.
fn required(func: &str, args: Args<'_>, names: &[&str]) -> PyResult<Vec<Value>> {
    Ok(parse_args(func, args, names, names.len())?
        .into_iter()
        .map(|v| v.unwrap_or(Value::None))
        .collect())
}

/// `probe(data)`: `(format, mode, width, height)` from the header alone.
fn probe(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = required("probe", args, &["data"])?;
    let h = codec::probe(bytes_arg("probe", &a[0])?).map_err(failure)?;
    Ok(new_tuple(vec![
        str_value(h.format),
        str_value(h.mode),
        Value::Int(h.width as i64),
        Value::Int(h.height as i64),
    ]))
}

/// `decode(data)`: `(format, mode, pixels, palette, transparency)`.
fn decode(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = required("decode", args, &["data"])?;
    let d = codec::decode(bytes_arg("decode", &a[0])?).map_err(failure)?;
    Ok(new_tuple(vec![
        str_value(d.format),
        str_value(d.mode),
        d.pixels.into_value(true),
        opt_bytes_value(d.palette),
        opt_bytes_value(d.transparency),
    ]))
}

/// `encode(pixels, mode, format, palette, quality)`: the file's bytes.
fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = required(
        "encode",
        args,
        &["pixels", "mode", "format", "palette", "quality"],
    )?;
    let px = Pixels::from_value(&a[0])?;
    let mode = arg_str(vm, "encode", &a[1])?;
    let format = arg_str(vm, "encode", &a[2])?;
    let palette = opt_bytes("encode", Some(&a[3]))?;
    let quality = arg_int(vm, &a[4])?.clamp(1, 100) as u8;
    codec::encode(format, mode, &px, palette, quality)
        .map(bytes_value)
        .map_err(os_error)
}

/// `convert(pixels, from_mode, to_mode, palette, transparency)`.
fn convert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = required(
        "convert",
        args,
        &["pixels", "from_mode", "to_mode", "palette", "transparency"],
    )?;
    let px = Pixels::from_value(&a[0])?;
    let from = arg_str(vm, "convert", &a[1])?;
    let to = arg_str(vm, "convert", &a[2])?;
    let palette = opt_bytes("convert", Some(&a[3]))?;
    let trns = opt_bytes("convert", Some(&a[4]))?;
    if modes::channels(from) != Some(px.channels) {
        return Err(PyErr::value_error(format!(
            "pixels with {} channels are not mode {from}",
            px.channels
        )));
    }
    modes::convert(&px, from, to, palette, trns)
        .map(|p| p.into_value(true))
        .ok_or_else(|| PyErr::value_error(format!("conversion from {from} to {to} not supported")))
}

/// The arguments of a resize: pixels, whether they are 2-d, the new size
/// (both sides positive, as is the source) and the method's code.
fn resize_args(
    vm: &mut Vm,
    func: &str,
    args: Args<'_>,
) -> PyResult<(Pixels, bool, usize, usize, i64)> {
    let a = required(func, args, &["pixels", "width", "height", "method"])?;
    let px = Pixels::from_value(&a[0])?;
    let flat = px.channels == 1 && is_2d(&a[0]);
    let (w, h) = (arg_int(vm, &a[1])?, arg_int(vm, &a[2])?);
    if w <= 0 || h <= 0 || px.width == 0 || px.height == 0 {
        return Err(PyErr::value_error("height and width must be > 0"));
    }
    Ok((px, flat, w as usize, h as usize, arg_int(vm, &a[3])?))
}

/// `resize(pixels, width, height, filter[, box])`: Pillow's resampling
/// of the source region `box` (four floats; default the whole image).
fn resize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (head, rest) = args.pos.split_at(args.pos.len().min(4));
    let (px, flat, w, h, code) = resize_args(vm, "resize", Args::positional(head))?;
    let filter = resample::Filter::from_code(code)
        .ok_or_else(|| PyErr::value_error(format!("unknown resampling filter ({code})")))?;
    let mut bx = [0.0, 0.0, px.width as f32, px.height as f32];
    if let Some(v) = rest.first() {
        bx = cv_ops::numbers::<4>("resize", v)?.map(|c| c as f32);
    }
    Ok(resample::resize(&px, w, h, filter, bx).into_value(flat))
}

/// `cv_resize(pixels, width, height, interpolation, fx, fy)`: OpenCV's
/// resize (`fx`, `fy` are 0 when the size was given).
fn cv_resize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (head, factors) = args.pos.split_at(args.pos.len().min(4));
    let (px, flat, w, h, code) = resize_args(vm, "cv_resize", Args::positional(head))?;
    let interp = cv_resize::Interp::from_code(code).ok_or_else(|| {
        PyErr::value_error(format!("taipan's cv2.resize has no interpolation {code}"))
    })?;
    let factor = |v: Option<&Value>| match v {
        Some(Value::Float(f)) if *f > 0.0 => Some(*f),
        Some(Value::Int(i)) if *i > 0 => Some(*i as f64),
        _ => None,
    };
    let factors = factor(factors.first()).zip(factor(factors.get(1)));
    Ok(cv_resize::resize(&px, w, h, interp, factors).into_value(flat))
}

/// `cv_gray(pixels, bgr)`: OpenCV's grey of 3- or 4-channel pixels.
fn cv_gray(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = required("cv_gray", args, &["pixels", "bgr"])?;
    let px = Pixels::from_value(&a[0])?;
    if px.channels < 3 || !is_3d(&a[0]) {
        return Err(PyErr::value_error(
            "cvtColor to grey needs an image of 3 or 4 channels",
        ));
    }
    let bgr = vm.truthy(&a[1])?;
    Ok(cv_color::to_gray(&px, bgr).into_value(true))
}

/// Whether an array argument has two axes.
fn is_2d(v: &Value) -> bool {
    crate::numpy::array::NdArray::of(v).is_some_and(|a| a.ndim() == 2)
}

/// Whether an array argument has three axes.
fn is_3d(v: &Value) -> bool {
    crate::numpy::array::NdArray::of(v).is_some_and(|a| a.ndim() == 3)
}

/// `readonly(array)`: a read-only view of the array (what `np.asarray`
/// of a Pillow image gives).
fn readonly(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = required("readonly", args, &["array"])?;
    let arr = crate::numpy::array::NdArray::of(&a[0])
        .ok_or_else(|| PyErr::type_error("readonly() expects an array"))?;
    let view = arr.view(arr.shape(), arr.strides(), arr.offset);
    view.writeable.set(false);
    Ok(view.into_value())
}
