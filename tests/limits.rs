//! Time budgets and cancellation: per call (embedding API) and per run (CLI).

use std::process::Command;
use std::time::{Duration, Instant};
use taipan::{Arg, CallOptions, CancelToken, Runtime};

mod cli_script;
use cli_script::taipan_run;

const MODULE: &str = r#"
import time

def spin():
    while True:
        pass

def spin_with_cleanup():
    try:
        while True:
            pass
    finally:
        return "cleaned up"

def nap(seconds):
    time.sleep(seconds)
    return "awake"

def double(x):
    return 2 * x

def sort_in_place(xs):
    xs.sort()
    return xs[0]

def swallow():
    while True:
        try:
            time.sleep(10)
        except BaseException:
            pass

class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True

def suppress():
    while True:
        with Suppress():
            while True:
                pass
"#;

fn module() -> taipan::SharedModule {
    let rt = Runtime::builder().build();
    let program = rt.compile_str("limits.py", MODULE).expect("compiles");
    rt.load(&program).expect("loads")
}

#[test]
fn a_time_budget_stops_a_runaway_call_and_the_thread_is_reused() {
    let m = module();
    let options = CallOptions {
        timeout: Some(Duration::from_millis(100)),
        ..CallOptions::default()
    };
    let start = Instant::now();
    let e = m.call_opts("spin", &[], &options).expect_err("stopped");
    assert_eq!(e.kind, "TimeoutError");
    assert!(
        e.traceback.contains("time limit of 0.1 s"),
        "{}",
        e.traceback
    );
    assert!(start.elapsed() < Duration::from_secs(5));
    // The same thread's VM serves the next call, without the old limit.
    assert_eq!(m.call("double", &[Arg::Int(21)]), Ok(Arg::Int(42)));
    let e = m
        .call_opts("nap", &[Arg::Float(30.0)], &options)
        .expect_err("stopped");
    assert_eq!(e.kind, "TimeoutError");
}

#[test]
fn a_long_native_sort_meets_the_time_budget() {
    let m = module();
    // Sorting runs no bytecode and walks no iterator: only the sort's own
    // comparisons can meet the budget.
    let descending = Arg::List((0..1_000_000).rev().map(Arg::Int).collect());
    let options = CallOptions {
        timeout: Some(Duration::from_millis(1)),
        ..CallOptions::default()
    };
    let e = m
        .call_opts("sort_in_place", std::slice::from_ref(&descending), &options)
        .expect_err("stopped");
    assert_eq!(e.kind, "TimeoutError", "{}", e.traceback);
    assert_eq!(m.call("sort_in_place", &[descending]), Ok(Arg::Int(0)));
}

#[test]
fn a_host_cancels_a_call_from_another_thread_and_finally_runs() {
    let m = module();
    let token = CancelToken::new();
    let options = CallOptions {
        timeout: None,
        cancel: Some(token.clone()),
        ..CallOptions::default()
    };
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        token.cancel();
    });
    // `finally: return` swallows the KeyboardInterrupt: proof it ran.
    let r = m.call_opts("spin_with_cleanup", &[], &options);
    assert_eq!(r, Ok(Arg::Str("cleaned up".into())));
    canceller.join().expect("joins");
    let e = m
        .call_opts("nap", &[Arg::Float(30.0)], &options)
        .expect_err("cancelled");
    assert_eq!(e.kind, "KeyboardInterrupt");
}

#[test]
fn the_cli_timeout_reaches_pool_workers_too() {
    let script = "from concurrent.futures import ThreadPoolExecutor\n\ndef spin(x):\n    while True:\n        pass\n\nwith ThreadPoolExecutor(2) as ex:\n    try:\n        ex.submit(spin, 1).result()\n    except TimeoutError as e:\n        print('worker:', e)\n";
    let out = taipan_run(&["--timeout", "0.3"], script);
    // The worker's TimeoutError reaches the main script, whose own budget
    // is spent too: its `except TimeoutError` cannot swallow a tripped
    // limit, so the run ends with the error.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.ends_with("TimeoutError: the call ran past its time limit of 0.3 s\n"),
        "{stderr}"
    );
    let out = taipan_run(&["--timeout", "0.2"], "while True:\n    pass\n");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.ends_with("TimeoutError: the call ran past its time limit of 0.2 s\n"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_gives_keyboard_interrupt_and_exit_130() {
    let path = std::env::temp_dir().join(format!("taipan_sigint_{}.py", std::process::id()));
    std::fs::write(&path, "import sys\ntry:\n    print('ready', flush=True)\n    while True:\n        pass\nfinally:\n    print('finally ran')\n").expect("written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg("run")
        .arg(&path)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 6];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("ready");
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let out = child.wait_with_output().expect("ends");
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).expect("reads");
    let _ = std::fs::remove_file(&path);
    assert_eq!(out.status.code(), Some(130));
    assert!(rest.contains("finally ran"), "{rest}");
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("KeyboardInterrupt\n"));
}

#[test]
fn no_except_clause_or_exit_swallows_a_tripped_limit() {
    let m = module();
    let options = CallOptions {
        timeout: Some(Duration::from_millis(100)),
        ..CallOptions::default()
    };
    for function in ["swallow", "suppress"] {
        let start = Instant::now();
        let e = m.call_opts(function, &[], &options).expect_err("stopped");
        assert_eq!(e.kind, "TimeoutError", "{function}");
        assert!(start.elapsed() < Duration::from_secs(5), "{function}");
    }
}

/// Single native calls whose running time grows much faster than the
/// memory they hold: each would run for seconds to minutes (CPython's
/// `math.comb(4_000_000, 2_000_000)` takes over two minutes), and each must
/// stop soon after the budget, between its own steps.
const LONG_NATIVE_CALLS: &str = r#"
import math
import numpy as np

def modular_power():
    return pow(3, 10**200000, 10**50000 + 7)

def power():
    return (3 ** 200000000).bit_length()

def combinations():
    return math.comb(4000000, 2000000).bit_length()

def factorial():
    return math.factorial(10**8).bit_length()

def float_matrix_product():
    a = np.ones((3000, 3000), dtype=np.float32)
    return float((a @ a)[0, 0])

def int_matrix_product():
    a = np.ones((1500, 1500), dtype=np.int64)
    return int(np.dot(a, a)[0, 0])

def determinant():
    return float(np.linalg.det(np.eye(3000)))

def spectral_norm():
    return float(np.linalg.norm(np.eye(1500) + 1.0, 2))
"#;

#[test]
fn long_native_calls_meet_the_time_budget() {
    let rt = Runtime::builder().build();
    let program = rt
        .compile_str("long_calls.py", LONG_NATIVE_CALLS)
        .expect("compiles");
    let m = rt.load(&program).expect("loads");
    let options = CallOptions {
        timeout: Some(Duration::from_millis(50)),
        ..CallOptions::default()
    };
    for function in [
        "modular_power",
        "power",
        "combinations",
        "factorial",
        "float_matrix_product",
        "int_matrix_product",
        "determinant",
        "spectral_norm",
    ] {
        let start = Instant::now();
        let e = m.call_opts(function, &[], &options).expect_err(function);
        assert_eq!(e.kind, "TimeoutError", "{function}: {}", e.traceback);
        let took = start.elapsed();
        assert!(took < Duration::from_secs(10), "{function} took {took:?}");
    }
}
