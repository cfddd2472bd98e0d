//! Methods of `property`: `setter`, `getter`, `deleter` (each returns a new
//! property with one accessor replaced, as CPython's do).

use crate::builtins::args::check_positional;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::function::{Args, NativeFn};
use crate::value::Value;

/// The native methods of `property`.
pub static PROPERTY_METHODS: &[(&str, NativeFn)] =
    &[("getter", getter), ("setter", setter), ("deleter", deleter)];

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
