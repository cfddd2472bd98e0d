//! The dunder methods of builtin types (`[].__len__()`, `(1).__add__(2)`,
//! `"a".__eq__("a")` …), each a thin wrapper over the interpreter's own
//! operation, so that explicit dunder calls and `super()` calls behave like
//! the operators.

use crate::builtins::args::check_positional;
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::function::{Args, NativeFn};
use crate::value::Value;

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
    ("__add__", add),
    ("__mul__", mul),
];

/// Dunders of numbers.
pub static NUMBER_DUNDERS: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__floordiv__", floordiv),
    ("__mod__", modulo),
    ("__pow__", pow),
    ("__neg__", neg),
    ("__abs__", abs),
    ("__int__", int),
    ("__float__", float),
    ("__index__", index),
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

macro_rules! compare_fns {
    ($($name:ident => $op:expr),*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (a, b) = two(&args, stringify!($name))?;
            vm.compare($op, &a, &b)
        })*
    };
}

compare_fns!(eq => CmpOp::Eq, ne => CmpOp::Ne, lt => CmpOp::Lt, le => CmpOp::Le, gt => CmpOp::Gt, ge => CmpOp::Ge);

macro_rules! binary_fns {
    ($($name:ident => $op:expr, $swap:expr);*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (a, b) = two(&args, stringify!($name))?;
            let r = if $swap { vm.binary_op($op, &b, &a) } else { vm.binary_op($op, &a, &b) };
            match r {
                Err(e) if e.matches(crate::types::types().type_error) => Ok(crate::builtins::constant_singleton(0)),
                other => other,
            }
        })*
    };
}

binary_fns!(add => BinOp::Add, false; radd => BinOp::Add, true; sub => BinOp::Sub, false;
    rsub => BinOp::Sub, true; mul => BinOp::Mul, false; rmul => BinOp::Mul, true;
    truediv => BinOp::TrueDiv, false; floordiv => BinOp::FloorDiv, false;
    modulo => BinOp::Mod, false; pow => BinOp::Pow, false);

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
    vm.unary_op(crate::compiler::bytecode::UnaryOp::Neg, &a)
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one(&args, "__abs__")?;
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
