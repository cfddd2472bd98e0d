//! The `time` module: the clocks (time, perf_counter, monotonic, the
//! CPU-time clocks process_time and thread_time, and their `_ns` forms),
//! sleep, and calendar time (see `time_civil`).

use crate::time_civil;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use taipan_vm::builtins::args::check_positional;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::interp::ops::as_f64;
use taipan_vm::objects::function::{Args, NativeFn};
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
    let functions: [(&str, NativeFn); 14] = [
        ("time_ns", time_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic_ns", perf_counter_ns),
        ("gmtime", time_civil::gmtime),
        ("localtime", time_civil::localtime),
        ("mktime", time_civil::mktime),
        ("strftime", time_civil::strftime),
        ("asctime", time_civil::asctime),
        ("ctime", time_civil::ctime),
        ("strptime", time_civil::strptime),
    ];
    for (name, func) in functions {
        vm.module_set(&m, name, native_function(name, func, false))?;
    }
    vm.module_set(&m, "struct_time", time_civil::struct_time())?;
    Ok(m)
}

/// `time.time_ns()`: nanoseconds since the epoch, as an int.
fn time_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("time_ns", args, 0, 0)?;
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    Ok(Value::Int(i64::try_from(nanos).unwrap_or(i64::MAX)))
}

/// `time.perf_counter_ns()` and `time.monotonic_ns()`.
fn perf_counter_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("perf_counter_ns", args, 0, 0)?;
    let nanos = perf_start().elapsed().as_nanos();
    Ok(Value::Int(i64::try_from(nanos).unwrap_or(i64::MAX)))
}

/// Which CPU-time clock a `process_time`/`thread_time` call reads.
#[derive(Clone, Copy)]
enum CpuClock {
    /// CPU time of every thread of the process.
    Process,
    /// CPU time of the calling thread.
    Thread,
}

/// Nanoseconds of CPU time on `clock` (clock_gettime's CPU-time clocks).
#[cfg(unix)]
// `time_t` and `c_long` are 64 bits here but 32 on other targets.
#[allow(clippy::useless_conversion)]
fn cpu_time_ns(clock: CpuClock) -> PyResult<i64> {
    use nix::time::{clock_gettime, ClockId};
    use taipan_vm::builtins::exception_methods::new_os_error;
    let id = match clock {
        CpuClock::Process => ClockId::CLOCK_PROCESS_CPUTIME_ID,
        CpuClock::Thread => ClockId::CLOCK_THREAD_CPUTIME_ID,
    };
    let t = clock_gettime(id).map_err(|e| new_os_error(e as i64, e.desc(), None))?;
    let secs = i64::from(t.tv_sec());
    let nanos = i64::from(t.tv_nsec());
    Ok(secs.saturating_mul(1_000_000_000).saturating_add(nanos))
}

/// Without CPU-time clocks: the performance counter (wall time).
#[cfg(not(unix))]
fn cpu_time_ns(_clock: CpuClock) -> PyResult<i64> {
    Ok(i64::try_from(perf_start().elapsed().as_nanos()).unwrap_or(i64::MAX))
}

/// `time.process_time()`: the process's CPU time in seconds, a float.
fn process_time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("process_time", args, 0, 0)?;
    Ok(Value::Float(cpu_time_ns(CpuClock::Process)? as f64 / 1e9))
}

/// `time.process_time_ns()`: the process's CPU time in nanoseconds.
fn process_time_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("process_time_ns", args, 0, 0)?;
    Ok(Value::Int(cpu_time_ns(CpuClock::Process)?))
}

/// `time.thread_time()`: the calling thread's CPU time in seconds.
fn thread_time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("thread_time", args, 0, 0)?;
    Ok(Value::Float(cpu_time_ns(CpuClock::Thread)? as f64 / 1e9))
}

/// `time.thread_time_ns()`: the calling thread's CPU time in nanoseconds.
fn thread_time_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("thread_time_ns", args, 0, 0)?;
    Ok(Value::Int(cpu_time_ns(CpuClock::Thread)?))
}

/// The instant the performance counters count from.
fn perf_start() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(Instant::now)
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
    Ok(Value::Float(perf_start().elapsed().as_secs_f64()))
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
