//! Deflates the standard-library modules written in Python (`src/py/`)
//! into `$OUT_DIR/py/`, where `src/lib.rs` embeds them: kept as plain
//! text they were 0.4 MB of the binary, and a module is inflated only when
//! a script first imports it. Their docstrings and comments are dropped
//! first (`build/docstrings.rs`).
//!
//! Every module but one is deflated with its window primed by the end of
//! [`PRIMER`]'s text (a preset dictionary, in zlib's terms): the idioms the
//! modules share then cost a back-reference each rather than their own
//! bytes, about 19 KB off the binary. `src/lib.rs` inflates the primer
//! first and the others on top of it.
//!
//! It also deflates `unicodedata`'s long tables into
//! `$OUT_DIR/unicodedata.z`.

#[path = "build/docstrings.rs"]
mod docstrings;

use miniz_oxide::deflate::core::{
    compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};
use std::fs;
use std::path::Path;

/// The module whose text primes the others' windows (see the module doc;
/// passed on to `src/lib.rs` with [`WINDOW`]). Its idioms are the common ones: classes,
/// dunders, argument checks, error messages.
const PRIMER: &str = "collections.py";
/// How much of the primer's end a deflate window holds.
const WINDOW: usize = 32 * 1024;
/// unicodedata's tables as `generate_tables.py` wrote them.
const UNICODE_TABLES: &str = "src/unicodedata/tables.bin";
/// miniz's best compression.
const LEVEL: u8 = 10;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/py");
    println!("cargo:rerun-if-changed=build/docstrings.rs");
    // `src/lib.rs` reads which module primes the others, and how much of it.
    println!("cargo:rustc-env=TAIPAN_PY_PRIMER={PRIMER}");
    println!("cargo:rustc-env=TAIPAN_PY_WINDOW={WINDOW}");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out = Path::new(&out_dir).join("py");
    fs::create_dir_all(&out).expect("create $OUT_DIR/py");
    let primer = stripped_source(&Path::new("src/py").join(PRIMER));
    let window = &primer.as_bytes()[primer.len().saturating_sub(WINDOW)..];
    let sources = fs::read_dir("src/py").expect("read src/py");
    for entry in sources {
        let path = entry.expect("list src/py").path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = stripped_source(&path);
        let name = path.file_name().expect("a file name").to_string_lossy();
        let deflated = if name == PRIMER {
            miniz_oxide::deflate::compress_to_vec(text.as_bytes(), LEVEL)
        } else {
            deflate_primed(text.as_bytes(), window)
        };
        fs::write(out.join(format!("{name}.z")), deflated).expect("write a deflated module");
    }
    // unicodedata's long tables (src/unicodedata/packed.rs inflates them).
    println!("cargo:rerun-if-changed={UNICODE_TABLES}");
    let tables = fs::read(UNICODE_TABLES).expect("read the Unicode tables");
    let deflated = miniz_oxide::deflate::compress_to_vec(&tables, LEVEL);
    fs::write(Path::new(&out_dir).join("unicodedata.z"), deflated)
        .expect("write the deflated Unicode tables");
}

/// A module's text as it is embedded: without docstrings and comments, and
/// indented by a space a level.
fn stripped_source(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("read a module of src/py (UTF-8)");
    docstrings::embedded_text(&text)
}

/// A raw deflate stream of `text` whose back-references may reach into
/// `window`, as if `window` had been inflated just before it: the window
/// is compressed first and its output dropped at a sync flush, which ends
/// its blocks on a byte boundary and keeps it in the compressor's history.
fn deflate_primed(text: &[u8], window: &[u8]) -> Vec<u8> {
    let flags = create_comp_flags_from_zip_params(i32::from(LEVEL), -15, 0);
    let mut compressor = CompressorOxide::new(flags);
    let (primed, _) = compress_to_output(&mut compressor, window, TDEFLFlush::Sync, |_| true);
    assert_eq!(primed, TDEFLStatus::Okay, "deflate the primer's window");
    let mut out = Vec::with_capacity(text.len() / 3);
    let (done, _) = compress_to_output(&mut compressor, text, TDEFLFlush::Finish, |chunk| {
        out.extend_from_slice(chunk);
        true
    });
    assert_eq!(done, TDEFLStatus::Done, "deflate a module");
    out
}
