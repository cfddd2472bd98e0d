//! A call handed to another thread: the callable, frozen and shared by
//! reference, and its arguments in transit.

use super::portable::Portable;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::value::Value;
use std::cell::RefCell;

/// A call to run on another thread.
pub struct Task {
    func: Portable,
    args: Vec<Portable>,
    kwargs: Vec<(Box<str>, Portable)>,
}

/// How a task ended, in transit back to whoever waits for it.
pub enum Outcome {
    /// The function returned this value.
    Returned(Portable),
    /// The function raised this exception (rendered as CPython prints it,
    /// for reports on stderr and for hosts).
    Raised(Portable, String),
}

impl Task {
    /// Prepares `func(*args, **kwargs)` for another thread: freezes the
    /// callable and what it reaches, and copies the arguments.
    pub fn new(func: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Task> {
        let func = Portable::from_value(func)?;
        let args = args
            .iter()
            .map(Portable::from_value)
            .collect::<PyResult<_>>()?;
        let mut kw = Vec::with_capacity(kwargs.len());
        for (k, v) in kwargs {
            let name = match k.kind() {
                Some(crate::object::ObjKind::Str(s)) => s.as_str().into(),
                _ => return Err(PyErr::type_error("keywords must be strings")),
            };
            kw.push((name, Portable::from_value(v)?));
        }
        Ok(Task {
            func,
            args,
            kwargs: kw,
        })
    }

    /// Runs the call on the current thread's VM. The arguments arrive as
    /// read-only copies, freed when the call ends.
    pub fn run(&self, vm: &mut Vm) -> Outcome {
        let result = isolate(vm, |vm| {
            let func = self.func.to_value(vm, true)?;
            let args = self
                .args
                .iter()
                .map(|a| a.to_value(vm, true))
                .collect::<PyResult<Vec<_>>>()?;
            let mut kw = Vec::with_capacity(self.kwargs.len());
            for (k, v) in &self.kwargs {
                kw.push((crate::error::str_value(&**k), v.to_value(vm, true)?));
            }
            let result = vm.call(&func, &args, &kw);
            vm.close_dropped_generators();
            result
        });
        finish(vm, result)
    }

    /// Runs `func(arg)` where both are already values of this thread (a
    /// done-callback called with its future).
    pub fn call_here(vm: &mut Vm, func: &Value, arg: Value) -> Outcome {
        let result = vm.call(func, &[arg], &[]);
        vm.close_dropped_generators();
        finish(vm, result)
    }
}

/// Turns a call's result into an outcome in transit.
pub fn finish(vm: &mut Vm, result: PyResult<Value>) -> Outcome {
    let err = match result.and_then(|v| Portable::from_value(&v)) {
        Ok(p) => return Outcome::Returned(p),
        Err(e) => e,
    };
    let text = vm.format_exception(&err.exc);
    match Portable::from_value(&err.exc) {
        Ok(p) => Outcome::Raised(p, text),
        Err(e2) => {
            let text2 = vm.format_exception(&e2.exc);
            let p = Portable::from_value(&e2.exc).unwrap_or(Portable::None);
            Outcome::Raised(p, text2)
        }
    }
}

impl Outcome {
    /// The result as a value of the current thread, or the exception raised.
    pub fn to_result(&self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            Outcome::Returned(p) => p.to_value(vm, false),
            Outcome::Raised(p, _) => Err(PyErr {
                exc: p.to_value(vm, false)?,
            }),
        }
    }

    /// The exception, if the call raised.
    pub fn exception(&self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            Outcome::Returned(_) => Ok(Value::None),
            Outcome::Raised(p, _) => p.to_value(vm, false),
        }
    }
}

/// What a new thread's VM starts with from the thread that starts it: a
/// snapshot of `sys.argv`, `sys.path` and `os.environ`, and seeds for its
/// `random` and `numpy.random` generators drawn from the starter's
/// (DESIGN.md: shim state is per runtime, and each worker sees a snapshot
/// taken when it starts).
#[derive(Clone, Default)]
pub struct ThreadStart {
    argv: Vec<String>,
    path: Vec<String>,
    limits: Option<std::sync::Arc<crate::runtime::CallLimits>>,
    /// `os.environ`, if the starter imported `os`.
    environ: Option<Vec<(String, String)>>,
    /// The hash of the starter's `random` state, if it imported `random`.
    random_state: Option<u64>,
    /// The hash of the starter's global `numpy.random` state, if it
    /// imported numpy.
    numpy_random_state: Option<u64>,
    /// VMs started from this snapshot so far: each one's seed differs.
    started: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

/// `os.environ`'s items in `vm`, if it imported `os`.
fn environ_of(vm: &mut Vm) -> Option<Vec<(String, String)>> {
    let os = vm.module_get("os")?;
    let environ = vm.getattr_str(&os, "environ").ok()?;
    let data = vm.getattr_str(&environ, "_data").ok()?;
    let keys = vm.collect(&data).ok()?;
    let mut items = Vec::with_capacity(keys.len());
    for k in keys {
        let v = vm.dict_get(&data, &k).ok()??;
        items.push((vm.to_str(&k).ok()?, vm.to_str(&v).ok()?));
    }
    Some(items)
}

/// A hash of the state of `vm`'s `random` generator (read, not advanced),
/// if it imported `random`.
fn random_state_of(vm: &mut Vm) -> Option<u64> {
    let random = vm.module_get("random")?;
    let generator = vm.getattr_str(&random, "_inst").ok()?;
    let getstate = vm.getattr_str(&generator, "getstate").ok()?;
    let state = vm.call(&getstate, &[], &[]).ok()?;
    vm.hash(&state).ok().map(|h| h as u64)
}

/// A hash of the state of `vm`'s global `numpy.random` generator (read,
/// not advanced), if it imported numpy.
fn numpy_random_state_of(vm: &mut Vm) -> Option<u64> {
    let random = vm.module_get("numpy.random")?;
    let state_hash = vm.getattr_str(&random, "_state_hash").ok()?;
    match vm.call(&state_hash, &[], &[]).ok()? {
        Value::Int(h) => Some(h as u64),
        _ => None,
    }
}

/// SplitMix64's finaliser: well-spread seeds from a base and a counter.
fn mix_seed(base: u64, n: u64) -> u64 {
    let mut z = base ^ n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl ThreadStart {
    /// Takes the snapshot from the current thread's VM.
    pub fn capture(vm: &mut Vm) -> ThreadStart {
        let strings = |vm: &mut Vm, v: &Value| -> Vec<String> {
            vm.collect(v)
                .map(|items| items.iter().filter_map(|i| vm.to_str(i).ok()).collect())
                .unwrap_or_default()
        };
        let path = vm.sys_path.clone();
        let path = strings(vm, &path);
        let argv = match vm.module_get("sys") {
            Some(sys) => match vm.getattr_str(&sys, "argv") {
                Ok(argv) => strings(vm, &argv),
                Err(_) => vm.argv.clone(),
            },
            None => vm.argv.clone(),
        };
        ThreadStart {
            argv,
            path,
            limits: vm.call_limits.clone(),
            environ: environ_of(vm),
            random_state: random_state_of(vm),
            numpy_random_state: numpy_random_state_of(vm),
            started: Default::default(),
        }
    }

    /// A VM for the new thread, starting from the snapshot.
    pub fn new_vm(&self, ctx: std::sync::Arc<crate::runtime::RuntimeContext>) -> Vm {
        let mut vm = Vm::new(ctx);
        vm.argv = self.argv.clone();
        let path = self
            .path
            .iter()
            .map(|p| crate::error::str_value(p.as_str()))
            .collect();
        vm.sys_path = crate::builtins::new_list(path);
        vm.environ = self.environ.clone();
        let n = self
            .started
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        vm.random_seed = self.random_state.map(|base| mix_seed(base, n));
        vm.numpy_random_seed = self.numpy_random_state.map(|base| mix_seed(base, n));
        // Threads started by a limited call share its budget and token.
        vm.set_call_limits(self.limits.clone());
        vm
    }
}

thread_local! {
    static THREAD_NAME: RefCell<String> = RefCell::new("MainThread".to_string());
}

/// Names the current thread (what `threading.current_thread().name` says).
pub fn set_thread_name(name: String) {
    THREAD_NAME.with(|n| *n.borrow_mut() = name);
}

/// The current thread's name.
pub fn thread_name() -> String {
    THREAD_NAME.with(|n| n.borrow().clone())
}

impl Outcome {
    /// Whether the call ended by raising SystemExit (which ends a thread
    /// quietly).
    pub fn is_system_exit(&self) -> bool {
        matches!(self, Outcome::Raised(p, _) if p.is_instance_of(crate::types::types().system_exit))
    }
}

/// Runs `f` on `vm`, catching a Rust panic (a bug in native code, which
/// tests should never find): the panic becomes SystemError with its message
/// and the VM — whose heap may be half-mutated — is replaced by a fresh one
/// starting from the same `sys.argv`, `sys.path` and call limits, so the
/// thread goes on serving calls.
pub fn isolate<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(vm)));
    let payload = match caught {
        Ok(r) => return r,
        Err(payload) => payload,
    };
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string());
    let start = ThreadStart {
        argv: vm.argv.clone(),
        path: vm.ctx.path.clone(),
        limits: vm.call_limits.clone(),
        environ: vm.environ.clone(),
        random_state: None,
        numpy_random_state: None,
        started: Default::default(),
    };
    let mut fresh = start.new_vm(vm.ctx.clone());
    fresh.random_seed = vm.random_seed;
    fresh.numpy_random_seed = vm.numpy_random_seed;
    let old = std::mem::replace(vm, fresh);
    // Freeing the old heap may meet whatever state the panic left behind;
    // that must not take the thread down either.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(old)));
    Err(PyErr::new(
        crate::types::types().system_error,
        format!("internal error in taipan (a bug, please report it): {message}"),
    ))
}
