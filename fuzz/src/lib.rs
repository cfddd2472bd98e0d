//! The logic of taipan's fuzz targets, one function per target. It uses
//! only the public APIs of the workspace crates, so that
//! `tests/fuzz_regressions.rs` replays stored inputs through this same code
//! (it includes this file with `#[path]`).
//!
//! A target "crashes" when a Rust panic escapes or when a script sees the
//! `SystemError` the VM makes of a panic it caught; Python exceptions are
//! the expected answer to bad input.

mod decoders;
mod harness;
mod numpy_script;

/// Parse, check and compile arbitrary bytes (read as lossy UTF-8).
pub fn compile(data: &[u8]) {
    harness::compile(&String::from_utf8_lossy(data));
}

/// Compile and run arbitrary bytes as a script under tight limits.
pub fn run_limited(data: &[u8]) {
    harness::run_script(&String::from_utf8_lossy(data));
}

/// Run the numpy script the bytes spell (see `numpy_script`).
pub fn numpy_ops(data: &[u8]) {
    harness::run_script(&numpy_script::script(data));
}

/// Decode the bytes as a file: the first byte picks the decoder.
pub fn decoders(data: &[u8]) {
    decoders::decode(data);
}

/// What a target does with one input.
pub type Target = fn(&[u8]);

/// Every target by name (the directory names of `tests/fuzz_regressions/`
/// and of `fuzz/corpus/`).
pub const TARGETS: &[(&str, Target)] = &[
    ("compile", compile),
    ("run_limited", run_limited),
    ("numpy_ops", numpy_ops),
    ("decoders", decoders),
];
