//! STUB (replaced by a helper's file)
use crate::objects::function::NativeFn;
/// stub
pub static STR_METHODS: &[(&str, NativeFn)] = &[];
/// stub
pub static BYTES_METHODS: &[(&str, NativeFn)] = &[];
/// stub
pub static BYTEARRAY_METHODS: &[(&str, NativeFn)] = &[];
