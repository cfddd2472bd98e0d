//! `concurrent.futures.Future`: the state a worker fills in and any thread
//! may wait on.

use super::{deadline_after, lock, timeout_arg, wait_until};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use taipan_vm::builtins::args::parse_args;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::objects::native::{exception_class, native_class, native_self, NativeObject};
use taipan_vm::share::{Outcome, Portable, Task};
use taipan_vm::types::types;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// Where a future stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    /// Queued, not started.
    Pending,
    /// A worker is running it.
    Running,
    /// Cancelled before it started.
    Cancelled,
    /// Finished: returned or raised.
    Finished,
}

/// Told when any of the futures it watches completes (`as_completed`, `wait`).
#[derive(Default)]
pub struct Waiter {
    /// Addresses of the futures completed since the waiter last looked.
    pub completed: Mutex<Vec<usize>>,
    /// Signalled on each completion.
    pub signal: Condvar,
}

struct State {
    status: Status,
    outcome: Option<Arc<Outcome>>,
    callbacks: Vec<Portable>,
    waiters: Vec<Arc<Waiter>>,
}

/// The synchronised state behind a `Future`.
pub struct FutureCore {
    state: Mutex<State>,
    changed: Condvar,
}

impl FutureCore {
    /// A pending future.
    pub fn new() -> Arc<FutureCore> {
        Arc::new(FutureCore {
            state: Mutex::new(State {
                status: Status::Pending,
                outcome: None,
                callbacks: Vec::new(),
                waiters: Vec::new(),
            }),
            changed: Condvar::new(),
        })
    }

    /// An identity for waiters (the core's address).
    pub fn id(self: &Arc<Self>) -> usize {
        Arc::as_ptr(self) as usize
    }

    /// The status now.
    pub fn status(&self) -> Status {
        lock(&self.state).status
    }

    /// Marks the future running; false if it was cancelled first.
    pub fn start_running(&self) -> bool {
        let mut st = lock(&self.state);
        if st.status != Status::Pending {
            return false;
        }
        st.status = Status::Running;
        true
    }

    /// Completes the future with `outcome` (or as cancelled when `None`),
    /// wakes its waiters and runs its callbacks on this thread.
    pub fn complete(self: &Arc<Self>, vm: &mut Vm, outcome: Option<Outcome>) {
        let (callbacks, waiters) = {
            let mut st = lock(&self.state);
            match outcome {
                Some(o) => {
                    st.status = Status::Finished;
                    st.outcome = Some(Arc::new(o));
                }
                None => st.status = Status::Cancelled,
            }
            (
                std::mem::take(&mut st.callbacks),
                std::mem::take(&mut st.waiters),
            )
        };
        self.changed.notify_all();
        for w in waiters {
            lock(&w.completed).push(self.id());
            w.signal.notify_all();
        }
        for cb in callbacks {
            match cb.to_value(vm, true) {
                Ok(callback) => self.run_callback(vm, &callback),
                Err(e) => {
                    let text = vm.format_exception(&e.exc);
                    let _ = vm.ctx.stderr.write_str(&text);
                }
            }
        }
    }

    /// Calls a done-callback with this future; its exceptions are reported
    /// on stderr and ignored, as CPython's are.
    fn run_callback(self: &Arc<Self>, vm: &mut Vm, callback: &Value) {
        let fut = future_value(self.clone());
        if let Outcome::Raised(_, text) = Task::call_here(vm, callback, fut) {
            let _ = vm.ctx.stderr.write_str(&format!(
                "exception calling callback for {}\n{text}",
                self.describe()
            ));
        }
    }

    /// Cancels a pending future; true if it is (now) cancelled.
    pub fn cancel(self: &Arc<Self>, vm: &mut Vm) -> bool {
        {
            let st = lock(&self.state);
            match st.status {
                Status::Cancelled => return true,
                Status::Running | Status::Finished => return false,
                Status::Pending => {}
            }
        }
        self.complete(vm, None);
        true
    }

    /// Registers a waiter; false (and nothing registered) if already done.
    pub fn add_waiter(&self, w: &Arc<Waiter>) -> bool {
        let mut st = lock(&self.state);
        if matches!(st.status, Status::Finished | Status::Cancelled) {
            return false;
        }
        st.waiters.push(w.clone());
        true
    }

    /// Waits until done or the timeout; the outcome (None if cancelled).
    pub fn wait(&self, vm: &Vm, timeout: Option<f64>) -> PyResult<Option<Arc<Outcome>>> {
        let deadline = deadline_after(timeout)?;
        let (st, done) = wait_until(vm, lock(&self.state), &self.changed, deadline, |st| {
            matches!(st.status, Status::Finished | Status::Cancelled)
        })?;
        if !done {
            return Err(PyErr::bare(types().timeout_error));
        }
        if st.status == Status::Cancelled {
            return Err(PyErr::bare(cancelled_error()));
        }
        Ok(st.outcome.clone())
    }

    /// Whether it finished by raising.
    pub fn raised(&self) -> bool {
        matches!(
            lock(&self.state).outcome.as_deref(),
            Some(Outcome::Raised(..))
        )
    }

    fn describe(&self) -> String {
        let st = lock(&self.state);
        let state = match st.status {
            Status::Pending => "pending",
            Status::Running => "running",
            Status::Cancelled => "cancelled",
            Status::Finished => "finished",
        };
        format!("<Future at {:#x} state={state}>", self as *const _ as usize)
    }
}

/// A `Future` object of the current thread for a core.
pub fn future_value(core: Arc<FutureCore>) -> Value {
    Value::obj(ObjKind::Native(Box::new(PyFuture(core))))
}

/// The core behind a `Future` value, if it is one.
pub fn core_of(v: &Value) -> Option<Arc<FutureCore>> {
    match v.kind() {
        Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<PyFuture>().map(|f| f.0.clone()),
        _ => None,
    }
}

/// The Python object: a handle on a shared core.
pub struct PyFuture(pub Arc<FutureCore>);

impl NativeObject for PyFuture {
    fn class(&self) -> FrozenRef {
        future_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(PyFuture(self.0.clone())))
    }
}

/// `concurrent.futures.CancelledError`.
pub fn cancelled_error() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| exception_class("CancelledError", "concurrent.futures", error_base()))
}

/// `concurrent.futures.InvalidStateError`.
pub fn invalid_state_error() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| exception_class("InvalidStateError", "concurrent.futures", error_base()))
}

/// `concurrent.futures.BrokenExecutor`.
pub fn broken_executor() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        exception_class(
            "BrokenExecutor",
            "concurrent.futures",
            types().runtime_error,
        )
    })
}

/// `concurrent.futures._base.Error`, the base of the module's exceptions.
pub fn error_base() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| exception_class("Error", "concurrent.futures", types().exception))
}

/// The `Future` class.
pub fn future_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class(
            "Future",
            "concurrent.futures",
            Some(new_future),
            &[
                ("result", result),
                ("exception", exception),
                ("done", done),
                ("cancelled", cancelled),
                ("running", running),
                ("cancel", cancel),
                ("add_done_callback", add_done_callback),
                ("set_running_or_notify_cancel", set_running_or_notify_cancel),
                ("set_result", set_result),
                ("set_exception", set_exception),
                ("__repr__", repr),
            ],
        )
    })
}

fn this<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a Arc<FutureCore>> {
    native_self::<PyFuture>(method, args).map(|f| &f.0)
}

fn timeout_of(method: &str, args: Args<'_>) -> PyResult<Option<f64>> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let slots = parse_args(method, rest, &["timeout"], 0)?;
    timeout_arg(slots[0].as_ref())
}

fn result(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = this("result", &args)?;
    let timeout = timeout_of("result", args)?;
    match core.wait(vm, timeout)? {
        Some(outcome) => outcome.to_result(vm),
        None => Ok(Value::None),
    }
}

fn exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = this("exception", &args)?;
    let timeout = timeout_of("exception", args)?;
    match core.wait(vm, timeout)? {
        Some(outcome) => outcome.exception(vm),
        None => Ok(Value::None),
    }
}

fn done(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this("done", &args)?.status();
    Ok(Value::Bool(matches!(
        s,
        Status::Finished | Status::Cancelled
    )))
}

fn cancelled(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(
        this("cancelled", &args)?.status() == Status::Cancelled,
    ))
}

fn running(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(
        this("running", &args)?.status() == Status::Running,
    ))
}

fn cancel(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = this("cancel", &args)?.clone();
    Ok(Value::Bool(core.cancel(vm)))
}

/// `Future()`: a pending future that the code making it completes (with
/// `set_result` or `set_exception`), as executors' own futures are.
fn new_future(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(PyErr::type_error("Future() takes no arguments"));
    }
    Ok(future_value(FutureCore::new()))
}

/// `set_running_or_notify_cancel()`: marks a pending future running (True),
/// or answers False for a cancelled one.
fn set_running_or_notify_cancel(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = this("set_running_or_notify_cancel", &args)?;
    match core.status() {
        Status::Cancelled => Ok(Value::Bool(false)),
        _ if core.start_running() => Ok(Value::Bool(true)),
        _ => Err(PyErr::runtime_error(format!(
            "Future {} in unexpected state",
            core.id()
        ))),
    }
}

/// Completes a future from the code that made it, or raises
/// InvalidStateError if it is already done.
fn settle(vm: &mut Vm, method: &str, args: Args<'_>, result: PyResult<Value>) -> PyResult<Value> {
    let core = this(method, &args)?.clone();
    if matches!(core.status(), Status::Finished | Status::Cancelled) {
        let state = if core.status() == Status::Finished {
            "FINISHED"
        } else {
            "CANCELLED"
        };
        return Err(PyErr::new(
            invalid_state_error(),
            format!("{state}: {}", core.describe()),
        ));
    }
    let outcome = taipan_vm::share::task::finish(vm, result);
    core.complete(vm, Some(outcome));
    Ok(Value::None)
}

/// `set_result(result)`.
fn set_result(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let value = args.pos.get(1).cloned().ok_or_else(|| {
        PyErr::type_error("Future.set_result() missing 1 required positional argument: 'result'")
    })?;
    settle(vm, "set_result", args, Ok(value))
}

/// `set_exception(exception)`.
fn set_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let exc = args.pos.get(1).cloned().ok_or_else(|| {
        PyErr::type_error(
            "Future.set_exception() missing 1 required positional argument: 'exception'",
        )
    })?;
    settle(vm, "set_exception", args, Err(PyErr { exc }))
}

fn repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(taipan_vm::error::str_value(
        this("__repr__", &args)?.describe().as_str(),
    ))
}

/// `add_done_callback(fn)`: runs `fn(future)` now if the future is done,
/// otherwise in the thread that completes it, shared like work handed to a
/// worker.
fn add_done_callback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = this("add_done_callback", &args)?.clone();
    let Some(callback) = args.pos.get(1) else {
        return Err(PyErr::type_error(
            "Future.add_done_callback() missing 1 required positional argument: 'fn'",
        ));
    };
    {
        let mut st = lock(&core.state);
        if !matches!(st.status, Status::Finished | Status::Cancelled) {
            st.callbacks.push(Portable::from_value(callback)?);
            return Ok(Value::None);
        }
    }
    core.run_callback(vm, callback);
    Ok(Value::None)
}
