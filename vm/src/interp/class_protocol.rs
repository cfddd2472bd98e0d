//! Protocols of class objects themselves (`for m in Color`, `len(Color)`,
//! `m in Color`, `reversed(Color)`, `repr(Color)`), which CPython gives
//! through a metaclass. taipan has no metaclasses: a class may instead
//! define the classmethods `__class_iter__`, `__class_len__`,
//! `__class_contains__`, `__class_reversed__` and `__class_repr__` (named
//! after the standard `__class_getitem__`), which the interpreter calls
//! for these operations on the class and its subclasses; and
//! `__class_setattr__(name, value)` / `__class_delattr__(name)`, called
//! before `C.name = value` / `del C.name` stores or deletes (raising
//! refuses it). The standard library's `enum` uses them.
//!
//! In the same way `isinstance(x, C)` and `issubclass(D, C)`, when `x`'s
//! class or `D` is not a real subclass of `C`, ask `C.__class_instancecheck__(x)`
//! or `C.__class_subclasscheck__(D)` (CPython's metaclass `__instancecheck__`
//! and `__subclasscheck__`) where `C` defines them: `abc.ABC` does, for
//! `register()` and `__subclasshook__`.

use super::attr::class_lookup_user;
use super::Vm;
use crate::error::PyResult;
use crate::object::ObjKind;
use crate::objects::class::Layout;
use crate::objects::str::hash_text;
use crate::value::{ObjRef, Value};

impl Vm {
    /// Calls the class-protocol hook `hook` of `v` with `args` when `v` is
    /// a class that defines it; `None` otherwise.
    pub(crate) fn class_protocol(
        &mut self,
        v: &Value,
        hook: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(class) = v.as_obj().filter(|o| matches!(o.kind(), ObjKind::Class(_))) else {
            return Ok(None);
        };
        let Some(method) = class_lookup_user(class, hook, hash_text(hook)) else {
            return Ok(None);
        };
        let func = match method.kind() {
            Some(ObjKind::ClassMethod(f)) => f.clone(),
            _ => return Ok(None),
        };
        let mut call_args = Vec::with_capacity(args.len() + 1);
        call_args.push(v.clone());
        call_args.extend_from_slice(args);
        self.call(&func, &call_args, &[]).map(Some)
    }

    /// What `class`'s isinstance/issubclass hook `hook` answers for
    /// `subject` (false when it defines none). Builtin classes never do,
    /// so the check costs them nothing.
    pub(crate) fn class_check(
        &mut self,
        class: &ObjRef,
        hook: &str,
        subject: &Value,
    ) -> PyResult<bool> {
        match class.kind() {
            ObjKind::Class(c) if c.layout == Layout::Builtin || c.module == "builtins" => {
                return Ok(false)
            }
            _ => {}
        }
        let target = Value::Obj(class.clone());
        match self.class_protocol(&target, hook, std::slice::from_ref(subject))? {
            Some(answer) => self.truthy(&answer),
            None => Ok(false),
        }
    }
}
