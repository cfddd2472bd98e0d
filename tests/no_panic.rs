//! Bad input never crashes: truncated and mutated copies of every test
//! script go through parse -> check -> compile -> run, and nothing panics.
//! Runaway mutants are stopped by the runtime's interrupt flag.

use std::path::Path;
use std::time::Duration;
use taipan::Runtime;
use taipan_vm::runtime::{Capabilities, Limits};

/// A tiny deterministic generator (no external crates needed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn variants(source: &str, seed: u64) -> Vec<String> {
    let mut rng = Lcg(seed);
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    for frac in [3, 2] {
        let cut = bytes.len() * (frac - 1) / frac;
        out.push(String::from_utf8_lossy(&bytes[..cut]).into_owned());
    }
    const TOKENS: &[&str] = &[
        "(", ")", ":", "\n    ", "*", "**", "[", "]", "yield ", "lambda", "0", "'", "\"", ",", "=",
        "del ", "return ",
    ];
    for _ in 0..4 {
        let mut b = bytes.to_vec();
        if b.is_empty() {
            break;
        }
        let at = (rng.next() as usize) % b.len();
        let tok = TOKENS[(rng.next() as usize) % TOKENS.len()];
        if rng.next() % 2 == 0 {
            b.splice(at..at, tok.bytes());
        } else {
            let end = (at + 1 + (rng.next() as usize) % 8).min(b.len());
            b.drain(at..end);
        }
        out.push(String::from_utf8_lossy(&b).into_owned());
    }
    out
}

fn run_guarded(source: String) {
    let rt = Runtime::builder()
        .capabilities(Capabilities::none())
        .limits(Limits {
            recursion_limit: 200,
            max_alloc_items: 1 << 20,
        })
        .stdout(Box::new(std::io::sink()))
        .stderr(Box::new(std::io::sink()))
        .build();
    let ctx = rt.context().clone();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = done.clone();
    let watchdog = std::thread::spawn(move || {
        for _ in 0..20 {
            std::thread::sleep(Duration::from_millis(10));
            if flag.load(std::sync::atomic::Ordering::SeqCst) {
                return;
            }
        }
        ctx.interrupt.raise();
    });
    if let Ok(program) = rt.compile_str("mutant.py", &source) {
        let _ = rt.run_main(&program);
    }
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let _ = watchdog.join();
}

#[test]
fn mutated_scripts_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let mut scripts: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/py exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    let mut panics = Vec::new();
    for (i, script) in scripts.iter().enumerate() {
        let source = std::fs::read_to_string(script).unwrap_or_default();
        for (j, v) in variants(&source, i as u64 + 1).into_iter().enumerate() {
            let worker = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || run_guarded(v))
                .expect("spawn");
            if worker.join().is_err() {
                panics.push(format!("{} variant {j}", script.display()));
            }
        }
    }
    assert!(panics.is_empty(), "panics on:\n{}", panics.join("\n"));
}
