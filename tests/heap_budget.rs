//! Heap budgets and recursion limits: per call (embedding API) and per run
//! (CLI). Past a budget the script sees MemoryError, which no handler can
//! swallow; the thread is reused afterwards with its memory back.

use taipan::{Arg, CallOptions, Runtime};

mod cli_script;
use cli_script::taipan_run;

const MODULE: &str = r#"
import numpy as np

def grow_list():
    x = []
    while True:
        x.append([0] * 100)

def comprehension():
    return [i for i in range(10**9)]

def doubling():
    s = "ab"
    while True:
        s = s + s

def dict_growth():
    d = {}
    i = 0
    while True:
        d[i] = str(i)
        i += 1

def collect():
    def forever():
        while True:
            yield 1
    return list(forever())

def swallow():
    x = []
    while True:
        try:
            x.append("y" * 1000)
        except MemoryError:
            x = []

def arrays():
    keep = []
    while True:
        keep.append(np.ones((256, 256)))

def one_big_array():
    return np.zeros((100000, 100000))

def joined():
    a = np.ones((1024, 1024))
    return np.concatenate([a] * 8)

def ints(n):
    return len(list(range(n)))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
"#;

fn module() -> taipan::SharedModule {
    let rt = Runtime::builder().build();
    let program = rt.compile_str("budget.py", MODULE).expect("compiles");
    rt.load(&program).expect("loads")
}

fn budget(bytes: usize) -> CallOptions {
    CallOptions {
        heap_budget: Some(bytes),
        ..CallOptions::default()
    }
}

const RUNAWAYS: [&str; 9] = [
    "grow_list",
    "comprehension",
    "doubling",
    "dict_growth",
    "collect",
    "swallow",
    "arrays",
    "one_big_array",
    "joined",
];

/// Runs one runaway call under a 32 MB budget and checks how it ended.
fn stopped(m: &taipan::SharedModule, function: &str) {
    let e = m
        .call_opts(function, &[], &budget(32 << 20))
        .expect_err(function);
    assert_eq!(e.kind, "MemoryError", "{function}: {}", e.traceback);
    assert!(
        e.traceback
            .ends_with("MemoryError: the call went past its heap budget of 33554432 bytes\n"),
        "{function}: {}",
        e.traceback
    );
    // The thread serves the next call, without the budget.
    assert_eq!(m.call("ints", &[Arg::Int(3)]), Ok(Arg::Int(3)));
}

#[test]
fn every_kind_of_runaway_allocation_stops_and_the_memory_comes_back() {
    let m = module();
    // A first round warms the thread up (lazily made classes, caches);
    // after it, each runaway call gives back all it took.
    RUNAWAYS.iter().for_each(|f| stopped(&m, f));
    for function in RUNAWAYS {
        let before = taipan::heap_in_use();
        stopped(&m, function);
        let after = taipan::heap_in_use();
        assert_eq!(before, after, "{function}: bytes in use before and after");
    }
}

#[test]
fn the_budget_counts_what_a_call_holds() {
    let m = module();
    // A million ints in a list: 16 MB of slots (the ints are inline).
    let million = [Arg::Int(1_000_000)];
    assert_eq!(
        m.call_opts("ints", &million, &budget(24 << 20)),
        Ok(Arg::Int(1_000_000))
    );
    let e = m
        .call_opts("ints", &million, &budget(8 << 20))
        .expect_err("over budget");
    assert_eq!(e.kind, "MemoryError");
}

#[test]
fn a_recursion_limit_per_call() {
    let m = module();
    let options = CallOptions {
        recursion_limit: Some(50),
        ..CallOptions::default()
    };
    assert_eq!(
        m.call_opts("depth", &[Arg::Int(40)], &options),
        Ok(Arg::Int(40))
    );
    let e = m
        .call_opts("depth", &[Arg::Int(60)], &options)
        .expect_err("too deep");
    assert_eq!(e.kind, "RecursionError");
    // The next call has the runtime's limit again.
    assert_eq!(m.call("depth", &[Arg::Int(500)]), Ok(Arg::Int(500)));
}

#[test]
fn the_cli_sets_a_heap_budget_per_thread() {
    // The worker goes past its own budget; its MemoryError reaches the main
    // thread, whose budget is intact, so the main thread may handle it.
    let script = "from concurrent.futures import ThreadPoolExecutor\n\ndef bomb(x):\n    s = [x]\n    while True:\n        s = s + s\n\nwith ThreadPoolExecutor(2) as ex:\n    try:\n        ex.submit(bomb, 1).result()\n    except MemoryError as e:\n        print('worker:', e)\nprint('main goes on')\nx = []\nwhile True:\n    x.append('z' * 100)\n";
    let out = taipan_run(&["--max-heap", "16M"], script);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "worker: the call went past its heap budget of 16777216 bytes\nmain goes on\n"
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.ends_with("MemoryError: the call went past its heap budget of 16777216 bytes\n"),
        "{stderr}"
    );
}

#[test]
fn the_cli_sets_a_recursion_limit_and_refuses_bad_limits() {
    let script =
        "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(80))\nprint(f(200))\n";
    let out = taipan_run(&["--recursion-limit", "100"], script);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "80\n");
    assert!(String::from_utf8_lossy(&out.stderr)
        .ends_with("RecursionError: maximum recursion depth exceeded\n"));
    for bad in [
        ["--max-heap", "12T"],
        ["--max-heap", "0"],
        ["--recursion-limit", "0"],
        ["--timeout", "-1"],
    ] {
        let out = taipan_run(&bad, "print('ran')\n");
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{bad:?}");
    }
}
