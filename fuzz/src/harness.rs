//! Running fuzzed code under tight limits, and telling a crash (a Rust
//! panic, caught or not) from an ordinary Python exception.

use std::time::Duration;
use taipan::{CallOptions, Capabilities, Error, Runtime};
use taipan_vm::runtime::Limits;

/// The time budget of one run: runaway loops end in `TimeoutError`.
const TIMEOUT: Duration = Duration::from_millis(100);
/// Heap budget of each fuzzed run (libFuzzer stops at 2 GiB of RSS).
const HEAP_BUDGET: usize = 256 << 20;

/// Stack of the thread each input runs on: deep enough that the recursion
/// limit, not the stack, stops runaway recursion (as for the CLI's main
/// thread and `SharedModule::map`'s workers).
const STACK: usize = 64 << 20;

/// How the VM words the `SystemError` it makes of a panic it caught.
const INTERNAL_ERROR: &str = "internal error in taipan";

/// A runtime with no filesystem access, its output thrown away, and small
/// limits on recursion and single allocations.
pub fn runtime() -> Runtime {
    Runtime::builder()
        .capabilities(Capabilities::none())
        .limits(Limits {
            recursion_limit: 200,
            max_alloc_items: 1 << 20,
        })
        .stdout(Box::new(std::io::sink()))
        .stderr(Box::new(std::io::sink()))
        .build()
}

/// The options of every fuzzed run: the time budget and a heap budget (so
/// that a memory bomb is a MemoryError, not libFuzzer's out-of-memory).
pub fn options() -> CallOptions {
    CallOptions {
        timeout: Some(TIMEOUT),
        heap_budget: Some(HEAP_BUDGET),
        ..CallOptions::default()
    }
}

/// Panics (a crash for the fuzzer) when a run ended in the VM's "internal
/// error", that is when it caught a Rust panic.
pub fn check<T>(result: Result<T, Error>) {
    if let Err(e) = result {
        if e.kind == "SystemError" && e.traceback.contains(INTERNAL_ERROR) {
            panic!("taipan caught a panic:\n{}", e.traceback);
        }
    }
}

/// Runs `f` on a fresh thread with a big stack; a panic there goes on in
/// the caller.
pub fn on_big_stack(f: impl FnOnce() + Send) {
    std::thread::scope(|scope| {
        let joined = std::thread::Builder::new()
            .name("taipan-fuzz".into())
            .stack_size(STACK)
            .spawn_scoped(scope, f)
            .map(|handle| handle.join());
        match joined {
            Ok(Ok(())) => {}
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(e) => panic!("cannot start the fuzz thread: {e}"),
        }
    });
}

/// Parses, checks and compiles `source`; errors are fine.
pub fn compile(source: &str) {
    let _ = taipan_vm::compile_module("fuzz.py", source);
}

/// Compiles `source` and runs it as `__main__` under the limits.
pub fn run_script(source: &str) {
    on_big_stack(|| {
        let rt = runtime();
        if let Ok(program) = rt.compile_str("fuzz.py", source) {
            check(rt.run_main_with(&program, &options()));
        }
    });
}
