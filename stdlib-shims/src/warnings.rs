//! `_warnings`: what the `warnings` module (`py/warnings.py`) needs from
//! the VM, the location of the code that warns.

use taipan_vm::builtins::args::check_positional;
use taipan_vm::builtins::new_tuple;
use taipan_vm::error::{str_value, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::objects::function::Args;
use taipan_vm::types::native_function;
use taipan_vm::{Value, Vm};

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_warnings");
    vm.module_set(&m, "caller", native_function("caller", caller, false))?;
    Ok(m)
}

/// `caller(stacklevel)`: `(filename, lineno, module, line)` of the frame
/// `stacklevel` levels above the Python function that calls this (1: that
/// function's caller), or CPython's `("sys", 1, "sys", "")` past the
/// outermost frame.
fn caller(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("caller", args, 1, 1)?;
    let depth = usize::try_from(vm.index_of(&args.pos[0])?).unwrap_or(1);
    Ok(match vm.caller_location(depth) {
        Some(at) => new_tuple(at.into_values().to_vec()),
        None => new_tuple(vec![
            str_value("sys"),
            Value::Int(1),
            str_value("sys"),
            str_value(""),
        ]),
    })
}
