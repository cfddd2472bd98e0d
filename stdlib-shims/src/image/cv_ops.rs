//! The `_image` entry points behind `cv2.warpAffine`, `warpPerspective`, `GaussianBlur`,
//! `getGaussianKernel` and `normalize`; `py/cv2.py` checks and
//! normalises the arguments, these check what the arithmetic relies on.

use super::cv_border::Border;
use super::cv_scale::Depth;
use super::cv_warp::{Kernel, Sampling};
use super::pixels::Pixels;
use super::{cv_filter, cv_gauss, cv_scale, cv_warp, required};
use crate::numpy::array::NdArray;
use taipan_vm::builtins::args::arg_int;
use taipan_vm::builtins::new_list;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::{Value, Vm};

/// The most samples a warp may create (OpenCV's sizes are 32-bit).
const MAX_SAMPLES: usize = 1 << 32;

/// The longest Gaussian kernel taipan builds.
const MAX_KERNEL: usize = 1 << 16;

/// A kernel size: positive and not absurdly long.
fn kernel_size(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = size(vm, v)?;
    if n > MAX_KERNEL {
        return Err(PyErr::value_error(format!(
            "kernel size {n} is more than taipan's {MAX_KERNEL}"
        )));
    }
    Ok(n)
}

/// A number argument as a float.
fn number(func: &str, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        _ => Err(PyErr::type_error(format!("{func}() expects numbers"))),
    }
}

/// A tuple or list of exactly `N` numbers.
pub(super) fn numbers<const N: usize>(func: &str, v: &Value) -> PyResult<[f64; N]> {
    let items: Vec<Value> = match v.kind() {
        Some(ObjKind::Tuple(t)) => t.to_vec(),
        Some(ObjKind::List(l)) => l.borrow().to_vec(),
        _ => Vec::new(),
    };
    if items.len() != N {
        return Err(PyErr::value_error(format!(
            "{func}() expects a sequence of {N} numbers"
        )));
    }
    let mut out = [0.0; N];
    for (o, item) in out.iter_mut().zip(&items) {
        *o = number(func, item)?;
    }
    Ok(out)
}

/// A border mode code.
fn border(vm: &mut Vm, v: &Value) -> PyResult<Border> {
    let code = arg_int(vm, v)?;
    Border::from_code(code).ok_or_else(|| PyErr::value_error(format!("unknown border mode {code}")))
}

/// Pixels that are not empty.
fn image(func: &str, v: &Value) -> PyResult<Pixels> {
    let px = Pixels::from_value(v)?;
    if px.width == 0 || px.height == 0 {
        return Err(PyErr::value_error(format!(
            "{func}() needs a non-empty image"
        )));
    }
    Ok(px)
}

/// A positive size argument.
fn size(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = arg_int(vm, v)?;
    if n <= 0 {
        return Err(PyErr::value_error("sizes must be > 0"));
    }
    Ok(n as usize)
}

/// `cv_warp_affine(pixels, matrix, width, height, interp, inverse,
/// border, value)`: OpenCV's warpAffine; `matrix` is the six numbers of
/// the 2×3 map, `value` the constant border's four channel values.
pub fn warp_affine(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let func = "cv_warp_affine";
    let (px, a, w, h, how) = warp_args(vm, func, args)?;
    let m = numbers::<6>(func, &a[1])?;
    let m = if vm.truthy(&a[5])? {
        m
    } else {
        cv_warp::invert(m)
    };
    let flat = px.channels == 1;
    Ok(cv_warp::warp_affine(&px, m, w, h, how).into_value(flat))
}

/// `cv_warp_perspective(pixels, matrix, width, height, interp, inverse,
/// border, value)`: OpenCV's warpPerspective; `matrix` is the nine numbers
/// of the 3×3 map from destination to source (`inverse` is ignored: the
/// caller inverts it as OpenCV does).
pub fn warp_perspective(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let func = "cv_warp_perspective";
    let (px, a, w, h, how) = warp_args(vm, func, args)?;
    let m = numbers::<9>(func, &a[1])?;
    let flat = px.channels == 1;
    Ok(cv_warp::warp_perspective(&px, m, w, h, how).into_value(flat))
}

/// The arguments the warps share: pixels, all the arguments, the size
/// and how to sample.
fn warp_args(
    vm: &mut Vm,
    func: &str,
    args: Args<'_>,
) -> PyResult<(Pixels, Vec<Value>, usize, usize, Sampling)> {
    let names = [
        "pixels", "matrix", "width", "height", "interp", "inverse", "border", "value",
    ];
    let a = required(func, args, &names)?;
    let px = image(func, &a[0])?;
    let (w, h) = (size(vm, &a[2])?, size(vm, &a[3])?);
    if w.saturating_mul(h).saturating_mul(px.channels) > MAX_SAMPLES {
        return Err(PyErr::value_error("the destination image is too large"));
    }
    let kernel = match arg_int(vm, &a[4])? {
        0 => Kernel::Nearest,
        1 => Kernel::Linear,
        2 => Kernel::Cubic,
        other => return Err(PyErr::value_error(format!("unknown interpolation {other}"))),
    };
    let border = border(vm, &a[6])?;
    let v = numbers::<4>(func, &a[7])?;
    let value = v.map(|c| c.round_ties_even().clamp(0.0, 255.0) as u8);
    let how = Sampling {
        kernel,
        border,
        value,
    };
    Ok((px, a, w, h, how))
}

/// `cv_gaussian_kernel(n, sigma)`: the kernel's taps as a list.
pub fn gaussian_kernel(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = required("cv_gaussian_kernel", args, &["n", "sigma"])?;
    let n = kernel_size(vm, &a[0])?;
    let sigma = number("cv_gaussian_kernel", &a[1])?;
    Ok(new_list(
        cv_gauss::kernel(n, sigma)
            .into_iter()
            .map(Value::Float)
            .collect(),
    ))
}

/// `cv_gaussian_blur(pixels, kw, sigma_x, kh, sigma_y, border)`: the
/// bit-exact 8-bit GaussianBlur with odd kernel sizes.
pub fn gaussian_blur(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let func = "cv_gaussian_blur";
    let names = ["pixels", "kw", "sigma_x", "kh", "sigma_y", "border"];
    let a = required(func, args, &names)?;
    let px = image(func, &a[0])?;
    let flat = px.channels == 1;
    let (kw, kh) = (kernel_size(vm, &a[1])?, kernel_size(vm, &a[3])?);
    if kw.is_multiple_of(2) || kh.is_multiple_of(2) {
        return Err(PyErr::value_error("kernel sizes must be odd"));
    }
    let kx = cv_gauss::fixed(&cv_gauss::kernel(kw, number(func, &a[2])?));
    let ky = cv_gauss::fixed(&cv_gauss::kernel(kh, number(func, &a[4])?));
    let border = border(vm, &a[5])?;
    Ok(cv_filter::separable(&px, &kx, &ky, border).into_value(flat))
}

/// `cv_convert(array, depth, alpha, beta)`: OpenCV's `convertTo` of a
/// uint8, float32 or float64 array to depth CV_8U, CV_32F or CV_64F.
pub fn convert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let func = "cv_convert";
    let a = required(func, args, &["array", "depth", "alpha", "beta"])?;
    let arr =
        NdArray::of(&a[0]).ok_or_else(|| PyErr::type_error("cv_convert() expects an array"))?;
    let code = arg_int(vm, &a[1])?;
    let depth = Depth::from_code(code)
        .ok_or_else(|| PyErr::value_error(format!("unsupported depth {code}")))?;
    let (alpha, beta) = (number(func, &a[2])?, number(func, &a[3])?);
    Ok(cv_scale::convert(arr, depth, alpha, beta)?.into_value())
}
