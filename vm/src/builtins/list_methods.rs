//! STUB (replaced by a helper's file)
use crate::objects::function::NativeFn;
/// stub
pub static LIST_METHODS: &[(&str, NativeFn)] = &[];
/// stub
pub static TUPLE_METHODS: &[(&str, NativeFn)] = &[];
/// stub
pub static RANGE_METHODS: &[(&str, NativeFn)] = &[];
