//! Deflates the standard-library modules written in Python (`src/py/`)
//! into `$OUT_DIR/py/`, where `src/lib.rs` embeds them: kept as plain
//! text they were 0.4 MB of the binary, and a module is inflated only when
//! a script first imports it. Their docstrings and comments are dropped
//! first (`build/docstrings.rs`).

#[path = "build/docstrings.rs"]
mod docstrings;

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/py");
    println!("cargo:rerun-if-changed=build/docstrings.rs");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out = Path::new(&out_dir).join("py");
    fs::create_dir_all(&out).expect("create $OUT_DIR/py");
    let sources = fs::read_dir("src/py").expect("read src/py");
    for entry in sources {
        let path = entry.expect("list src/py").path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("read a module of src/py (UTF-8)");
        let text = docstrings::strip_docs_and_comments(&text);
        let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
        let name = path.file_name().expect("a file name").to_string_lossy();
        fs::write(out.join(format!("{name}.z")), deflated).expect("write a deflated module");
    }
}
