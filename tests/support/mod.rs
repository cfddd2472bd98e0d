//! What the test suites that run the `taipan` binary share: how to start
//! it and how to read the exception type off its stderr.

use std::process::Command;

/// The command that runs taipan: this build's binary, or `TAIPAN_BIN`
/// under `TAIPAN_RUNNER` when they are set (`scripts/aarch64-check.sh`
/// runs a cross-built binary under qemu that way).
pub fn taipan_command() -> Command {
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

/// The exception type on stderr: the text before ':' on the last
/// non-empty, non-indented line that is not a `hint:` (empty when there
/// is none).
pub fn exception_type(stderr: &str) -> String {
    stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.starts_with(' ') && !l.starts_with("hint:"))
        .map(|l| l.split(':').next().unwrap_or("").trim().to_string())
        .unwrap_or_default()
}
