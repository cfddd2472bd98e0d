//! The numpy golden suite: every script in `tests/numpy/cases/` runs under
//! taipan, and its stdout must equal `tests/numpy/expected/NAME.out`, which
//! real NumPy 2.3.5 under CPython produced.
//!
//! A golden holds the script's exact stdout. When the script exits with a
//! non-zero status, one more line follows: `EXIT <code> <exception type>`,
//! the exception type being the text before the first `:` of the last
//! non-indented line of stderr (`hint:` lines are skipped). taipan's output
//! gets the same line by the same rule before the comparison.
//!
//! The goldens are never edited by hand. To regenerate them, in a virtualenv
//! with `python3 -m pip install numpy==2.3.5`:
//!
//! ```text
//! python tests/numpy/generate.py            # rewrite tests/numpy/expected/
//! python tests/numpy/generate.py --check    # what CI runs: exit 1 on any drift
//! ```
//!
//! `tests/numpy/known_failures.txt` lists cases that do not match yet, one
//! name per line (`#` starts a comment). A listed case that starts to pass
//! fails the suite too, so the list can only shrink; a failing case that is
//! not listed shows its first differing line.
//!
//! `TAIPAN_BIN` (a taipan binary, e.g. one cross-built for aarch64) and
//! `TAIPAN_RUNNER` (e.g. `qemu-aarch64`) run the taipan side elsewhere, as
//! in `tests/differential.rs`. `TAIPAN_NUMPY_TIMEOUT` sets the seconds one
//! case may run (default 120).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

fn numpy_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/numpy")
}

/// The command that runs taipan: this build's binary, or `TAIPAN_BIN`
/// under `TAIPAN_RUNNER` when they are set.
fn taipan_command() -> Command {
    let bin =
        std::env::var("TAIPAN_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_taipan").to_string());
    match std::env::var("TAIPAN_RUNNER") {
        Ok(runner) if !runner.is_empty() => {
            let mut c = Command::new(runner);
            c.arg(bin);
            c
        }
        _ => Command::new(bin),
    }
}

fn timeout() -> Duration {
    let secs = std::env::var("TAIPAN_NUMPY_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(120);
    Duration::from_secs(secs)
}

/// Names (file stems) of the files in `dir` that end in `.ext`, sorted.
fn stems(dir: &Path, ext: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    v.sort();
    v
}

/// The cases listed in `known_failures.txt` (with or without `.py`).
fn known_failures() -> Vec<String> {
    std::fs::read_to_string(numpy_dir().join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.strip_suffix(".py").unwrap_or(l).to_string())
        .collect()
}

/// The exception type on stderr: the text before ':' on the last
/// non-empty, non-indented line that is not a `hint:`.
fn exception_type(stderr: &str) -> String {
    stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.starts_with(' ') && !l.starts_with("hint:"))
        .map(|l| l.split(':').next().unwrap_or("").trim().to_string())
        .unwrap_or_default()
}

struct Run {
    /// stdout, plus the `EXIT` line when the status is not 0.
    output: String,
    stderr: String,
}

/// Runs one case under taipan, killing it after the timeout.
fn run_taipan(script: &Path) -> Result<Run, String> {
    let mut child = taipan_command()
        .arg("run")
        .arg(script)
        .current_dir(numpy_dir().join("cases"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("taipan does not start: {e}"))?;
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let limit = timeout();
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {} s", limit.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for taipan failed: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let mut output = String::from_utf8_lossy(&stdout).into_owned();
    let stderr = String::from_utf8_lossy(&stderr).into_owned();
    if status.code() != Some(0) {
        if !output.is_empty() && !output.ends_with('\n') {
            output.push('\n');
        }
        let code = status
            .code()
            .map_or_else(|| "signal".to_string(), |c| c.to_string());
        let line = format!("EXIT {code} {}", exception_type(&stderr));
        output.push_str(line.trim_end());
        output.push('\n');
    }
    Ok(Run { output, stderr })
}

/// Compares one case with its golden; the error is a readable diff.
fn compare(name: &str) -> Result<(), String> {
    let dir = numpy_dir();
    let golden = dir.join("expected").join(format!("{name}.out"));
    let expected = std::fs::read(&golden)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| format!("no golden {}: {e}", golden.display()))?;
    let run = run_taipan(&dir.join("cases").join(format!("{name}.py")))?;
    if run.output == expected {
        return Ok(());
    }
    let exp: Vec<&str> = expected.split('\n').collect();
    let got: Vec<&str> = run.output.split('\n').collect();
    let line = exp
        .iter()
        .zip(&got)
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| exp.len().min(got.len()));
    let stderr_tail: Vec<&str> = run.stderr.lines().rev().take(3).collect();
    let stderr_tail: Vec<&str> = stderr_tail.into_iter().rev().collect();
    Err(format!(
        "first difference at line {}\n      expected: {:?}\n      got:      {:?}{}",
        line + 1,
        exp.get(line).copied().unwrap_or("<end>"),
        got.get(line).copied().unwrap_or("<end>"),
        if stderr_tail.is_empty() {
            String::new()
        } else {
            format!(
                "\n      stderr:   {}",
                stderr_tail.join("\n                ")
            )
        }
    ))
}

#[test]
fn golden_set_is_complete() {
    let dir = numpy_dir();
    let cases = stems(&dir.join("cases"), "py");
    let goldens = stems(&dir.join("expected"), "out");
    assert!(!cases.is_empty(), "no cases in tests/numpy/cases");
    let mut problems = Vec::new();
    for c in &cases {
        if goldens.binary_search(c).is_err() {
            problems.push(format!("case {c}.py has no golden expected/{c}.out"));
        }
    }
    for g in &goldens {
        if cases.binary_search(g).is_err() {
            problems.push(format!("golden expected/{g}.out has no case cases/{g}.py"));
        }
    }
    for k in known_failures() {
        if cases.binary_search(&k).is_err() {
            problems.push(format!("known_failures.txt lists {k}, which is not a case"));
        }
    }
    assert!(
        problems.is_empty(),
        "the numpy golden set is incomplete (regenerate with `python tests/numpy/generate.py`):\n{}",
        problems.join("\n")
    );
}

#[test]
fn cases_match_numpy_goldens() {
    let cases = stems(&numpy_dir().join("cases"), "py");
    assert!(!cases.is_empty(), "no cases in tests/numpy/cases");
    let known = known_failures();
    let queue = Mutex::new(cases.clone());
    let results = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 8);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let next = queue.lock().expect("queue").pop();
                let Some(name) = next else { break };
                let r = compare(&name);
                results.lock().expect("results").push((name, r));
            });
        }
    });
    let mut results = results.into_inner().expect("results");
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failures = Vec::new();
    let mut passed = 0;
    let mut known_failed = 0;
    for (name, r) in &results {
        match (r, known.contains(name)) {
            (Ok(()), false) => passed += 1,
            (Err(_), true) => known_failed += 1,
            (Ok(()), true) => failures.push(format!(
                "{name}: passes now; remove it from tests/numpy/known_failures.txt"
            )),
            (Err(e), false) => failures.push(format!("{name}: {e}")),
        }
    }
    println!(
        "{passed} passed, {} failed, {known_failed} known failures",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} numpy cases differ from their goldens:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
