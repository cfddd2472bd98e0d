//! `repr` and `str` of arrays and scalars, through the printing rules of
//! `print.rs` and the print options of the thread.

use super::array::NdArray;
use super::dtype::Kind;
use super::print::{self, FloatWidth, PrintData, PrintOptions};
use std::cell::RefCell;
use std::sync::{Mutex, OnceLock};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::{Value, Vm};

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
fn with_print_data(a: &NdArray, f: &dyn Fn(PrintData<'_>) -> String) -> PyResult<String> {
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
    with_print_data(a, &|d| {
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
    with_print_data(a, &|d| {
        if a.scalar {
            print::scalar_str(d, a.dtype, &opts)
        } else {
            print::array_str(&a.shape(), d, a.dtype, &opts)
        }
    })
}

/// `_numpy._array_text(a, texts, separator, prefix_len, suffix_len, repr)`:
/// `repr(a)` (`repr` true) or `np.array2string(a)`, with the elements
/// written as `texts` (every element's text in C order, joined by NUL)
/// when it is not None. numpy's Python code calls it for `formatter=` and
/// separators.
fn array_text(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, texts, sep, prefix_len, suffix_len, repr] = args.pos else {
        return Err(PyErr::type_error("_array_text takes 6 arguments"));
    };
    let a = NdArray::of(a).ok_or_else(|| PyErr::type_error("_array_text needs an ndarray"))?;
    let texts: Option<Vec<String>> = match texts.kind() {
        Some(ObjKind::Str(s)) => Some(s.as_str().split('\0').map(str::to_owned).collect()),
        _ => None,
    };
    let sep = taipan_vm::builtins::args::arg_str(vm, "array2string", sep)?.to_string();
    let prefix_len = usize::try_from(vm.index_of(prefix_len)?).unwrap_or(0);
    let suffix_len = vm.index_of(suffix_len)?;
    let repr = vm.truthy(repr)?;
    let opts = options();
    let shape = a.shape();
    let text = |d: PrintData<'_>| {
        if repr {
            print::array_repr(&shape, d, a.dtype, &opts)
        } else if shape.contains(&0) {
            "[]".to_string()
        } else {
            let width = opts.linewidth as isize - suffix_len as isize;
            print::array_to_string(&shape, d, &opts, &sep, prefix_len, width)
        }
    };
    let out = match &texts {
        Some(t) => text(PrintData::Text(t)),
        None => with_print_data(a, &text)?,
    };
    Ok(str_value(out))
}

/// `_numpy._format_float(a, scientific, unique, fractional, precision,
/// min_digits, sign, trim, pad_left, pad_right, exp_digits)`: the text of
/// the 0-d float array `a` for `np.format_float_positional` /
/// `np.format_float_scientific`, whose Python code checks the arguments
/// (integers left unset are -1).
fn format_float(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, sci, unique, fractional, precision, min_digits, sign, trim, pad_l, pad_r, exp_d] =
        args.pos
    else {
        return Err(PyErr::type_error("_format_float takes 11 arguments"));
    };
    let a = NdArray::of(a).ok_or_else(|| PyErr::type_error("_format_float needs an ndarray"))?;
    let width = match a.dtype {
        super::dtype::DType::Float16 => FloatWidth::F16,
        super::dtype::DType::Float32 => FloatWidth::F32,
        _ => FloatWidth::F64,
    };
    let x = a.to_vec::<f64>()?.first().copied().unwrap_or(0.0);
    let mut int =
        |v: &Value| -> PyResult<i32> { Ok(i32::try_from(vm.index_of(v)?).unwrap_or(i32::MAX)) };
    let (precision, min_digits) = (int(precision)?, int(min_digits)?);
    let (pad_left, pad_right, exp_digits) = (int(pad_l)?, int(pad_r)?, int(exp_d)?);
    let trim = taipan_vm::builtins::args::arg_str(vm, "format_float", trim)?;
    let trim = trim
        .chars()
        .next()
        .filter(|_| trim.chars().count() == 1)
        .unwrap_or('?');
    let f = print::FloatSpec {
        scientific: vm.truthy(sci)?,
        unique: vm.truthy(unique)?,
        fractional: vm.truthy(fractional)?,
        precision,
        min_digits,
        sign: vm.truthy(sign)?,
        trim,
        pad_left,
        pad_right,
        exp_digits,
    };
    let text = print::format_float(x, width, &f)
        .ok_or_else(|| PyErr::type_error("if supplied, trim must be 'k', '.', '0' or '-'"))?;
    Ok(str_value(text))
}

/// The native half of numpy's Python printing.
pub const FUNCTIONS: &[(&str, NativeFn)] =
    &[("_array_text", array_text), ("_format_float", format_float)];
