//! `numpy.fft` over RustFFT (`fft`, `ifft`, `rfft`, `irfft`, the n-d
//! forms, `fftfreq`, `rfftfreq`, `fftshift`, `ifftshift`), and
//! `ComplexArray`, the complex arrays they return.
//!
//! taipan's numpy has no complex dtype, so a complex array is a pair of
//! float arrays of one shape (the real and the imaginary parts: float32
//! for complex64, float64 for complex128) with the operators, attributes
//! and text forms of NumPy's complex arrays. NumPy functions outside this
//! file reach complex arrays through the hooks in the "Hooks" section.

use super::alloc::{check_room, too_big, vec_with_room};
use super::array::{Dims, NdArray};
use super::broadcast::{broadcast_shapes, broadcast_to};
use super::convert::{as_array, operand, python_scalar, Operand};
use super::dtype::{self, DType};
use super::element::Data;
use super::print::{self, FloatWidth, PrintData, PrintOptions};
use super::shape;
use num_complex::Complex;
use smallvec::SmallVec;
use std::collections::HashMap;
use std::sync::OnceLock;
use taipan_vm::builtins::args::{arg_str, parse_args};
use taipan_vm::builtins::{constant_singleton, new_list, new_tuple};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{native_class_with_properties, native_subclass, NativeObject};
use taipan_vm::types::types;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

// ===========================================================================
// ComplexArray: the type.
// ===========================================================================

/// A complex array, or a NumPy complex scalar (`np.complex128(1+2j)`):
/// two float arrays of one shape and one dtype.
#[derive(Clone)]
pub struct ComplexArray {
    /// The real parts (float32 for complex64, float64 for complex128).
    pub re: NdArray,
    /// The imaginary parts: the shape and dtype of `re`.
    pub im: NdArray,
    /// A NumPy scalar rather than an array.
    pub scalar: bool,
}

/// The float type of the parts of a complex number made from `dt`
/// (float16 and float32 give complex64, anything else complex128).
fn part_dtype(dt: DType) -> DType {
    match dt {
        DType::Float16 | DType::Float32 => DType::Float32,
        _ => DType::Float64,
    }
}

/// f64 values stored as `dt` (float32 or float64).
fn part_data(v: Vec<f64>, dt: DType) -> Data {
    match dt {
        DType::Float32 => Data::F32(v.into_iter().map(|x| x as f32).collect()),
        _ => Data::F64(v),
    }
}

impl ComplexArray {
    /// A real array as a complex one (imaginary parts zero).
    pub fn from_real(a: &NdArray) -> PyResult<ComplexArray> {
        ComplexArray::from_real_as(a, part_dtype(a.dtype))
    }

    /// A real array as a complex one whose parts are `part` (float32 for
    /// complex64), imaginary parts zero.
    fn from_real_as(a: &NdArray, part: DType) -> PyResult<ComplexArray> {
        let mut re = a.copy_as(part)?;
        re.scalar = false;
        // As big as the copy just made.
        let im = NdArray::new(Data::zeros(part, a.size()), a.shape());
        Ok(ComplexArray {
            re,
            im,
            scalar: false,
        })
    }

    /// A complex array of f64 values in C order, stored as `dt`.
    fn from_f64(re: Vec<f64>, im: Vec<f64>, shape: Dims, dt: DType) -> ComplexArray {
        ComplexArray {
            re: NdArray::new(part_data(re, dt), shape.clone()),
            im: NdArray::new(part_data(im, dt), shape),
            scalar: false,
        }
    }

    /// The float type of the parts.
    pub fn part_dtype(&self) -> DType {
        self.re.dtype
    }

    /// NumPy's name of the dtype: `complex64` or `complex128`.
    pub fn dtype_name(&self) -> &'static str {
        if self.re.dtype == DType::Float32 {
            "complex64"
        } else {
            "complex128"
        }
    }

    /// The shape (a copy).
    pub fn shape(&self) -> Dims {
        self.re.shape()
    }

    /// Applies a shape change (or any array-to-array step) to both parts.
    fn map_parts(&self, f: impl Fn(&NdArray) -> PyResult<NdArray>) -> PyResult<ComplexArray> {
        Ok(ComplexArray {
            re: f(&self.re)?,
            im: f(&self.im)?,
            scalar: false,
        })
    }

    /// The parts' values in C order, as f64.
    fn values(&self) -> PyResult<(Vec<f64>, Vec<f64>)> {
        Ok((self.re.to_vec::<f64>()?, self.im.to_vec::<f64>()?))
    }

    /// The array as a Python value.
    pub fn into_value(self) -> Value {
        Value::obj(ObjKind::Native(Box::new(self)))
    }

    /// The complex array inside a Python value, if it holds one.
    pub fn of(v: &Value) -> Option<&ComplexArray> {
        match v.kind() {
            Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<ComplexArray>(),
            _ => None,
        }
    }
}

/// A part for another thread: shared when frozen, else copied (no
/// bigger than the memory it reads, see `NdArray::detached`).
fn shared_part(a: &NdArray) -> NdArray {
    if a.buf.is_frozen() {
        a.clone()
    } else {
        a.detached()
    }
}

impl NativeObject for ComplexArray {
    fn class(&self) -> FrozenRef {
        if self.scalar {
            complex_scalar_class(self.re.dtype)
        } else {
            complex_array_class()
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn on_freeze(&self) {
        self.re.buf.freeze();
        self.im.buf.freeze();
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(ComplexArray {
            re: shared_part(&self.re),
            im: shared_part(&self.im),
            scalar: self.scalar,
        }))
    }
}

/// Every method of complex arrays and complex scalars.
fn complex_methods() -> Vec<(&'static str, NativeFn)> {
    COMPLEX_DUNDERS
        .iter()
        .chain(COMPLEX_METHODS)
        .copied()
        .collect()
}

/// The class of complex arrays (named `ndarray`, as NumPy's).
fn complex_array_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        // A subclass of the real arrays' class, so that isinstance(c,
        // np.ndarray) holds; its own methods come first.
        taipan_vm::objects::native::named_as_c_type(native_subclass(
            "ndarray",
            "numpy",
            &[super::classes::ndarray_class()],
            None,
            &complex_methods(),
            COMPLEX_PROPERTIES,
        ))
    })
}

/// The class of complex scalars: `numpy.complex64` or `numpy.complex128`.
fn complex_scalar_class(part: DType) -> FrozenRef {
    static CLASSES: OnceLock<[FrozenRef; 2]> = OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        let base = [super::classes::abstract_types().complexfloating];
        ["complex64", "complex128"].map(|name| {
            taipan_vm::objects::native::named_as_c_type(native_subclass(
                name,
                "numpy",
                &base,
                None,
                &complex_methods(),
                COMPLEX_PROPERTIES,
            ))
        })
    });
    classes[usize::from(part != DType::Float32)]
}

// ===========================================================================
// ComplexArray: element arithmetic, NumPy's formulas.
// ===========================================================================

/// One complex value.
type C = (f64, f64);

/// An element-wise complex operation.
type CFn = fn(C, C) -> C;

/// NumPy's complex product, fused as its SIMD loop does (`fmaddsub`):
/// `fma(ar, br, -(ai·bi))`, `fma(ar, bi, ai·br)`; `z * z.conj()` keeps
/// the rounding error of `ai·br` in its imaginary part, as NumPy's does.
fn cmul(a: C, b: C) -> C {
    (a.0.mul_add(b.0, -(a.1 * b.1)), a.0.mul_add(b.1, a.1 * b.0))
}

/// NumPy's product of two complex scalars (its scalar code, unfused).
fn cmul_unfused(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// NumPy's complex division (Smith's method).
fn cdiv(a: C, b: C) -> C {
    let (br_abs, bi_abs) = (b.0.abs(), b.1.abs());
    if br_abs >= bi_abs {
        if br_abs == 0.0 && bi_abs == 0.0 {
            return (a.0 / br_abs, a.1 / br_abs);
        }
        let rat = b.1 / b.0;
        let scl = 1.0 / (b.0 + b.1 * rat);
        ((a.0 + a.1 * rat) * scl, (a.1 - a.0 * rat) * scl)
    } else {
        let rat = b.0 / b.1;
        let scl = 1.0 / (b.1 + b.0 * rat);
        ((a.0 * rat + a.1) * scl, (a.1 * rat - a.0) * scl)
    }
}

/// NumPy's `reciprocal` of a complex number (what `c ** -1` computes).
fn creciprocal(a: C) -> C {
    if a.1.abs() <= a.0.abs() {
        let r = a.1 / a.0;
        let d = a.0 + a.1 * r;
        (1.0 / d, -r / d)
    } else {
        let r = a.0 / a.1;
        let d = a.0 * r + a.1;
        (r / d, -1.0 / d)
    }
}

/// The principal square root (what `c ** 0.5` computes).
fn csqrt(a: C) -> C {
    let (x, y) = a;
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    if y.is_infinite() {
        return (f64::INFINITY, y);
    }
    let t = ((x.abs() + x.hypot(y)) * 0.5).sqrt();
    if x >= 0.0 {
        (t, y / (2.0 * t))
    } else {
        (y.abs() / (2.0 * t), t.copysign(y))
    }
}

fn cexp(a: C) -> C {
    let m = a.0.exp();
    (m * a.1.cos(), m * a.1.sin())
}

fn clog(a: C) -> C {
    (a.0.hypot(a.1).ln(), a.1.atan2(a.0))
}

/// NumPy's complex power: 1 for a zero exponent, repeated multiplication
/// for small integer exponents, `exp(b log a)` otherwise.
fn cpow(a: C, b: C) -> C {
    if b == (0.0, 0.0) {
        return (1.0, 0.0);
    }
    if a == (0.0, 0.0) {
        return if b.0 > 0.0 && b.1 == 0.0 {
            (0.0, 0.0)
        } else {
            (f64::NAN, f64::NAN)
        };
    }
    if b.1 == 0.0 && b.0.fract() == 0.0 && b.0.abs() < 100.0 {
        let n = b.0 as i64;
        match n {
            1 => return a,
            2 => return cmul(a, a),
            3 => return cmul(a, cmul(a, a)),
            _ => {}
        }
        let (mut acc, mut p, mut e) = ((1.0, 0.0), a, n.unsigned_abs());
        loop {
            if e & 1 == 1 {
                acc = cmul(acc, p);
            }
            e >>= 1;
            if e == 0 {
                break;
            }
            p = cmul(p, p);
        }
        return if n < 0 { cdiv((1.0, 0.0), acc) } else { acc };
    }
    cexp(cmul(b, clog(a)))
}

fn cadd(a: C, b: C) -> C {
    (a.0 + b.0, a.1 + b.1)
}

fn csub(a: C, b: C) -> C {
    (a.0 - b.0, a.1 - b.1)
}

/// One side of a complex operation.
enum Side {
    /// A complex array or scalar.
    Complex(ComplexArray),
    /// A real array, or a Python scalar (weak, NEP 50).
    Real(Operand),
}

fn is_type_error(e: &PyErr) -> bool {
    e.matches(types().type_error)
}

/// `v` as an operand of complex arithmetic, or `None` when it cannot be
/// one (the operator then answers NotImplemented).
fn side(vm: &mut Vm, v: &Value) -> PyResult<Option<Side>> {
    if let Some(c) = ComplexArray::of(v) {
        return Ok(Some(Side::Complex(c.clone())));
    }
    match operand(vm, v) {
        Ok(o) => Ok(Some(Side::Real(o))),
        Err(e) if is_type_error(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

impl Side {
    /// The part dtype of a result with a complex operand of parts `dt`.
    fn result_dtype(&self, dt: DType) -> DType {
        match self {
            Side::Complex(c) => dtype::promote(dt, c.part_dtype()),
            Side::Real(Operand::Weak(..)) => dt,
            Side::Real(Operand::Array(a)) => part_dtype(dtype::promote(dt, a.dtype)),
        }
    }

    /// The real and imaginary parts.
    fn parts(self, dt: DType) -> PyResult<(NdArray, NdArray)> {
        match self {
            Side::Complex(c) => Ok((c.re, c.im)),
            Side::Real(o) => {
                let zero = NdArray::new(Data::zeros(dt, 1), SmallVec::new());
                Ok((o.into_array(dt)?, zero))
            }
        }
    }
}

/// The values of four parts broadcast to their common shape.
struct Zipped {
    shape: Dims,
    a: (Vec<f64>, Vec<f64>),
    b: (Vec<f64>, Vec<f64>),
}

fn zip_parts(a: &(NdArray, NdArray), b: &(NdArray, NdArray)) -> PyResult<Zipped> {
    let mut shape = Dims::new();
    for x in [&a.0, &a.1, &b.0, &b.1] {
        shape = broadcast_shapes(&shape, &x.shape())?;
    }
    let vals = |x: &NdArray| -> PyResult<Vec<f64>> { broadcast_to(x, &shape)?.to_vec::<f64>() };
    Ok(Zipped {
        a: (vals(&a.0)?, vals(&a.1)?),
        b: (vals(&b.0)?, vals(&b.1)?),
        shape,
    })
}

impl Zipped {
    fn map<R>(&self, f: impl Fn(C, C) -> R) -> Vec<R> {
        (0..self.a.0.len())
            .map(|i| f((self.a.0[i], self.a.1[i]), (self.b.0[i], self.b.1[i])))
            .collect()
    }

    fn complex(&self, dt: DType, f: impl Fn(C, C) -> C) -> ComplexArray {
        let (re, im) = self.map(f).into_iter().unzip();
        let mut c = ComplexArray::from_f64(re, im, self.shape.clone(), dt);
        c.scalar = self.shape.is_empty();
        c
    }

    fn real<T: super::element::Element>(&self, f: impl Fn(C, C) -> T) -> NdArray {
        let mut r = NdArray::new(T::wrap(self.map(f)), self.shape.clone());
        r.scalar = self.shape.is_empty();
        r
    }
}

/// The element function of `c ** e` for an exponent `e` given as a Python
/// number: NumPy takes shortcuts for `-1` (an int) and `0.5` (a float).
fn power_fn(exponent: &Value) -> fn(C, C) -> C {
    match exponent {
        Value::Int(-1) => |a, _| creciprocal(a),
        Value::Float(x) if *x == 0.5 => |a, _| csqrt(a),
        _ => cpow,
    }
}

/// `a op b` with a complex array on one side (`reflected`: on the right).
fn binary_sides(
    c: &ComplexArray,
    other: Side,
    reflected: bool,
    f: fn(C, C) -> C,
) -> PyResult<ComplexArray> {
    let dt = other.result_dtype(c.part_dtype());
    let mine = (c.re.clone(), c.im.clone());
    let theirs = other.parts(dt)?;
    let z = if reflected {
        zip_parts(&theirs, &mine)?
    } else {
        zip_parts(&mine, &theirs)?
    };
    Ok(z.complex(dt, f))
}

/// `a == b` / `a != b` element-wise.
fn equality(c: &ComplexArray, other: Side, equal: bool) -> PyResult<NdArray> {
    let dt = other.result_dtype(c.part_dtype());
    let theirs = other.parts(dt)?;
    let z = zip_parts(&(c.re.clone(), c.im.clone()), &theirs)?;
    Ok(z.real(|a, b| (a == b) == equal))
}

// ===========================================================================
// ComplexArray: the Python face.
// ===========================================================================

/// The complex array (and the value holding it) a method was called on.
fn this<'a>(method: &str, args: &Args<'a>) -> PyResult<(&'a Value, &'a ComplexArray)> {
    let v = args
        .pos
        .first()
        .ok_or_else(|| PyErr::type_error(format!("descriptor '{method}' needs an argument")))?;
    let c = ComplexArray::of(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{method}' requires a complex 'numpy.ndarray'"
        ))
    })?;
    Ok((v, c))
}

fn other<'a>(args: &Args<'a>) -> &'a Value {
    args.pos.get(1).unwrap_or(&Value::None)
}

/// `c op other` by `f`, or by `scalar_f` when both are complex scalars
/// (NumPy's scalar arithmetic, which its array loops need not match).
fn operator_of(
    vm: &mut Vm,
    args: Args<'_>,
    (f, scalar_f): (CFn, CFn),
    reflected: bool,
) -> PyResult<Value> {
    let (_, c) = this("operator", &args)?;
    let Some(o) = side(vm, other(&args))? else {
        return Ok(constant_singleton(0));
    };
    let scalars = c.scalar && matches!(&o, Side::Complex(x) if x.scalar);
    let f = if scalars { scalar_f } else { f };
    binary_sides(c, o, reflected, f).map(ComplexArray::into_value)
}

fn operator(vm: &mut Vm, args: Args<'_>, f: fn(C, C) -> C, reflected: bool) -> PyResult<Value> {
    operator_of(vm, args, (f, f), reflected)
}

fn mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    operator_of(vm, args, (cmul, cmul_unfused), false)
}

fn rmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    operator_of(vm, args, (cmul, cmul_unfused), true)
}

fn power(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = power_fn(other(&args));
    operator(vm, args, f, false)
}

macro_rules! operators {
    ($($fwd:ident, $rev:ident => $f:ident;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { operator(vm, args, $f, false) }
            fn $rev(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { operator(vm, args, $f, true) }
        )*
    };
}

operators! {
    add, radd => cadd;
    sub, rsub => csub;
    truediv, rtruediv => cdiv;
}

fn rpower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    operator(vm, args, cpow, true)
}

fn compare(vm: &mut Vm, args: Args<'_>, equal: bool) -> PyResult<Value> {
    let (_, c) = this("__eq__", &args)?;
    let Some(o) = side(vm, other(&args))? else {
        return Ok(constant_singleton(0));
    };
    equality(c, o, equal).map(NdArray::into_value)
}

fn eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, true)
}

fn ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, false)
}

/// Negates the real and/or imaginary parts.
fn negated(c: &ComplexArray, re: bool, im: bool) -> PyResult<ComplexArray> {
    let neg = |a: &NdArray, flip: bool| {
        if flip {
            super::ops::unary(super::ops::Unary::Neg, a)
        } else {
            a.copy_as(a.dtype)
        }
    };
    Ok(ComplexArray {
        re: neg(&c.re, re)?,
        im: neg(&c.im, im)?,
        scalar: c.scalar,
    })
}

fn neg(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    negated(this("__neg__", &args)?.1, true, true).map(ComplexArray::into_value)
}

fn pos(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    negated(this("__pos__", &args)?.1, false, false).map(ComplexArray::into_value)
}

fn conj(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    negated(this("conj", &args)?.1, false, true).map(ComplexArray::into_value)
}

/// NumPy's `|re + im·j|` in the part type: `larger · sqrt(fma(r, r, 1))` with
/// `r = smaller / larger` (its SIMD loop, which every contiguous array takes),
/// not `hypot`, whose last bit differs for about a third of the values.
fn cabs<F: num_traits::Float>(re: F, im: F) -> F {
    let (a, b) = (re.abs(), im.abs());
    if a.is_infinite() || b.is_infinite() {
        return F::infinity();
    }
    let (large, small) = (a.max(b), a.min(b));
    if a.is_nan() || b.is_nan() || large == F::zero() {
        return a + b;
    }
    let r = small / large;
    r.mul_add(r, F::one()).sqrt() * large
}

/// `|c|`: the magnitudes (`cabs` in the part type), a float array.
fn magnitude(c: &ComplexArray) -> PyResult<NdArray> {
    let mut r = if c.re.dtype == DType::Float32 {
        let (re, im) = (c.re.to_vec::<f32>()?, c.im.to_vec::<f32>()?);
        NdArray::new(
            Data::F32(re.iter().zip(&im).map(|(x, y)| cabs(*x, *y)).collect()),
            c.re.shape(),
        )
    } else {
        let (re, im) = c.values()?;
        NdArray::new(
            Data::F64(re.iter().zip(&im).map(|(x, y)| cabs(*x, *y)).collect()),
            c.re.shape(),
        )
    };
    r.scalar = c.scalar;
    Ok(r)
}

fn abs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(magnitude(this("__abs__", &args)?.1)?.into_value())
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, c) = this("__getitem__", &args)?;
    let key = other(&args);
    let re = super::index::getitem(vm, &Value::None, &c.re, key)?;
    let im = super::index::getitem(vm, &Value::None, &c.im, key)?;
    match (NdArray::of(&re), NdArray::of(&im)) {
        (Some(r), Some(i)) => Ok(ComplexArray {
            re: r.clone(),
            im: i.clone(),
            scalar: r.scalar,
        }
        .into_value()),
        _ => Err(PyErr::type_error("complex indexing gave no array")),
    }
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (target, c) = this("__setitem__", &args)?;
    let value = args.pos.get(2).unwrap_or(&Value::None);
    let Some(s) = side(vm, value)? else {
        return Err(PyErr::type_error(format!(
            "could not assign a '{}' to a complex array",
            vm.type_name(value)
        )));
    };
    let (re, im) = s.parts(c.part_dtype())?;
    let key = other(&args);
    super::index::setitem(vm, target, &c.re, key, &re.into_value())?;
    super::index::setitem(vm, target, &c.im, key, &im.into_value())?;
    Ok(Value::None)
}

/// `c op= v`: the result written into `c`'s own parts, as NumPy's
/// in-place operators do, so that other names for `c` see it.
fn inplace(vm: &mut Vm, args: Args<'_>, op: NativeFn) -> PyResult<Value> {
    let result = op(vm, args)?;
    let target = args.pos.first().cloned().unwrap_or(Value::None);
    let everything = taipan_vm::builtins::constant_singleton(1);
    let pos = [target.clone(), everything, result];
    setitem(vm, Args { pos: &pos, kw: &[] })?;
    Ok(target)
}

fn iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    inplace(vm, args, add)
}

fn isub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    inplace(vm, args, sub)
}

fn imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    inplace(vm, args, mul)
}

fn itruediv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    inplace(vm, args, truediv)
}

fn len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match this("__len__", &args)?.1.shape().first() {
        Some(&n) => Ok(Value::Int(n as i64)),
        None => Err(PyErr::type_error("len() of unsized object")),
    }
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, c) = this("__iter__", &args)?;
    let Some(&n) = c.shape().first() else {
        return Err(PyErr::type_error("iteration over a 0-d array"));
    };
    let mut items = vec_with_room(n)?;
    for i in 0..n {
        let pair = [v.clone(), Value::Int(i as i64)];
        items.push(getitem(vm, Args::positional(&pair))?);
    }
    vm.get_iter(&new_list(items))
}

fn repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(complex_repr(this("__repr__", &args)?.1)?))
}

fn str_(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(complex_str(this("__str__", &args)?.1)?))
}

fn truth(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = this("__bool__", &args)?.1;
    match c.re.size() {
        1 => Ok(Value::Bool(
            c.re.first().as_f64() != 0.0 || c.im.first().as_f64() != 0.0,
        )),
        0 => Err(PyErr::value_error(
            "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that \
             an array is not empty.",
        )),
        _ => Err(PyErr::value_error(
            "The truth value of an array with more than one element is ambiguous. Use a.any() \
             or a.all()",
        )),
    }
}

/// A linear reduction (`sum`, `mean`) of both parts, through the real
/// arrays' own method of that name.
fn reduce_parts(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let (_, c) = this(name, &args)?;
    let mut parts = Vec::with_capacity(2);
    for p in [&c.re, &c.im] {
        let pv = p.clone().into_value();
        let method = vm.getattr_str(&pv, name)?;
        parts.push(vm.call(&method, &args.pos[1..], args.kw)?);
    }
    match (NdArray::of(&parts[0]), NdArray::of(&parts[1])) {
        (Some(re), Some(im)) => Ok(ComplexArray {
            re: re.clone(),
            im: im.clone(),
            scalar: re.scalar,
        }
        .into_value()),
        _ => Err(PyErr::type_error(format!(
            "{name} of a complex array gave no array"
        ))),
    }
}

/// NumPy's pairwise sum of complex values (`CDOUBLE_pairwise_sum`):
/// under 4 values one by one, up to 64 in four interleaved accumulators
/// per part, above that two halves (the first a multiple of 4).
fn pairwise_csum(re: &[f64], im: &[f64]) -> C {
    let n = re.len();
    if n < 4 {
        return re
            .iter()
            .zip(im)
            .fold((-0.0, -0.0), |s, (x, y)| (s.0 + x, s.1 + y));
    }
    if n <= 64 {
        let whole = n - n % 4;
        let lanes = |v: &[f64]| {
            let mut r = [v[0], v[1], v[2], v[3]];
            for block in v[4..whole].chunks_exact(4) {
                for (acc, x) in r.iter_mut().zip(block) {
                    *acc += x;
                }
            }
            v[whole..]
                .iter()
                .fold((r[0] + r[1]) + (r[2] + r[3]), |s, x| s + x)
        };
        return (lanes(re), lanes(im));
    }
    let half = n - n % 8;
    let half = half / 2;
    let (a, b) = (
        pairwise_csum(&re[..half], &im[..half]),
        pairwise_csum(&re[half..], &im[half..]),
    );
    (a.0 + b.0, a.1 + b.1)
}

/// `c.sum(...)`: a whole C-contiguous complex128 array by NumPy's complex
/// pairwise sum, anything else part by part.
fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, c) = this("sum", &args)?;
    let whole = args.pos.len() == 1 && args.kw.is_empty();
    if whole && c.part_dtype() == DType::Float64 && c.re.is_c_contiguous() && c.im.is_c_contiguous()
    {
        let (re, im) = c.values()?;
        let (r, i) = pairwise_csum(&re, &im);
        let mut out =
            ComplexArray::from_f64(vec![0.0 + r], vec![0.0 + i], Dims::new(), DType::Float64);
        out.scalar = true;
        return Ok(out.into_value());
    }
    reduce_parts(vm, args, "sum")
}

fn mean(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    reduce_parts(vm, args, "mean")
}

fn tolist(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::type_error(
        "taipan has no complex numbers: use c.real.tolist() and c.imag.tolist()",
    ))
}

fn copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    negated(this("copy", &args)?.1, false, false).map(ComplexArray::into_value)
}

/// A shape given as one tuple/list or as several ints.
fn varargs_shape(vm: &mut Vm, pos: &[Value]) -> PyResult<Vec<i64>> {
    match pos {
        [one] => shape::shape_arg(vm, one),
        many => many.iter().map(|v| vm.index_of(v)).collect(),
    }
}

fn reshape(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, c) = this("reshape", &args)?;
    let spec = varargs_shape(vm, &args.pos[1..])?;
    c.map_parts(|p| shape::reshape(p, &spec))
        .map(ComplexArray::into_value)
}

fn transpose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, c) = this("transpose", &args)?;
    let axes = match &args.pos[1..] {
        [] | [Value::None] => None,
        rest => Some(varargs_shape(vm, rest)?),
    };
    c.map_parts(|p| shape::transpose(p, axes.as_deref()))
        .map(ComplexArray::into_value)
}

fn ravel(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, c) = this("ravel", &args)?;
    c.map_parts(shape::ravel).map(ComplexArray::into_value)
}

fn flatten(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, c) = this("flatten", &args)?;
    c.map_parts(|p| shape::ravel(&p.copy_as(p.dtype)?))
        .map(ComplexArray::into_value)
}

fn round_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, c) = this("round", &args)?;
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let slots = parse_args("round", rest, &["decimals", "out"], 0)?;
    if slots[1].as_ref().is_some_and(|v| !v.is_none()) {
        return Err(super::ufunc::complex_out("round"));
    }
    let decimals = match &slots[0] {
        Some(v) => vm.index_of(v)?,
        None => 0,
    };
    rounded(c, decimals).map(ComplexArray::into_value)
}

fn rounded(c: &ComplexArray, decimals: i64) -> PyResult<ComplexArray> {
    let mut r = c.map_parts(|p| super::ufunc::round_array(p, decimals))?;
    r.scalar = c.scalar;
    Ok(r)
}

/// The complex dtype a name means (`complex128`, `c8`, `D` …).
fn complex_dtype_named(name: &str) -> Option<DType> {
    let name = name.strip_prefix(['<', '=']).unwrap_or(name);
    match name {
        "complex128" | "complex" | "c16" | "D" | "cdouble" => Some(DType::Float64),
        "complex64" | "c8" | "F" | "csingle" => Some(DType::Float32),
        _ => None,
    }
}

/// The complex dtype a dtype argument means, if it means one (a name,
/// `np.complex64` and the other complex types, a complex `dtype`), as the
/// float type of its parts.
pub fn complex_dtype_arg(v: &Value) -> Option<DType> {
    match v.kind() {
        Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<ComplexDType>().map(|d| d.0),
        Some(ObjKind::Str(s)) => complex_dtype_named(s.as_str()),
        Some(ObjKind::Class(_)) => [DType::Float32, DType::Float64].into_iter().find(|&part| {
            v.as_obj()
                .is_some_and(|o| o.ptr_eq(&complex_scalar_class(part).to_ref()))
        }),
        _ => None,
    }
}

/// NumPy's complex scalar types by name, for the numpy module.
pub fn complex_types() -> [(&'static str, FrozenRef); 4] {
    let (single, double) = (
        complex_scalar_class(DType::Float32),
        complex_scalar_class(DType::Float64),
    );
    [
        ("complex64", single),
        ("csingle", single),
        ("complex128", double),
        ("cdouble", double),
    ]
}

/// `np.dtype(v)` when `v` names a complex dtype.
pub fn complex_dtype_value(v: &Value) -> Option<Value> {
    complex_dtype_arg(v).map(|part| ComplexDType(part).into_value())
}

/// A complex array of `part` (float32: complex64) whose real parts are
/// `a`'s values and whose imaginary parts are zero: `a.astype(complex64)`,
/// `np.zeros(n, complex64)`.
pub fn complex_from_real(a: &NdArray, part: DType) -> PyResult<Value> {
    let mut c = ComplexArray::from_real_as(a, part)?;
    c.scalar = a.scalar;
    Ok(c.into_value())
}

/// `c.astype(dtype)`: another complex type, or a real one (the real
/// parts, as NumPy gives with a ComplexWarning).
fn astype(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, c) = this("astype", &args)?;
    let target = args.pos.get(1).unwrap_or(&Value::None);
    if let Some(part) = complex_dtype_arg(target) {
        return Ok(ComplexArray {
            re: c.re.copy_as(part)?,
            im: c.im.copy_as(part)?,
            scalar: c.scalar,
        }
        .into_value());
    }
    let dt = super::convert::dtype_arg(vm, Some(target))?.unwrap_or(DType::Float64);
    let mut r = c.re.copy_as(dt)?;
    r.scalar = c.scalar;
    Ok(r.into_value())
}

fn ints(v: &[usize]) -> Value {
    new_tuple(v.iter().map(|&n| Value::Int(n as i64)).collect())
}

fn prop_shape(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(ints(&this("shape", &args)?.1.shape()))
}

fn prop_ndim(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this("ndim", &args)?.1.re.ndim() as i64))
}

fn prop_size(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this("size", &args)?.1.re.size() as i64))
}

fn prop_itemsize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        2 * this("itemsize", &args)?.1.re.dtype.itemsize() as i64,
    ))
}

fn prop_nbytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = this("nbytes", &args)?.1;
    Ok(Value::Int((2 * c.re.dtype.itemsize() * c.re.size()) as i64))
}

fn prop_dtype(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(ComplexDType(this("dtype", &args)?.1.part_dtype()).into_value())
}

/// A part as a value: a view of the complex array's own buffer.
fn part_value(mut p: NdArray, scalar: bool) -> Value {
    p.scalar = scalar;
    p.into_value()
}

fn prop_real(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = this("real", &args)?.1;
    Ok(part_value(c.re.clone(), c.scalar))
}

fn prop_imag(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = this("imag", &args)?.1;
    Ok(part_value(c.im.clone(), c.scalar))
}

fn prop_t(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = this("T", &args)?.1;
    c.map_parts(|p| shape::transpose(p, None))
        .map(ComplexArray::into_value)
}

/// The protocol methods of complex arrays.
const COMPLEX_DUNDERS: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__iadd__", iadd),
    ("__isub__", isub),
    ("__imul__", imul),
    ("__itruediv__", itruediv),
    ("__pow__", power),
    ("__rpow__", rpower),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__len__", len),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__str__", str_),
    ("__bool__", truth),
];

/// The methods of complex arrays.
const COMPLEX_METHODS: &[(&str, NativeFn)] = &[
    ("conj", conj),
    ("conjugate", conj),
    ("copy", copy),
    ("__copy__", copy),
    ("__deepcopy__", copy),
    ("reshape", reshape),
    ("transpose", transpose),
    ("ravel", ravel),
    ("flatten", flatten),
    ("round", round_method),
    ("astype", astype),
    ("tolist", tolist),
    ("sum", sum),
    ("mean", mean),
];

/// The attributes of complex arrays.
const COMPLEX_PROPERTIES: &[(&str, NativeFn)] = &[
    ("shape", prop_shape),
    ("ndim", prop_ndim),
    ("size", prop_size),
    ("itemsize", prop_itemsize),
    ("nbytes", prop_nbytes),
    ("dtype", prop_dtype),
    ("real", prop_real),
    ("imag", prop_imag),
    ("T", prop_t),
];

// ===========================================================================
// ComplexArray: text forms.
// ===========================================================================

fn float_width(part: DType) -> FloatWidth {
    if part == DType::Float32 {
        FloatWidth::F32
    } else {
        FloatWidth::F64
    }
}

/// The texts of `vals` as NumPy's FloatingFormat writes them when sized
/// from all of them (what a 1-d float array's repr shows, one line).
fn part_texts(vals: &[f64], width: FloatWidth, opts: &PrintOptions, sign: char) -> Vec<String> {
    let mut o = opts.clone();
    o.linewidth = 1 << 40;
    o.threshold = usize::MAX;
    o.sign = sign;
    let text = print::array_repr(
        &[vals.len()],
        PrintData::Float(vals, width),
        DType::Float64,
        &o,
    );
    let body = text
        .strip_prefix("array([")
        .and_then(|t| t.strip_suffix("])"))
        .unwrap_or("");
    body.split(", ").map(str::to_string).collect()
}

/// NumPy's ComplexFloatingFormat: real parts formatted together, imaginary
/// parts together with a `+` sign, `j` before the imaginary padding.
fn element_texts(re: &[f64], im: &[f64], width: FloatWidth, opts: &PrintOptions) -> Vec<String> {
    let r = part_texts(re, width, opts, opts.sign);
    let i = part_texts(im, width, opts, '+');
    r.into_iter()
        .zip(i)
        .map(|(r, i)| {
            let end = i.trim_end().len();
            format!("{r}{}j{}", &i[..end], &i[end..])
        })
        .collect()
}

/// The indices kept along an axis of length `n` (all, or the edges).
fn axis_items(n: usize, edge: usize, summarise: bool) -> Vec<usize> {
    if summarise && n > 2 * edge && edge > 0 {
        (0..edge).chain(n - edge..n).collect()
    } else {
        (0..n).collect()
    }
}

/// The bracketed, wrapped text of a non-empty complex array: NumPy's
/// `_formatArray` over words already formatted.
struct Grid<'a> {
    shape: &'a [usize],
    strides: Vec<usize>,
    words: HashMap<usize, String>,
    separator: &'a str,
    edgeitems: usize,
    summarise: bool,
}

impl<'a> Grid<'a> {
    fn new(
        c: &ComplexArray,
        shape: &'a [usize],
        separator: &'a str,
        opts: &PrintOptions,
    ) -> PyResult<Grid<'a>> {
        let strides = super::array::c_strides(shape)
            .iter()
            .map(|&s| s as usize)
            .collect::<Vec<_>>();
        let summarise = c.re.size() > opts.threshold;
        let mut shown = vec![0usize];
        for (axis, &n) in shape.iter().enumerate() {
            let items = axis_items(n, opts.edgeitems, summarise);
            let step = strides[axis];
            shown = shown
                .iter()
                .flat_map(|&o| items.iter().map(move |&i| o + i * step))
                .collect();
        }
        let (re, im) = c.values()?;
        let pick = |v: &[f64]| shown.iter().map(|&i| v[i]).collect::<Vec<f64>>();
        let texts = element_texts(&pick(&re), &pick(&im), float_width(c.part_dtype()), opts);
        Ok(Grid {
            shape,
            strides,
            words: shown.into_iter().zip(texts).collect(),
            separator,
            edgeitems: opts.edgeitems,
            summarise,
        })
    }

    fn recurse(&self, axis: usize, offset: usize, hanging: &str, width: isize) -> String {
        if axis == self.shape.len() {
            return self.words.get(&offset).cloned().unwrap_or_default();
        }
        let next_hanging = format!("{hanging} ");
        let len = self.shape[axis];
        let summary = self.summarise && 2 * self.edgeitems < len;
        let (leading, trailing) = if summary {
            (self.edgeitems, self.edgeitems)
        } else {
            (0, len)
        };
        let mut items: Vec<Option<usize>> = (0..leading).map(Some).collect();
        if summary {
            items.push(None);
        }
        items.extend((len - trailing.max(1)..len).map(Some));
        let child = |i: usize| {
            self.recurse(
                axis + 1,
                offset + i * self.strides[axis],
                &next_hanging,
                width - 1,
            )
        };
        let s = if axis + 1 == self.shape.len() {
            self.row(&items, &child, hanging, width)
        } else {
            self.block(&items, &child, hanging, self.shape.len() - axis)
        };
        format!("[{}]", s.strip_prefix(hanging).unwrap_or(&s))
    }

    fn row(
        &self,
        items: &[Option<usize>],
        child: &dyn Fn(usize) -> String,
        hanging: &str,
        width: isize,
    ) -> String {
        let elem_width = width - self.separator.trim_end().len().max(1) as isize;
        let mut s = String::new();
        let mut line = hanging.to_string();
        for (k, item) in items.iter().enumerate() {
            let word = item.map_or_else(|| "...".to_string(), child);
            if (line.len() + word.len()) as isize > elem_width && line.len() > hanging.len() {
                s.push_str(line.trim_end());
                s.push('\n');
                line = hanging.to_string();
            }
            line.push_str(&word);
            if k + 1 < items.len() {
                line.push_str(self.separator);
            }
        }
        s.push_str(&line);
        s
    }

    fn block(
        &self,
        items: &[Option<usize>],
        child: &dyn Fn(usize) -> String,
        hanging: &str,
        axes_left: usize,
    ) -> String {
        let line_sep = format!(
            "{}{}",
            self.separator.trim_end(),
            "\n".repeat(axes_left - 1)
        );
        let mut s = String::new();
        for (k, item) in items.iter().enumerate() {
            s.push_str(hanging);
            s.push_str(&item.map_or_else(|| "...".to_string(), child));
            if k + 1 < items.len() {
                s.push_str(&line_sep);
            }
        }
        s
    }
}

/// One part of a complex scalar's text: shortest digits, no `.0`.
fn scalar_part(x: f64, part: DType, sign: bool) -> String {
    let opts = PrintOptions::default();
    let mut t = print::scalar_str(PrintData::Float(&[x], float_width(part)), part, &opts);
    if !t.contains('e') && t.ends_with(".0") {
        t.truncate(t.len() - 2);
    }
    if sign && !t.starts_with('-') {
        t.insert(0, '+');
    }
    t
}

/// A complex scalar as Python writes a complex: `(1+2j)`, `2j`.
fn scalar_text(c: &ComplexArray) -> String {
    let (re, im) = (c.re.first().as_f64(), c.im.first().as_f64());
    let part = c.part_dtype();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", scalar_part(im, part, false));
    }
    format!(
        "({}{}j)",
        scalar_part(re, part, false),
        scalar_part(im, part, true)
    )
}

/// `repr(c)`.
pub fn complex_repr(c: &ComplexArray) -> PyResult<String> {
    if c.scalar {
        let text = scalar_text(c);
        let bare = text
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or(&text);
        if super::text::options().legacy <= 125 {
            return Ok(text);
        }
        return Ok(format!("np.{}({bare})", c.dtype_name()));
    }
    const PREFIX: &str = "array(";
    let opts = super::text::options();
    let shape = c.shape();
    let size = c.re.size();
    let body = if size == 0 {
        "[]".to_string()
    } else {
        Grid::new(c, &shape, ", ", &opts)?.recurse(
            0,
            0,
            &" ".repeat(1 + PREFIX.len()),
            opts.linewidth as isize - 1,
        )
    };
    let mut extras = Vec::new();
    if (size == 0 && shape.as_slice() != [0]) || size > opts.threshold {
        extras.push(format!("shape={}", super::convert::shape_text(&shape)));
    }
    if c.part_dtype() == DType::Float32 || size == 0 {
        extras.push(format!("dtype={}", c.dtype_name()));
    }
    if extras.is_empty() {
        return Ok(format!("{PREFIX}{body})"));
    }
    let head = format!("{PREFIX}{body},");
    let tail = format!("{})", extras.join(", "));
    let last_line = head.len() - head.rfind('\n').map_or(0, |i| i + 1);
    let spacer = if last_line + tail.len() + 1 > opts.linewidth {
        format!("\n{}", " ".repeat(PREFIX.len()))
    } else {
        " ".to_string()
    };
    Ok(format!("{head}{spacer}{tail}"))
}

/// `str(c)`.
pub fn complex_str(c: &ComplexArray) -> PyResult<String> {
    if c.scalar || c.re.ndim() == 0 {
        return Ok(scalar_text(c));
    }
    if c.re.size() == 0 {
        return Ok("[]".to_string());
    }
    let opts = super::text::options();
    let shape = c.shape();
    Ok(Grid::new(c, &shape, " ", &opts)?.recurse(0, 0, " ", opts.linewidth as isize))
}

// ===========================================================================
// The complex dtype object.
// ===========================================================================

/// `dtype('complex64')` / `dtype('complex128')` (holding the part type).
pub struct ComplexDType(pub DType);

impl ComplexDType {
    fn name(&self) -> &'static str {
        if self.0 == DType::Float32 {
            "complex64"
        } else {
            "complex128"
        }
    }

    fn into_value(self) -> Value {
        Value::obj(ObjKind::Native(Box::new(self)))
    }
}

impl NativeObject for ComplexDType {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(|| {
            native_class_with_properties(
                "dtype",
                "numpy",
                None,
                &[
                    ("__repr__", dtype_repr),
                    ("__str__", dtype_name),
                    ("__eq__", dtype_eq),
                    ("__ne__", dtype_ne),
                    ("__hash__", dtype_hash),
                ],
                &[
                    ("name", dtype_name),
                    ("kind", dtype_kind),
                    ("char", dtype_char),
                    ("itemsize", dtype_itemsize),
                    ("str", dtype_descr),
                    ("type", dtype_type),
                ],
            )
        })
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(ComplexDType(self.0)))
    }
}

fn this_dtype<'a>(args: &Args<'a>) -> PyResult<&'a ComplexDType> {
    taipan_vm::objects::native::native_self::<ComplexDType>("dtype", args)
}

/// `dtype.type`: the scalar type, `np.complex64` or `np.complex128`.
fn dtype_type(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(complex_scalar_class(this_dtype(&args)?.0).value())
}

fn dtype_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(format!("dtype('{}')", this_dtype(&args)?.name())))
}

fn dtype_name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(this_dtype(&args)?.name()))
}

fn dtype_eq(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dtype(&args)?;
    Ok(Value::Bool(complex_dtype_arg(other(&args)) == Some(d.0)))
}

fn dtype_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let eq = dtype_eq(vm, args)?;
    Ok(Value::Bool(!matches!(eq, Value::Bool(true))))
}

fn dtype_hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        0x6e70_6300 + this_dtype(&args)?.0.itemsize() as i64,
    ))
}

fn dtype_kind(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(str_value("c"))
}

fn dtype_char(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(if this_dtype(&args)?.0 == DType::Float32 {
        "F"
    } else {
        "D"
    }))
}

fn dtype_itemsize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(2 * this_dtype(&args)?.0.itemsize() as i64))
}

fn dtype_descr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(format!(
        "<c{}",
        2 * this_dtype(&args)?.0.itemsize()
    )))
}

// ===========================================================================
// Hooks: what NumPy's functions outside this file call for complex input.
// ===========================================================================

/// A join (concatenate, stack, vstack …) of the list or tuple `items`
/// when any of them is complex: `join` applied to the real parts and to
/// the imaginary parts (real items join with zero imaginary parts). None
/// when nothing in `items` is complex (the caller joins real arrays).
pub fn complex_join(
    vm: &mut Vm,
    items: &Value,
    join: impl Fn(&[NdArray]) -> PyResult<NdArray>,
) -> Option<PyResult<Value>> {
    let any_complex = |values: &[Value]| values.iter().any(|v| ComplexArray::of(v).is_some());
    // Read in place first: joins of real arrays (nearly all) copy nothing.
    let items: Vec<Value> = match items.kind()? {
        ObjKind::List(list) => {
            let values = items.as_obj()?.get().read(list);
            any_complex(&values).then(|| values.to_vec())?
        }
        ObjKind::Tuple(tuple) => any_complex(tuple).then(|| tuple.to_vec())?,
        _ => return None,
    };
    let mut joined = || {
        let (mut re, mut im) = (
            Vec::with_capacity(items.len()),
            Vec::with_capacity(items.len()),
        );
        for v in &items {
            let c = match ComplexArray::of(v) {
                Some(c) => c.clone(),
                None => ComplexArray::from_real(&as_array(vm, v, None)?)?,
            };
            re.push(c.re);
            im.push(c.im);
        }
        Ok(ComplexArray {
            re: join(&re)?,
            im: join(&im)?,
            scalar: false,
        }
        .into_value())
    };
    Some(joined())
}

/// `np.array(v)` / `np.asarray(v)` when `v` is complex: the complex array
/// itself (a copy when `copy`), or a list or tuple of complex arrays
/// stacked along a new first axis. None for anything else.
pub fn complex_array_of(vm: &mut Vm, v: &Value, copy: bool) -> Option<PyResult<Value>> {
    if let Some(c) = ComplexArray::of(v) {
        return Some(match copy {
            true => negated(c, false, false).map(ComplexArray::into_value),
            false => Ok(v.clone()),
        });
    }
    complex_join(vm, v, |parts| {
        let expanded: PyResult<Vec<NdArray>> =
            parts.iter().map(|p| shape::expand_dims(p, &[0])).collect();
        super::join::concatenate_parts(&expanded?)
    })
}

/// `np.abs(v)` / `np.absolute(v)` when `v` is complex: the magnitudes.
pub fn complex_abs(v: &Value) -> Option<PyResult<Value>> {
    ComplexArray::of(v).map(|c| magnitude(c).map(NdArray::into_value))
}

/// `np.real(v)` when `v` is complex: the real parts (a view).
pub fn complex_real(v: &Value) -> Option<PyResult<Value>> {
    ComplexArray::of(v).map(|c| Ok(part_value(c.re.clone(), c.scalar)))
}

/// `np.imag(v)` when `v` is complex: the imaginary parts (a view).
pub fn complex_imag(v: &Value) -> Option<PyResult<Value>> {
    ComplexArray::of(v).map(|c| Ok(part_value(c.im.clone(), c.scalar)))
}

/// `np.conj(v)` / `np.conjugate(v)` when `v` is complex.
pub fn complex_conj(v: &Value) -> Option<PyResult<Value>> {
    ComplexArray::of(v).map(|c| negated(c, false, true).map(ComplexArray::into_value))
}

/// `np.angle(v, deg)` when `v` is complex: `arctan2(imag, real)`.
pub fn complex_angle(v: &Value, deg: bool) -> Option<PyResult<Value>> {
    ComplexArray::of(v).map(|c| angle_of(&c.re, &c.im, deg, c.scalar))
}

fn angle_of(re: &NdArray, im: &NdArray, deg: bool, scalar: bool) -> PyResult<Value> {
    let dt = part_dtype(re.dtype);
    let scale = if deg {
        180.0 / std::f64::consts::PI
    } else {
        1.0
    };
    let (x, y) = (re.to_vec::<f64>()?, im.to_vec::<f64>()?);
    let vals: Vec<f64> = x.iter().zip(&y).map(|(x, y)| y.atan2(*x) * scale).collect();
    let mut r = NdArray::new(part_data(vals, dt), re.shape());
    r.scalar = scalar;
    Ok(r.into_value())
}

/// `np.round(v, decimals)` when `v` is complex: both parts rounded.
pub fn complex_round(v: &Value, decimals: i64) -> Option<PyResult<Value>> {
    ComplexArray::of(v).map(|c| rounded(c, decimals).map(ComplexArray::into_value))
}

/// The tolerances of `isclose`/`allclose`.
#[derive(Clone, Copy)]
pub struct Tolerance {
    /// `rtol` (NumPy's default 1e-05).
    pub rtol: f64,
    /// `atol` (NumPy's default 1e-08).
    pub atol: f64,
    /// `equal_nan`.
    pub equal_nan: bool,
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance {
            rtol: 1e-05,
            atol: 1e-08,
            equal_nan: false,
        }
    }
}

/// `np.isclose(a, b)` when either is complex (NumPy's formula with
/// complex magnitudes).
pub fn complex_isclose(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    tol: Tolerance,
) -> Option<PyResult<Value>> {
    if ComplexArray::of(a).is_none() && ComplexArray::of(b).is_none() {
        return None;
    }
    Some(isclose_values(vm, a, b, tol).map(NdArray::into_value))
}

/// `np.allclose(a, b)` when either is complex: a Python bool.
pub fn complex_allclose(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    tol: Tolerance,
) -> Option<PyResult<Value>> {
    if ComplexArray::of(a).is_none() && ComplexArray::of(b).is_none() {
        return None;
    }
    Some(
        isclose_values(vm, a, b, tol)
            .and_then(|r| r.to_vec::<bool>())
            .map(|r| Value::Bool(r.iter().all(|&x| x))),
    )
}

/// Either operand as complex parts.
fn complex_parts(vm: &mut Vm, v: &Value) -> PyResult<(NdArray, NdArray)> {
    match side(vm, v)? {
        Some(s) => s.parts(DType::Float64),
        None => Err(PyErr::type_error(format!(
            "cannot compare a '{}' with a complex array",
            vm.type_name(v)
        ))),
    }
}

fn isclose_values(vm: &mut Vm, a: &Value, b: &Value, tol: Tolerance) -> PyResult<NdArray> {
    let (x, y) = (complex_parts(vm, a)?, complex_parts(vm, b)?);
    let z = zip_parts(&x, &y)?;
    Ok(z.real(|x, y| {
        let finite = y.0.is_finite() && y.1.is_finite();
        let diff = (x.0 - y.0).hypot(x.1 - y.1);
        let close = diff <= tol.atol + tol.rtol * y.0.hypot(y.1);
        let nan = |c: C| c.0.is_nan() || c.1.is_nan();
        (close && finite) || x == y || (tol.equal_nan && nan(x) && nan(y))
    }))
}

/// `np.<name>(...)` for the functions above and the arithmetic ufuncs, when
/// one of the first two positional arguments is complex; `None` otherwise
/// (the caller goes on with real arrays). One line at the top of each
/// function calls it: `if let Some(r) = fft::complex_hook(vm, "absolute", &args) { return r; }`.
pub fn complex_hook(vm: &mut Vm, name: &str, args: &Args<'_>) -> Option<PyResult<Value>> {
    if !args
        .pos
        .iter()
        .take(2)
        .any(|v| ComplexArray::of(v).is_some())
    {
        return None;
    }
    let first = args.pos.first().cloned().unwrap_or(Value::None);
    Some(match name {
        "abs" | "absolute" => complex_abs(&first)?,
        "real" => complex_real(&first)?,
        "imag" => complex_imag(&first)?,
        "conj" | "conjugate" => complex_conj(&first)?,
        "negative" => ComplexArray::of(&first)
            .map(|c| negated(c, true, true).map(ComplexArray::into_value))?,
        "angle" | "round" | "around" | "isclose" | "allclose" => hook_with_options(vm, name, args),
        "isnan" | "isinf" | "isfinite" => {
            ComplexArray::of(&first).map(|c| classify(c, name).map(NdArray::into_value))?
        }
        "asarray" | "asanyarray" => Ok(first),
        "sum" | "mean" => reduce_parts(
            vm,
            Args {
                pos: args.pos,
                kw: args.kw,
            },
            name,
        ),
        "array" | "copy" => ComplexArray::of(&first)
            .map(|c| negated(c, false, false).map(ComplexArray::into_value))?,
        "add" | "subtract" | "multiply" | "divide" | "true_divide" | "power" | "square"
        | "equal" | "not_equal" => hook_arithmetic(vm, name, args),
        _ => Err(PyErr::type_error(format!(
            "taipan's numpy: np.{name} does not take complex arrays"
        ))),
    })
}

/// `isnan` (either part NaN), `isinf` (either part infinite) or `isfinite`
/// (both parts finite) of each element.
fn classify(c: &ComplexArray, name: &str) -> PyResult<NdArray> {
    let (re, im) = c.values()?;
    let test: fn(f64, f64) -> bool = match name {
        "isnan" => |x, y| x.is_nan() || y.is_nan(),
        "isinf" => |x, y| x.is_infinite() || y.is_infinite(),
        _ => |x, y| x.is_finite() && y.is_finite(),
    };
    let mut r = NdArray::new(
        Data::Bool(re.iter().zip(&im).map(|(&x, &y)| test(x, y)).collect()),
        c.shape(),
    );
    r.scalar = c.scalar;
    Ok(r)
}

fn hook_with_options(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<Value> {
    let copy = Args {
        pos: args.pos,
        kw: args.kw,
    };
    let none = Value::None;
    match name {
        "angle" => {
            let slots = parse_args("angle", copy, &["z", "deg"], 1)?;
            let deg = match &slots[1] {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            angle_fn_value(vm, slots[0].as_ref().unwrap_or(&none), deg)
        }
        "round" | "around" => {
            let slots = parse_args(name, copy, &["a", "decimals", "out"], 1)?;
            if slots[2].as_ref().is_some_and(|v| !v.is_none()) {
                return Err(super::ufunc::complex_out(name));
            }
            let decimals = match &slots[1] {
                Some(v) => vm.index_of(v)?,
                None => 0,
            };
            complex_round(slots[0].as_ref().unwrap_or(&none), decimals)
                .unwrap_or_else(|| Err(not_complex()))
        }
        _ => {
            let slots = parse_args(name, copy, &["a", "b", "rtol", "atol", "equal_nan"], 2)?;
            let mut tol = Tolerance::default();
            let num = |vm: &mut Vm, v: &Option<Value>, d: f64| -> PyResult<f64> {
                match v {
                    Some(v) => real_number(vm, v),
                    None => Ok(d),
                }
            };
            tol.rtol = num(vm, &slots[2], tol.rtol)?;
            tol.atol = num(vm, &slots[3], tol.atol)?;
            if let Some(v) = &slots[4] {
                tol.equal_nan = vm.truthy(v)?;
            }
            let (a, b) = (
                slots[0].clone().unwrap_or(Value::None),
                slots[1].clone().unwrap_or(Value::None),
            );
            let r = if name == "isclose" {
                complex_isclose(vm, &a, &b, tol)
            } else {
                complex_allclose(vm, &a, &b, tol)
            };
            r.unwrap_or_else(|| Err(not_complex()))
        }
    }
}

fn not_complex() -> PyErr {
    PyErr::type_error("expected a complex array")
}

/// A real number argument (Python number or size-1 array).
fn real_number(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some((s, _)) = python_scalar(v)? {
        return Ok(s.as_f64());
    }
    let a = as_array(vm, v, None)?;
    if a.size() != 1 {
        return Err(PyErr::type_error(
            "only length-1 arrays can be converted to Python scalars",
        ));
    }
    Ok(a.first().as_f64())
}

fn hook_arithmetic(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<Value> {
    let a = args.pos.first().cloned().unwrap_or(Value::None);
    let b = if name == "square" {
        a.clone()
    } else {
        args.pos.get(1).cloned().unwrap_or(Value::None)
    };
    let (c, other_value, reflected) = match ComplexArray::of(&a) {
        Some(c) => (c.clone(), b, false),
        None => (
            ComplexArray::of(&b).cloned().ok_or_else(not_complex)?,
            a,
            true,
        ),
    };
    let Some(o) = side(vm, &other_value)? else {
        return Err(PyErr::type_error(format!(
            "ufunc '{name}' not supported for the input types"
        )));
    };
    let f: fn(C, C) -> C = match name {
        "add" => cadd,
        "subtract" => csub,
        "multiply" | "square" => cmul,
        "power" => cpow,
        "equal" | "not_equal" => return equality(&c, o, name == "equal").map(NdArray::into_value),
        _ => cdiv,
    };
    binary_sides(&c, o, reflected, f).map(ComplexArray::into_value)
}

// ---------------------------------------------------------------------------
// Module functions for complex numbers (real and complex input).
// ---------------------------------------------------------------------------

fn first_arg<'a>(name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos.first().ok_or_else(|| {
        PyErr::type_error(format!("{name}() missing required argument 'val' (pos 1)"))
    })
}

/// `np.real(v)`.
fn real_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = first_arg("real", &args)?;
    if let Some(r) = complex_real(v) {
        return r;
    }
    if python_scalar(v)?.is_some() {
        return Ok(v.clone());
    }
    super::convert::as_array_keep_scalar(vm, v).map(NdArray::into_value)
}

/// `np.imag(v)`: zeros of the input's dtype for real input.
fn imag_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = first_arg("imag", &args)?;
    if let Some(r) = complex_imag(v) {
        return r;
    }
    let a = super::convert::as_array_keep_scalar(vm, v)?;
    let mut z = NdArray::new(Data::zeros(a.dtype, a.room_for_copy(a.dtype)?), a.shape());
    z.scalar = a.scalar;
    Ok(z.into_value())
}

/// `np.conj(v)`: a copy for real input.
fn conj_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = first_arg("conjugate", &args)?;
    if let Some(r) = complex_conj(v) {
        return r;
    }
    let a = super::convert::as_array_keep_scalar(vm, v)?;
    let mut c = a.copy_as(a.dtype)?;
    c.scalar = a.scalar || a.ndim() == 0;
    Ok(c.into_value())
}

fn angle_fn_value(vm: &mut Vm, v: &Value, deg: bool) -> PyResult<Value> {
    if let Some(r) = complex_angle(v, deg) {
        return r;
    }
    let a = super::convert::as_array_keep_scalar(vm, v)?;
    let re = a.copy_as(part_dtype(a.dtype))?;
    let im = NdArray::new(Data::zeros(re.dtype, re.size()), re.shape());
    angle_of(&re, &im, deg, a.scalar || a.ndim() == 0)
}

/// `np.angle(z, deg=False)`.
fn angle_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    hook_with_options(vm, "angle", &args)
}

/// `np.iscomplexobj(x)`: whether `x` is a complex array or scalar.
fn iscomplexobj(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(
        ComplexArray::of(first_arg("iscomplexobj", &args)?).is_some(),
    ))
}

/// `np.isrealobj(x)`.
fn isrealobj(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(
        ComplexArray::of(first_arg("isrealobj", &args)?).is_none(),
    ))
}

/// `np.iscomplex(x)` (`want` true) or `np.isreal(x)`: whether each
/// element's imaginary part is non-zero (zero).
fn imag_test(vm: &mut Vm, args: Args<'_>, want: bool) -> PyResult<Value> {
    let v = first_arg(if want { "iscomplex" } else { "isreal" }, &args)?;
    let im = match ComplexArray::of(v) {
        Some(c) => part_value(c.im.clone(), c.scalar),
        None => imag_fn(vm, Args::positional(std::slice::from_ref(v)))?,
    };
    let a = super::convert::as_array_keep_scalar(vm, &im)?;
    let mut r = super::ops::map1::<f64, bool>(&a.copy_as(DType::Float64)?, |x| (x != 0.0) == want)?;
    r.scalar = a.scalar || a.ndim() == 0;
    Ok(r.into_value())
}

fn iscomplex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    imag_test(vm, args, true)
}

fn isreal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    imag_test(vm, args, false)
}

/// `_numpy._complex_isclose(a, b, rtol, atol, equal_nan)`: `isclose` for
/// the Python layer when either side is complex.
fn complex_isclose_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    hook_with_options(vm, "isclose", &args)
}

/// Module-level complex-number functions (`np.real`, `np.imag`,
/// `np.conj`, `np.conjugate`, `np.angle`, `np.iscomplexobj` …), for real
/// and complex input.
pub const TOP_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("real", real_fn),
    ("imag", imag_fn),
    ("conj", conj_fn),
    ("conjugate", conj_fn),
    ("angle", angle_fn),
    ("iscomplexobj", iscomplexobj),
    ("isrealobj", isrealobj),
    ("iscomplex", iscomplex),
    ("isreal", isreal),
    ("_complex_isclose", complex_isclose_fn),
];

// ===========================================================================
// The transforms.
// ===========================================================================

/// The `norm` argument.
#[derive(Clone, Copy, PartialEq)]
enum Norm {
    Backward,
    Ortho,
    Forward,
}

impl Norm {
    fn parse(vm: &mut Vm, v: Option<&Value>) -> PyResult<Norm> {
        let Some(v) = v.filter(|v| !v.is_none()) else {
            return Ok(Norm::Backward);
        };
        let text = arg_str(vm, "fft", v)
            .map(str::to_string)
            .unwrap_or_else(|_| vm.repr(v).unwrap_or_default());
        match text.as_str() {
            "backward" => Ok(Norm::Backward),
            "ortho" => Ok(Norm::Ortho),
            "forward" => Ok(Norm::Forward),
            _ => Err(PyErr::value_error(format!(
                "Invalid norm value {text}; should be \"backward\",\"ortho\" or \"forward\"."
            ))),
        }
    }

    /// The factor the output of a transform of length `n` is multiplied by.
    fn factor(self, n: usize, forward: bool) -> f64 {
        match (self, forward) {
            (Norm::Ortho, _) => 1.0 / (n as f64).sqrt(),
            (Norm::Backward, false) | (Norm::Forward, true) => 1.0 / n as f64,
            _ => 1.0,
        }
    }
}

/// Rows of complex values along one axis (moved last), C order.
struct Rows {
    data: Vec<Complex<f64>>,
    /// Values per row.
    len: usize,
    /// The shape of the other axes.
    outer: Dims,
}

/// The order that moves `axis` to the end.
fn axis_last(nd: usize, axis: usize) -> Vec<i64> {
    (0..nd)
        .filter(|&i| i != axis)
        .chain([axis])
        .map(|i| i as i64)
        .collect()
}

impl Rows {
    fn of(c: &ComplexArray, axis: usize) -> PyResult<Rows> {
        let order = axis_last(c.re.ndim(), axis);
        let re = shape::transpose(&c.re, Some(&order))?.to_vec::<f64>()?;
        let im = shape::transpose(&c.im, Some(&order))?.to_vec::<f64>()?;
        let mut outer = c.shape();
        let len = outer.remove(axis);
        Ok(Rows {
            data: re
                .into_iter()
                .zip(im)
                .map(|(r, i)| Complex::new(r, i))
                .collect(),
            len,
            outer,
        })
    }

    fn count(&self) -> usize {
        self.outer.iter().product()
    }

    /// Each row cut or zero-padded to `n` values (`MemoryError` when
    /// they do not fit: `n` is the caller's).
    fn resized(&self, n: usize) -> PyResult<Vec<Complex<f64>>> {
        let total = self.count().checked_mul(n).ok_or_else(too_big)?;
        let mut out = vec_with_room(total)?;
        out.resize(total, Complex::new(0.0, 0.0));
        let keep = n.min(self.len);
        for r in 0..self.count() {
            out[r * n..r * n + keep].copy_from_slice(&self.data[r * self.len..r * self.len + keep]);
        }
        Ok(out)
    }

    /// Rows of `n` values back into an array with the axis where it was.
    fn to_array(&self, values: Vec<f64>, n: usize, axis: usize, dt: DType) -> PyResult<NdArray> {
        let mut shape = self.outer.clone();
        shape.push(n);
        let moved = NdArray::new(part_data(values, dt), shape);
        let nd = moved.ndim();
        let back: Vec<i64> = (0..nd)
            .map(|i| match i.cmp(&axis) {
                std::cmp::Ordering::Less => i,
                std::cmp::Ordering::Equal => nd - 1,
                std::cmp::Ordering::Greater => i - 1,
            } as i64)
            .collect();
        shape::transpose(&moved, Some(&back))?.copy_as(dt)
    }

    fn to_complex(
        &self,
        values: &[Complex<f64>],
        n: usize,
        axis: usize,
        dt: DType,
    ) -> PyResult<ComplexArray> {
        let re = self.to_array(values.iter().map(|z| z.re).collect(), n, axis, dt)?;
        let im = self.to_array(values.iter().map(|z| z.im).collect(), n, axis, dt)?;
        Ok(ComplexArray {
            re,
            im,
            scalar: false,
        })
    }
}

/// Transforms every row of `buf` (rows of `n`) in place, then scales.
fn transform(buf: &mut [Complex<f64>], n: usize, forward: bool, factor: f64) {
    if buf.is_empty() {
        return;
    }
    super::fft_engine::transform_rows(buf, n, forward);
    if factor != 1.0 {
        for z in buf.iter_mut() {
            *z = Complex::new(z.re * factor, z.im * factor);
        }
    }
}

/// The arguments of the 1-d transforms.
struct FftCall {
    input: Value,
    n: Option<usize>,
    axis: i64,
    norm: Norm,
}

fn fft_call(vm: &mut Vm, name: &str, args: Args<'_>) -> PyResult<FftCall> {
    let slots = parse_args(name, args, &["a", "n", "axis", "norm", "out"], 1)?;
    let n = match slots[1].as_ref().filter(|v| !v.is_none()) {
        Some(v) => Some(points(vm.index_of(v)?)?),
        None => None,
    };
    let axis = match slots[2].as_ref() {
        Some(v) => vm.index_of(v)?,
        None => -1,
    };
    Ok(FftCall {
        input: slots[0].clone().unwrap_or(Value::None),
        n,
        axis,
        norm: Norm::parse(vm, slots[3].as_ref())?,
    })
}

/// A number of points, which must be at least 1.
fn points(n: i64) -> PyResult<usize> {
    if n < 1 {
        return Err(PyErr::value_error(format!(
            "Invalid number of FFT data points ({n}) specified."
        )));
    }
    Ok(n as usize)
}

impl FftCall {
    /// The axis, checked like NumPy (which reads `a.shape[axis]` first
    /// when `n` is not given).
    fn axis(&self, nd: usize) -> PyResult<usize> {
        let n = nd as i64;
        if self.n.is_none() && (self.axis >= n || self.axis < -n) {
            return Err(PyErr::index_error("tuple index out of range"));
        }
        super::errors::normalize_axis(self.axis, nd)
    }
}

/// The input as a complex array.
fn complex_input(vm: &mut Vm, v: &Value) -> PyResult<ComplexArray> {
    if let Some(c) = ComplexArray::of(v) {
        return Ok(c.clone());
    }
    ComplexArray::from_real(&as_array(vm, v, None)?)
}

/// The number of points along `axis`: `n`, or the axis length.
fn points_along(rows: &Rows, n: Option<usize>) -> PyResult<usize> {
    match n {
        Some(n) => Ok(n),
        None => points(rows.len as i64),
    }
}

/// The complex transform of `c` along `axis` with `n` points.
fn c2c_along(
    c: &ComplexArray,
    axis: usize,
    n: Option<usize>,
    norm: Norm,
    forward: bool,
) -> PyResult<ComplexArray> {
    let rows = Rows::of(c, axis)?;
    let n = points_along(&rows, n)?;
    let mut buf = rows.resized(n)?;
    transform(&mut buf, n, forward, norm.factor(n, forward));
    rows.to_complex(&buf, n, axis, c.part_dtype())
}

/// The transform of real values (`c`'s real parts), its first `n/2 + 1`
/// values.
fn r2c_along(
    c: &ComplexArray,
    axis: usize,
    n: Option<usize>,
    norm: Norm,
) -> PyResult<ComplexArray> {
    let rows = Rows::of(c, axis)?;
    let n = points_along(&rows, n)?;
    let mut buf = rows.resized(n)?;
    transform(&mut buf, n, true, norm.factor(n, true));
    let half = n / 2 + 1;
    let kept: Vec<Complex<f64>> = buf
        .chunks(n)
        .flat_map(|row| row[..half].iter().copied())
        .collect();
    rows.to_complex(&kept, half, axis, c.part_dtype())
}

/// The inverse of `r2c_along`: the real signal of `n` points (default
/// `2 * (m - 1)`) whose Hermitian spectrum starts with `c`.
fn c2r_along(c: &ComplexArray, axis: usize, n: Option<usize>, norm: Norm) -> PyResult<NdArray> {
    let rows = Rows::of(c, axis)?;
    let n = match n {
        Some(n) => n,
        None => points(2 * (rows.len as i64 - 1))?,
    };
    let half = rows.resized(n / 2 + 1)?;
    let mut buf = vec_with_room(rows.count().checked_mul(n).ok_or_else(too_big)?)?;
    for spec in half.chunks(n / 2 + 1) {
        buf.extend((0..n).map(|k| {
            if k <= n / 2 {
                spec[k]
            } else {
                spec[n - k].conj()
            }
        }));
    }
    transform(&mut buf, n, false, norm.factor(n, false));
    rows.to_array(buf.iter().map(|z| z.re).collect(), n, axis, c.part_dtype())
}

/// `rfft` refuses complex input, as NumPy's ufunc does.
fn real_only(input: &Value, n: Option<usize>) -> PyResult<()> {
    let Some(c) = ComplexArray::of(input) else {
        return Ok(());
    };
    let even = n.map_or(c.shape().last().is_some_and(|&l| l % 2 == 0), |n| {
        n % 2 == 0
    });
    Err(PyErr::type_error(format!(
        "ufunc 'rfft_n_{}' not supported for the input types, and the inputs could not be \
         safely coerced to any supported types according to the casting rule ''safe''",
        if even { "even" } else { "odd" }
    )))
}

/// Which transform.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Forward,
    Inverse,
    RealForward,
    RealInverse,
}

fn one_d(vm: &mut Vm, args: Args<'_>, name: &str, kind: Kind) -> PyResult<Value> {
    let call = fft_call(vm, name, args)?;
    if kind == Kind::RealForward {
        real_only(&call.input, call.n)?;
    }
    let c = complex_input(vm, &call.input)?;
    let axis = call.axis(c.re.ndim())?;
    Ok(match kind {
        Kind::Forward | Kind::Inverse => {
            c2c_along(&c, axis, call.n, call.norm, kind == Kind::Forward)?.into_value()
        }
        Kind::RealForward => r2c_along(&c, axis, call.n, call.norm)?.into_value(),
        Kind::RealInverse => c2r_along(&c, axis, call.n, call.norm)?.into_value(),
    })
}

fn fft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    one_d(vm, args, "fft", Kind::Forward)
}

fn ifft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    one_d(vm, args, "ifft", Kind::Inverse)
}

fn rfft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    one_d(vm, args, "rfft", Kind::RealForward)
}

fn irfft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    one_d(vm, args, "irfft", Kind::RealInverse)
}

/// The points and axes of an n-d transform, as NumPy's `_cook_nd_args`
/// works them out.
fn cook_nd(
    vm: &mut Vm,
    c: &ComplexArray,
    s: Option<&Value>,
    axes: Option<Vec<i64>>,
    kind: Kind,
) -> PyResult<(Vec<usize>, Vec<usize>)> {
    let nd = c.re.ndim();
    let s_given = shape::axes_arg(vm, s)?;
    let axes: Vec<i64> = match (axes, &s_given) {
        (Some(a), _) => a,
        (None, Some(s)) => (-(s.len() as i64)..0).collect(),
        (None, None) => (-(nd as i64)..0).collect(),
    };
    let axes: Vec<usize> = axes
        .iter()
        .map(
            |&a| match (&s_given, super::errors::normalize_axis(a, nd)) {
                // NumPy reads the lengths with `take` first.
                (None, Err(_)) => Err(PyErr::index_error(format!(
                    "index {a} is out of bounds for axis 0 with size {nd}"
                ))),
                (_, r) => r,
            },
        )
        .collect::<PyResult<_>>()?;
    let length = |a: usize| c.re.dim(a) as i64;
    let mut points_spec = match &s_given {
        Some(s) => s.clone(),
        None => axes.iter().map(|&a| length(a)).collect(),
    };
    if points_spec.len() != axes.len() {
        return Err(PyErr::value_error("Shape and axes have different lengths."));
    }
    if let (Kind::RealInverse, None, Some(&last)) = (kind, &s_given, axes.last()) {
        let k = points_spec.len() - 1;
        points_spec[k] = (length(last) - 1) * 2;
    }
    let points_spec = points_spec
        .iter()
        .zip(&axes)
        .map(|(&n, &a)| points(if n == -1 { length(a) } else { n }))
        .collect::<PyResult<_>>()?;
    Ok((points_spec, axes))
}

/// `fftn`, `ifftn`, `rfftn`, `irfftn` and their 2-d forms (`two_d`: the
/// default axes are the last two).
fn n_d(vm: &mut Vm, args: Args<'_>, name: &str, kind: Kind, two_d: bool) -> PyResult<Value> {
    let slots = parse_args(name, args, &["a", "s", "axes", "norm", "out"], 1)?;
    let input = slots[0].clone().unwrap_or(Value::None);
    if kind == Kind::RealForward {
        real_only(&input, None)?;
    }
    let c = complex_input(vm, &input)?;
    let axes = match shape::axes_arg(vm, slots[2].as_ref())? {
        Some(a) => Some(a),
        None if two_d => Some(vec![-2, -1]),
        None => None,
    };
    let (s, axes) = cook_nd(vm, &c, slots[1].as_ref(), axes, kind)?;
    if axes.is_empty() && matches!(kind, Kind::Forward | Kind::Inverse) {
        // No axis to transform: NumPy gives the input back.
        return Ok(input);
    }
    let norm = Norm::parse(vm, slots[3].as_ref())?;
    let last = axes.len().checked_sub(1);
    let inner = |kind: Kind| {
        if matches!(kind, Kind::Forward | Kind::RealForward) {
            Kind::Forward
        } else {
            Kind::Inverse
        }
    };
    let mut out = c;
    let real_axis = match (kind, last) {
        (Kind::Forward | Kind::Inverse, _) => None,
        (_, Some(l)) => Some(l),
        (_, None) => return Err(PyErr::index_error("list index out of range")),
    };
    if kind == Kind::RealForward {
        let l = real_axis.unwrap_or(0);
        out = r2c_along(&out, axes[l], Some(s[l]), norm)?;
    }
    let complex_axes: Vec<usize> = (0..axes.len()).filter(|&i| Some(i) != real_axis).collect();
    // NumPy transforms the last axis first (the inverse real one: last).
    let order: Vec<usize> = if kind == Kind::RealInverse {
        complex_axes
    } else {
        complex_axes.into_iter().rev().collect()
    };
    for i in order {
        out = c2c_along(
            &out,
            axes[i],
            Some(s[i]),
            norm,
            inner(kind) == Kind::Forward,
        )?;
    }
    if kind == Kind::RealInverse {
        let l = real_axis.unwrap_or(0);
        return c2r_along(&out, axes[l], Some(s[l]), norm).map(NdArray::into_value);
    }
    Ok(out.into_value())
}

macro_rules! n_d_fns {
    ($($name:ident => $kind:ident, $two:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            n_d(vm, args, stringify!($name), Kind::$kind, $two)
        })*
    };
}

n_d_fns! {
    fftn => Forward, false;
    ifftn => Inverse, false;
    rfftn => RealForward, false;
    irfftn => RealInverse, false;
    fft2 => Forward, true;
    ifft2 => Inverse, true;
    rfft2 => RealForward, true;
    irfft2 => RealInverse, true;
}

// ---------------------------------------------------------------------------
// Frequencies and shifts.
// ---------------------------------------------------------------------------

/// `n` and `1 / (n * d)` of `fftfreq(n, d)`.
fn freq_args(vm: &mut Vm, name: &str, args: Args<'_>) -> PyResult<(usize, f64)> {
    let slots = parse_args(name, args, &["n", "d", "device"], 1)?;
    let nv = slots[0].clone().unwrap_or(Value::None);
    let float_like =
        matches!(nv, Value::Float(_)) || NdArray::of(&nv).is_some_and(|a| !a.dtype.is_integer());
    let n = if float_like {
        None
    } else {
        vm.index_of(&nv).ok()
    };
    let Some(n) = n else {
        return Err(PyErr::value_error("n should be an integer"));
    };
    let d = match &slots[1] {
        Some(v) => real_number(vm, v)?,
        None => 1.0,
    };
    if n < 0 {
        return Err(PyErr::value_error("negative dimensions are not allowed"));
    }
    let denom = n as f64 * d;
    if denom == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok((n as usize, 1.0 / denom))
}

/// `np.fft.fftfreq(n, d=1.0)`: `[0, 1, …, -(n//2), …, -1] / (n*d)`.
fn fftfreq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (n, val) = freq_args(vm, "fftfreq", args)?;
    check_room(&[n], DType::Float64)?;
    let positive = (n as i64 - 1) / 2 + 1;
    let k = (0..positive).chain(-(n as i64 / 2)..0);
    Ok(NdArray::from_vec(k.map(|i| i as f64 * val).collect::<Vec<f64>>()).into_value())
}

/// `np.fft.rfftfreq(n, d=1.0)`: `[0, 1, …, n//2] / (n*d)`.
fn rfftfreq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (n, val) = freq_args(vm, "rfftfreq", args)?;
    check_room(&[n / 2 + 1], DType::Float64)?;
    let k = 0..=(n as i64 / 2);
    Ok(NdArray::from_vec(k.map(|i| i as f64 * val).collect::<Vec<f64>>()).into_value())
}

/// `a` with each axis rolled forward by `shift[axis]` places.
fn roll(a: &NdArray, shift: &[usize]) -> PyResult<NdArray> {
    if a.size() == 0 {
        return a.copy_as(a.dtype);
    }
    // The result, and the offsets gathered into it.
    a.room_for_copy(a.dtype)?;
    a.room_for_copy(DType::Int64)?;
    let nd = a.ndim();
    let maps: Vec<Vec<isize>> = (0..nd)
        .map(|ax| {
            let n = a.dim(ax);
            (0..n)
                .map(|i| ((i + n - shift[ax] % n) % n) as isize * a.stride(ax))
                .collect()
        })
        .collect();
    let mut offsets = Vec::with_capacity(a.size());
    let mut idx = vec![0usize; nd];
    for _ in 0..a.size() {
        let o: isize = (0..nd).map(|ax| maps[ax][idx[ax]]).sum();
        offsets.push((a.offset as isize + o) as usize);
        for ax in (0..nd).rev() {
            idx[ax] += 1;
            if idx[ax] < a.dim(ax) {
                break;
            }
            idx[ax] = 0;
        }
    }
    Ok(NdArray::new(
        a.buf.read().gather_as(&offsets, a.dtype),
        a.shape(),
    ))
}

/// `fftshift` (`inverse` false) or `ifftshift` of `x` over `axes`.
fn shift_fn(vm: &mut Vm, args: Args<'_>, inverse: bool) -> PyResult<Value> {
    let name = if inverse { "ifftshift" } else { "fftshift" };
    let slots = parse_args(name, args, &["x", "axes"], 1)?;
    let x = slots[0].clone().unwrap_or(Value::None);
    let c = complex_input(vm, &x)?;
    let nd = c.re.ndim();
    let axes: Vec<usize> = match shape::axes_arg(vm, slots[1].as_ref())? {
        None => (0..nd).collect(),
        Some(list) => list
            .iter()
            .map(|&ax| super::errors::normalize_axis(ax, nd))
            .collect::<PyResult<_>>()?,
    };
    let mut shift = vec![0usize; nd];
    for &ax in &axes {
        let n = c.re.dim(ax);
        shift[ax] = if inverse { n - n / 2 } else { n / 2 };
    }
    if ComplexArray::of(&x).is_some() {
        return Ok(ComplexArray {
            re: roll(&c.re, &shift)?,
            im: roll(&c.im, &shift)?,
            scalar: false,
        }
        .into_value());
    }
    let a = as_array(vm, &x, None)?;
    Ok(roll(&a, &shift)?.into_value())
}

fn fftshift(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    shift_fn(vm, args, false)
}

fn ifftshift(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    shift_fn(vm, args, true)
}

/// The functions of `numpy.fft`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("fft", fft),
    ("ifft", ifft),
    ("rfft", rfft),
    ("irfft", irfft),
    ("fftn", fftn),
    ("ifftn", ifftn),
    ("rfftn", rfftn),
    ("irfftn", irfftn),
    ("fft2", fft2),
    ("ifft2", ifft2),
    ("rfft2", rfft2),
    ("irfft2", irfft2),
    ("fftfreq", fftfreq),
    ("rfftfreq", rfftfreq),
    ("fftshift", fftshift),
    ("ifftshift", ifftshift),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complex_arithmetic_follows_numpy() {
        assert_eq!(cdiv((1.0, 0.0), (6.0, 0.0)), (1.0 / 6.0, 0.0));
        assert_eq!(creciprocal((6.0, 0.0)).1.to_bits(), (-0.0f64).to_bits());
        let (re, im) = cdiv((6.0, 0.0), (0.0, 0.0));
        assert!(re.is_infinite() && im.is_nan());
        assert_eq!(cpow((-2.0, 2.0), (2.0, 0.0)), (0.0, -8.0));
        assert_eq!(cpow((2.0, 0.0), (6.0, 0.0)), (64.0, 0.0));
        assert_eq!(cpow((0.0, 0.0), (0.0, 0.0)), (1.0, 0.0));
        assert_eq!(csqrt((-4.0, 0.0)), (0.0, 2.0));
    }

    #[test]
    fn transforms_round_trip() {
        let mut buf: Vec<Complex<f64>> = (0..6).map(|i| Complex::new(i as f64, 0.0)).collect();
        transform(&mut buf, 6, true, 1.0);
        assert!((buf[0].re - 15.0).abs() < 1e-12);
        transform(&mut buf, 6, false, Norm::Backward.factor(6, false));
        assert!(buf
            .iter()
            .enumerate()
            .all(|(i, z)| (z.re - i as f64).abs() < 1e-12));
    }

    #[test]
    fn rolls_like_fftshift() {
        let a = NdArray::from_vec((0..6).collect::<Vec<i64>>());
        let rolled = |shift| roll(&a, &[shift]).and_then(|r| r.to_vec::<i64>()).ok();
        assert_eq!(rolled(3), Some(vec![3, 4, 5, 0, 1, 2]));
        assert_eq!(rolled(6 - 3), Some(vec![3, 4, 5, 0, 1, 2]));
    }
}
