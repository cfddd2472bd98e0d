//! The native `_thread` module under `threading`: thread handles, `Lock`,
//! `RLock`, `Event`, thread identities and names.

use super::{deadline_after, lock, timeout_arg, wait_until};
use num_bigint::BigInt;
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::thread::JoinHandle;
use taipan_vm::builtins::args::{check_positional, parse_args, rest};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::int::int_value;
use taipan_vm::objects::native::{native_class, native_self, NativeObject};
use taipan_vm::runtime::ExitWait;
use taipan_vm::share::task::{set_thread_name, thread_name};
use taipan_vm::share::{Outcome, Task};
use taipan_vm::types::native_function;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);
static LIVE_THREADS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static IDENT: Cell<u64> = const { Cell::new(0) };
    static DAEMON: Cell<bool> = const { Cell::new(false) };
}

/// The current thread's identity (`threading.get_ident()`): a number no
/// other live thread of the process has.
pub fn ident() -> u64 {
    IDENT.with(|i| {
        if i.get() == 0 {
            i.set(NEXT_IDENT.fetch_add(1, Ordering::Relaxed) << 8);
        }
        i.get()
    })
}

/// Counts a thread started by a script (for `threading.active_count`)
/// until the returned guard drops.
pub fn count_live_thread() -> LiveThread {
    LIVE_THREADS.fetch_add(1, Ordering::Relaxed);
    LiveThread
}

/// See [`count_live_thread`].
pub struct LiveThread;

impl Drop for LiveThread {
    fn drop(&mut self) {
        LIVE_THREADS.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_thread");
    vm.module_set(&m, "ThreadHandle", handle_class().value())?;
    vm.module_set(&m, "LocalCore", super::local::local_core_class().value())?;
    super::sync::add_to_module(vm, &m)?;
    let functions: [(&'static str, NativeFn); 6] = [
        ("get_ident", get_ident),
        ("start_seed", start_seed),
        ("current_name", current_name),
        ("current_daemon", current_daemon),
        ("next_thread_number", next_thread_number),
        ("active_count", active_count),
    ];
    for (name, f) in functions {
        vm.module_set(&m, name, native_function(name, f, false))?;
    }
    Ok(m)
}

/// `start_seed()`: the seed of this thread's `random` generator, drawn from
/// the generator of the thread that started it; None on a thread that no
/// Python thread started (the main thread: `random` seeds from the clock).
fn start_seed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("start_seed", args, 0, 0)?;
    Ok(vm
        .random_seed
        .map_or(Value::None, |s| int_value(BigInt::from(s))))
}

fn get_ident(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(ident() as i64))
}

fn current_name(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(thread_name().as_str()))
}

fn current_daemon(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(DAEMON.with(|d| d.get())))
}

fn next_thread_number(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    static COUNTER: AtomicUsize = AtomicUsize::new(1);
    Ok(Value::Int(COUNTER.fetch_add(1, Ordering::Relaxed) as i64))
}

fn active_count(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(LIVE_THREADS.load(Ordering::Relaxed) as i64 + 1))
}

fn new_native(obj: impl NativeObject) -> Value {
    Value::obj(ObjKind::Native(Box::new(obj)))
}

// ---- thread handles ----

#[derive(Default)]
struct HandleState {
    started: bool,
    finished: bool,
    ident: Option<u64>,
}

#[derive(Default)]
struct HandleCore {
    state: Mutex<HandleState>,
    done: Condvar,
    join: Mutex<Option<JoinHandle<()>>>,
}

impl HandleCore {
    /// Whether the thread was joined or has finished (nothing to wait for).
    fn is_over(&self) -> bool {
        lock(&self.join).is_none() || lock(&self.state).finished
    }

    fn join_thread(&self) {
        let handle = lock(&self.join).take();
        if let Some(h) = handle {
            let _ = h.join();
        }
    }
}

/// The native half of a `threading.Thread`.
struct ThreadHandle(Arc<HandleCore>);

impl NativeObject for ThreadHandle {
    fn class(&self) -> FrozenRef {
        handle_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(ThreadHandle(self.0.clone())))
    }
}

fn handle_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class(
            "ThreadHandle",
            "_thread",
            Some(|_vm, _args| Ok(new_native(ThreadHandle(Arc::default())))),
            &[
                ("start", handle_start),
                ("join", handle_join),
                ("is_alive", handle_is_alive),
                ("started", handle_started),
                ("ident", handle_ident),
            ],
        )
    })
}

fn handle<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a Arc<HandleCore>> {
    native_self::<ThreadHandle>(method, args).map(|h| &h.0)
}

/// `start(target, args, kwargs, name, daemon)`: runs `target(*args,
/// **kwargs)` on a new thread with its own VM; the work is shared as work
/// handed to a pool is.
fn handle_start(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = handle("start", &args)?.clone();
    let slots = parse_args(
        "start",
        rest(args),
        &["target", "args", "kwargs", "name", "daemon"],
        5,
    )?;
    let target = slots[0].clone().unwrap_or(Value::None);
    let call_args = vm.collect(slots[1].as_ref().unwrap_or(&Value::None))?;
    let kwargs = match &slots[2] {
        Some(v) if !v.is_none() => vm.kwargs_pairs(v)?,
        _ => Vec::new(),
    };
    let name = vm.to_str(slots[3].as_ref().unwrap_or(&Value::None))?;
    let daemon = vm.truthy(slots[4].as_ref().unwrap_or(&Value::None))?;
    let task = if target.is_none() {
        None
    } else {
        Some(Task::new(&target, &call_args, &kwargs)?)
    };
    {
        let mut st = lock(&core.state);
        if st.started {
            return Err(PyErr::runtime_error("threads can only be started once"));
        }
        st.started = true;
        st.ident = Some(NEXT_IDENT.fetch_add(1, Ordering::Relaxed) << 8);
    }
    let ident = lock(&core.state).ident.unwrap_or(0);
    let ctx = vm.ctx.clone();
    let start = taipan_vm::share::ThreadStart::capture(vm);
    let thread_core = core.clone();
    let live = count_live_thread();
    let spawned = std::thread::Builder::new()
        .name(name.clone())
        .stack_size(super::pool::WORKER_STACK)
        .spawn(move || {
            let _live = live;
            IDENT.with(|i| i.set(ident));
            DAEMON.with(|d| d.set(daemon));
            set_thread_name(name.clone());
            if let Some(task) = task {
                let mut vm = start.new_vm(ctx.clone());
                let outcome = task.run(&mut vm);
                drop(task);
                if let Outcome::Raised(_, text) = &outcome {
                    if !outcome.is_system_exit() {
                        let _ = ctx
                            .stderr
                            .write_str(&format!("Exception in thread {name}:\n{text}"));
                    }
                }
            }
            let _ = ctx.stdout.flush();
            lock(&thread_core.state).finished = true;
            thread_core.done.notify_all();
        });
    match spawned {
        Ok(h) => *lock(&core.join) = Some(h),
        Err(e) => {
            return Err(PyErr::runtime_error(format!("can't start new thread: {e}")));
        }
    }
    if !daemon {
        let (waited, watched) = (core.clone(), Arc::downgrade(&core));
        vm.ctx.wait_at_exit(ExitWait {
            done: Box::new(move || watched.upgrade().is_none_or(|c| c.is_over())),
            wait: Box::new(move || waited.join_thread()),
        });
    }
    Ok(Value::None)
}

/// `join(timeout=None)`: true once the thread has finished.
fn handle_join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = handle("join", &args)?.clone();
    let slots = parse_args("join", rest(args), &["timeout"], 0)?;
    let deadline = deadline_after(timeout_arg(slots[0].as_ref())?)?;
    let (st, finished) = wait_until(vm, lock(&core.state), &core.done, deadline, |st| {
        st.finished || !st.started
    })?;
    drop(st);
    if finished {
        core.join_thread();
    }
    Ok(Value::Bool(finished))
}

fn handle_is_alive(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let st = lock(&handle("is_alive", &args)?.state);
    Ok(Value::Bool(st.started && !st.finished))
}

fn handle_started(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(lock(&handle("started", &args)?.state).started))
}

fn handle_ident(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(match lock(&handle("ident", &args)?.state).ident {
        Some(i) => Value::Int(i as i64),
        None => Value::None,
    })
}
