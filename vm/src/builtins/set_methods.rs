//! STUB (replaced by a helper's file)
use crate::objects::function::NativeFn;
/// stub
pub static SET_METHODS: &[(&str, NativeFn)] = &[];
/// stub
pub static FROZENSET_METHODS: &[(&str, NativeFn)] = &[];
