//! taipan-shims: the standard-library modules scripts import, plugged into
//! the VM through its module registry: native ones (a file or folder here
//! each) and ones written in Python (`src/py/`, compiled into the binary).

mod codecs;
mod collections;
mod concurrency;
mod functools;
mod gc;
mod hashlib;
#[cfg(feature = "image")]
mod image;
mod io;
mod json;
mod math;
mod math_combinatorics;
mod math_gamma;
#[cfg(feature = "numpy")]
pub mod numpy;
mod os;
mod re;
mod time;
mod time_civil;
mod traceback;
mod unicodedata;
mod warnings;
mod zlib;

use taipan_vm::runtime::{RuntimeContext, StdlibSource};

/// A module of `src/py/` as `build.rs` deflated it into the binary, paired
/// with its name: the file is inflated when a script first imports it.
macro_rules! py {
    ($name:literal, $file:literal) => {
        (
            $name,
            StdlibSource::Lazy(|| {
                inflate_source(
                    $file,
                    include_bytes!(concat!(env!("OUT_DIR"), "/py/", $file, ".z")),
                )
            }),
        )
    };
}

/// The module whose text primes the deflate window of every other one
/// (`build.rs` chooses it and says why).
const PRIMER: &str = env!("TAIPAN_PY_PRIMER");

/// The text of a deflated module.
fn inflate_source(file: &str, deflated: &[u8]) -> Result<String, String> {
    let window = if file == PRIMER {
        &[][..]
    } else {
        primer_window()?
    };
    let bytes = zlib::inflate_embedded(deflated, window)
        .map_err(|e| format!("its embedded copy does not inflate ({e})"))?;
    String::from_utf8(bytes).map_err(|_| "its embedded copy is not UTF-8".to_string())
}

/// The end of the primer's text that the other modules were deflated
/// after, inflated once per process.
fn primer_window() -> Result<&'static [u8], String> {
    static WINDOW: std::sync::OnceLock<Result<Vec<u8>, String>> = std::sync::OnceLock::new();
    let primer = WINDOW.get_or_init(|| {
        let deflated = include_bytes!(concat!(
            env!("OUT_DIR"),
            "/py/",
            env!("TAIPAN_PY_PRIMER"),
            ".z"
        ));
        let mut text = zlib::inflate_embedded(deflated, &[])
            .map_err(|e| format!("the embedded {PRIMER} does not inflate ({e})"))?;
        let window: usize = env!("TAIPAN_PY_WINDOW").parse().unwrap_or(usize::MAX);
        text.drain(..text.len().saturating_sub(window));
        Ok(text)
    });
    primer.as_deref().map_err(Clone::clone)
}

/// Standard-library modules written in Python (`src/py/`), compiled into
/// the binary.
const PYTHON_MODULES: &[(&str, StdlibSource)] = &[
    py!("__future__", "__future__.py"),
    py!("_argparse_format", "_argparse_format.py"),
    py!("_collections_user", "_collections_user.py"),
    py!("_statistics_more", "_statistics_more.py"),
    py!("_string_formatter", "_string_formatter.py"),
    py!("abc", "abc.py"),
    py!("_argparse_parser", "_argparse_parser.py"),
    py!("argparse", "argparse.py"),
    py!("array", "array.py"),
    py!("atexit", "atexit.py"),
    py!("ast", "ast.py"),
    py!("_ast_fast", "_ast_fast.py"),
    py!("_ast_parser", "_ast_parser.py"),
    py!("_ast_strings", "_ast_strings.py"),
    py!("_ast_tokens", "_ast_tokens.py"),
    py!("base64", "base64.py"),
    py!("binascii", "binascii.py"),
    py!("bisect", "bisect.py"),
    py!("codecs", "codecs.py"),
    py!("collections", "collections.py"),
    py!("collections.abc", "collections_abc.py"),
    py!("colorsys", "colorsys.py"),
    py!("configparser", "configparser.py"),
    py!("contextlib", "contextlib.py"),
    py!("contextvars", "contextvars.py"),
    py!("copy", "copy.py"),
    py!("copyreg", "copyreg.py"),
    py!("csv", "csv.py"),
    #[cfg(feature = "image")]
    py!("cv2", "cv2.py"),
    #[cfg(feature = "image")]
    py!("_cv2_color", "_cv2_color.py"),
    #[cfg(feature = "image")]
    py!("_cv2_dnn", "_cv2_dnn.py"),
    #[cfg(feature = "image")]
    py!("_cv2_filter", "_cv2_filter.py"),
    #[cfg(feature = "image")]
    py!("_cv2_shape", "_cv2_shape.py"),
    #[cfg(feature = "image")]
    py!("_cv2_yuv", "_cv2_yuv.py"),
    #[cfg(feature = "image")]
    py!("_cv2_draw", "_cv2_draw.py"),
    py!("dataclasses", "dataclasses.py"),
    py!("datetime", "datetime.py"),
    py!("difflib", "difflib.py"),
    py!("enum", "enum.py"),
    py!("errno", "errno.py"),
    py!("fileinput", "fileinput.py"),
    py!("fnmatch", "fnmatch.py"),
    py!("fractions", "fractions.py"),
    py!("functools", "functools.py"),
    py!("glob", "glob.py"),
    py!("graphlib", "graphlib.py"),
    py!("gzip", "gzip.py"),
    py!("hashlib", "hashlib.py"),
    py!("heapq", "heapq.py"),
    py!("hmac", "hmac.py"),
    py!("html", "html.py"),
    py!("html.parser", "html_parser.py"),
    py!("io", "io.py"),
    py!("itertools", "itertools.py"),
    py!("json", "json.py"),
    py!("json.decoder", "json_decoder.py"),
    py!("json.encoder", "json_encoder.py"),
    py!("http", "http.py"),
    py!("inspect", "inspect.py"),
    py!("keyword", "keyword.py"),
    py!("logging", "logging.py"),
    py!("logging.handlers", "logging_handlers.py"),
    py!("multiprocessing", "multiprocessing.py"),
    #[cfg(feature = "numpy")]
    py!("numpy", "numpy.py"),
    #[cfg(feature = "numpy")]
    py!("numpy.lib", "numpy_lib.py"),
    #[cfg(feature = "numpy")]
    py!("numpy._extras", "numpy__extras.py"),
    #[cfg(feature = "numpy")]
    py!("numpy.lib.stride_tricks", "numpy_lib_stride_tricks.py"),
    #[cfg(feature = "numpy")]
    py!("numpy.testing", "numpy_testing.py"),
    #[cfg(feature = "numpy")]
    py!("numpy.typing", "numpy_typing.py"),
    py!("numbers", "numbers.py"),
    py!("operator", "operator.py"),
    py!("os", "os.py"),
    py!("pathlib", "pathlib.py"),
    py!("pickle", "pickle.py"),
    #[cfg(feature = "image")]
    py!("PIL", "PIL.py"),
    #[cfg(feature = "image")]
    py!("PIL.Image", "PIL_Image.py"),
    #[cfg(feature = "image")]
    py!("PIL.ImageOps", "PIL_ImageOps.py"),
    #[cfg(feature = "image")]
    py!("PIL.ImageFilter", "PIL_ImageFilter.py"),
    #[cfg(feature = "image")]
    py!("PIL.ImageEnhance", "PIL_ImageEnhance.py"),
    #[cfg(feature = "image")]
    py!("PIL.ImageColor", "PIL_ImageColor.py"),
    #[cfg(feature = "image")]
    py!("PIL.ImageDraw", "PIL_ImageDraw.py"),
    #[cfg(feature = "image")]
    py!("PIL.ImageChops", "PIL_ImageChops.py"),
    py!("posixpath", "posixpath.py"),
    py!("pprint", "pprint.py"),
    py!("random", "random.py"),
    py!("re", "re.py"),
    py!("reprlib", "reprlib.py"),
    py!("secrets", "secrets.py"),
    py!("shlex", "shlex.py"),
    py!("shutil", "shutil.py"),
    #[cfg(all(feature = "audio", feature = "numpy"))]
    py!("soundfile", "soundfile.py"),
    py!("stat", "stat.py"),
    py!("statistics", "statistics.py"),
    py!("string", "string.py"),
    py!("struct", "struct.py"),
    py!("tempfile", "tempfile.py"),
    py!("textwrap", "textwrap.py"),
    py!("threading", "threading.py"),
    py!("timeit", "timeit.py"),
    py!("tqdm", "tqdm.py"),
    py!("tqdm.auto", "tqdm_auto.py"),
    py!("tqdm.autonotebook", "tqdm_autonotebook.py"),
    py!("tqdm.contrib", "tqdm_contrib.py"),
    py!("tqdm.contrib.concurrent", "tqdm_contrib_concurrent.py"),
    py!("tqdm.notebook", "tqdm_notebook.py"),
    py!("tqdm.std", "tqdm_std.py"),
    py!("traceback", "traceback.py"),
    py!("types", "types.py"),
    py!("typing", "typing.py"),
    py!("urllib", "urllib.py"),
    py!("urllib.parse", "urllib_parse.py"),
    py!("uuid", "uuid.py"),
    py!("warnings", "warnings.py"),
    #[cfg(feature = "audio")]
    py!("wave", "wave.py"),
    py!("zipfile", "zipfile.py"),
];

/// The modules each shim feature brings, for the import error of a build
/// without it.
const FEATURE_MODULES: &[(&str, bool, &[&str])] = &[
    (
        "numpy",
        cfg!(feature = "numpy"),
        &[
            "numpy",
            "numpy.linalg",
            "numpy.fft",
            "numpy.exceptions",
            "numpy.lib",
            "numpy._extras",
            "numpy.lib.stride_tricks",
            "numpy.testing",
            "numpy.typing",
        ],
    ),
    (
        "image",
        cfg!(feature = "image"),
        &[
            "PIL",
            "PIL.Image",
            "PIL.ImageOps",
            "PIL.ImageFilter",
            "PIL.ImageEnhance",
            "PIL.ImageColor",
            "PIL.ImageDraw",
            "PIL.ImageChops",
            "cv2",
            "_cv2_color",
            "_cv2_dnn",
            "_cv2_filter",
            "_cv2_shape",
            "_cv2_yuv",
            "_cv2_draw",
        ],
    ),
    ("audio", cfg!(feature = "audio"), &["wave"]),
    (
        "audio",
        cfg!(all(feature = "audio", feature = "numpy")),
        &["soundfile"],
    ),
];

/// Registers every shim module with a runtime.
pub fn register_all(ctx: &mut RuntimeContext) {
    for &(name, source) in PYTHON_MODULES {
        ctx.register_python_module(name, source);
    }
    for &(feature, built, modules) in FEATURE_MODULES {
        if !built {
            for &name in modules {
                ctx.register_left_out(name, feature);
            }
        }
    }
    ctx.register_module("_io", io::make);
    ctx.register_module("_json", json::make);
    ctx.register_module("_codecs", codecs::make);
    ctx.register_module("_collections", collections::make);
    ctx.register_module("math", math::make);
    ctx.register_module("_os", os::make);
    #[cfg(feature = "numpy")]
    {
        ctx.register_module("_numpy", numpy::make);
        ctx.register_module("numpy.linalg", numpy::make_linalg);
        ctx.register_module("numpy.fft", numpy::make_fft);
        ctx.register_module("numpy.exceptions", numpy::make_exceptions);
        ctx.register_module("numpy.random", numpy::random::make);
    }
    #[cfg(feature = "image")]
    ctx.register_module("_image", image::make);
    ctx.register_module("time", time::make);
    ctx.register_module("gc", gc::make);
    ctx.register_module("zlib", zlib::make);
    ctx.register_module("_hashlib", hashlib::make);
    ctx.register_module("_blake2", hashlib::make_blake2);
    ctx.register_module("_warnings", warnings::make);
    ctx.register_module("_re", re::make);
    ctx.register_module("unicodedata", unicodedata::make);
    ctx.register_module("_functools", functools::make_native);
    ctx.register_module("_traceback", traceback::make);
    ctx.register_module("_thread", concurrency::thread::make);
    ctx.register_module("queue", concurrency::queue::make);
    ctx.register_module("concurrent", concurrency::futures_module::make_package);
    ctx.register_module("concurrent.futures", concurrency::futures_module::make);
}

#[cfg(test)]
#[path = "../build/docstrings.rs"]
mod docstrings;

#[cfg(test)]
mod tests {
    use super::docstrings::embedded_text;
    use super::PYTHON_MODULES;

    /// Every embedded module inflates to the file in `src/py/` as it is
    /// embedded (no docstrings, less indentation), line for line, and
    /// compiles.
    #[test]
    fn embedded_modules_inflate_to_their_sources_and_compile() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/py");
        for &(name, source) in PYTHON_MODULES {
            let text = source.text().unwrap_or_else(|e| panic!("{name}: {e}"));
            let file = format!("{}.py", name.replace('.', "_"));
            let on_disk = std::fs::read_to_string(dir.join(&file)).expect("the module's file");
            assert_eq!(
                text,
                embedded_text(&on_disk),
                "{name} differs from src/py/{file}"
            );
            assert_eq!(text.lines().count(), on_disk.lines().count(), "{name}");
            if let Err(diags) = taipan_vm::compile_module(name, &text) {
                panic!("{name} does not compile: {}", diags[0].render());
            }
        }
    }
}
