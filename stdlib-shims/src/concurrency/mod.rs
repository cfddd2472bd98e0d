//! Threads for scripts: `concurrent.futures`, `queue`, and the native
//! `_thread` under `threading` (`py/threading.py`), built on the VM's hand-off of work between threads
//! (`taipan_vm::share`). Every object here that several threads use is a
//! synchronised native: its state sits behind its own small lock, never a
//! global one.

pub mod future;
pub mod futures_module;
pub mod local;
pub mod pool;
pub mod queue;
pub mod sync;
pub mod thread;

use std::sync::{Condvar, MutexGuard};
use std::time::{Duration, Instant};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::Vm;

/// Longest single sleep of a blocking wait, so that an interrupt (Ctrl-C,
/// a host's cancellation) is noticed promptly.
const WAIT_SLICE: Duration = Duration::from_millis(20);

/// Waits on `cv` until `ready` holds, the deadline passes (returns the
/// guard and false) or the runtime is interrupted (KeyboardInterrupt).
pub fn wait_until<'a, T>(
    vm: &Vm,
    mut guard: MutexGuard<'a, T>,
    cv: &Condvar,
    deadline: Option<Instant>,
    mut ready: impl FnMut(&mut T) -> bool,
) -> PyResult<(MutexGuard<'a, T>, bool)> {
    loop {
        if ready(&mut guard) {
            return Ok((guard, true));
        }
        vm.check_interrupt()?;
        let slice = match deadline {
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return Ok((guard, false));
                }
                (d - now).min(WAIT_SLICE)
            }
            None => WAIT_SLICE,
        };
        guard = match cv.wait_timeout(guard, slice) {
            Ok((g, _)) => g,
            Err(p) => p.into_inner().0,
        };
    }
}

/// A deadline `timeout` seconds from now (`None` waits for ever); a
/// negative timeout is treated as zero, as CPython's waits do.
pub fn deadline_after(timeout: Option<f64>) -> PyResult<Option<Instant>> {
    match timeout {
        None => Ok(None),
        Some(t) if t.is_nan() => Err(PyErr::value_error("Invalid value NaN (not a number)")),
        Some(t) => Ok(Some(
            Instant::now() + Duration::from_secs_f64(t.clamp(0.0, 1e9)),
        )),
    }
}

/// A `timeout` argument: None or a number of seconds.
pub fn timeout_arg(v: Option<&taipan_vm::Value>) -> PyResult<Option<f64>> {
    match v {
        None | Some(taipan_vm::Value::None) => Ok(None),
        Some(v) => taipan_vm::interp::ops::as_f64(v)?
            .map(Some)
            .ok_or_else(|| PyErr::type_error("timeout must be a number or None")),
    }
}

/// Locks a mutex, recovering it if a thread panicked while holding it.
pub fn lock<T>(m: &std::sync::Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
