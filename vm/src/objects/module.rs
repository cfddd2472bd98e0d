//! Modules.

use crate::value::Value;
use std::cell::Cell;

/// A module: a name and its globals.
pub struct Module {
    /// `__name__`.
    pub name: String,
    /// The globals (a dict object).
    pub dict: Value,
    /// Set for modules of taipan's standard library (`sys`, `math`, the
    /// shims): every thread keeps its own instance, so when such a module is
    /// shared only the module object freezes, and its attributes are read
    /// from the reading thread's own instance (see `Vm::module_namespace`).
    pub stdlib: Cell<bool>,
}
