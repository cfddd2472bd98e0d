//! Methods of `property`: `setter`, `getter`, `deleter` (each returns a new
//! property with one accessor replaced, as CPython's do), and the
//! descriptor protocol `__get__`, `__set__` and `__delete__` for code that
//! calls a property's accessors through it.

use crate::builtins::args::check_positional;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::function::{Args, NativeFn};
use crate::value::Value;

/// The native methods of `property`.
pub static PROPERTY_METHODS: &[(&str, NativeFn)] = &[
    ("getter", getter),
    ("setter", setter),
    ("deleter", deleter),
    ("__get__", get),
    ("__set__", set),
    ("__delete__", delete),
];

/// The accessors of the property `v` (the `self` of `method`).
fn parts<'a>(v: &'a Value, method: &str) -> PyResult<&'a [Value; 4]> {
    match v.kind() {
        Some(ObjKind::Property(parts)) => Ok(parts),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'property' object"
        ))),
    }
}

/// Accessor `which` (0 get, 1 set, 2 delete) of the property `prop`, or
/// CPython's AttributeError naming what is missing.
fn accessor(
    vm: &mut Vm,
    prop: &Value,
    parts: &[Value; 4],
    which: usize,
    obj: &Value,
) -> PyResult<Value> {
    if !parts[which].is_none() {
        return Ok(parts[which].clone());
    }
    let kind = ["getter", "setter", "deleter"][which];
    let owner = vm.type_name(obj);
    Err(PyErr::attribute_error(match name_in_class(vm, prop, obj) {
        Some(name) => format!("property '{name}' of '{owner}' object has no {kind}"),
        None => format!("property of '{owner}' object has no {kind}"),
    }))
}

/// The name `prop` has in the class of `obj` (or a base), which CPython
/// keeps from `__set_name__`; None when no class dict holds it.
fn name_in_class(vm: &Vm, prop: &Value, obj: &Value) -> Option<String> {
    let class = vm.type_of(obj);
    let ObjKind::Class(c) = class.kind() else {
        return None;
    };
    // `mro` leaves the class itself out.
    std::iter::once(&class).chain(&c.mro).find_map(|k| {
        let ObjKind::Class(kc) = k.kind() else {
            return None;
        };
        let d = k.get().read(&kc.dict);
        let name = d
            .iter()
            .find(|e| e.value.is(prop))
            .and_then(|e| match e.key.kind() {
                Some(ObjKind::Str(s)) => Some(s.as_str().to_string()),
                _ => None,
            });
        name
    })
}

/// `prop.__get__(obj, type=None)`: the getter's value for obj; the
/// property itself when obj is None (read from the class).
fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("__get__", args, 2, 3)?;
    let p = parts(&args.pos[0], "__get__")?;
    let obj = &args.pos[1];
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    let f = accessor(vm, &args.pos[0], p, 0, obj)?;
    vm.call(&f, std::slice::from_ref(obj), &[])
}

/// `prop.__set__(obj, value)`: calls the setter.
fn set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("__set__", args, 3, 3)?;
    let p = parts(&args.pos[0], "__set__")?;
    let f = accessor(vm, &args.pos[0], p, 1, &args.pos[1])?;
    vm.call(&f, &[args.pos[1].clone(), args.pos[2].clone()], &[])?;
    Ok(Value::None)
}

/// `prop.__delete__(obj)`: calls the deleter.
fn delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("__delete__", args, 2, 2)?;
    let p = parts(&args.pos[0], "__delete__")?;
    let f = accessor(vm, &args.pos[0], p, 2, &args.pos[1])?;
    vm.call(&f, std::slice::from_ref(&args.pos[1]), &[])?;
    Ok(Value::None)
}

fn replace(args: Args<'_>, which: usize, name: &str) -> PyResult<Value> {
    check_positional(name, args, 2, 2)?;
    let Some(ObjKind::Property(parts)) = args.pos[0].kind() else {
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'property' object"
        )));
    };
    let mut parts = parts.clone();
    parts[which] = args.pos[1].clone();
    Ok(Value::obj(ObjKind::Property(parts)))
}

fn getter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    replace(args, 0, "getter")
}

fn setter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    replace(args, 1, "setter")
}

fn deleter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    replace(args, 2, "deleter")
}
