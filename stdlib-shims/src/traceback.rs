//! `_traceback`: what the `traceback` module (`py/traceback.py`) needs
//! from the VM, the entries of a traceback object and the current stack.

use taipan_vm::builtins::args::check_positional;
use taipan_vm::builtins::traceback_object::traceback_lines;
use taipan_vm::builtins::{new_list, new_tuple};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::interp::unwind::FrameLine;
use taipan_vm::objects::function::Args;
use taipan_vm::types::native_function;
use taipan_vm::{Value, Vm};

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_traceback");
    vm.module_set(&m, "entries", native_function("entries", entries, false))?;
    vm.module_set(&m, "stack", native_function("stack", stack, false))?;
    Ok(m)
}

/// A list of `(filename, lineno, name, line, marks)` tuples (`marks`: the
/// `^^^` line under the source line, or None).
fn as_list(lines: Vec<FrameLine>) -> Value {
    new_list(
        lines
            .into_iter()
            .map(|l| {
                new_tuple(vec![
                    str_value(l.filename),
                    Value::Int(i64::from(l.line)),
                    str_value(l.name),
                    str_value(l.text),
                    l.marks.map_or(Value::None, str_value),
                ])
            })
            .collect(),
    )
}

/// `entries(tb)`: `(filename, lineno, name, line, marks)` of each entry from the
/// traceback object `tb` inwards (none for None).
fn entries(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("entries", args, 1, 1)?;
    let tb = &args.pos[0];
    if tb.is_none() {
        return Ok(new_list(Vec::new()));
    }
    match traceback_lines(tb) {
        Some(lines) => Ok(as_list(lines)),
        None => Err(PyErr::type_error(
            "expected a traceback object (an exception's __traceback__)",
        )),
    }
}

/// `stack()`: `(filename, lineno, name, line, marks)` of each frame of the Python
/// stack, outermost first, ending with the function that called the one
/// calling this.
fn stack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("stack", args, 0, 0)?;
    Ok(as_list(vm.stack_lines()))
}
