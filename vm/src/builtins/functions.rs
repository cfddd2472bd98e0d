//! STUB (replaced by a helper's file)
use crate::objects::function::NativeFn;
/// stub
pub static FUNCTIONS: &[(&str, NativeFn)] = &[];
