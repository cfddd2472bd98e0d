//! The native `_io` under `io` (`py/io.py`, which adds the streams in
//! memory, `StringIO` and `BytesIO`): `open` (the builtin) and the
//! `UnsupportedOperation` exception that file methods raise.

use taipan_vm::builtins::file::{open, unsupported_operation};
use taipan_vm::error::PyResult;
use taipan_vm::interp::import::new_module;
use taipan_vm::types::native_function;
use taipan_vm::{Value, Vm};

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_io");
    vm.module_set(&m, "open", native_function("open", open, false))?;
    vm.module_set(&m, "UnsupportedOperation", unsupported_operation().value())?;
    vm.module_set(&m, "DEFAULT_BUFFER_SIZE", Value::Int(8192))?;
    Ok(m)
}
