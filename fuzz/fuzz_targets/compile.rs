//! Fuzz target `compile`: see `taipan_fuzz::compile`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| taipan_fuzz::compile(data));
