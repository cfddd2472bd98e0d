//! Fuzz target `decoders`: see `taipan_fuzz::decoders`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| taipan_fuzz::decoders(data));
