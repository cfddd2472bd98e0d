//! The `sys` module.

use crate::builtins::args::check_positional;
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::import::new_module;
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::types::{native_function, types};
use crate::value::Value;

/// Builds `sys` for a VM.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("sys");
    let argv: Vec<Value> = vm.ctx.argv.iter().map(|a| str_value(a.as_str())).collect();
    vm.module_set(&m, "argv", crate::builtins::new_list(argv))?;
    let path = vm.sys_path.clone();
    vm.module_set(&m, "path", path)?;
    vm.module_set(&m, "maxsize", Value::Int(i64::MAX))?;
    let modules = vm.modules.clone();
    vm.module_set(&m, "modules", modules)?;
    let vi = crate::builtins::new_tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(0),
        str_value("final"),
        Value::Int(0),
    ]);
    vm.module_set(&m, "version_info", vi)?;
    vm.module_set(&m, "version", str_value("3.11.0 (taipan 0.1.0)"))?;
    vm.module_set(&m, "platform", str_value(std::env::consts::OS))?;
    vm.module_set(
        &m,
        "byteorder",
        str_value(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    )?;
    vm.module_set(&m, "implementation_name", str_value("taipan"))?;
    vm.module_set(&m, "stdout", crate::builtins::file::std_stream(false))?;
    vm.module_set(&m, "stderr", crate::builtins::file::std_stream(true))?;
    vm.module_set(&m, "exit", native_function("exit", sys_exit, false))?;
    vm.module_set(
        &m,
        "getrecursionlimit",
        native_function("getrecursionlimit", sys_getrecursionlimit, false),
    )?;
    Ok(m)
}

fn sys_exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("exit", args, 0, 1)?;
    Err(PyErr {
        exc: crate::error::new_exception(&types().system_exit.to_ref(), args.pos.to_vec()),
    })
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.ctx.limits.recursion_limit as i64))
}
