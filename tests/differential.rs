//! The differential suite: every script in `tests/py/` runs under taipan
//! and under `python3`; stdout, the exit status and the exception type on
//! stderr must match.
//!
//! `tests/py/known_failures.txt` lists scripts that do not match yet, one
//! name per line. A listed script that starts to pass fails the suite too,
//! so the list can only shrink.
//!
//! `TAIPAN_BIN` (a taipan binary, e.g. one cross-built for aarch64) and
//! `TAIPAN_RUNNER` (e.g. `qemu-aarch64`) run the taipan side elsewhere,
//! still against this machine's `python3`: `scripts/aarch64-check.sh`.

use std::path::{Path, PathBuf};
use std::process::Command;
use support::{exception_type, taipan_command};

mod support;
use std::sync::Mutex;

struct Outcome {
    stdout: String,
    code: Option<i32>,
    exception: Option<String>,
}

fn run(cmd: &mut Command) -> Outcome {
    let out = cmd.output().expect("the interpreter starts");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let exception = Some(exception_type(&stderr)).filter(|_| out.status.code() != Some(0));
    Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        code: out.status.code(),
        exception,
    }
}

fn scripts(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/py exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    v.sort();
    v
}

fn compare(script: &Path) -> Result<(), String> {
    let taipan = run(taipan_command().arg("run").arg(script));
    let python = run(Command::new("python3").arg(script));
    if taipan.stdout != python.stdout {
        let first = taipan
            .stdout
            .lines()
            .zip(python.stdout.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| {
                taipan
                    .stdout
                    .lines()
                    .count()
                    .min(python.stdout.lines().count())
            });
        return Err(format!(
            "stdout differs at line {}: taipan {:?} / python {:?}",
            first + 1,
            taipan.stdout.lines().nth(first).unwrap_or("<end>"),
            python.stdout.lines().nth(first).unwrap_or("<end>")
        ));
    }
    if taipan.code != python.code {
        return Err(format!(
            "exit status taipan {:?} / python {:?} ({:?})",
            taipan.code, python.code, taipan.exception
        ));
    }
    if taipan.exception != python.exception {
        return Err(format!(
            "exception taipan {:?} / python {:?}",
            taipan.exception, python.exception
        ));
    }
    Ok(())
}

#[test]
fn scripts_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let known: Vec<String> = std::fs::read_to_string(dir.join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let all = scripts(&dir);
    assert!(!all.is_empty(), "no scripts in tests/py");
    let queue = Mutex::new(all.clone());
    let results = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .max(2);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let next = queue.lock().expect("queue").pop();
                let Some(script) = next else { break };
                let r = compare(&script);
                results.lock().expect("results").push((script, r));
            });
        }
    });
    let results = results.into_inner().expect("results");
    let mut failures = Vec::new();
    let mut passed = 0;
    for (script, r) in &results {
        let name = script
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let expected_fail = known.contains(&name);
        match (r, expected_fail) {
            (Ok(()), false) => passed += 1,
            (Err(_), true) => {}
            (Ok(()), true) => failures.push(format!(
                "{name}: passes now; remove it from known_failures.txt"
            )),
            (Err(e), false) => failures.push(format!("{name}: {e}")),
        }
    }
    failures.sort();
    println!(
        "{passed} passed, {} failed, {} known failures",
        failures.len(),
        known.len()
    );
    assert!(
        failures.is_empty(),
        "{} scripts differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
