//! Hostile input: every script in `tests/hostile/` (one per class of
//! attack: runaway loops, memory bombs, deep recursion and nesting, huge
//! numbers, recursive containers, raising dunders, mutation during
//! iteration, corrupt files, catastrophic regular expressions) runs under
//! `taipan run` with the flags on its first line (`# taipan: --timeout 1`), and its exit status, stdout and
//! stderr must equal the reviewed snapshot: a clear Python error, never a
//! crash or a hang. Deeply nested source, which CPython refuses before
//! running, is generated here rather than stored.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Runs a script with its `# taipan:` flags; the outcome as one text.
fn outcome_of(script: &Path) -> String {
    let source = std::fs::read_to_string(script).expect("script readable");
    let flags: Vec<String> = source
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# taipan:"))
        .map(|f| f.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg("run")
        .args(&flags)
        .arg(script)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("taipan starts");
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{} took {:?}",
        script.display(),
        start.elapsed()
    );
    // Paths are absolute, as CPython's; shown relative to the repository.
    let repo = concat!(env!("CARGO_MANIFEST_DIR"), "/");
    format!(
        "exit: {:?}\n--- stdout\n{}--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).replace(repo, ""),
        String::from_utf8_lossy(&out.stderr).replace(repo, "")
    )
}

#[test]
fn hostile_scripts_end_with_clear_errors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = Path::new("tests/hostile");
    let mut scripts: Vec<_> = std::fs::read_dir(root.join(dir))
        .expect("tests/hostile exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty());
    for script in scripts {
        let name = script
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let rel = dir.join(script.file_name().expect("file name"));
        insta::assert_snapshot!(name, outcome_of(&rel));
    }
}

/// Compiles `source` on a thread with Rust's default 2 MB stack, as an
/// embedding host's worker might; the exception kind, or "ok".
fn compile_on_small_stack(source: String) -> String {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let rt = taipan::Runtime::builder().build();
            match rt.compile_str("deep.py", &source) {
                Ok(_) => "ok".to_string(),
                Err(e) => e.kind,
            }
        })
        .expect("thread starts")
        .join()
        .expect("no stack overflow")
}

#[test]
fn deep_nesting_is_refused_as_cpython_refuses_it_without_overflowing() {
    // CPython 3.11 compiles 2998 chained operators and refuses 2999.
    let chain = |n: usize| format!("x = {}1\n", "1+".repeat(n));
    assert_eq!(compile_on_small_stack(chain(2998)), "ok");
    assert_eq!(compile_on_small_stack(chain(2999)), "RecursionError");
    assert_eq!(compile_on_small_stack(chain(300_000)), "RecursionError");
    let unary = format!("x = {}1\n", "not ".repeat(200_000));
    assert_eq!(compile_on_small_stack(unary), "RecursionError");
    let attrs = format!("x = {}b\n", "a.".repeat(200_000));
    assert_eq!(compile_on_small_stack(attrs), "RecursionError");
    // Brackets: 200 levels compile, the 201st is a SyntaxError.
    let parens = |n: usize| format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n));
    assert_eq!(compile_on_small_stack(parens(200)), "ok");
    assert_eq!(compile_on_small_stack(parens(201)), "SyntaxError");
    let lists = format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(compile_on_small_stack(lists), "SyntaxError");
    // Blocks nested deeply (CPython: "too many levels of indentation").
    let mut blocks = String::new();
    for i in 0..150 {
        blocks.push_str(&" ".repeat(i));
        blocks.push_str("if 1:\n");
    }
    blocks.push_str(&" ".repeat(150));
    blocks.push_str("pass\n");
    assert_eq!(compile_on_small_stack(blocks), "IndentationError");
}
