//! Fuzz target `run_limited`: see `taipan_fuzz::run_limited`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| taipan_fuzz::run_limited(data));
