//! The Python protocols of arrays and scalars: operators (plain, reflected
//! and in-place), comparisons, indexing, `len`, iteration, truth,
//! conversion to Python numbers, hashing and text.

use super::array::NdArray;
use super::convert::{self, operand, to_python, Operand};
use super::dtype::Kind;
use super::element::Scalar;
use super::ops::{self, Op, Unary};
use std::borrow::Cow;
use taipan_vm::builtins::constant_singleton;
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::ops::is_repeatable_sequence;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::{Value, Vm};

/// The array (and the Python value holding it) a method was called on.
///
/// A method sees the array as it was when called: an array of this thread
/// (whose shape `a.shape = …` may change while the method runs Python code,
/// an `__index__` say) comes as a snapshot, a frozen array or a worker's
/// read-only copy (whose shape never changes) by reference.
pub fn this<'a>(method: &str, args: &Args<'a>) -> PyResult<(&'a Value, Cow<'a, NdArray>)> {
    let (v, a) = this_live(method, args)?;
    let fixed = v
        .as_obj()
        .is_some_and(|o| o.get().write_refusal().is_some());
    Ok((
        v,
        if fixed {
            Cow::Borrowed(a)
        } else {
            Cow::Owned(a.clone())
        },
    ))
}

/// [`this`] without the snapshot: the array itself, for the methods that
/// run no Python code once they have read its shape (attribute getters,
/// `len`, conversions, and operators and indexing that convert their
/// other argument before they look at the array, or only copy it after).
pub fn this_live<'a>(method: &str, args: &Args<'a>) -> PyResult<(&'a Value, &'a NdArray)> {
    let v = args
        .pos
        .first()
        .ok_or_else(|| PyErr::type_error(format!("descriptor '{method}' needs an argument")))?;
    let a = NdArray::of(v).ok_or_else(|| {
        // Complex arrays are ndarrays too, with methods of their own: the
        // real arrays' others refuse them.
        if super::fft::ComplexArray::of(v).is_some() {
            return PyErr::type_error(format!(
                "taipan's numpy: ndarray.{method} does not take complex arrays"
            ));
        }
        PyErr::type_error(format!(
            "descriptor '{method}' requires a 'numpy.ndarray' object"
        ))
    })?;
    Ok((v, a))
}

fn other<'a>(args: &Args<'a>) -> &'a Value {
    args.pos.get(1).unwrap_or(&Value::None)
}

/// The other operand, or `None` when NumPy cannot take it (then the
/// operator answers NotImplemented and Python tries the other side).
fn other_operand(vm: &mut Vm, v: &Value) -> PyResult<Option<Operand>> {
    match operand(vm, v) {
        Ok(o) => Ok(Some(o)),
        Err(e) if e.is_instance_of_type_error() => Ok(None),
        Err(e) => Err(e),
    }
}

trait TypeErrorCheck {
    fn is_instance_of_type_error(&self) -> bool;
}

impl TypeErrorCheck for PyErr {
    fn is_instance_of_type_error(&self) -> bool {
        let class = self.class();
        taipan_vm::types::is_subclass(&class, &taipan_vm::types::types().type_error.to_ref())
    }
}

fn binary(vm: &mut Vm, args: Args<'_>, op: Op, reflected: bool) -> PyResult<Value> {
    // `other_operand` may run Python code; `a` is read before it only in
    // the never-equal case, which returns at once, and copied after it.
    let (_, a) = this_live(op.ufunc_name(), &args)?;
    if never_equal(op, other(&args)) {
        return Ok(all_unequal(a, op)?.into_value());
    }
    if a.scalar && op == Op::Mul && is_repeatable_sequence(other(&args)) {
        // `[0] * np.int64(3)`: Python repeats the sequence by `__index__`.
        return Ok(constant_singleton(0));
    }
    let Some(b) = other_operand(vm, other(&args))? else {
        return Ok(constant_singleton(0));
    };
    let scalar_op = is_scalar_math(a, &b);
    let a = Operand::Array(NdArray::clone(a));
    let r = if reflected {
        ops::binary_reported(vm, op, b, a, scalar_op)?
    } else {
        ops::binary_reported(vm, op, a, b, scalar_op)?
    };
    Ok(r.into_value())
}

/// Whether `a op other` is `==`/`!=` with a value no element can equal:
/// `None`, a `str` or `bytes` (NumPy 2 compares numbers with text
/// element-wise, without a warning, and finds them all unequal).
fn never_equal(op: Op, other: &Value) -> bool {
    matches!(op, Op::Eq | Op::Ne)
        && (other.is_none() || matches!(other.kind(), Some(ObjKind::Str(_) | ObjKind::Bytes(_))))
}

/// The result of `a == x` (all False) or `a != x` (all True) for an `x`
/// that [`never_equal`] any element: a bool array of `a`'s shape, a bool
/// scalar for a 0-d `a`.
fn all_unequal(a: &NdArray, op: Op) -> PyResult<NdArray> {
    let bool_ = super::dtype::DType::Bool;
    let data =
        super::element::Data::filled(bool_, a.room_for_copy(bool_)?, Scalar::Bool(op == Op::Ne));
    let mut r = NdArray::new(data, a.shape());
    r.scalar = a.ndim() == 0;
    Ok(r)
}

/// Whether `a op b` is NumPy's scalar math: a NumPy scalar with another
/// or with a Python number (0-d arrays go through the ufunc instead).
fn is_scalar_math(a: &NdArray, b: &Operand) -> bool {
    a.scalar
        && match b {
            Operand::Array(x) => x.scalar,
            Operand::Weak(..) => true,
        }
}

/// `a op= b`: computes `a op b` and writes it back into `a`, under NumPy's
/// 'same_kind' casting rule.
fn in_place(vm: &mut Vm, args: Args<'_>, op: Op) -> PyResult<Value> {
    let (target, a) = this(op.ufunc_name(), &args)?;
    if let Some(c) = super::fft::ComplexArray::of(other(&args)) {
        // A real array cannot hold the complex result in place.
        if !a.scalar {
            return Err(PyErr::new(
                super::errors::ufunc_casting_error(),
                format!(
                    "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with \
                     casting rule 'same_kind'",
                    op.ufunc_name(),
                    c.dtype_name(),
                    a.dtype.name()
                ),
            ));
        }
    }
    let Some(b) = other_operand(vm, other(&args))? else {
        return Ok(constant_singleton(0));
    };
    if a.scalar {
        let scalar_op = is_scalar_math(&a, &b);
        let r = ops::binary_reported(vm, op, Operand::Array(NdArray::clone(&a)), b, scalar_op)?;
        return Ok(r.into_value());
    }
    if !a.writeable.get() {
        return Err(PyErr::value_error("output array is read-only"));
    }
    let b_shape = match &b {
        Operand::Array(x) => x.shape(),
        Operand::Weak(..) => Default::default(),
    };
    let r = ops::binary_checked(op, Operand::Array(NdArray::clone(&a)), b, false).map_err(|e| {
        if super::broadcast::broadcast_shapes(&a.shape(), &b_shape).is_err() {
            let s = super::broadcast::compact_shape;
            PyErr::value_error(format!(
                "operands could not be broadcast together with shapes {} {} {} ",
                s(&a.shape()),
                s(&b_shape),
                s(&a.shape())
            ))
        } else {
            e
        }
    })?;
    let (errors, name, r) = (r.errors, r.name, r.out);
    if !ops::same_kind(r.dtype, a.dtype) {
        return Err(PyErr::new(
            super::errors::ufunc_casting_error(),
            format!(
                "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule \
                 'same_kind'",
                op.ufunc_name(),
                r.dtype.name(),
                a.dtype.name()
            ),
        ));
    }
    if r.shape() != a.shape() {
        return Err(PyErr::value_error(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            super::broadcast::compact_shape(&a.shape()),
            super::broadcast::compact_shape(&r.shape())
        )));
    }
    ops::report_as(vm, errors, name, false)?;
    ops::assign(target, &a, &r)?;
    Ok(target.clone())
}

macro_rules! operators {
    ($($fwd:ident, $rev:ident, $inp:ident => $op:ident;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { binary(vm, args, Op::$op, false) }
            fn $rev(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { binary(vm, args, Op::$op, true) }
            fn $inp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { in_place(vm, args, Op::$op) }
        )*
    };
}

operators! {
    add, radd, iadd => Add;
    sub, rsub, isub => Sub;
    mul, rmul, imul => Mul;
    truediv, rtruediv, itruediv => TrueDiv;
    floordiv, rfloordiv, ifloordiv => FloorDiv;
    modulo, rmodulo, imodulo => Mod;
    power, rpower, ipower => Pow;
    and, rand, iand => And;
    or, ror, ior => Or;
    xor, rxor, ixor => Xor;
    lshift, rlshift, ilshift => LShift;
    rshift, rrshift, irshift => RShift;
}

macro_rules! comparisons {
    ($($name:ident => $op:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { binary(vm, args, Op::$op, false) })*
    };
}

comparisons! {
    lt => Lt; le => Le; eq => Eq; ne => Ne; gt => Gt; ge => Ge;
}

fn divmod_with(vm: &mut Vm, args: Args<'_>, reflected: bool) -> PyResult<Value> {
    let (_, a) = this("__divmod__", &args)?;
    let Some(b) = other_operand(vm, other(&args))? else {
        return Ok(constant_singleton(0));
    };
    let b2 = match &b {
        Operand::Array(x) => Operand::Array(x.clone()),
        Operand::Weak(s, w) => Operand::Weak(*s, *w),
    };
    let scalar_op = is_scalar_math(&a, &b);
    let (x, y) = (
        Operand::Array(NdArray::clone(&a)),
        Operand::Array(NdArray::clone(&a)),
    );
    let (q, r) = if reflected {
        (
            ops::binary_checked(Op::FloorDiv, b, x, scalar_op)?,
            ops::binary_checked(Op::Mod, b2, y, scalar_op)?,
        )
    } else {
        (
            ops::binary_checked(Op::FloorDiv, x, b, scalar_op)?,
            ops::binary_checked(Op::Mod, y, b2, scalar_op)?,
        )
    };
    ops::report_as(vm, q.errors.union(r.errors), "divmod", scalar_op)?;
    Ok(taipan_vm::builtins::new_tuple(vec![
        q.out.into_value(),
        r.out.into_value(),
    ]))
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    divmod_with(vm, args, false)
}

fn rdivmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    divmod_with(vm, args, true)
}

fn matmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("__matmul__", &args)?;
    let b = convert::as_array(vm, other(&args), None)?;
    super::linalg::matmul(&a, &b, &|| vm.check_interrupt()).map(NdArray::into_value)
}

fn rmatmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("__rmatmul__", &args)?;
    let b = convert::as_array(vm, other(&args), None)?;
    super::linalg::matmul(&b, &a, &|| vm.check_interrupt()).map(NdArray::into_value)
}

/// `op a`; on a NumPy integer scalar, `-` and `abs` report overflow as
/// NumPy's scalar math does (`scalar negative`, `scalar absolute`).
fn unary(vm: &mut Vm, args: Args<'_>, op: Unary, name: &str) -> PyResult<Value> {
    let (_, a) = this(name, &args)?;
    let r = ops::unary(op, &a)?;
    let overflow =
        super::fperr::scalar_unary_overflow(op, &a).intersection(super::errstate::watched());
    let ufunc = if op == Unary::Neg {
        "negative"
    } else {
        "absolute"
    };
    ops::report_as(vm, overflow, ufunc, true)?;
    Ok(r.into_value())
}

fn neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, args, Unary::Neg, "__neg__")
}

fn pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, args, Unary::Pos, "__pos__")
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, args, Unary::Abs, "__abs__")
}

fn invert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, args, Unary::Invert, "__invert__")
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a) = this_live("__getitem__", &args)?;
    let r = super::index::getitem(vm, v, a, other(&args));
    match r {
        // A NumPy scalar takes only `()`, `...`, `None` and bools.
        Err(e) if a.scalar && e.matches(taipan_vm::types::types().index_error) => {
            Err(PyErr::index_error("invalid index to scalar variable."))
        }
        r => r,
    }
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a) = this("__setitem__", &args)?;
    let value = args.pos.get(2).unwrap_or(&Value::None);
    super::index::setitem(vm, v, &a, other(&args), value)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a) = this_live("__len__", &args)?;
    if a.scalar {
        // A NumPy scalar is no sequence (a 0-d array is, of no length).
        return Err(PyErr::type_error(format!(
            "object of type '{}' has no len()",
            vm.type_name(v)
        )));
    }
    match a.shape().first() {
        Some(&n) => Ok(Value::Int(n as i64)),
        None => Err(PyErr::type_error("len() of unsized object")),
    }
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a) = this("__iter__", &args)?;
    if a.scalar {
        return Err(PyErr::type_error(format!(
            "'{}' object is not iterable",
            vm.type_name(v)
        )));
    }
    if a.ndim() == 0 {
        return Err(PyErr::type_error("iteration over a 0-d array"));
    }
    // The items are made up front: a view with more rows than memory
    // holds gives `MemoryError` here.
    let mut items = super::alloc::vec_with_room(a.dim(0))?;
    for i in 0..a.dim(0) {
        items.push(super::index::getitem(vm, v, &a, &Value::Int(i as i64))?);
    }
    vm.get_iter(&taipan_vm::builtins::new_list(items))
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("__contains__", &args)?;
    let Some(b) = other_operand(vm, other(&args))? else {
        return Ok(Value::Bool(false));
    };
    let eq = ops::binary(Op::Eq, Operand::Array(NdArray::clone(&a)), b)?;
    Ok(Value::Bool(eq.to_vec::<bool>()?.into_iter().any(|x| x)))
}

/// The single element of a size-1 array, for conversions to Python.
fn only_element(a: &NdArray) -> PyResult<Scalar> {
    if a.size() != 1 {
        return Err(PyErr::type_error(
            "only length-1 arrays can be converted to Python scalars",
        ));
    }
    let data = a.buf.read();
    let mut s = Scalar::Int(0);
    a.for_each_offset(|o| s = data.get(o));
    Ok(s)
}

fn truth(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this_live("__bool__", &args)?;
    match a.size() {
        1 => Ok(Value::Bool(only_element(a)?.as_bool())),
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

fn to_int(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this_live("__int__", &args)?;
    match only_element(a)? {
        Scalar::Float(f) => {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::overflow("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.2e18 {
                Ok(Value::Int(t as i64))
            } else {
                Ok(taipan_vm::objects::int::int_value(
                    num_bigint::BigInt::from(t as i128),
                ))
            }
        }
        Scalar::Bool(b) => Ok(Value::Int(b as i64)),
        s => Ok(to_python(s)),
    }
}

fn to_float(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this_live("__float__", &args)?;
    Ok(Value::Float(only_element(a)?.as_f64()))
}

fn index(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this_live("__index__", &args)?;
    if a.ndim() != 0 || !matches!(a.dtype.kind(), Kind::Int | Kind::UInt) {
        return Err(PyErr::type_error(
            "only integer scalar arrays can be converted to a scalar index",
        ));
    }
    Ok(to_python(a.first()))
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("__hash__", &args)?;
    if !a.scalar {
        return Err(PyErr::type_error("unhashable type: 'numpy.ndarray'"));
    }
    let h = vm.hash(&to_python(a.first()))?;
    Ok(Value::Int(h))
}

/// `repr(a)` or `str(a)`; an array (not a scalar) goes through
/// `numpy._extras._formatted` while a print `formatter` is set.
fn text_of(vm: &mut Vm, args: Args<'_>, repr: bool) -> PyResult<Value> {
    let (v, a) = this_live(if repr { "__repr__" } else { "__str__" }, &args)?;
    if !a.scalar && super::text::options().formatter {
        let pos = [v.clone(), Value::Bool(repr)];
        let args = Args { pos: &pos, kw: &[] };
        return super::module_functions::python_method(vm, args, "_formatted");
    }
    let text = if repr {
        super::text::repr(a)?
    } else {
        super::text::str(a)?
    };
    Ok(str_value(text))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    text_of(vm, args, true)
}

fn str_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    text_of(vm, args, false)
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("__format__", &args)?;
    let spec = match other(&args).kind() {
        Some(taipan_vm::object::ObjKind::Str(s)) => s.as_str().to_string(),
        _ => return Err(PyErr::type_error("format spec must be a str")),
    };
    if a.scalar || a.ndim() == 0 {
        // NumPy formats a scalar as the Python number it converts to, and
        // a 0-d array as its element (`f"{np.array(0.5):.2f}"`).
        let v = to_python(a.first());
        return Ok(str_value(vm.format(&v, &spec)?));
    }
    if spec.is_empty() {
        return text_of(vm, args, false);
    }
    Err(PyErr::type_error(
        "unsupported format string passed to numpy.ndarray.__format__",
    ))
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("__round__", &args)?;
    let decimals = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_of(v)?),
    };
    let r = super::ufunc::round_array(&a, decimals.unwrap_or(0))?;
    if decimals.is_none() && a.scalar {
        // round(np.float64(x)) gives a Python int, like round(float).
        return to_int(vm, Args::positional(&[r.into_value()]));
    }
    Ok(r.into_value())
}

/// The protocol methods, for the class tables.
pub const DUNDERS: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__iadd__", iadd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__isub__", isub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__imul__", imul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__itruediv__", itruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__ifloordiv__", ifloordiv),
    ("__mod__", modulo),
    ("__rmod__", rmodulo),
    ("__imod__", imodulo),
    ("__pow__", power),
    ("__rpow__", rpower),
    ("__ipow__", ipower),
    ("__and__", and),
    ("__rand__", rand),
    ("__iand__", iand),
    ("__or__", or),
    ("__ror__", ror),
    ("__ior__", ior),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__ixor__", ixor),
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__ilshift__", ilshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__irshift__", irshift),
    ("__divmod__", divmod),
    ("__rdivmod__", rdivmod),
    ("__matmul__", matmul),
    ("__rmatmul__", rmatmul),
    ("__lt__", lt),
    ("__le__", le),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__invert__", invert),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__len__", len),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__bool__", truth),
    ("__int__", to_int),
    ("__float__", to_float),
    ("__index__", index),
    ("__hash__", hash),
    ("__repr__", repr),
    ("__str__", str_),
    ("__format__", format),
    ("__round__", round),
];
