//! `numpy` for taipan: NumPy's array model (dtype, shape, signed strides,
//! offset, views that write through) and the part of its API that model
//! pre- and post-processing uses, with NumPy 2's results.
//!
//! Layout: `dtype`, `element` and `buffer` hold the data; `array` is the
//! array model and its element walks; `convert` goes between Python values
//! and arrays; `broadcast`, `arith` and `ops` are the element-wise engine;
//! `index` is NumPy's indexing; then one file per area of the API
//! (`creation`, `shape`, `ufunc`, `reduce`, `sort`, `join`, `linalg`,
//! `fft`, `npy`), `classes`/`dunders`/`methods` for the Python face and
//! `print`/`text` for the text forms.

pub mod alloc;
pub mod arith;
pub mod array;
pub mod broadcast;
pub mod buffer;
pub mod classes;
pub mod convert;
pub mod creation;
pub mod dtype;
pub mod dunders;
pub mod element;
pub mod errors;
pub mod errstate;
pub mod fastmath;
pub mod fft;
mod fft_engine;
pub mod flags;
pub mod fperr;
pub mod host;
pub mod index;
pub mod join;
pub mod linalg;
pub mod methods;
mod module_functions;
pub mod npy;
pub mod ops;
pub mod order;
pub mod print;
pub mod random;
pub mod reduce;
pub mod shape;
pub mod sort;
pub mod stats;
pub mod text;
pub mod textio;
pub mod ufunc;

use taipan_vm::error::PyResult;
use taipan_vm::interp::import::new_module;
use taipan_vm::objects::function::NativeFn;
use taipan_vm::types::native_function;
use taipan_vm::{Value, Vm};

/// The method tables of `ndarray` and the scalar types.
pub const METHOD_TABLES: &[&[(&str, NativeFn)]] = &[
    dunders::DUNDERS,
    methods::METHODS,
    module_functions::METHODS,
    reduce::METHODS,
    sort::METHODS,
    join::METHODS,
    npy::METHODS,
    flags::METHODS,
];

/// The function tables of the `numpy` module.
const FUNCTION_TABLES: &[&[(&str, NativeFn)]] = &[
    creation::FUNCTIONS,
    ufunc::FUNCTIONS,
    module_functions::FUNCTIONS,
    linalg::TOP_FUNCTIONS,
    fft::TOP_FUNCTIONS,
    reduce::FUNCTIONS,
    sort::FUNCTIONS,
    stats::FUNCTIONS,
    textio::FUNCTIONS,
    join::FUNCTIONS,
    npy::FUNCTIONS,
    text::FUNCTIONS,
    errstate::FUNCTIONS,
];

fn set_all(vm: &mut Vm, m: &Value, tables: &[&[(&'static str, NativeFn)]]) -> PyResult<()> {
    for table in tables {
        for &(name, f) in *table {
            vm.module_set(m, name, native_function(name, f, false))?;
        }
    }
    Ok(())
}

/// Builds the `numpy` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_numpy");
    set_all(vm, &m, FUNCTION_TABLES)?;
    let call = native_function("__call__", ufunc::ufunc_call, true);
    vm.module_set(&m, "_ufunc_call", call)?;
    vm.module_set(&m, "ndarray", classes::ndarray_class().value())?;
    vm.module_set(&m, "dtype", classes::dtype_class().value())?;
    for d in dtype::ALL {
        vm.module_set(&m, d.name(), classes::scalar_class(d).value())?;
    }
    let aliases = [
        ("bool_", dtype::DType::Bool),
        ("int_", dtype::DType::Int64),
        ("intp", dtype::DType::Int64),
        ("uint", dtype::DType::UInt64),
        ("half", dtype::DType::Float16),
        ("single", dtype::DType::Float32),
        ("double", dtype::DType::Float64),
        ("byte", dtype::DType::Int8),
        ("ubyte", dtype::DType::UInt8),
        ("short", dtype::DType::Int16),
        ("ushort", dtype::DType::UInt16),
        ("intc", dtype::DType::Int32),
        ("uintc", dtype::DType::UInt32),
        ("longlong", dtype::DType::Int64),
        ("ulonglong", dtype::DType::UInt64),
        ("long", dtype::DType::Int64),
        ("ulong", dtype::DType::UInt64),
        ("uintp", dtype::DType::UInt64),
    ];
    for (name, d) in aliases {
        vm.module_set(&m, name, classes::scalar_class(d).value())?;
    }
    for (name, class) in fft::complex_types() {
        vm.module_set(&m, name, class.value())?;
    }
    let abs = classes::abstract_types();
    for (name, class) in [
        ("generic", abs.generic),
        ("number", abs.number),
        ("integer", abs.integer),
        ("signedinteger", abs.signedinteger),
        ("unsignedinteger", abs.unsignedinteger),
        ("inexact", abs.inexact),
        ("floating", abs.floating),
        ("complexfloating", abs.complexfloating),
    ] {
        vm.module_set(&m, name, class.value())?;
    }
    vm.module_set(&m, "pi", Value::Float(std::f64::consts::PI))?;
    vm.module_set(&m, "e", Value::Float(std::f64::consts::E))?;
    vm.module_set(&m, "inf", Value::Float(f64::INFINITY))?;
    vm.module_set(&m, "nan", Value::Float(f64::NAN))?;
    vm.module_set(&m, "newaxis", Value::None)?;
    vm.module_set(&m, "__version__", taipan_vm::error::str_value("2.3.5"))?;
    let linalg = new_module("numpy.linalg");
    set_all(vm, &linalg, &[linalg::FUNCTIONS])?;
    vm.module_set(&m, "linalg", linalg)?;
    let fft = new_module("numpy.fft");
    set_all(vm, &fft, &[fft::FUNCTIONS])?;
    vm.module_set(&m, "fft", fft)?;
    let exceptions = new_module("numpy.exceptions");
    vm.module_set(&exceptions, "AxisError", errors::axis_error_class().value())?;
    vm.module_set(&m, "exceptions", exceptions)?;
    vm.module_set(&m, "AxisError", errors::axis_error_class().value())?;
    vm.module_set(&m, "_UFuncTypeError", errors::ufunc_casting_error().value())?;
    vm.module_set(
        &m,
        "__getattr__",
        native_function("__getattr__", missing, false),
    )?;
    Ok(m)
}

/// A submodule of numpy (`numpy.linalg`): the same object as the
/// attribute of the core module.
fn submodule(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let core = vm.import_module("_numpy")?;
    vm.getattr_str(&core, name)
}

/// Builds (finds) `numpy.linalg`.
pub fn make_linalg(vm: &mut Vm) -> PyResult<Value> {
    submodule(vm, "linalg")
}

/// Builds (finds) `numpy.fft`.
pub fn make_fft(vm: &mut Vm) -> PyResult<Value> {
    submodule(vm, "fft")
}

/// Builds (finds) `numpy.exceptions`.
pub fn make_exceptions(vm: &mut Vm) -> PyResult<Value> {
    submodule(vm, "exceptions")
}

/// The module's `__getattr__`: names NumPy has and this shim lacks.
fn missing(vm: &mut Vm, args: taipan_vm::objects::function::Args<'_>) -> PyResult<Value> {
    missing_in(vm, args, "numpy")
}

/// A submodule's `__getattr__` (`module` is its name): the error for a
/// name NumPy has and this shim lacks.
pub(crate) fn missing_in(
    vm: &mut Vm,
    args: taipan_vm::objects::function::Args<'_>,
    module: &str,
) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(v) => taipan_vm::builtins::args::arg_str(vm, "__getattr__", v)?.to_string(),
        None => String::new(),
    };
    Err(taipan_vm::error::PyErr::attribute_error(format!(
        "taipan's {module} has no attribute '{name}'"
    )))
}
