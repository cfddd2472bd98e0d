//! Stress tests for the concurrency contract: many threads calling into one
//! shared module, memory over 100,000 tasks, and whole-line printing.

use std::process::Command;
use taipan::{Arg, Runtime};

const VOCAB_MODULE: &str = r#"
VOCAB = {}
for i in range(30000):
    VOCAB["w%d" % i] = i
WORDS = sorted(VOCAB)

def encode(k):
    # Reads the large frozen dict and list, builds a private result.
    ids = []
    for j in range(8):
        word = WORDS[(k * 31 + j * 977) % len(WORDS)]
        ids.append(VOCAB[word] * 2 + j)
    counts = {}
    for i in ids:
        counts[i % 5] = counts.get(i % 5, 0) + 1
    return [sum(ids), len(counts), ids[k % 8]]
"#;

/// 16 threads × 10,000 calls into a module holding a 30,000-entry
/// vocabulary; every result must equal the sequential run's.
#[test]
fn sixteen_threads_share_one_vocabulary() {
    let rt = Runtime::builder().build();
    let program = rt.compile_str("vocab.py", VOCAB_MODULE).expect("compiles");
    let module = rt.load(&program).expect("loads");
    const TASKS: i64 = 10_000;
    let expected: Vec<Arg> = (0..TASKS)
        .map(|k| module.call("encode", &[Arg::Int(k)]).expect("runs"))
        .collect();
    std::thread::scope(|s| {
        for t in 0..16i64 {
            let (module, expected) = (&module, &expected);
            s.spawn(move || {
                for i in 0..TASKS {
                    let k = (i + t * 613) % TASKS;
                    let got = module.call("encode", &[Arg::Int(k)]).expect("runs");
                    assert_eq!(got, expected[k as usize], "thread {t}, task {k}");
                }
            });
        }
    });
}

fn run_script(path: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg("run")
        .arg(path)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("taipan starts");
    assert!(
        out.status.success(),
        "{path} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Memory after 100,000 tasks with fresh arguments and fresh closures stays
/// within 4 MB of its level after the first 1,000.
#[test]
fn memory_stays_flat_over_100k_tasks() {
    let out = run_script("tests/stress/memory_flat.py");
    let last = out.lines().last().expect("output");
    let kb: Vec<i64> = last
        .split_whitespace()
        .map(|n| n.parse().expect("a number"))
        .collect();
    let (first, after) = (kb[0], kb[1]);
    assert!(first > 0, "no RSS reading: {out}");
    assert!(
        after - first < 4 * 1024,
        "memory grew from {first} kB to {after} kB over 100,000 tasks"
    );
}

/// Eight workers printing long lines at once: every line comes out whole.
#[test]
fn prints_from_many_workers_never_interleave() {
    let out = run_script("tests/stress/print_whole.py");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 8 * 300 + 1);
    for line in &lines[..lines.len() - 1] {
        let (head, tail) = line.split_once(':').expect("a worker's line");
        assert!(head.contains('-'), "mangled line: {line}");
        assert_eq!(
            tail,
            format!("{} end", "x".repeat(200)),
            "mangled line: {line}"
        );
    }
    assert_eq!(lines[lines.len() - 1], "28");
}
