//! The dunder methods of builtin types (`[].__len__()`, `(1).__add__(2)`,
//! `"a".__eq__("a")` …), each a thin wrapper over the interpreter's own
//! operation, so that explicit dunder calls and `super()` calls behave like
//! the operators.

use crate::builtins::args::check_positional;
use crate::compiler::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::function::{Args, NativeFn};
use crate::types::{is_subclass, types};
use crate::value::{FrozenRef, Value};

/// Dunders every builtin value type gets.
pub static COMMON_DUNDERS: &[(&str, NativeFn)] = &[
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__hash__", hash),
    ("__repr__", repr),
    ("__str__", to_str),
    ("__format__", format),
    ("__bool__", to_bool),
];

/// The text dunders of the function-like types (`function`, `method`,
/// `staticmethod`, `classmethod`), whose reprs are their own.
pub static REPR_DUNDERS: &[(&str, NativeFn)] = &[("__repr__", repr), ("__str__", to_str)];

/// The comparison dunders of `method`, whose objects compare equal when
/// they bind the same function to the same object.
pub static METHOD_DUNDERS: &[(&str, NativeFn)] =
    &[("__eq__", eq), ("__ne__", ne), ("__hash__", hash)];

/// Dunders of containers and iterables.
pub static CONTAINER_DUNDERS: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__contains__", contains),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
];

/// Concatenation and repetition of `str`, `bytes`, `bytearray`, `list`
/// and `tuple`.
pub static SEQUENCE_DUNDERS: &[(&str, NativeFn)] =
    &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)];

/// %-formatting of `str`, `bytes` and `bytearray`.
pub static TEXT_DUNDERS: &[(&str, NativeFn)] = &[("__mod__", modulo), ("__rmod__", rmod)];

/// In-place concatenation and repetition of `list` and `bytearray`.
pub static MUTABLE_SEQUENCE_DUNDERS: &[(&str, NativeFn)] =
    &[("__iadd__", iadd), ("__imul__", imul)];

/// `__reversed__` of `list` and `dict`.
pub static REVERSIBLE_DUNDERS: &[(&str, NativeFn)] = &[("__reversed__", reversed)];

/// The set algebra of `set` and `frozenset`.
pub static SET_DUNDERS: &[(&str, NativeFn)] = &[
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__sub__", sub),
    ("__rsub__", rsub),
];

/// The in-place set algebra of `set`.
pub static SET_INPLACE_DUNDERS: &[(&str, NativeFn)] = &[
    ("__iand__", iand),
    ("__ior__", ior),
    ("__ixor__", ixor),
    ("__isub__", isub),
];

/// The merge operators of `dict`.
pub static DICT_DUNDERS: &[(&str, NativeFn)] =
    &[("__or__", or), ("__ror__", ror), ("__ior__", ior)];

/// Dunders of numbers (`int`, `bool`, `float`).
pub static NUMBER_DUNDERS: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", modulo),
    ("__rmod__", rmod),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__divmod__", divmod),
    ("__rdivmod__", rdivmod),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__int__", int),
    ("__float__", float),
    ("__round__", round),
    ("__trunc__", trunc),
    ("__floor__", floor),
    ("__ceil__", ceil),
];

/// Dunders of integers only (`int`, `bool`): indexing and bit operations.
pub static INT_DUNDERS: &[(&str, NativeFn)] = &[
    ("__index__", index),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__invert__", invert),
];

/// Dunders of iterators.
pub static ITERATOR_DUNDERS: &[(&str, NativeFn)] = &[("__iter__", iter_self), ("__next__", next)];

fn two(args: &Args<'_>, name: &str) -> PyResult<(Value, Value)> {
    check_positional(name, *args, 2, 2)?;
    Ok((args.pos[0].clone(), args.pos[1].clone()))
}

fn one(args: &Args<'_>, name: &str) -> PyResult<Value> {
    check_positional(name, *args, 1, 1)?;
    Ok(args.pos[0].clone())
}

/// `this op other` as `this`'s builtin type compares (the values inside
/// instances of builtin subclasses, so a subclass's `__eq__` can call
/// `str.__eq__(self, other)`); NotImplemented for operands or orderings
/// that type does not compare.
fn compare(vm: &mut Vm, args: &Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let (a, b) = two(args, name)?;
    if !compares_with(vm, &a, &b) {
        return Ok(not_implemented());
    }
    match vm.compare(op, a.data(), b.data()) {
        Err(e) if e.matches(types().type_error) => Ok(not_implemented()),
        other => other,
    }
}

macro_rules! compare_fns {
    ($($name:ident => $op:expr),*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            compare(vm, &args, concat!("__", stringify!($name), "__"), $op)
        })*
    };
}

compare_fns!(eq => CmpOp::Eq, ne => CmpOp::Ne, lt => CmpOp::Lt, le => CmpOp::Le, gt => CmpOp::Gt, ge => CmpOp::Ge);

/// Whether a builtin type's binary dunder computes with `other` itself:
/// int's take ints, float's take ints and floats (anything else gets
/// NotImplemented, as from CPython's number slots); the other types take
/// whatever their builtin operation combines.
fn takes(vm: &Vm, this: &Value, other: &Value) -> bool {
    let t = types();
    if is_one_of(vm, this, &[t.int]) {
        is_one_of(vm, other, &[t.int])
    } else if is_one_of(vm, this, &[t.float]) {
        is_one_of(vm, other, &[t.int, t.float])
    } else {
        true
    }
}

/// Whether `v` is an instance of one of `classes` (or of a subclass).
fn is_one_of(vm: &Vm, v: &Value, classes: &[FrozenRef]) -> bool {
    let class = vm.type_of(v);
    classes.iter().any(|c| is_subclass(&class, &c.to_ref()))
}

/// `this op other` (or `other op this`, reflected) as `this`'s builtin
/// type computes it; NotImplemented where that type does not.
fn binary(vm: &mut Vm, args: &Args<'_>, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (a, b) = two(args, name)?;
    if !takes(vm, &a, &b) {
        return Ok(not_implemented());
    }
    let (x, y) = if reflected { (&b, &a) } else { (&a, &b) };
    match vm.builtin_binary_only(op, x, y)? {
        Some(v) => Ok(v),
        // A sequence repeats by anything with __index__, and the wrong
        // operand raises CPython's TypeError rather than answering
        // NotImplemented, as it does when concatenating.
        None if op == BinOp::Mul && is_sequence(vm, &a) => {
            let n = Value::Int(vm.index_of(&b)?);
            let r = vm.builtin_binary_only(op, &a, &n)?;
            Ok(r.unwrap_or_else(not_implemented))
        }
        None if op == BinOp::Add && is_sequence(vm, &a) => vm.binary_op(op, x.data(), y.data()),
        None => Ok(not_implemented()),
    }
}

/// Whether `v` is a builtin sequence (or an instance of a subclass of one).
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    let t = types();
    is_one_of(vm, v, &[t.str_, t.bytes, t.bytearray, t.list, t.tuple])
}

/// Whether a builtin type's comparison dunder compares with `other`
/// itself (else NotImplemented, as CPython's): numbers with numbers (see
/// [`takes`]), and each container type with its own kind.
fn compares_with(vm: &Vm, this: &Value, other: &Value) -> bool {
    let t = types();
    let kinds: &[&[FrozenRef]] = &[
        &[t.str_],
        &[t.bytes, t.bytearray],
        &[t.list],
        &[t.tuple],
        &[t.set, t.frozenset],
        &[t.dict],
    ];
    for kind in kinds {
        if is_one_of(vm, this, kind) {
            return is_one_of(vm, other, kind);
        }
    }
    takes(vm, this, other)
}

/// CPython's `NotImplemented`.
fn not_implemented() -> Value {
    crate::builtins::constant_singleton(0)
}

macro_rules! binary_fns {
    ($($name:ident => $op:expr, $reflected:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            binary(vm, &args, concat!("__", stringify!($name), "__"), $op, $reflected)
        })*
    };
}

binary_fns! {
    add => BinOp::Add, false; radd => BinOp::Add, true;
    sub => BinOp::Sub, false; rsub => BinOp::Sub, true;
    mul => BinOp::Mul, false; rmul => BinOp::Mul, true;
    truediv => BinOp::TrueDiv, false; rtruediv => BinOp::TrueDiv, true;
    floordiv => BinOp::FloorDiv, false; rfloordiv => BinOp::FloorDiv, true;
    modulo => BinOp::Mod, false; rmod => BinOp::Mod, true;
    pow => BinOp::Pow, false; rpow => BinOp::Pow, true;
    and => BinOp::And, false; rand => BinOp::And, true;
    or => BinOp::Or, false; ror => BinOp::Or, true;
    xor => BinOp::Xor, false; rxor => BinOp::Xor, true;
    lshift => BinOp::LShift, false; rlshift => BinOp::LShift, true;
    rshift => BinOp::RShift, false; rrshift => BinOp::RShift, true;
}

/// An in-place dunder (`list.__iadd__`, `set.__ior__` …): `this op= other`
/// in place. The set operators take only sets (else NotImplemented).
fn inplace(vm: &mut Vm, args: &Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    let (a, b) = two(args, name)?;
    let sets = [types().set, types().frozenset];
    if is_one_of(vm, &a, &sets) && !is_one_of(vm, &b, &sets) {
        return Ok(not_implemented());
    }
    vm.inplace_op(op, a, &b)
}

macro_rules! inplace_fns {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            inplace(vm, &args, concat!("__", stringify!($name), "__"), $op)
        })*
    };
}

inplace_fns! {
    iadd => BinOp::Add; imul => BinOp::Mul; iand => BinOp::And; ior => BinOp::Or;
    ixor => BinOp::Xor; isub => BinOp::Sub;
}

/// `int.__divmod__` / `float.__divmod__` (and reflected): `divmod()` of
/// the two numbers, NotImplemented for other operands.
fn divmod_of(vm: &mut Vm, args: &Args<'_>, name: &str, reflected: bool) -> PyResult<Value> {
    let (a, b) = two(args, name)?;
    if !takes(vm, &a, &b) {
        return Ok(not_implemented());
    }
    let (x, y) = (a.data().clone(), b.data().clone());
    let pair = if reflected { [y, x] } else { [x, y] };
    crate::builtins::functions::divmod(
        vm,
        Args {
            pos: &pair,
            kw: &[],
        },
    )
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    divmod_of(vm, &args, "__divmod__", false)
}

fn rdivmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    divmod_of(vm, &args, "__rdivmod__", true)
}

/// `int.__round__(ndigits=None)` / `float.__round__`: `round()` of the
/// number itself.
fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("__round__", args, 1, 2)?;
    let mut pos = args.pos.to_vec();
    pos[0] = pos[0].data().clone();
    crate::builtins::functions::round(vm, Args { pos: &pos, kw: &[] })
}

/// `__trunc__`, `__floor__` and `__ceil__` of numbers: the int they round
/// to (an int itself for ints; OverflowError/ValueError for infinities and
/// NaN, from `int()`).
fn to_int_by(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let a = one(args, name)?;
    let x = match a.data() {
        Value::Float(x) => Value::Float(f(*x)),
        other => other.clone(),
    };
    let int_class = Value::Obj(types().int.to_ref());
    vm.call(&int_class, &[x], &[])
}

fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    to_int_by(vm, &args, "__trunc__", f64::trunc)
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    to_int_by(vm, &args, "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    to_int_by(vm, &args, "__ceil__", f64::ceil)
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__hash__")?;
    vm.hash(&a).map(Value::Int)
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__repr__")?;
    vm.repr(&a).map(str_value)
}

fn to_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__str__")?;
    vm.to_str(&a).map(str_value)
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, spec) = two(&args, "__format__")?;
    let spec = vm.to_str(&spec)?;
    vm.format(&a, &spec).map(str_value)
}

fn to_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__bool__")?;
    vm.truthy(&a).map(Value::Bool)
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__len__")?;
    vm.len(&a).map(|n| Value::Int(n as i64))
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two(&args, "__contains__")?;
    vm.contains(&a, &b).map(Value::Bool)
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two(&args, "__getitem__")?;
    vm.getitem(&a, &b)
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("__setitem__", args, 3, 3)?;
    vm.setitem(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two(&args, "__delitem__")?;
    vm.delitem(&a, &b)?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__iter__")?;
    vm.get_iter(&a)
}

fn iter_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    one(&args, "__iter__")
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__next__")?;
    match vm.next(&a)? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(None)),
    }
}

fn neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__neg__")?;
    vm.unary_op(UnaryOp::Neg, a.data())
}

fn pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__pos__")?;
    vm.unary_op(UnaryOp::Pos, a.data())
}

fn invert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__invert__")?;
    vm.unary_op(UnaryOp::Invert, a.data())
}

/// `list.__reversed__` / `dict.__reversed__`: `reversed()` of the value.
fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__reversed__")?;
    let reversed_class = Value::Obj(
        types()
            .iterator_class("reversed")
            .ok_or_else(|| PyErr::type_error("reversed is not available"))?
            .to_ref(),
    );
    vm.call(&reversed_class, &[a], &[])
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__abs__")?.data().clone();
    let zero = Value::Int(0);
    let negative = vm.compare(CmpOp::Lt, &a, &zero)?;
    if vm.truthy(&negative)? {
        vm.unary_op(crate::compiler::bytecode::UnaryOp::Neg, &a)
    } else {
        Ok(a)
    }
}

fn int(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__int__")?;
    let int_class = Value::Obj(crate::types::types().int.to_ref());
    vm.call(&int_class, &[a], &[])
}

fn float(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__float__")?;
    let float_class = Value::Obj(crate::types::types().float.to_ref());
    vm.call(&float_class, &[a], &[])
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__index__")?;
    vm.index_of(&a).map(Value::Int)
}

/// `list.__init__(iterable=())`: refills a list (used by subclasses).
pub static LIST_INIT: &[(&str, NativeFn)] = &[("__init__", list_init)];
/// `dict.__init__(mapping_or_pairs=(), **kw)`.
pub static DICT_INIT: &[(&str, NativeFn)] = &[("__init__", dict_init)];
/// `set.__init__(iterable=())`.
pub static SET_INIT: &[(&str, NativeFn)] = &[("__init__", set_init)];
/// `bytearray.__init__(source=b'', encoding=None, errors=None)`.
pub static BYTEARRAY_INIT: &[(&str, NativeFn)] = &[("__init__", bytearray_init)];

fn bytearray_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, rest)) = args.pos.split_first() else {
        return Err(PyErr::type_error("bytearray.__init__ needs self"));
    };
    let rest = Args {
        pos: rest,
        kw: args.kw,
    };
    let data = crate::builtins::constructors::bytes_payload(vm, "bytearray", rest)?;
    if let Some(crate::object::ObjKind::ByteArray(cell)) = this.kind() {
        let o = this.as_obj().expect("bytearray is an object");
        let mut buf = o
            .get()
            .write(cell)
            .map_err(|e| PyErr::from_write(e, "bytearray"))?;
        // CPython empties the bytearray first: refused while it has views.
        crate::objects::memoryview::resize_guarded(o.addr(), &mut buf, |buf| {
            buf.clear();
            Ok(())
        })?;
        *buf = data;
    }
    Ok(Value::None)
}

fn list_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(
        "list",
        Args {
            pos: args.pos,
            kw: &[],
        },
        1,
        2,
    )?;
    let items = match args.pos.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    if let Some(crate::object::ObjKind::List(cell)) = args.pos[0].kind() {
        let o = args.pos[0].as_obj().expect("list is an object");
        *o.get()
            .write(cell)
            .map_err(|e| PyErr::from_write(e, "list"))? = items;
    }
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(
        "dict",
        Args {
            pos: args.pos,
            kw: &[],
        },
        1,
        2,
    )?;
    let d = args.pos[0].clone();
    if let Some(src) = args.pos.get(1) {
        vm.dict_update_from(&d, src, None)?;
    }
    for (k, v) in args.kw {
        vm.dict_set(&d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(
        "set",
        Args {
            pos: args.pos,
            kw: &[],
        },
        1,
        2,
    )?;
    let s = args.pos[0].clone();
    if let Some(src) = args.pos.get(1) {
        for item in vm.collect(src)? {
            vm.set_add(&s, item)?;
        }
    }
    Ok(Value::None)
}
