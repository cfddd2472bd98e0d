//! The interface through which native modules add object types.

use crate::value::{FrozenRef, Value};
use std::any::Any;

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
}
