//! Replays the stored fuzz inputs: every file under
//! `tests/fuzz_regressions/<target>/` goes through the same code as the
//! fuzz target `<target>` (`fuzz/src/`, included below), and none may
//! panic, end in taipan's "internal error" (a panic the VM caught) or run
//! past `HANG_LIMIT` (the targets' time budget is 100 ms).
//! `scripts/fuzz.sh` says how the targets run; a crash they find is
//! minimized into one of these directories.

#[path = "../fuzz/src/lib.rs"]
mod fuzz_logic;

use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long one stored input may take (a debug build on a busy machine).
const HANG_LIMIT: Duration = Duration::from_secs(20);

/// The stored inputs' directory.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions")
}

/// The files of one directory, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    out.retain(|p| p.is_file());
    out.sort();
    out
}

#[test]
fn every_directory_names_a_fuzz_target() {
    let entries = std::fs::read_dir(root()).expect("tests/fuzz_regressions exists");
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().to_string();
        if entry.path().is_dir() {
            assert!(
                fuzz_logic::TARGETS.iter().any(|(t, _)| *t == name),
                "tests/fuzz_regressions/{name} is no fuzz target"
            );
        }
    }
}

/// Replays one input on its own thread: `Err` says how it went wrong.
fn replay(run: fn(&[u8]), data: Vec<u8>) -> Result<(), &'static str> {
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let outcome = std::panic::catch_unwind(|| run(&data));
        let _ = done.send(outcome.map_err(|_| "crashed"));
    });
    finished
        .recv_timeout(HANG_LIMIT)
        .unwrap_or(Err("ran past the hang limit"))
}

#[test]
fn stored_fuzz_inputs_do_not_crash_or_hang() {
    let mut replayed = 0;
    let mut failures = Vec::new();
    for (target, run) in fuzz_logic::TARGETS {
        for file in files(&root().join(target)) {
            let data = std::fs::read(&file).expect("readable input");
            replayed += 1;
            if let Err(how) = replay(*run, data) {
                failures.push(format!("{}: {how}", file.display()));
            }
        }
    }
    assert!(replayed > 0, "no stored inputs under {}", root().display());
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}
