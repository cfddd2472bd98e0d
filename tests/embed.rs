//! The Rust face: a module loaded once, called from many host threads.

use std::collections::HashMap;
use taipan::{Arg, Bytes, Runtime};

const MODULE: &str = r#"
STOP = {"the", "a"}
SEEN = []

def tokens(text):
    return [w for w in text.lower().split() if w not in STOP]

def stats(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

def mean(xs):
    return sum(xs) / len(xs)

def remember(x):
    SEEN.append(x)

def upper_bytes(b):
    return b.upper()

def broken(x):
    return helper_that_does_not_exist(x)
"#;

fn module() -> taipan::SharedModule {
    let rt = Runtime::builder().build();
    let program = rt.compile_str("embedded.py", MODULE).expect("compiles");
    rt.load(&program).expect("loads")
}

#[test]
fn converts_rust_values_in_and_out() {
    let m = module();
    let words: Vec<String> = m
        .call("tokens", &["The cat saw a dog".into()])
        .and_then(Vec::try_from)
        .expect("a list of str");
    assert_eq!(words, ["cat", "saw", "dog"]);
    let counts: HashMap<String, i64> = m
        .call("stats", &[vec!["x", "y", "x"].into()])
        .and_then(HashMap::try_from)
        .expect("a dict");
    assert_eq!(counts["x"], 2);
    let mean: f64 = m
        .call("mean", &[vec![1.0, 2.0, 4.5].into()])
        .and_then(f64::try_from)
        .expect("a float");
    assert_eq!(mean, 2.5);
    let b: Bytes = m
        .call("upper_bytes", &[Bytes(b"abc".to_vec()).into()])
        .and_then(Bytes::try_from)
        .expect("bytes");
    assert_eq!(b.0, b"ABC");
}

#[test]
fn python_exceptions_reach_the_host_with_their_traceback() {
    let m = module();
    let e = m.call("broken", &[Arg::Int(1)]).expect_err("raises");
    assert_eq!(e.kind, "NameError");
    assert!(
        e.traceback.contains("line 24, in broken"),
        "{}",
        e.traceback
    );
    assert!(e
        .traceback
        .ends_with("NameError: name 'helper_that_does_not_exist' is not defined\n"));
}

#[test]
fn a_loaded_module_is_frozen() {
    let m = module();
    let e = m.call("remember", &[Arg::Int(1)]).expect_err("refused");
    assert_eq!(e.kind, "TypeError");
    assert!(
        e.traceback.contains("global 'SEEN' of module 'embedded'"),
        "{}",
        e.traceback
    );
}

#[test]
fn many_threads_call_one_module_and_map_a_batch() {
    let m = module();
    std::thread::scope(|s| {
        for t in 0..8 {
            let m = &m;
            s.spawn(move || {
                for i in 0..200 {
                    let text = format!("the w{t} a w{i} w{t}");
                    let got = m.call("tokens", &[text.into()]).expect("runs");
                    let want: Arg = vec![format!("w{t}"), format!("w{i}"), format!("w{t}")].into();
                    assert_eq!(got, want);
                }
            });
        }
    });
    let inputs: Vec<Arg> = (0..50).map(|i| format!("a b{i} c").into()).collect();
    let results = m.map("tokens", &inputs, 4);
    assert_eq!(results.len(), 50);
    for (i, r) in results.into_iter().enumerate() {
        let words: Vec<String> = r.and_then(Vec::try_from).expect("a list");
        assert_eq!(words, [format!("b{i}"), "c".to_string()]);
    }
}

/// Freeing a long chain of objects (a linked list of instances, nested
/// tuples, lists, dicts, closures' defaults) must not recurse once per link:
/// here it happens on a host thread with a small stack.
#[test]
fn long_chains_are_freed_without_deep_recursion() {
    const CHAINS: &str = r#"
class Node:
    def __init__(self, nxt):
        self.nxt = nxt

def build_and_drop(n):
    node = tup = lst = dct = fn = None
    for _ in range(n):
        node = Node(node)
        tup = (tup, 1)
        lst = [lst]
        dct = {"next": dct}
        fn = lambda fn=fn: fn
    return n
"#;
    let rt = Runtime::builder().build();
    let program = rt.compile_str("chains.py", CHAINS).expect("compiles");
    let m = rt.load(&program).expect("loads");
    let handle = std::thread::Builder::new()
        .stack_size(4 << 20)
        .spawn(move || m.call("build_and_drop", &[Arg::Int(200_000)]))
        .expect("thread starts");
    let got = handle.join().expect("no stack overflow").expect("runs");
    assert_eq!(got, Arg::Int(200_000));
}
