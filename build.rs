//! Start-up locality for the release CLI.
//!
//! The kernel maps an executable's code in 64 KB runs around every page that
//! is touched, so the few hundred functions that run while taipan starts
//! cost megabytes of resident memory when the linker scatters them through
//! 9 MB of code. `link/startup-order.x86_64-unknown-linux-gnu.txt` lists
//! those functions (`scripts/startup-order.sh` writes it); this script hands
//! it to the linker so that they are laid out first, side by side. It is a
//! layout hint only: a name the build no longer has (after a toolchain or
//! dependency update) is skipped, and the binary behaves the same.
//!
//! The hint is given only where the linker takes it: release builds of the
//! CLI for x86_64 Linux (glibc) with Rust 1.90 or newer, whose default
//! linker there is LLD.

use std::env;
use std::path::Path;
use std::process::Command;

/// The ordering file for a target, relative to the package root.
fn order_file(target: &str) -> String {
    format!("link/startup-order.{target}.txt")
}

/// The minor version of the rustc that builds this package (`1.N.x`).
fn rustc_minor() -> Option<u32> {
    let rustc = env::var("RUSTC").ok()?;
    let out = Command::new(rustc).arg("--version").output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let version = text.split_whitespace().nth(1)?;
    version.split('.').nth(1)?.parse().ok()
}

fn main() {
    let target = env::var("TARGET").unwrap_or_default();
    let file = order_file(&target);
    println!("cargo:rerun-if-changed={file}");
    println!("cargo:rerun-if-changed=build.rs");
    let release = env::var("PROFILE").is_ok_and(|p| p == "release");
    let lld_by_default = target == "x86_64-unknown-linux-gnu" && rustc_minor() >= Some(90);
    if !release || !lld_by_default || !Path::new(&file).is_file() {
        return;
    }
    let dir = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let path = Path::new(&dir).join(&file);
    println!(
        "cargo:rustc-link-arg-bin=taipan=-Wl,--symbol-ordering-file={}",
        path.display()
    );
    println!("cargo:rustc-link-arg-bin=taipan=-Wl,--no-warn-symbol-ordering");
}
