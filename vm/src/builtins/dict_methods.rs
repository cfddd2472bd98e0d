//! STUB (replaced by a helper's file)
use crate::objects::function::NativeFn;
/// stub
pub static DICT_METHODS: &[(&str, NativeFn)] = &[];
/// stub
pub static VIEW_METHODS: &[(&str, NativeFn)] = &[];
