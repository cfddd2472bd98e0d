//! Snapshot tests (insta) for the subset diagnostics and for tracebacks:
//! every script in `tests/diagnostics/` runs under `taipan run` and what it
//! writes to stderr, with its exit status, is compared to the snapshot.

use std::path::Path;
use std::process::Command;

fn stderr_of(script: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg("run")
        .arg(script)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("taipan starts");
    // taipan names the script by its absolute path, as CPython does; the
    // snapshots show it relative to the repository, wherever that is.
    format!(
        "exit: {:?}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).replace(concat!(env!("CARGO_MANIFEST_DIR"), "/"), "")
    )
}

#[test]
fn diagnostics_and_tracebacks() {
    let dir = Path::new("tests/diagnostics");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut scripts: Vec<_> = std::fs::read_dir(root.join(dir))
        .expect("tests/diagnostics exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    for script in scripts {
        let name = script
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let rel = dir.join(script.file_name().expect("file name"));
        insta::assert_snapshot!(name, stderr_of(&rel));
    }
}
