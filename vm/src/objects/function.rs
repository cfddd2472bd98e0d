//! Functions: Python functions, native functions and bound methods.

use crate::compiler::bytecode::Code;
use crate::error::PyResult;
use crate::interp::Vm;
use crate::objects::dict::Dict;
use crate::value::{FrozenRef, ObjRef, Value};
use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

/// A Python function: code plus the environment it closes over.
pub struct Function {
    /// The compiled body (shared, immutable).
    pub code: Arc<Code>,
    /// The module globals (a dict object).
    pub globals: ObjRef,
    /// Once the function is shared with worker threads while its module's
    /// globals stay live: the frozen snapshot of the bindings it can reach,
    /// which workers read instead of `globals` (see `share::freeze`).
    pub shared_globals: OnceLock<FrozenRef>,
    /// Default values of the last positional parameters.
    pub defaults: Box<[Value]>,
    /// Defaults of keyword-only parameters (a dict object), if any.
    pub kwdefaults: Option<Value>,
    /// Closure cells, in the order of `code.freevars`.
    pub closure: Box<[ObjRef]>,
    /// Attributes set on the function (`__name__`, `__doc__`, user attributes).
    pub attrs: RefCell<Dict>,
}

impl Function {
    /// Calls `f` on every value the function refers to.
    /// The module globals are not a child: sharing a function freezes only
    /// the bindings it names (its `shared_globals`), never the whole module.
    /// Says whether it could read them all (see
    /// [`crate::object::ObjKind::try_for_each_child`]).
    pub fn try_for_each_child(&self, f: &mut dyn FnMut(&Value)) -> bool {
        self.defaults.iter().for_each(&mut *f);
        if let Some(k) = &self.kwdefaults {
            f(k);
        }
        for c in self.closure.iter() {
            f(&Value::Obj(c.clone()));
        }
        crate::object::each_borrowed(&self.attrs, |d| d.for_each_value(f))
    }
}

/// Arguments to a native function: positional values, then keyword pairs
/// (the key is a `str` object).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional arguments.
    pub pos: &'a [Value],
    /// Keyword arguments, in call order.
    pub kw: &'a [(Value, Value)],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[] }
    }

    /// The keyword argument called `name`, if the call passed one.
    pub fn keyword(&self, name: &str) -> Option<&'a Value> {
        self.kw.iter().find_map(|(k, v)| match k.kind() {
            Some(crate::object::ObjKind::Str(s)) if s.as_str() == name => Some(v),
            _ => None,
        })
    }
}

/// The signature of every native function: it receives the thread's VM
/// (and through it the runtime context: capabilities, limits, interrupt
/// flag, stdout).
pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// A function written in Rust.
pub struct NativeFunction {
    /// Its Python name.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// Set for methods of builtin types: the first argument is `self`.
    pub is_method: bool,
    /// Set for methods of builtin value types (list, dict, str …): when
    /// `self` is an instance of a user subclass, the method receives the
    /// builtin value the instance wraps.
    pub unwraps_payload: bool,
}

/// A callable bound to its first argument (`obj.method`).
pub struct BoundMethod {
    /// The object the method was looked up on.
    pub self_value: Value,
    /// The function.
    pub func: Value,
}
