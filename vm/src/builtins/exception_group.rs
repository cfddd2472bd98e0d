//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): the constructor's
//! checks, `message`, `exceptions`, `str()`, `derive`, `split` and
//! `subgroup`. Catching one needs only a plain `except`; `except*` stays
//! outside taipan's subset. How an uncaught group prints is in
//! `interp::unwind`.

use crate::builtins::args::self_arg;
use crate::error::{exc_state, new_exception, str_value, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::hash_text;
use crate::types::{is_subclass, types};
use crate::value::{ObjRef, Value};

/// The native methods of `BaseExceptionGroup` (and so of `ExceptionGroup`).
pub static EXCEPTION_GROUP_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", group_new),
    ("__str__", group_str),
    ("derive", group_derive),
    ("split", group_split),
    ("subgroup", group_subgroup),
];

/// `BaseExceptionGroup(message, exceptions)`: checks the arguments as
/// CPython does, and a `BaseExceptionGroup` of only `Exception`s becomes
/// an `ExceptionGroup`.
fn group_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(PyErr::type_error(
            "BaseExceptionGroup.__new__(): not enough arguments",
        ));
    };
    let class_name = match cls.kind() {
        ObjKind::Class(c) => c.name.clone(),
        _ => {
            return Err(PyErr::type_error(
                "BaseExceptionGroup.__new__(X): X is not a type object",
            ))
        }
    };
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{class_name}() takes no keyword arguments"
        )));
    }
    let [message, given] = &args.pos[1..] else {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    };
    if !matches!(message.kind(), Some(ObjKind::Str(_))) {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(message)
        )));
    }
    let excs = sequence_items(vm, given)?;
    let cls = group_class(&cls, &class_name, &excs)?;
    let group = new_exception(&cls, vec![message.clone(), given.clone()]);
    if let Some(ObjKind::Instance(inst)) = group.kind() {
        if let Ok(mut d) = inst.attrs_mut() {
            for (name, v) in [
                ("message", message.clone()),
                ("exceptions", crate::builtins::new_tuple(excs)),
            ] {
                d.set_str(str_value(name), name, hash_text(name), v);
            }
        }
    }
    Ok(group)
}

/// The exceptions of a group's second argument: a non-empty sequence of
/// exception instances.
fn sequence_items(vm: &mut Vm, given: &Value) -> PyResult<Vec<Value>> {
    let is_sequence = match given.kind() {
        Some(ObjKind::List(_) | ObjKind::Tuple(_)) => true,
        Some(ObjKind::Dict(_) | ObjKind::Set(_) | ObjKind::FrozenSet(_)) | None => false,
        Some(_) => vm.lookup_type_attr(given, "__getitem__").is_some(),
    };
    if !is_sequence {
        return Err(PyErr::type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = vm.collect(given)?;
    if items.is_empty() {
        return Err(PyErr::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    if let Some(i) = items.iter().position(|e| !is_exception(vm, e)) {
        return Err(PyErr::value_error(format!(
            "Item {i} of second argument (exceptions) is not an exception"
        )));
    }
    Ok(items)
}

fn is_exception(vm: &Vm, v: &Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Instance(i)) if i.exc.is_some())
        && is_subclass(&vm.type_of(v), &types().base_exception.to_ref())
}

/// The class a new group gets: `BaseExceptionGroup` of `Exception`s
/// only is an `ExceptionGroup`; a group class that is an `Exception`
/// cannot hold other `BaseException`s.
fn group_class(cls: &ObjRef, name: &str, excs: &[Value]) -> PyResult<ObjRef> {
    let t = types();
    let exception = t.exception.to_ref();
    let all_exceptions = excs.iter().all(|e| match e.kind() {
        Some(ObjKind::Instance(i)) => is_subclass(&i.class, &exception),
        _ => false,
    });
    if cls.ptr_eq(&t.base_exception_group.to_ref()) {
        return Ok(if all_exceptions {
            t.exception_group.to_ref()
        } else {
            cls.clone()
        });
    }
    if !all_exceptions && is_subclass(cls, &exception) {
        let msg = if cls.ptr_eq(&t.exception_group.to_ref()) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{name}'")
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(cls.clone())
}

/// The sub-exceptions of `exc` when it is an exception group.
pub(crate) fn group_exceptions(vm: &mut Vm, exc: &Value) -> Option<Vec<Value>> {
    if !is_subclass(&vm.type_of(exc), &types().base_exception_group.to_ref()) {
        return None;
    }
    let excs = vm.getattr_str(exc, "exceptions").ok()?;
    match excs.kind() {
        Some(ObjKind::Tuple(items)) => Some(items.to_vec()),
        _ => None,
    }
}

/// `str(group)`: `message (2 sub-exceptions)`.
fn group_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__str__", &args)?;
    let message = vm.getattr_str(this, "message")?;
    let message = vm.to_str(&message)?;
    let count = group_exceptions(vm, this).map_or(0, |e| e.len());
    let plural = if count == 1 { "" } else { "s" };
    Ok(str_value(format!(
        "{message} ({count} sub-exception{plural})"
    )))
}

/// `group.derive(excs)`: a group with the same message and other
/// exceptions (what `split` and `subgroup` build their parts with).
fn group_derive(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("derive", &args)?.clone();
    crate::builtins::args::check_positional("derive", args, 2, 2)?;
    let message = vm.getattr_str(&this, "message")?;
    let class = Value::Obj(types().base_exception_group.to_ref());
    vm.call(&class, &[message, args.pos[1].clone()], &[])
}

/// What `split` and `subgroup` test each exception with.
enum Condition {
    /// An exception class or a tuple of them, as in `except`.
    Classes(Value),
    /// A function of the exception.
    Predicate(Value),
}

impl Condition {
    fn new(vm: &Vm, v: &Value) -> PyResult<Condition> {
        let base = types().base_exception.to_ref();
        let is_exc_class = |v: &Value| {
            v.as_obj()
                .is_some_and(|c| matches!(c.kind(), ObjKind::Class(_)) && is_subclass(c, &base))
        };
        match v.kind() {
            Some(ObjKind::Class(_)) if is_exc_class(v) => Ok(Condition::Classes(v.clone())),
            Some(ObjKind::Tuple(items)) if items.iter().all(is_exc_class) => {
                Ok(Condition::Classes(v.clone()))
            }
            Some(ObjKind::Class(_)) => Err(condition_error()),
            _ if crate::builtins::functions::is_callable(vm, v) => {
                Ok(Condition::Predicate(v.clone()))
            }
            _ => Err(condition_error()),
        }
    }

    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Condition::Classes(c) => vm.exception_matches(exc, c),
            Condition::Predicate(f) => {
                let result = vm.call(f, std::slice::from_ref(exc), &[])?;
                vm.truthy(&result)
            }
        }
    }
}

fn condition_error() -> PyErr {
    PyErr::type_error("expected a function, exception type or tuple of exception types")
}

/// `group.split(condition)`: `(match, rest)`, the groups (or None) of the
/// exceptions that do and do not match, nesting kept.
fn group_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("split", &args)?.clone();
    crate::builtins::args::check_positional("split", args, 2, 2)?;
    let condition = Condition::new(vm, &args.pos[1])?;
    let (matched, rest) = split(vm, &this, &condition)?;
    Ok(crate::builtins::new_tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

/// `group.subgroup(condition)`: the group (or None) of the exceptions
/// that match, nesting kept.
fn group_subgroup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("subgroup", &args)?.clone();
    crate::builtins::args::check_positional("subgroup", args, 2, 2)?;
    let condition = Condition::new(vm, &args.pos[1])?;
    Ok(split(vm, &this, &condition)?.0.unwrap_or(Value::None))
}

/// Splits `exc` (a group or a leaf) into the parts that do and do not
/// match: a group that matches as a whole goes to the match unchanged.
fn split(
    vm: &mut Vm,
    exc: &Value,
    condition: &Condition,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if condition.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some(members) = group_exceptions(vm, exc) else {
        return Ok((None, Some(exc.clone())));
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for member in &members {
        let (m, r) = split(vm, member, condition)?;
        matched.extend(m);
        rest.extend(r);
    }
    Ok((derived(vm, exc, matched)?, derived(vm, exc, rest)?))
}

/// `group.derive(excs)` with the group's traceback, cause, context and
/// notes; None for no exceptions.
fn derived(vm: &mut Vm, group: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.getattr_str(group, "derive")?;
    let new = vm.call(&derive, &[crate::builtins::new_list(excs)], &[])?;
    if group_exceptions(vm, &new).is_none() {
        return Err(PyErr::type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    if let (Some(from), Some(to)) = (exc_state(group), exc_state(&new)) {
        let from = from.borrow();
        if let Ok(mut to) = to.try_borrow_mut() {
            to.traceback = from.traceback.clone();
            to.cause = from.cause.clone();
            to.context = from.context.clone();
            to.suppress_context = from.suppress_context;
        }
    }
    if let Ok(notes) = vm.getattr_str(group, "__notes__") {
        let copy = crate::builtins::new_list(vm.collect(&notes)?);
        if let Value::Obj(name) = str_value("__notes__") {
            vm.setattr(&new, &name, copy)?;
        }
    }
    Ok(Some(new))
}
