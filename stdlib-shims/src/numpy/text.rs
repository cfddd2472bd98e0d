//! `repr` and `str` of arrays and scalars, through the printing rules of
//! `print.rs` and the print options of the thread.

use super::array::NdArray;
use super::dtype::Kind;
use super::print::{self, FloatWidth, PrintData, PrintOptions};
use std::cell::RefCell;
use std::sync::{Mutex, OnceLock};
use taipan_vm::error::PyResult;

/// The options a thread starts from: the last ones set anywhere.
fn latest() -> &'static Mutex<Option<PrintOptions>> {
    static LATEST: OnceLock<Mutex<Option<PrintOptions>>> = OnceLock::new();
    LATEST.get_or_init(|| Mutex::new(None))
}

thread_local! {
    /// `np.set_printoptions` state of this thread: a snapshot of the
    /// latest options when the thread first prints an array.
    static OPTIONS: RefCell<PrintOptions> = RefCell::new(
        latest().lock().map(|o| o.clone().unwrap_or_default()).unwrap_or_default(),
    );
}

/// The print options in force on this thread.
pub fn options() -> PrintOptions {
    OPTIONS.with(|o| o.borrow().clone())
}

/// Sets the print options of this thread and of threads that start
/// printing later (workers see the main thread's settings).
pub fn set_options(opts: PrintOptions) {
    if let Ok(mut l) = latest().lock() {
        *l = Some(opts.clone());
    }
    OPTIONS.with(|o| *o.borrow_mut() = opts);
}

/// Calls `f` with the array's elements widened for printing (a copy of
/// all of them, so a view standing for more elements than memory holds
/// gives `MemoryError`).
fn with_print_data<R>(a: &NdArray, f: impl FnOnce(PrintData<'_>) -> R) -> PyResult<R> {
    Ok(match a.dtype.kind() {
        Kind::Bool => f(PrintData::Bool(&a.to_vec::<bool>()?)),
        Kind::Int => f(PrintData::Int(&a.to_vec::<i64>()?)),
        Kind::UInt => f(PrintData::UInt(&a.to_vec::<u64>()?)),
        Kind::Float => {
            let width = match a.dtype {
                super::dtype::DType::Float16 => FloatWidth::F16,
                super::dtype::DType::Float32 => FloatWidth::F32,
                _ => FloatWidth::F64,
            };
            f(PrintData::Float(&a.to_vec::<f64>()?, width))
        }
    })
}

/// `repr(a)`.
pub fn repr(a: &NdArray) -> PyResult<String> {
    let opts = options();
    with_print_data(a, |d| {
        if a.scalar {
            print::scalar_repr(d, a.dtype, &opts)
        } else {
            print::array_repr(&a.shape(), d, a.dtype, &opts)
        }
    })
}

/// `str(a)`.
pub fn str(a: &NdArray) -> PyResult<String> {
    let opts = options();
    with_print_data(a, |d| {
        if a.scalar {
            print::scalar_str(d, a.dtype, &opts)
        } else {
            print::array_str(&a.shape(), d, a.dtype, &opts)
        }
    })
}
