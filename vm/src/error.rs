//! Python exceptions as Rust errors.

use crate::object::{ObjKind, WriteError};
use crate::objects::class::{ExcState, Instance};
use crate::objects::str::PyStr;
use crate::types::types;
use crate::value::{FrozenRef, ObjRef, Value};
use std::cell::RefCell;

/// A raised Python exception (an exception instance).
pub struct PyErr {
    /// The exception instance.
    pub exc: Value,
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// Makes a new exception instance of `class` with the given args.
pub fn new_exception(class: &ObjRef, args: Vec<Value>) -> Value {
    Value::obj(ObjKind::Instance(Instance::new(
        class.clone(),
        Some(RefCell::new(ExcState {
            args,
            ..ExcState::default()
        })),
    )))
}

/// A `str` value.
pub fn str_value(s: impl Into<Box<str>>) -> Value {
    Value::obj(ObjKind::Str(PyStr::new(s)))
}

impl PyErr {
    /// An exception of a builtin class with a message.
    pub fn new(class: FrozenRef, msg: impl Into<Box<str>>) -> PyErr {
        PyErr {
            exc: new_exception(&class.to_ref(), vec![str_value(msg)]),
        }
    }

    /// The exception with an attribute set on it (`AxisError.axis`).
    pub fn with_attr(self, name: &str, value: Value) -> PyErr {
        if let Value::Obj(o) = &self.exc {
            if let ObjKind::Instance(inst) = o.kind() {
                if let ObjKind::Dict(d) = inst.dict.kind() {
                    let key = str_value(name);
                    let hash = crate::objects::str::hash_text(name);
                    if let Ok(mut d) = inst.dict.get().write(d) {
                        d.set_str(key, name, hash, value);
                    }
                }
            }
        }
        self
    }

    /// An exception of a builtin class with no args.
    pub fn bare(class: FrozenRef) -> PyErr {
        PyErr {
            exc: new_exception(&class.to_ref(), vec![]),
        }
    }

    /// `TypeError(msg)`.
    pub fn type_error(msg: impl Into<Box<str>>) -> PyErr {
        PyErr::new(types().type_error, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(msg: impl Into<Box<str>>) -> PyErr {
        PyErr::new(types().value_error, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(msg: impl Into<Box<str>>) -> PyErr {
        PyErr::new(types().index_error, msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(key: Value) -> PyErr {
        PyErr {
            exc: new_exception(&types().key_error.to_ref(), vec![key]),
        }
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error(msg: impl Into<Box<str>>) -> PyErr {
        PyErr::new(types().attribute_error, msg)
    }

    /// `NameError(msg)`.
    pub fn name_error(msg: impl Into<Box<str>>) -> PyErr {
        PyErr::new(types().name_error, msg)
    }

    /// `NameError: name 'x' is not defined` for a failed look-up of `name`,
    /// with `.name` set, as CPython sets it (the "Did you mean" hint reads it).
    pub fn name_not_defined(name: &str) -> PyErr {
        PyErr::name_error(format!("name '{name}' is not defined"))
            .with_attr("name", str_value(name))
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_division(msg: impl Into<Box<str>>) -> PyErr {
        PyErr::new(types().zero_division_error, msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow(msg: impl Into<Box<str>>) -> PyErr {
        PyErr::new(types().overflow_error, msg)
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error(msg: impl Into<Box<str>>) -> PyErr {
        PyErr::new(types().runtime_error, msg)
    }

    /// `MemoryError()`.
    pub fn memory_error() -> PyErr {
        PyErr::bare(types().memory_error)
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(value: Option<Value>) -> PyErr {
        PyErr {
            exc: new_exception(
                &types().stop_iteration.to_ref(),
                value.into_iter().collect(),
            ),
        }
    }

    /// The error for a refused write to an object.
    pub fn from_write(err: WriteError, what: &str) -> PyErr {
        match err {
            WriteError::Frozen(addr) => {
                let named = crate::share::origin::describe(addr)
                    .map(|o| format!(" ({o})"))
                    .unwrap_or_default();
                PyErr::type_error(format!(
                    "cannot modify this {what}{named}: it is frozen because it is shared with \
                     worker threads; keep per-task state in local variables and return it from \
                     the work, pass values between threads through a queue.Queue, and memoise \
                     with functools.lru_cache rather than a cache in a shared dict"
                ))
            }
            WriteError::ReadOnly => PyErr::type_error(format!(
                "cannot modify this {what}: it is a read-only copy of an argument handed to a \
                 worker thread; copy it first (list(x), dict(x), x.copy() …) or return a new value"
            )),
            WriteError::Busy => {
                PyErr::runtime_error(format!("{what} changed size during iteration"))
            }
        }
    }

    /// The exception's class.
    pub fn class(&self) -> ObjRef {
        match &self.exc {
            Value::Obj(o) => match o.kind() {
                ObjKind::Instance(i) => i.class.clone(),
                _ => types().base_exception.to_ref(),
            },
            _ => types().base_exception.to_ref(),
        }
    }

    /// Whether the exception is an instance of `class` (or a subclass).
    pub fn matches(&self, class: FrozenRef) -> bool {
        crate::types::is_subclass(&self.class(), &class.to_ref())
    }
}

/// The exception state of an exception instance.
pub fn exc_state(exc: &Value) -> Option<&RefCell<ExcState>> {
    match exc {
        Value::Obj(o) => match o.kind() {
            ObjKind::Instance(i) => i.exc.as_deref(),
            _ => None,
        },
        _ => None,
    }
}
