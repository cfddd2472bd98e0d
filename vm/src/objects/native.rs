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
    /// Called when the object is frozen (shared with worker threads), so
    /// that it can stop writes to state it shares with other objects (an
    /// array's buffer, which its views also reach).
    fn on_freeze(&self) {}
}

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
    let properties: Vec<_> = properties.iter().map(|&(p, get)| (p, get, None)).collect();
    build_native_class(name, module, bases, new, methods, &properties)
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
    build_native_class(name, module, &[], None, methods, properties)
}

/// A property's name, getter and optional setter.
type PropertySpec = (&'static str, NativeFn, Option<NativeFn>);

fn build_native_class(
    name: &str,
    module: &str,
    bases: &[FrozenRef],
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
    properties: &[PropertySpec],
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
        has_properties: Cell::new(false),
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
    for &(prop, getter, setter) in properties {
        let getter = native_function(prop, getter, false);
        let setter = setter.map_or(Value::None, |f| native_function(prop, f, false));
        let property = Value::obj(ObjKind::Property(Box::new([getter, setter, Value::None])));
        set_class_attr(&class, prop, property);
    }
    if !properties.is_empty() {
        if let ObjKind::Class(c) = class.kind() {
            c.has_properties.set(true);
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
        has_properties: Cell::new(false),
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
