//! Modules.

use crate::value::Value;

/// A module: a name and its globals.
pub struct Module {
    /// `__name__`.
    pub name: String,
    /// The globals (a dict object).
    pub dict: Value,
}
