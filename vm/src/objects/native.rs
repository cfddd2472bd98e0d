//! The interface through which native modules add object types.

use crate::error::{PyErr, PyResult};
use crate::object::ObjKind;
use crate::objects::class::{Class, Layout};
use crate::objects::dict::Dict;
use crate::objects::function::{Args, NativeFn};
use crate::types::{native_function, set_class_attr, types};
use crate::value::{FrozenRef, ObjRef, Value};
use std::any::Any;
use std::cell::{Cell, RefCell};

/// An object type implemented in Rust by a native module (a numpy array, a
/// compiled regular expression …). The VM asks it for its type name and its
/// children; everything else goes through the methods its module registers.
pub trait NativeObject: Any {
    /// The Python class of the object (a frozen class whose namespace
    /// holds the type's native methods).
    fn class(&self) -> FrozenRef;
    /// Calls `f` on every Python value the object holds.
    fn for_each_child(&self, _f: &mut dyn FnMut(&Value)) {}
    /// For downcasting.
    fn as_any(&self) -> &dyn Any;
    /// Whether the object's state is synchronised, so that it may be frozen
    /// and then used from any thread at once (a queue, a lock, a future).
    /// Objects that say no cannot be shared with worker threads.
    fn thread_safe(&self) -> bool {
        false
    }
    /// A new handle to the same synchronised state, to carry the object to
    /// another thread as an argument, result or queue item.
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        None
    }
    /// For an unchanging object that holds Python values but shares no
    /// state (a `re.Match`): its values and how to remake it around copies
    /// of them, so that it crosses to another thread as a copy rather
    /// than being frozen.
    fn copy_parts(&self) -> Option<NativeCopy> {
        None
    }
    /// Called when the object is frozen (shared with worker threads), so
    /// that it can stop writes to state it shares with other objects (an
    /// array's buffer, which its views also reach).
    fn on_freeze(&self) {}
}

/// A native object taken apart to cross to another thread (see
/// [`NativeObject::copy_parts`]).
pub struct NativeCopy {
    /// The Python values it holds.
    pub values: Vec<Value>,
    /// Remakes the object around copies of `values`, in the same order.
    pub rebuild: NativeRebuild,
}

/// Remakes a native object around copies of the values it held (see
/// [`NativeCopy`]).
pub type NativeRebuild = Box<dyn Fn(Vec<Value>) -> Box<dyn NativeObject> + Send + Sync>;

/// Builds the frozen class of a native type. `new` makes instances: it is
/// the class's `__new__`, receiving the class and then the call's
/// arguments; `methods` receive the instance first.
pub fn native_class(
    name: &str,
    module: &str,
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> FrozenRef {
    native_class_with_properties(name, module, new, methods, &[])
}

/// [`native_class`] with read-only properties: each getter receives the
/// instance.
pub fn native_class_with_properties(
    name: &str,
    module: &str,
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
    properties: &[(&'static str, NativeFn)],
) -> FrozenRef {
    native_subclass(name, module, &[], new, methods, properties)
}

/// [`native_class_with_properties`] deriving from `bases` (native classes
/// of its module, e.g. NumPy's abstract scalar types), whose attributes
/// the class inherits; `object` ends the MRO.
pub fn native_subclass(
    name: &str,
    module: &str,
    bases: &[FrozenRef],
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
    properties: &[(&'static str, NativeFn)],
) -> FrozenRef {
    let properties = read_only(properties);
    build_native_class(name, module, bases, new, methods, &properties, &[])
}

/// Read-only properties from their getters.
fn read_only(properties: &[(&'static str, NativeFn)]) -> Vec<NativeProperty> {
    properties
        .iter()
        .map(|&(name, get)| NativeProperty::read_only(name, get))
        .collect()
}

/// [`native_class_with_properties`] with class attributes that hold
/// constant values (BLAKE2's `blake2b.SALT_SIZE`), readable from the class
/// and its instances.
pub fn native_class_with_constants(
    name: &str,
    module: &str,
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
    properties: &[(&'static str, NativeFn)],
    constants: &[(&'static str, Value)],
) -> FrozenRef {
    let properties = read_only(properties);
    build_native_class(name, module, &[], new, methods, &properties, constants)
}

/// [`native_class_with_properties`] where some properties can also be
/// assigned: `obj.name = value` calls the setter with the instance and the
/// value (the others raise AttributeError, as CPython's read-only
/// attributes do).
pub fn native_class_with_setters(
    name: &str,
    module: &str,
    methods: &[(&'static str, NativeFn)],
    properties: &[(&'static str, NativeFn, Option<NativeFn>)],
) -> FrozenRef {
    let properties: Vec<_> = properties
        .iter()
        .map(|&(name, get, set)| NativeProperty {
            set,
            ..NativeProperty::read_only(name, get)
        })
        .collect();
    build_native_class(name, module, &[], None, methods, &properties, &[])
}

/// A property of a native class: a getter, and optionally a setter
/// (`obj.name = value`) and a deleter (`del obj.name`). Each receives the
/// instance first (the setter then the value). Without a setter an
/// assignment raises AttributeError, as CPython's read-only attributes
/// do; without a deleter, so does `del`.
#[derive(Clone, Copy)]
pub struct NativeProperty {
    /// The attribute's name.
    pub name: &'static str,
    /// Reads the attribute.
    pub get: NativeFn,
    /// Assigns the attribute, if it can be assigned.
    pub set: Option<NativeFn>,
    /// Deletes the attribute (usually to raise the type's own error).
    pub delete: Option<NativeFn>,
}

impl NativeProperty {
    /// A property with a getter only.
    pub const fn read_only(name: &'static str, get: NativeFn) -> NativeProperty {
        NativeProperty {
            name,
            get,
            set: None,
            delete: None,
        }
    }
}

/// [`native_class_with_setters`] whose properties may also have deleters.
pub fn native_class_with_accessors(
    name: &str,
    module: &str,
    methods: &[(&'static str, NativeFn)],
    properties: &[NativeProperty],
) -> FrozenRef {
    build_native_class(name, module, &[], None, methods, properties, &[])
}

/// Marks `class` as standing for a CPython extension type: error messages
/// name it `module.Name`, as CPython's name such a type by its `tp_name`
/// (`'numpy.ndarray' object has no attribute 'append'`). The flag is a
/// plain `Cell` in a frozen class: call this only while making the class,
/// before any other thread can see it (every caller does, inside the
/// `OnceLock` that builds the class).
pub fn named_as_c_type(class: FrozenRef) -> FrozenRef {
    if let ObjKind::Class(c) = class.to_ref().kind() {
        c.c_type.set(true);
    }
    class
}

fn build_native_class(
    name: &str,
    module: &str,
    bases: &[FrozenRef],
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
    properties: &[NativeProperty],
    constants: &[(&'static str, Value)],
) -> FrozenRef {
    let t = types();
    let object = t.object.to_ref();
    let (bases, mro) = if bases.is_empty() {
        (vec![object.clone()], vec![object])
    } else {
        let mut mro: Vec<ObjRef> = Vec::new();
        for base in bases {
            let base = base.to_ref();
            let inherited = match base.kind() {
                ObjKind::Class(c) => c.mro.clone(),
                _ => Vec::new(),
            };
            for c in std::iter::once(base).chain(inherited) {
                if !mro.iter().any(|m| m.ptr_eq(&c)) {
                    mro.push(c);
                }
            }
        }
        // `object` last.
        mro.retain(|c| !c.ptr_eq(&object));
        mro.push(object);
        (bases.iter().map(|b| b.to_ref()).collect(), mro)
    };
    let class = ObjRef::new(ObjKind::Class(Box::new(Class {
        name: name.to_string(),
        qualname: name.to_string(),
        module: module.to_string(),
        bases,
        mro,
        dict: RefCell::new(Dict::new()),
        layout: Layout::Object,
        slots: None,
        attr_hooks: Cell::new(0),
        builtin: true,
        c_type: Cell::new(false),
    })));
    if let Some(new) = new {
        let new = Value::obj(ObjKind::StaticMethod(native_function(
            "__new__", new, false,
        )));
        set_class_attr(&class, "__new__", new);
    }
    for &(method, f) in methods {
        set_class_attr(&class, method, native_function(method, f, true));
    }
    for (constant, value) in constants {
        set_class_attr(&class, constant, value.clone());
    }
    for p in properties {
        let accessor =
            |f: Option<NativeFn>| f.map_or(Value::None, |f| native_function(p.name, f, false));
        let getter = native_function(p.name, p.get, false);
        let property = Value::obj(ObjKind::Property(Box::new([
            getter,
            accessor(p.set),
            accessor(p.delete),
            Value::None,
        ])));
        set_class_attr(&class, p.name, property);
    }
    if !properties.is_empty() {
        if let ObjKind::Class(c) = class.kind() {
            c.attr_hooks
                .set(c.attr_hooks.get() | crate::objects::class::HOOK_DESCRIPTORS);
        }
    }
    class.freeze();
    class.to_frozen().expect("just frozen")
}

/// Builds a frozen exception class deriving from `base`.
pub fn exception_class(name: &str, module: &str, base: FrozenRef) -> FrozenRef {
    exception_class_with_bases(name, module, &[base])
}

/// Builds a frozen exception class deriving from several exception classes
/// (NumPy's `AxisError` is a ValueError and an IndexError). The MRO keeps
/// each class at its last place in the bases' MROs, which is C3's answer
/// for such single-inheritance chains.
pub fn exception_class_with_bases(name: &str, module: &str, bases: &[FrozenRef]) -> FrozenRef {
    let mut chain: Vec<ObjRef> = Vec::new();
    for base in bases {
        let base = base.to_ref();
        chain.push(base.clone());
        if let ObjKind::Class(c) = base.kind() {
            chain.extend(c.mro.iter().cloned());
        }
    }
    let mut mro: Vec<ObjRef> = Vec::new();
    for (i, c) in chain.iter().enumerate() {
        if !chain[i + 1..].iter().any(|later| later.ptr_eq(c)) {
            mro.push(c.clone());
        }
    }
    let bases: Vec<ObjRef> = bases.iter().map(|b| b.to_ref()).collect();
    let class = ObjRef::new(ObjKind::Class(Box::new(Class {
        name: name.to_string(),
        qualname: name.to_string(),
        module: module.to_string(),
        bases,
        mro,
        dict: RefCell::new(Dict::new()),
        layout: Layout::Exception,
        slots: None,
        attr_hooks: Cell::new(0),
        builtin: true,
        c_type: Cell::new(false),
    })));
    class.freeze();
    class.to_frozen().expect("just frozen")
}

/// The native object of type `T` that a method was called on, or a
/// TypeError naming `method`.
pub fn native_self<'a, T: 'static>(method: &str, args: &Args<'a>) -> PyResult<&'a T> {
    args.pos
        .first()
        .and_then(|v| match v.kind() {
            Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<T>(),
            _ => None,
        })
        .ok_or_else(|| PyErr::type_error(format!("descriptor '{method}' requires a native object")))
}
