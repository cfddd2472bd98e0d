//! Binding by hand: the `__get__` methods of functions, `staticmethod` and
//! `classmethod` objects, and the `method` type's constructor
//! (`types.MethodType(f, obj)`), as CPython's descriptor protocol has
//! them. Attribute look-up binds without going through these; they serve
//! code that binds explicitly (`f.__get__(obj)`, `partialmethod`).

use crate::builtins::functions::is_callable;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::function::{Args, BoundMethod, NativeFn};
use crate::value::Value;

/// The native methods of `function`.
pub static FUNCTION_METHODS: &[(&str, NativeFn)] = &[("__get__", function_get)];

/// The native methods of `staticmethod`.
pub static STATICMETHOD_METHODS: &[(&str, NativeFn)] = &[("__get__", staticmethod_get)];

/// The native methods of `classmethod`.
pub static CLASSMETHOD_METHODS: &[(&str, NativeFn)] = &[("__get__", classmethod_get)];

/// A method bound to `self_value`.
fn bound(self_value: Value, func: Value) -> Value {
    Value::obj(ObjKind::BoundMethod(BoundMethod { self_value, func }))
}

/// The arguments of a `__get__` slot wrapper: the descriptor, then
/// `instance` and an optional `owner`, positional only; CPython's texts
/// for the wrong counts (with their leading space: the wrapper has no name
/// to print there).
fn get_args<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a Value, Option<&'a Value>)> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(
            "wrapper __get__() takes no keyword arguments",
        ));
    }
    match args.pos {
        [desc, instance] => Ok((desc, instance, None)),
        [desc, instance, owner] => Ok((desc, instance, Some(owner).filter(|o| !o.is_none()))),
        [] | [_] => Err(PyErr::type_error(format!(
            " expected at least 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        ))),
        _ => Err(PyErr::type_error(format!(
            " expected at most 2 arguments, got {}",
            args.pos.len() - 1
        ))),
    }
}

/// The error of `__get__(None)` with no owner.
fn none_none() -> PyErr {
    PyErr::type_error("__get__(None, None) is invalid")
}

/// `function.__get__(instance, owner=None)`: the function itself when
/// `instance` is None (looked up on a class), else a method bound to
/// `instance`.
fn function_get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (func, instance, owner) = get_args(&args)?;
    if !matches!(func.kind(), Some(ObjKind::Function(_))) {
        return Err(PyErr::type_error(
            "descriptor '__get__' requires a 'function' object",
        ));
    }
    match (instance.is_none(), owner) {
        (true, None) => Err(none_none()),
        (true, Some(_)) => Ok(func.clone()),
        (false, _) => Ok(bound(instance.clone(), func.clone())),
    }
}

/// `staticmethod.__get__(instance, owner=None)`: the wrapped callable.
fn staticmethod_get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (desc, _, _) = get_args(&args)?;
    match desc.kind() {
        Some(ObjKind::StaticMethod(f)) => Ok(f.clone()),
        _ => Err(PyErr::type_error(
            "descriptor '__get__' requires a 'staticmethod' object",
        )),
    }
}

/// `classmethod.__get__(instance, owner=None)`: the wrapped callable bound
/// to `owner`, or to the class of `instance` without one.
fn classmethod_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (desc, instance, owner) = get_args(&args)?;
    let Some(ObjKind::ClassMethod(f)) = desc.kind() else {
        return Err(PyErr::type_error(
            "descriptor '__get__' requires a 'classmethod' object",
        ));
    };
    let owner = match owner {
        Some(owner) => owner.clone(),
        None if instance.is_none() => return Err(none_none()),
        None => Value::Obj(vm.type_of(instance)),
    };
    Ok(bound(owner, f.clone()))
}

/// `method(function, instance)` (`types.MethodType`): `function` bound to
/// `instance`.
pub fn method_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("method() takes no keyword arguments"));
    }
    let [func, instance] = args.pos else {
        return Err(PyErr::type_error(format!(
            "method expected 2 arguments, got {}",
            args.pos.len()
        )));
    };
    if !is_callable(vm, func) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if instance.is_none() {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(bound(instance.clone(), func.clone()))
}
