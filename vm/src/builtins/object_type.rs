//! Methods of `object`: the defaults every class inherits, reachable
//! explicitly (`object.__setattr__(self, n, v)`, `super().__init__()`).
//! The interpreter's own protocol lookups skip these (see
//! `interp::attr::class_lookup_user`), so a class that defines nothing
//! gets the built-in behaviour directly.

use crate::builtins::args::self_arg;
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::attr::class_lookup_user;
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::class::Layout;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::hash_text;
use crate::value::Value;

/// The native methods of `object`.
pub static OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", object_new),
    ("__init__", object_init),
    ("__setattr__", object_setattr),
    ("__getattribute__", object_getattribute),
    ("__delattr__", object_delattr),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__format__", object_format),
    ("__init_subclass__", object_init_subclass),
];

fn name_arg(vm: &Vm, args: &Args<'_>, func: &str) -> PyResult<crate::value::ObjRef> {
    match args.pos.get(1).map(Value::data) {
        Some(Value::Obj(o)) if matches!(o.kind(), ObjKind::Str(_)) => Ok(o.clone()),
        Some(v) => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
        None => Err(PyErr::type_error(format!("{func}() takes a name"))),
    }
}

/// `object.__new__(cls, *args)` (also what `tuple.__new__(cls, it)` and
/// `super().__new__(cls, ...)` reach): a new instance of `cls` without
/// running `__init__`; for a subclass of an immutable builtin type, the
/// builtin value is built from the arguments.
fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first() else {
        return Err(PyErr::type_error("object.__new__(): not enough arguments"));
    };
    if !matches!(cls.kind(), ObjKind::Class(_)) {
        return Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(&args.pos[0])
        )));
    }
    if args.pos.len() > 1 || !args.kw.is_empty() {
        check_excess_args(cls)?;
    }
    vm.new_instance(cls, &args.pos[1..], args.kw)
}

/// CPython's checks on arguments `object.__new__(cls, …)` gets beyond the
/// class, for a plain class: they are an error unless the class defines
/// `__init__` (which takes them) and not its own `__new__` (which should
/// not have passed them on).
fn check_excess_args(cls: &crate::value::ObjRef) -> PyResult<()> {
    let ObjKind::Class(c) = cls.kind() else {
        return Ok(());
    };
    if c.layout != Layout::Object || crate::interp::call::builtin_base(cls).is_some() {
        return Ok(());
    }
    let defines = |name: &str| class_lookup_user(cls, name, hash_text(name)).is_some();
    if defines("__new__") {
        return Err(PyErr::type_error(
            "object.__new__() takes exactly one argument (the type to instantiate)",
        ));
    }
    if !defines("__init__") {
        return Err(PyErr::type_error(format!(
            "{}() takes no arguments",
            c.name
        )));
    }
    Ok(())
}

/// `object.__init__(self, …)`: arguments beyond `self` are CPython's
/// error unless the class defines its own `__new__` (which took them) and
/// not its own `__init__` (which should not have passed them on).
fn object_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__init__", &args)?;
    if args.pos.len() == 1 && args.kw.is_empty() {
        return Ok(Value::None);
    }
    let cls = vm.type_of(this);
    let ObjKind::Class(c) = cls.kind() else {
        return Ok(Value::None);
    };
    if c.layout != Layout::Object || crate::interp::call::builtin_base(&cls).is_some() {
        return Ok(Value::None);
    }
    let defines = |name: &str| class_lookup_user(&cls, name, hash_text(name)).is_some();
    let owner = if defines("__init__") {
        "object"
    } else if !defines("__new__") {
        c.name.as_str()
    } else {
        return Ok(Value::None);
    };
    Err(PyErr::type_error(format!(
        "{owner}.__init__() takes exactly one argument (the instance to initialize)"
    )))
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__setattr__", &args)?.clone();
    let name = name_arg(vm, &args, "__setattr__")?;
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    vm.setattr_raw(&this, &name, value)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__getattribute__", &args)?.clone();
    let name = name_arg(vm, &args, "__getattribute__")?;
    vm.generic_getattr(&this, &name)
}

fn object_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__delattr__", &args)?.clone();
    let name = name_arg(vm, &args, "__delattr__")?;
    vm.delattr_raw(&this, &name)?;
    Ok(Value::None)
}

fn object_eq(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match (args.pos.first(), args.pos.get(1)) {
        (Some(a), Some(b)) if a.is(b) => Ok(Value::Bool(true)),
        _ => Ok(crate::builtins::constant_singleton(0)),
    }
}

fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match (args.pos.first(), args.pos.get(1)) {
        (Some(a), Some(b)) => {
            let eq = vm.compare(crate::compiler::bytecode::CmpOp::Eq, a, b)?;
            Ok(Value::Bool(!vm.truthy(&eq)?))
        }
        _ => Ok(crate::builtins::constant_singleton(0)),
    }
}

fn object_hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__hash__", &args)?;
    Ok(Value::Int(match this {
        Value::Obj(o) => crate::hash::hash_identity(o.addr()),
        _ => 0,
    }))
}

fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__repr__", &args)?;
    Ok(str_value(vm.default_repr(this)))
}

fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__str__", &args)?.clone();
    Ok(str_value(vm.repr(&this)?))
}

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__format__", &args)?.clone();
    let spec = match args.pos.get(1).and_then(|v| v.kind()) {
        Some(ObjKind::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&this)
        )));
    }
    Ok(str_value(vm.to_str(&this)?))
}

fn object_init_subclass(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = match args.pos.first().and_then(|c| c.kind()) {
        Some(ObjKind::Class(c)) => c.name.as_str(),
        _ => "object",
    };
    no_subclass_keywords(name, args.kw)?;
    Ok(Value::None)
}

/// `object.__init_subclass__` of the new class `name` takes no keywords.
pub(crate) fn no_subclass_keywords(name: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )))
    }
}
