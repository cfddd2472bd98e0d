//! Methods of generators and slices.

use crate::builtins::args::{check_positional, self_arg};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::function::{Args, NativeFn};
use crate::types::types;
use crate::value::Value;

/// The native methods of generators.
pub static GENERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__next__", gen_next),
    ("__iter__", iter_self),
];

/// The native methods of `slice`.
pub static SLICE_METHODS: &[(&str, NativeFn)] = &[("indices", slice_indices)];

fn gen_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("send", args, 2, 2)?;
    match vm.resume_generator(&args.pos[0], args.pos[1].clone())? {
        Ok(v) => Ok(v),
        Err(v) => Err(PyErr::stop_iteration(
            if matches!(v, Value::Unbound | Value::None) {
                None
            } else {
                Some(v)
            },
        )),
    }
}

fn gen_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_arg("__next__", &args)?;
    match vm.resume_generator(g, Value::None)? {
        Ok(v) => Ok(v),
        Err(v) => Err(PyErr::stop_iteration(
            if matches!(v, Value::Unbound | Value::None) {
                None
            } else {
                Some(v)
            },
        )),
    }
}

/// `__iter__` of generators: the generator itself.
fn iter_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(self_arg("__iter__", &args)?.clone())
}

fn gen_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("throw", args, 2, 4)?;
    let exc = thrown_exception(vm, &args.pos[1], args.pos.get(2))?;
    match vm.resume_generator_with(&args.pos[0], Err(PyErr { exc }))? {
        Ok(v) => Ok(v),
        Err(v) => Err(PyErr::stop_iteration(
            if matches!(v, Value::Unbound | Value::None) {
                None
            } else {
                Some(v)
            },
        )),
    }
}

/// The exception `gen.throw(typ, val)` raises in the generator: an
/// instance `typ` as it is; for a class, `val` when it is already an
/// instance of it, else the class called with `val` (a tuple: its items;
/// None: nothing) as its arguments.
fn thrown_exception(vm: &mut Vm, typ: &Value, val: Option<&Value>) -> PyResult<Value> {
    let val = val.filter(|v| !v.is_none());
    let not_exception = |vm: &Vm| {
        PyErr::type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        ))
    };
    let Some(ObjKind::Class(_)) = typ.kind() else {
        if !matches!(typ.kind(), Some(ObjKind::Instance(i)) if i.exc.is_some()) {
            return Err(not_exception(vm));
        }
        if val.is_some() {
            return Err(PyErr::type_error(
                "instance exception may not have a separate value",
            ));
        }
        return Ok(typ.clone());
    };
    let class = typ.as_obj().expect("class is an object");
    if !crate::types::is_subclass(class, &types().base_exception.to_ref()) {
        return Err(not_exception(vm));
    }
    let args = match val {
        None => Vec::new(),
        Some(v) if crate::types::is_subclass(&vm.type_of(v), class) => return Ok(v.clone()),
        Some(v) => match v.kind() {
            Some(ObjKind::Tuple(items)) => items.to_vec(),
            _ => vec![v.clone()],
        },
    };
    let exc = vm.call(typ, &args, &[])?;
    vm.exception_instance(exc)
}

fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = self_arg("close", &args)?;
    vm.close_generator(g)?;
    Ok(Value::None)
}

fn slice_indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("indices", args, 2, 2)?;
    let Some(ObjKind::Slice(parts)) = args.pos[0].kind() else {
        return Err(PyErr::type_error("indices() needs a slice"));
    };
    let len = vm.index_of(&args.pos[1])?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let parts = parts.clone();
    let idx = vm.slice_indices(&parts, len as usize)?;
    Ok(crate::builtins::new_tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ]))
}
