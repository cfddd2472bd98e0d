//! Classes and their instances.

use crate::object::{each_borrowed, ObjKind, ReadGuard, WriteError, WriteGuard};
use crate::objects::dict::Dict;
use crate::value::{ObjRef, Value};
use std::cell::{Cell, RefCell};

/// What builtin layout the instances of a class have. User classes inherit
/// it from their bases; only `object` and the exception classes may be
/// subclassed by Python code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain objects (instances carry an attribute dict).
    Object,
    /// Exceptions (instances also carry args, traceback and chaining).
    Exception,
    /// A builtin type whose instances are not [`Instance`]s (int, str, list …).
    Builtin,
}

/// A class.
pub struct Class {
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// `__module__`.
    pub module: String,
    /// Direct bases.
    pub bases: Vec<ObjRef>,
    /// The method resolution order, without the class itself.
    pub mro: Vec<ObjRef>,
    /// The namespace.
    pub dict: RefCell<Dict>,
    /// The instance layout.
    pub layout: Layout,
    /// `__slots__`, when the class (or a base) declares them and none has a dict.
    pub slots: Option<Vec<String>>,
    /// The attribute hooks the class or a base has ([`HOOK_DESCRIPTORS`],
    /// [`HOOK_GETATTRIBUTE`], [`HOOK_ASSIGNED_DICT`]): only with one can a
    /// class attribute take precedence over an instance attribute, or an
    /// assignment run code, so when this is 0 look-ups may try the instance
    /// dict first and assignments may go straight to it.
    pub attr_hooks: std::cell::Cell<u8>,
    /// Defined in Rust (CPython's static and extension types: `list`,
    /// `numpy.ndarray` …) rather than by a class statement: its namespace
    /// is never written, so look-ups may be cached without checking the
    /// class epoch, and an assignment raises CPython's "immutable type"
    /// error.
    pub builtin: bool,
    /// Whether error messages name the class `module.Name`, as CPython
    /// names an extension type by its `tp_name` (`'numpy.ndarray' object
    /// has no attribute ...`); set by the shims whose classes stand for
    /// such types (see [`crate::objects::native::named_as_c_type`]).
    pub c_type: Cell<bool>,
}

/// An attribute hook: a property, a data descriptor, a `__setattr__` or a
/// `__delattr__` in the class or a base.
pub const HOOK_DESCRIPTORS: u8 = 1;
/// An attribute hook: a `__getattribute__` override.
pub const HOOK_GETATTRIBUTE: u8 = 2;
/// An attribute hook: some instance had its `__dict__` assigned (see
/// [`Instance::namespace`]).
pub const HOOK_ASSIGNED_DICT: u8 = 4;

/// The attribute hooks that binding `name` to `value` in a class dict
/// gives its instances (0 for none).
pub fn attr_hook_bits(name: &str, value: &Value) -> u8 {
    if name == "__getattribute__" {
        HOOK_GETATTRIBUTE
    } else if name == "__setattr__"
        || name == "__delattr__"
        || matches!(value.kind(), Some(ObjKind::Property(_)))
        || crate::interp::attr::is_data_descriptor(value)
    {
        HOOK_DESCRIPTORS
    } else {
        0
    }
}

impl Class {
    /// The class's `__name__`, `__qualname__` or `__module__` (`which`):
    /// what the script assigned to it on this class (kept in its own
    /// namespace, not inherited), else what the class was made with.
    pub fn label(&self, this: &ObjRef, which: &str) -> String {
        match self.assigned_label(this, which).as_ref().map(|v| v.kind()) {
            Some(Some(ObjKind::Str(s))) => s.as_str().to_string(),
            _ => match which {
                "__name__" => self.name.clone(),
                "__qualname__" => self.qualname.clone(),
                _ => self.module.clone(),
            },
        }
    }

    /// What the script assigned to the class's `__name__`, `__qualname__`
    /// or `__module__` (`which`) on this class, if it did.
    pub fn assigned_label(&self, this: &ObjRef, which: &str) -> Option<Value> {
        this.get()
            .read(&self.dict)
            .get_str(which, crate::objects::str::hash_text(which))
            .cloned()
    }

    /// Calls `f` on every value the class refers to.
    /// Says whether it could read them all (see
    /// [`ObjKind::try_for_each_child`]).
    pub fn try_for_each_child(&self, f: &mut dyn FnMut(&Value)) -> bool {
        for b in self.bases.iter().chain(self.mro.iter()) {
            f(&Value::Obj(b.clone()));
        }
        each_borrowed(&self.dict, |d| d.for_each_value(f))
    }
}

/// A traceback entry: where an exception passed.
#[derive(Clone)]
pub struct TracebackEntry {
    /// The code that was running.
    pub code: std::sync::Arc<crate::compiler::bytecode::Code>,
    /// The line.
    pub line: u32,
    /// The source of the instruction that raised (or called on).
    pub span: crate::compiler::bytecode::Span,
    /// Which activation (so a re-raise in the same frame adds no entry).
    pub frame_id: u64,
}

/// What an exception instance carries beyond its attributes.
#[derive(Default)]
pub struct ExcState {
    /// `args`.
    pub args: Vec<Value>,
    /// Traceback entries, innermost first (pushed as it unwinds).
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__`.
    pub cause: Option<Value>,
    /// `__context__`.
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// For a `NameError`: the globals of the frame it was raised in, where
    /// its "Did you mean" hint looks (CPython reads them from the innermost
    /// traceback frame when it prints the exception). It stays on this
    /// thread: an exception that crosses threads leaves it behind.
    pub name_scope: Option<Value>,
}

/// An instance of a Python class.
pub struct Instance {
    /// Its class.
    pub class: ObjRef,
    /// Its attributes: a dict object, so that `obj.__dict__` is live.
    pub dict: ObjRef,
    /// Set for exception instances.
    pub exc: Option<Box<RefCell<ExcState>>>,
    /// For instances of subclasses of builtin value types (`class L(list)`):
    /// the builtin value the instance wraps.
    pub payload: Option<Box<Value>>,
}

impl Instance {
    /// A new instance with an empty attribute dict.
    pub fn new(class: ObjRef, exc: Option<RefCell<ExcState>>) -> Instance {
        Instance {
            class,
            dict: ObjRef::new(ObjKind::Dict(Box::new(RefCell::new(Dict::new())))),
            exc: exc.map(Box::new),
            payload: None,
        }
    }

    /// Reads the instance's own attribute dict (see [`Instance::namespace`]
    /// for where the attributes are after `obj.__dict__ = d`).
    #[inline(always)]
    pub fn attrs(&self) -> ReadGuard<'_, Dict> {
        read_namespace(&self.dict)
    }

    /// Borrows the instance's own attribute dict for writing.
    #[inline]
    pub fn attrs_mut(&self) -> Result<WriteGuard<'_, std::cell::RefMut<'_, Dict>>, WriteError> {
        write_namespace(&self.dict)
    }

    /// The dict object that holds the attributes: the one `obj.__dict__ = d`
    /// assigned (kept under [`ASSIGNED_DICT_KEY`] as the own dict's only
    /// entry), else the instance's own. Only worth asking when the class
    /// has [`HOOK_ASSIGNED_DICT`].
    pub fn namespace(&self) -> ObjRef {
        let own = self.attrs();
        if own.len() == 1 {
            let hash = crate::objects::str::hash_text(ASSIGNED_DICT_KEY);
            if let Some(Value::Obj(d)) = own.get_str(ASSIGNED_DICT_KEY, hash) {
                return d.clone();
            }
        }
        self.dict.clone()
    }

    /// Calls `f` on every value the instance refers to.
    /// Says whether it could read them all (see
    /// [`ObjKind::try_for_each_child`]).
    pub fn try_for_each_child(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&Value::Obj(self.class.clone()));
        f(&Value::Obj(self.dict.clone()));
        if let Some(p) = self.payload.as_deref() {
            f(p);
        }
        let Some(exc) = &self.exc else { return true };
        each_borrowed(exc, |exc| {
            exc.args.iter().for_each(&mut *f);
            exc.cause.iter().chain(&exc.context).for_each(&mut *f);
            exc.name_scope.iter().for_each(&mut *f);
        })
    }
}

/// The hidden key under which `obj.__dict__ = d` keeps `d` in the
/// instance's own dict; no attribute name can spell it.
pub const ASSIGNED_DICT_KEY: &str = "$dict";

/// Reads an attribute dict object ([`Instance::namespace`]).
#[inline(always)]
pub fn read_namespace(dict: &ObjRef) -> ReadGuard<'_, Dict> {
    match dict.kind() {
        ObjKind::Dict(cell) => dict.get().read(cell),
        _ => not_a_dict(),
    }
}

/// Borrows an attribute dict object ([`Instance::namespace`]) for writing.
#[inline]
pub fn write_namespace(
    dict: &ObjRef,
) -> Result<WriteGuard<'_, std::cell::RefMut<'_, Dict>>, WriteError> {
    match dict.kind() {
        ObjKind::Dict(cell) => dict.get().write(cell),
        _ => Err(WriteError::Frozen(0)),
    }
}

#[cold]
fn not_a_dict() -> ! {
    unreachable!("an instance's attribute dict is always a dict object (Instance::new)")
}

/// Bumped by every change to any class's namespace (after creation), so
/// that the VMs' caches of class attribute look-ups know when to forget.
/// Shared classes are frozen and never change; a thread's own classes
/// change rarely, so the counter is read often and written seldom.
pub static CLASS_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Records that a class namespace changed (see [`CLASS_EPOCH`]).
pub fn class_changed() {
    CLASS_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Release);
}

impl Class {
    /// The name error messages give the class (`this` is the class
    /// object): `module.Name` for one that stands for an extension type,
    /// else its `__name__`.
    pub fn message_name(&self, this: &ObjRef) -> String {
        if self.c_type.get() {
            self.type_name()
        } else {
            self.label(this, "__name__")
        }
    }

    /// The name CPython's messages give the class: `list` for a builtin,
    /// `module.Name` for the classes of other modules defined in Rust.
    pub fn type_name(&self) -> String {
        if self.module == "builtins" {
            self.name.clone()
        } else {
            format!("{}.{}", self.module, self.name)
        }
    }

    /// The error for writing or deleting attribute `name` of a class
    /// defined in Rust.
    pub fn immutable_error(&self, name: &str) -> crate::error::PyErr {
        crate::error::PyErr::type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            self.type_name()
        ))
    }
}
