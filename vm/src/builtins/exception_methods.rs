//! Methods of `BaseException`, and what `OSError` and `SyntaxError` add
//! to them: the subclass chosen by errno and the `errno`, `strerror` and
//! `filename` attributes; `SyntaxError`'s `msg`, `filename`, `lineno`,
//! `offset`, `text`, `end_lineno` and `end_offset`.

use crate::builtins::args::{check_positional, self_arg};
use crate::error::{exc_state, new_exception, str_value, PyErr, PyResult};
use crate::interp::attr::has_optional_field;
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::hash_text;
use crate::types::{is_subclass, types};
use crate::value::{ObjRef, Value};

/// The native methods of `BaseException`.
pub static EXCEPTION_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", exc_new),
    ("__init__", exc_init),
    ("__str__", exc_str),
    ("__repr__", exc_repr),
    ("with_traceback", exc_with_traceback),
    ("add_note", exc_add_note),
];

/// `BaseException.__new__(cls, *args)`: a new exception holding `args`.
/// `OSError(errno, strerror, …)` becomes the subclass for that errno
/// (`FileNotFoundError` for `ENOENT` …), as in CPython.
fn exc_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c))
            if matches!(c.kind(), ObjKind::Class(_))
                && is_subclass(c, &types().base_exception.to_ref()) =>
        {
            c.clone()
        }
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "BaseException.__new__(X): X is not a type object ({})",
                vm.type_name(v)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "BaseException.__new__(): not enough arguments",
            ))
        }
    };
    let rest = args.pos[1..].to_vec();
    let cls = if cls.ptr_eq(&types().os_error.to_ref()) && (2..=5).contains(&rest.len()) {
        match &rest[0] {
            Value::Int(errno) => os_error_class(*errno),
            _ => cls,
        }
    } else {
        cls
    };
    Ok(new_exception(&cls, rest))
}

/// `BaseException.__init__(self, *args)`: stores the args (and, for an
/// `OSError`, what they mean).
fn exc_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__init__", &args)?;
    let mut stored = args.pos[1..].to_vec();
    if let Some(ObjKind::Instance(inst)) = this.kind() {
        set_optional_fields(vm, this, &inst.class, args.kw)?;
        if is_subclass(&inst.class, &types().os_error.to_ref()) {
            stored = set_os_error_attrs(this, stored);
        } else if is_subclass(&inst.class, &types().syntax_error.to_ref()) {
            set_syntax_error_attrs(vm, this, &stored)?;
        }
    }
    if let Some(st) = exc_state(this) {
        if let Ok(mut st) = st.try_borrow_mut() {
            st.args = stored;
        }
    }
    Ok(Value::None)
}

/// Stores the keyword arguments of `ImportError(msg, name=…, path=…)` and
/// its like (see [`has_optional_field`]); other classes take none.
fn set_optional_fields(
    vm: &Vm,
    exc: &Value,
    class: &ObjRef,
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let class_name = vm.type_name(exc);
    let takes_fields = ["name", "path", "obj"]
        .iter()
        .any(|f| has_optional_field(class, f));
    if !kw.is_empty() && !takes_fields {
        return Err(PyErr::type_error(format!(
            "{class_name}() takes no keyword arguments"
        )));
    }
    for (key, value) in kw {
        let field = match key.kind() {
            Some(ObjKind::Str(s)) => s.as_str(),
            _ => "",
        };
        if !has_optional_field(class, field) {
            return Err(PyErr::type_error(format!(
                "'{field}' is an invalid keyword argument for {class_name}()"
            )));
        }
        if let Some(ObjKind::Instance(inst)) = exc.kind() {
            if let Ok(mut d) = inst.attrs_mut() {
                d.set_str(str_value(field), field, hash_text(field), value.clone());
            }
        }
    }
    Ok(())
}

/// The `OSError` subclass CPython picks for an errno (`OSError` itself when
/// none fits, or when taipan lacks the subclass).
pub fn os_error_class(errno: i64) -> ObjRef {
    use std::io::ErrorKind;
    let t = types();
    let Ok(code) = i32::try_from(errno) else {
        return t.os_error.to_ref();
    };
    let name = match std::io::Error::from_raw_os_error(code).kind() {
        ErrorKind::NotFound => "FileNotFoundError",
        ErrorKind::PermissionDenied => "PermissionError",
        ErrorKind::AlreadyExists => "FileExistsError",
        ErrorKind::TimedOut => "TimeoutError",
        ErrorKind::Interrupted => "InterruptedError",
        ErrorKind::IsADirectory => "IsADirectoryError",
        ErrorKind::NotADirectory => "NotADirectoryError",
        ErrorKind::WouldBlock => "BlockingIOError",
        ErrorKind::BrokenPipe => "BrokenPipeError",
        ErrorKind::ConnectionRefused => "ConnectionRefusedError",
        ErrorKind::ConnectionReset => "ConnectionResetError",
        ErrorKind::ConnectionAborted => "ConnectionAbortedError",
        _ => return t.os_error.to_ref(),
    };
    t.exception_named(name).unwrap_or(t.os_error).to_ref()
}

/// Sets `errno`, `strerror`, `filename` and `filename2` on an `OSError`
/// from its constructor arguments (CPython's `oserror_init`: they mean
/// something only for 2 to 5 arguments) and returns what `args` keeps:
/// only `(errno, strerror)` once a filename was given.
fn set_os_error_attrs(exc: &Value, mut args: Vec<Value>) -> Vec<Value> {
    let parsed = (2..=5).contains(&args.len());
    let at = |i: usize| -> Value {
        if parsed {
            args.get(i).cloned().unwrap_or(Value::None)
        } else {
            Value::None
        }
    };
    set_instance_attrs(
        exc,
        [
            ("errno", at(0)),
            ("strerror", at(1)),
            ("filename", at(2)),
            ("filename2", at(4)),
        ],
    );
    if parsed {
        args.truncate(2);
    }
    args
}

/// Stores `values` in the instance dict of the exception `exc`.
fn set_instance_attrs<const N: usize>(exc: &Value, values: [(&str, Value); N]) {
    if let Some(ObjKind::Instance(inst)) = exc.kind() {
        if let Ok(mut d) = inst.attrs_mut() {
            for (name, v) in values {
                d.set_str(str_value(name), name, hash_text(name), v);
            }
        }
    }
}

/// Sets `msg` and the location fields of a `SyntaxError` from its
/// constructor arguments, as CPython's `SyntaxError_init`: `(msg,)` sets
/// only `msg`; `(msg, details)` also unpacks the 4 to 6 items of `details`.
/// Absent fields are None.
fn set_syntax_error_attrs(vm: &mut Vm, exc: &Value, args: &[Value]) -> PyResult<()> {
    let mut fields = [const { Value::None }; 6];
    if args.len() == 2 {
        let details = vm.collect(&args[1])?;
        if !(4..=6).contains(&details.len()) {
            return Err(PyErr::type_error(format!(
                "function takes at least 4 arguments ({} given)",
                details.len()
            )));
        }
        for (slot, v) in fields.iter_mut().zip(details) {
            *slot = v;
        }
    }
    let msg = args.first().cloned().unwrap_or(Value::None);
    let [filename, lineno, offset, text, end_lineno, end_offset] = fields;
    set_instance_attrs(
        exc,
        [
            ("msg", msg),
            ("filename", filename),
            ("lineno", lineno),
            ("offset", offset),
            ("text", text),
            ("end_lineno", end_lineno),
            ("end_offset", end_offset),
            ("print_file_and_line", Value::None),
        ],
    );
    Ok(())
}

/// A new `OSError` for a failed system call: the subclass for `errno`,
/// `args == (errno, strerror)`, and `filename` when given; its `str()` is
/// `[Errno 2] No such file or directory: 'path'`.
pub fn new_os_error(errno: i64, strerror: &str, filename: Option<&str>) -> PyErr {
    let mut args = vec![Value::Int(errno), str_value(strerror)];
    if let Some(f) = filename {
        args.push(str_value(f));
    }
    let exc = new_exception(&os_error_class(errno), args.clone());
    let kept = set_os_error_attrs(&exc, args);
    if let Some(st) = exc_state(&exc) {
        if let Ok(mut st) = st.try_borrow_mut() {
            st.args = kept;
        }
    }
    PyErr { exc }
}

fn exc_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__str__", &args)?;
    Ok(str_value(vm.exception_str(this)?))
}

fn exc_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__repr__", &args)?;
    let items = exc_state(this)
        .map(|s| s.borrow().args.clone())
        .unwrap_or_default();
    let name = vm.type_name(this);
    let mut parts = Vec::new();
    for item in &items {
        parts.push(vm.repr(item)?);
    }
    Ok(str_value(format!("{name}({})", parts.join(", "))))
}

/// `e.with_traceback(tb)`: `tb` (a traceback object or None) becomes the
/// exception's traceback; returns the exception.
fn exc_with_traceback(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("with_traceback", args, 2, 2)?;
    let exc = args.pos[0].clone();
    let entries = crate::builtins::traceback_object::traceback_entries(&args.pos[1])?;
    if let Some(state) = exc_state(&exc) {
        if let Ok(mut st) = state.try_borrow_mut() {
            st.traceback = entries;
        }
    }
    Ok(exc)
}

/// `e.add_note(note)`: appends `note` to the list `e.__notes__` (made on
/// the first note), which tracebacks print after the message.
fn exc_add_note(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let exc = self_arg("add_note", &args)?.clone();
    crate::builtins::args::check_positional("add_note", args, 2, 2)?;
    let note = args.pos[1].clone();
    if !matches!(note.kind(), Some(ObjKind::Str(_))) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name(&note)
        )));
    }
    let notes = match vm.getattr_str(&exc, "__notes__") {
        Ok(notes) => notes,
        Err(e) if e.matches(types().attribute_error) => {
            let notes = crate::builtins::new_list(Vec::new());
            if let Value::Obj(name) = str_value("__notes__") {
                vm.setattr(&exc, &name, notes.clone())?;
            }
            notes
        }
        Err(e) => return Err(e),
    };
    let Some(ObjKind::List(_)) = notes.kind() else {
        return Err(PyErr::type_error(
            "Cannot add note: __notes__ is not a list",
        ));
    };
    let append = vm.getattr_str(&notes, "append")?;
    vm.call(&append, &[note], &[])?;
    Ok(Value::None)
}
