//! Runs a script text through `taipan run` with command-line flags: what
//! the suites that test the CLI's limit flags share.

use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Writes `script` to a file of its own and runs `taipan run ARGS… FILE`,
/// returning what the process printed and how it exited. Each call gets a
/// fresh file name, so tests running at once never share one.
pub fn taipan_run(args: &[&str], script: &str) -> Output {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "taipan_cli_script_{}_{}.py",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, script).expect("written");
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg("run")
        .args(args)
        .arg(&path)
        .output()
        .expect("runs");
    let _ = std::fs::remove_file(&path);
    out
}
