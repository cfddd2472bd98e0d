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
mod time;

use taipan_vm::runtime::RuntimeContext;

/// Standard-library modules written in Python (`src/py/`), compiled into
/// the binary.
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("base64", include_str!("py/base64.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("collections", include_str!("py/collections.py")),
    ("copy", include_str!("py/copy.py")),
    #[cfg(feature = "image")]
    ("cv2", include_str!("py/cv2.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("enum", include_str!("py/enum.py")),
    ("functools", include_str!("py/functools.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("itertools", include_str!("py/itertools.py")),
    ("json", include_str!("py/json.py")),
    #[cfg(feature = "numpy")]
    ("numpy", include_str!("py/numpy.py")),
    ("operator", include_str!("py/operator.py")),
    #[cfg(feature = "image")]
    ("PIL", include_str!("py/PIL.py")),
    #[cfg(feature = "image")]
    ("PIL.Image", include_str!("py/PIL_Image.py")),
    ("random", include_str!("py/random.py")),
    ("string", include_str!("py/string.py")),
    ("struct", include_str!("py/struct.py")),
    ("threading", include_str!("py/threading.py")),
    ("typing", include_str!("py/typing.py")),
];

/// Registers every shim module with a runtime.
pub fn register_all(ctx: &mut RuntimeContext) {
    for &(name, source) in PYTHON_MODULES {
        ctx.register_python_module(name, source);
    }
    ctx.register_module("io", io::make);
    ctx.register_module("math", math::make);
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
    ctx.register_module("_functools", functools::make_native);
    ctx.register_module("_thread", concurrency::thread::make);
    ctx.register_module("queue", concurrency::queue::make);
    ctx.register_module("concurrent", concurrency::futures_module::make_package);
    ctx.register_module("concurrent.futures", concurrency::futures_module::make);
}
