//! The `time` module: time, perf_counter, monotonic, sleep.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use taipan_vm::builtins::args::check_positional;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::interp::ops::as_f64;
use taipan_vm::objects::function::Args;
use taipan_vm::types::{native_function, types};
use taipan_vm::{Value, Vm};

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("time");
    vm.module_set(&m, "time", native_function("time", time_time, false))?;
    vm.module_set(
        &m,
        "perf_counter",
        native_function("perf_counter", perf_counter, false),
    )?;
    vm.module_set(
        &m,
        "monotonic",
        native_function("monotonic", perf_counter, false),
    )?;
    vm.module_set(&m, "sleep", native_function("sleep", sleep, false))?;
    Ok(m)
}

fn time_time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("time", args, 0, 0)?;
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

fn perf_counter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("perf_counter", args, 0, 0)?;
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    let start = START.get_or_init(Instant::now);
    Ok(Value::Float(start.elapsed().as_secs_f64()))
}

/// `time.sleep(secs)`: waits on the runtime's interrupt flag, so a
/// cancellation wakes it with KeyboardInterrupt.
fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("sleep", args, 1, 1)?;
    let secs = as_f64(&args.pos[0])?
        .ok_or_else(|| PyErr::type_error("'str' object cannot be interpreted as an integer"))?;
    if secs < 0.0 || secs.is_nan() {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    // Sleep in slices, so that an interrupt, a cancellation or a call's
    // time budget ends it promptly.
    let deadline = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    loop {
        vm.check_interrupt()?;
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        let slice = (deadline - now).min(Duration::from_millis(20));
        if !vm.ctx.interrupt.sleep(slice) {
            return Err(PyErr::bare(types().keyboard_interrupt));
        }
    }
    Ok(Value::None)
}
