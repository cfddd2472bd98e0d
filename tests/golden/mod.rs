//! Golden suites: scripts whose expected stdout was printed by CPython with
//! the real libraries (NumPy, Pillow, OpenCV, soundfile; pinned in
//! `tests/golden/requirements.txt`) and is stored beside them. Each suite's
//! test runs every case under taipan and compares.
//!
//! A golden holds the script's exact stdout. When the script exits with a
//! non-zero status, one more line follows: `EXIT <code> <exception type>`,
//! the exception type being the text before the first `:` of the last
//! non-indented line of stderr (`hint:` lines are skipped). taipan's output
//! gets the same line by the same rule before the comparison.
//!
//! The goldens are never edited by hand: `tests/golden/generate.py` writes
//! them (and `--check`, which CI runs, fails on any drift).
//!
//! A suite's `known_failures.txt` lists cases that do not match yet, one
//! name per line (`#` starts a comment). A listed case that starts to pass
//! fails the suite too, so the list can only shrink.
//!
//! `TAIPAN_BIN` (a taipan binary, e.g. one cross-built for aarch64) and
//! `TAIPAN_RUNNER` (e.g. `qemu-aarch64`) run the taipan side elsewhere, as
//! in `tests/differential.rs`. `TAIPAN_GOLDEN_TIMEOUT` sets the seconds one
//! case may run (default 120).

use crate::support::{exception_type, taipan_command};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One golden suite: where its cases and goldens live.
pub struct Suite {
    /// The suite's name in messages (as `generate.py --suite` spells it).
    pub name: &'static str,
    /// The cases' folder, relative to the repository root.
    pub cases: &'static str,
    /// The goldens' folder, relative to the repository root.
    pub expected: &'static str,
    /// The known-failures file, relative to the repository root, if any.
    pub known_failures: Option<&'static str>,
    /// Whether cases run in the repository root (otherwise in `cases`).
    pub run_in_root: bool,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Suite {
    fn cases_dir(&self) -> PathBuf {
        root().join(self.cases)
    }

    fn expected_dir(&self) -> PathBuf {
        root().join(self.expected)
    }

    /// The cases listed in the known-failures file (with or without `.py`).
    fn known_failures(&self) -> Vec<String> {
        let Some(file) = self.known_failures else {
            return Vec::new();
        };
        std::fs::read_to_string(root().join(file))
            .unwrap_or_default()
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .map(|l| l.strip_suffix(".py").unwrap_or(l).to_string())
            .collect()
    }

    /// Asserts that every case has a golden, every golden a case, and
    /// every known failure is a case.
    pub fn assert_complete(&self) {
        let cases = stems(&self.cases_dir(), "py");
        let goldens = stems(&self.expected_dir(), "out");
        assert!(!cases.is_empty(), "no cases in {}", self.cases);
        let mut problems = Vec::new();
        for c in &cases {
            if goldens.binary_search(c).is_err() {
                problems.push(format!(
                    "case {c}.py has no golden {}/{c}.out",
                    self.expected
                ));
            }
        }
        for g in &goldens {
            if cases.binary_search(g).is_err() {
                problems.push(format!("golden {g}.out has no case {}/{g}.py", self.cases));
            }
        }
        for k in self.known_failures() {
            if cases.binary_search(&k).is_err() {
                problems.push(format!("the known failures list {k}, which is not a case"));
            }
        }
        assert!(
            problems.is_empty(),
            "the {} golden set is incomplete (regenerate with \
             `python tests/golden/generate.py --suite {}`):\n{}",
            self.name,
            self.name,
            problems.join("\n")
        );
    }

    /// Runs every case under taipan (several at once) and asserts that each
    /// matches its golden, except the known failures, which must still fail.
    pub fn assert_cases_match(&self) {
        let cases = stems(&self.cases_dir(), "py");
        assert!(!cases.is_empty(), "no cases in {}", self.cases);
        let known = self.known_failures();
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
                    let r = self.compare(&name);
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
                    "{name}: passes now; remove it from {}",
                    self.known_failures.unwrap_or("the known failures")
                )),
                (Err(e), false) => failures.push(format!("{name}: {e}")),
            }
        }
        println!(
            "{}: {passed} passed, {} failed, {known_failed} known failures",
            self.name,
            failures.len()
        );
        assert!(
            failures.is_empty(),
            "{} {} cases differ from their goldens:\n{}",
            failures.len(),
            self.name,
            failures.join("\n")
        );
    }

    /// Compares one case with its golden; the error is a readable diff.
    fn compare(&self, name: &str) -> Result<(), String> {
        let golden = self.expected_dir().join(format!("{name}.out"));
        let expected = std::fs::read(&golden)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|e| format!("no golden {}: {e}", golden.display()))?;
        let cwd = if self.run_in_root {
            root()
        } else {
            self.cases_dir()
        };
        let run = run_taipan(&self.cases_dir().join(format!("{name}.py")), &cwd)?;
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
}

fn timeout() -> Duration {
    let secs = std::env::var("TAIPAN_GOLDEN_TIMEOUT")
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

struct Run {
    /// stdout, plus the `EXIT` line when the status is not 0.
    output: String,
    stderr: String,
}

/// Runs one case under taipan in `cwd`, killing it after the timeout.
fn run_taipan(script: &Path, cwd: &Path) -> Result<Run, String> {
    let mut child = taipan_command()
        .arg("run")
        .arg(script)
        .current_dir(cwd)
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
