//! The cycle collector (`vm/src/gc`): a long-lived thread whose calls
//! leave reference cycles behind keeps a bounded heap, and cycles do not
//! eat a call's heap budget.

use taipan::{Arg, CallOptions, Runtime, SharedModule};

const MODULE: &str = r#"
import gc

class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
        self.report = self.total

    def total(self):
        return self.value + sum(c.total() for c in self.children)

def leave_cycles(n):
    """Leaves a tree with parent links, a recursive closure, a dict that
    holds itself, a generator that holds itself and small lists that came
    to hold themselves; returns a checksum."""
    def count(k):
        return 0 if k == 0 else 1 + count(k - 1)
    root = Node(n)
    for i in range(3):
        Node(i, Node(i, root))
    table = {"n": n}
    table["me"] = table
    def echo():
        me = yield 0
        yield me
    g = echo()
    next(g)
    g.send(g)
    # Small lists of ints start out inside their object, unwatched; the
    # append that moves their items out must start watching them, also
    # when a tuple made meanwhile closes the cycle.
    small = [1, 2]
    pair = (small, n)
    small.append(pair)
    grown = []
    for i in range(5):
        grown.append(i)
    grown.append(grown)
    shown = [*small[:2]]
    shown[0] = [shown]
    return root.report() + count(5) + table["me"]["n"]

def churn(n):
    total = 0
    for i in range(n):
        d = {"i": i, "pad": [0] * 20}
        d["self"] = d
        total += d["i"]
    return total

def collect():
    return gc.collect()

def set_enabled(on):
    if on:
        gc.enable()
    else:
        gc.disable()
    return gc.isenabled()
"#;

fn module() -> SharedModule {
    let rt = Runtime::builder().build();
    let program = rt.compile_str("cycles.py", MODULE).expect("compiles");
    rt.load(&program).expect("loads")
}

/// `leave_cycles(n)`'s result.
fn checksum(n: i64) -> i64 {
    // n, three children 0..2 each with a child of the same value, count(5),
    // and the dict's n.
    n + 2 * (1 + 2) + 5 + n
}

fn call_leave_cycles(m: &SharedModule, range: std::ops::Range<i64>) {
    for n in range {
        assert_eq!(
            m.call("leave_cycles", &[Arg::Int(n)]),
            Ok(Arg::Int(checksum(n)))
        );
    }
}

#[test]
fn a_long_lived_thread_frees_the_cycles_its_calls_leave() {
    std::thread::spawn(|| {
        let m = module();
        call_leave_cycles(&m, 0..200);
        // After a collection, nothing of the earlier calls is left...
        assert!(matches!(m.call("collect", &[]), Ok(Arg::Int(n)) if n > 0));
        let warm = taipan::heap_in_use();
        // ...and in between, automatic collections keep the heap bounded.
        let mut highest = warm;
        for chunk in 0..50 {
            call_leave_cycles(&m, chunk * 100..chunk * 100 + 100);
            highest = highest.max(taipan::heap_in_use());
        }
        m.call("collect", &[]).expect("collects");
        let after = taipan::heap_in_use();
        // Each call leaves some 30 objects in cycles, about 4 KB: 5,000
        // calls would hold 20 MB without the collector.
        assert!(
            after <= warm + 1024,
            "heap after 5,000 calls and a collection: {after} bytes, {warm} after the warm-up"
        );
        assert!(
            highest <= warm + (4 << 20),
            "the heap reached {highest} bytes between collections ({warm} after the warm-up)"
        );
    })
    .join()
    .expect("the thread ends");
}

#[test]
fn a_disabled_collector_keeps_cycles_until_it_is_enabled() {
    std::thread::spawn(|| {
        let m = module();
        call_leave_cycles(&m, 0..100);
        assert_eq!(
            m.call("set_enabled", &[Arg::Bool(false)]),
            Ok(Arg::Bool(false))
        );
        let before = taipan::heap_in_use();
        call_leave_cycles(&m, 0..2_000);
        let disabled = taipan::heap_in_use();
        assert!(
            disabled > before + (4 << 20),
            "2,000 calls with the collector off: {before} -> {disabled} bytes"
        );
        assert_eq!(
            m.call("set_enabled", &[Arg::Bool(true)]),
            Ok(Arg::Bool(true))
        );
        call_leave_cycles(&m, 0..100);
        let enabled = taipan::heap_in_use();
        assert!(
            enabled < before + (1 << 20),
            "100 calls after enabling: {enabled} bytes, {before} before the 2,000"
        );
    })
    .join()
    .expect("the thread ends");
}

#[test]
fn cycles_do_not_use_up_a_heap_budget() {
    let m = module();
    // 300,000 self-holding dicts of about 600 bytes: 180 MB if none were
    // freed, far past the 16 MB budget.
    let options = CallOptions {
        heap_budget: Some(16 << 20),
        ..CallOptions::default()
    };
    let n = 300_000i64;
    assert_eq!(
        m.call_opts("churn", &[Arg::Int(n)], &options),
        Ok(Arg::Int(n * (n - 1) / 2))
    );
}
