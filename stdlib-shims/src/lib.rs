//! taipan-shims: the standard-library modules scripts import, plugged into
//! the VM through its module registry: native ones (a file or folder here
//! each) and ones written in Python (`src/py/`, compiled into the binary).

mod concurrency;
mod functools;
#[cfg(feature = "image")]
mod image;
mod io;
mod math;
#[cfg(feature = "numpy")]
pub mod numpy;
mod os;
mod re;
mod time;
mod unicodedata;

use taipan_vm::runtime::RuntimeContext;

/// Standard-library modules written in Python (`src/py/`), compiled into
/// the binary.
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("_argparse_format", include_str!("py/_argparse_format.py")),
    ("_argparse_parser", include_str!("py/_argparse_parser.py")),
    ("argparse", include_str!("py/argparse.py")),
    ("base64", include_str!("py/base64.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("collections", include_str!("py/collections.py")),
    ("copy", include_str!("py/copy.py")),
    #[cfg(feature = "image")]
    ("cv2", include_str!("py/cv2.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("enum", include_str!("py/enum.py")),
    ("fnmatch", include_str!("py/fnmatch.py")),
    ("functools", include_str!("py/functools.py")),
    ("glob", include_str!("py/glob.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("io", include_str!("py/io.py")),
    ("itertools", include_str!("py/itertools.py")),
    ("json", include_str!("py/json.py")),
    #[cfg(feature = "numpy")]
    ("numpy", include_str!("py/numpy.py")),
    ("operator", include_str!("py/operator.py")),
    ("os", include_str!("py/os.py")),
    ("pathlib", include_str!("py/pathlib.py")),
    #[cfg(feature = "image")]
    ("PIL", include_str!("py/PIL.py")),
    #[cfg(feature = "image")]
    ("PIL.Image", include_str!("py/PIL_Image.py")),
    ("posixpath", include_str!("py/posixpath.py")),
    ("random", include_str!("py/random.py")),
    ("re", include_str!("py/re.py")),
    #[cfg(all(feature = "audio", feature = "numpy"))]
    ("soundfile", include_str!("py/soundfile.py")),
    ("string", include_str!("py/string.py")),
    ("struct", include_str!("py/struct.py")),
    ("threading", include_str!("py/threading.py")),
    ("typing", include_str!("py/typing.py")),
    #[cfg(feature = "audio")]
    ("wave", include_str!("py/wave.py")),
];

/// The modules each shim feature brings, for the import error of a build
/// without it.
const FEATURE_MODULES: &[(&str, bool, &[&str])] = &[
    (
        "numpy",
        cfg!(feature = "numpy"),
        &["numpy", "numpy.linalg", "numpy.fft", "numpy.exceptions"],
    ),
    (
        "image",
        cfg!(feature = "image"),
        &["PIL", "PIL.Image", "cv2"],
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
    ctx.register_module("math", math::make);
    ctx.register_module("_os", os::make);
    #[cfg(feature = "numpy")]
    {
        ctx.register_module("_numpy", numpy::make);
        ctx.register_module("numpy.linalg", numpy::make_linalg);
        ctx.register_module("numpy.fft", numpy::make_fft);
        ctx.register_module("numpy.exceptions", numpy::make_exceptions);
    }
    #[cfg(feature = "image")]
    ctx.register_module("_image", image::make);
    ctx.register_module("time", time::make);
    ctx.register_module("_re", re::make);
    ctx.register_module("unicodedata", unicodedata::make);
    ctx.register_module("_functools", functools::make_native);
    ctx.register_module("_thread", concurrency::thread::make);
    ctx.register_module("queue", concurrency::queue::make);
    ctx.register_module("concurrent", concurrency::futures_module::make_package);
    ctx.register_module("concurrent.futures", concurrency::futures_module::make);
}
