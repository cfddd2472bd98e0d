//! The `threading` module, written in Python (`threading.py`) over the
//! native `_thread`; compiled once per process, run once per thread that
//! imports it.

use std::sync::OnceLock;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::{Program, Value, Vm};

const SOURCE: &str = include_str!("threading.py");

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    static PROGRAM: OnceLock<Result<Program, String>> = OnceLock::new();
    let program = PROGRAM.get_or_init(|| {
        taipan_vm::compile_module("<taipan>/threading.py", SOURCE).map_err(|diags| {
            diags
                .iter()
                .map(|d| d.render())
                .collect::<Vec<_>>()
                .join("\n")
        })
    });
    let program = program
        .as_ref()
        .map_err(|e| PyErr::runtime_error(format!("the threading module does not compile: {e}")))?;
    let m = new_module("threading");
    vm.run_module_code(program, &m)?;
    Ok(m)
}
