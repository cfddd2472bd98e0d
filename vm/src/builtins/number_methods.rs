//! STUB (replaced by a helper's file)
use crate::objects::function::NativeFn;
/// stub
pub static INT_METHODS: &[(&str, NativeFn)] = &[];
/// stub
pub static FLOAT_METHODS: &[(&str, NativeFn)] = &[];
