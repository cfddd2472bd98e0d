//! Fuzz target `numpy_ops`: see `taipan_fuzz::numpy_ops`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| taipan_fuzz::numpy_ops(data));
