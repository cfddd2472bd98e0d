//! The native `_thread` module under `threading`: thread handles, `Lock`,
//! `RLock`, `Event`, thread identities and names.

use super::{deadline_after, lock, timeout_arg, wait_until};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::thread::JoinHandle;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{native_class, native_self, NativeObject};
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
    vm.module_set(&m, "Lock", lock_class().value())?;
    vm.module_set(&m, "RLock", rlock_class().value())?;
    vm.module_set(&m, "Event", event_class().value())?;
    let functions: [(&'static str, NativeFn); 5] = [
        ("get_ident", get_ident),
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

fn method_args<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    }
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
        method_args(&args),
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
        let waited = core.clone();
        vm.ctx.wait_at_exit(Box::new(move || waited.join_thread()));
    }
    Ok(Value::None)
}

/// `join(timeout=None)`: true once the thread has finished.
fn handle_join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = handle("join", &args)?.clone();
    let slots = parse_args("join", method_args(&args), &["timeout"], 0)?;
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

// ---- Lock and RLock ----

#[derive(Default)]
struct LockCore {
    /// For a Lock: whether held. For an RLock: the owner and depth.
    state: Mutex<(Option<u64>, usize)>,
    released: Condvar,
}

/// `threading.Lock` (`reentrant: false`) or `threading.RLock`.
struct PyLock {
    core: Arc<LockCore>,
    reentrant: bool,
}

impl NativeObject for PyLock {
    fn class(&self) -> FrozenRef {
        if self.reentrant {
            rlock_class()
        } else {
            lock_class()
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(PyLock {
            core: self.core.clone(),
            reentrant: self.reentrant,
        }))
    }
}

const LOCK_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", lock_acquire),
    ("release", lock_release),
    ("locked", lock_locked),
    ("__enter__", lock_enter),
    ("__exit__", lock_exit),
];

fn lock_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class(
            "lock",
            "_thread",
            Some(|_vm, _args| {
                Ok(new_native(PyLock {
                    core: Arc::default(),
                    reentrant: false,
                }))
            }),
            LOCK_METHODS,
        )
    })
}

fn rlock_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class(
            "RLock",
            "_thread",
            Some(|_vm, _args| {
                Ok(new_native(PyLock {
                    core: Arc::default(),
                    reentrant: true,
                }))
            }),
            LOCK_METHODS,
        )
    })
}

fn the_lock<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a PyLock> {
    native_self::<PyLock>(method, args)
}

fn acquire(vm: &Vm, l: &PyLock, blocking: bool, timeout: Option<f64>) -> PyResult<bool> {
    let me = ident();
    let deadline = if blocking {
        deadline_after(timeout)?
    } else {
        Some(std::time::Instant::now())
    };
    let (mut st, ok) = wait_until(vm, lock(&l.core.state), &l.core.released, deadline, |st| {
        st.0.is_none() || (l.reentrant && st.0 == Some(me))
    })?;
    if ok {
        st.0 = Some(me);
        st.1 += 1;
    }
    Ok(ok)
}

fn lock_acquire(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = the_lock("acquire", &args)?;
    let slots = parse_args("acquire", method_args(&args), &["blocking", "timeout"], 0)?;
    let blocking = match &slots[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match timeout_arg(slots[1].as_ref())? {
        Some(-1.0) => None,
        Some(t) if t < 0.0 => {
            return Err(PyErr::value_error(
                "timeout value must be a non-negative number",
            ))
        }
        Some(_) if !blocking => {
            return Err(PyErr::value_error(
                "can't specify a timeout for a non-blocking call",
            ))
        }
        t => t,
    };
    Ok(Value::Bool(acquire(vm, l, blocking, timeout)?))
}

fn release(l: &PyLock) -> PyResult<()> {
    let mut st = lock(&l.core.state);
    if st.0.is_none() {
        return Err(PyErr::runtime_error(if l.reentrant {
            "cannot release un-acquired lock"
        } else {
            "release unlocked lock"
        }));
    }
    if l.reentrant && st.0 != Some(ident()) {
        return Err(PyErr::runtime_error("cannot release un-acquired lock"));
    }
    st.1 -= 1;
    if st.1 == 0 {
        st.0 = None;
        drop(st);
        l.core.released.notify_all();
    }
    Ok(())
}

fn lock_release(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    release(the_lock("release", &args)?)?;
    Ok(Value::None)
}

fn lock_locked(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = the_lock("locked", &args)?;
    Ok(Value::Bool(lock(&l.core.state).0.is_some()))
}

fn lock_enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = the_lock("__enter__", &args)?;
    Ok(Value::Bool(acquire(vm, l, true, None)?))
}

fn lock_exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    release(the_lock("__exit__", &args)?)?;
    Ok(Value::Bool(false))
}

// ---- Event ----

#[derive(Default)]
struct EventCore {
    flag: Mutex<bool>,
    changed: Condvar,
}

/// `threading.Event`.
struct PyEvent(Arc<EventCore>);

impl NativeObject for PyEvent {
    fn class(&self) -> FrozenRef {
        event_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(PyEvent(self.0.clone())))
    }
}

fn event_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class(
            "Event",
            "threading",
            Some(|_vm, _args| Ok(new_native(PyEvent(Arc::default())))),
            &[
                ("set", event_set),
                ("clear", event_clear),
                ("is_set", event_is_set),
                ("wait", event_wait),
            ],
        )
    })
}

fn event<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a Arc<EventCore>> {
    native_self::<PyEvent>(method, args).map(|e| &e.0)
}

fn event_set(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let e = event("set", &args)?;
    *lock(&e.flag) = true;
    e.changed.notify_all();
    Ok(Value::None)
}

fn event_clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    *lock(&event("clear", &args)?.flag) = false;
    Ok(Value::None)
}

fn event_is_set(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(*lock(&event("is_set", &args)?.flag)))
}

fn event_wait(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let e = event("wait", &args)?.clone();
    let slots = parse_args("wait", method_args(&args), &["timeout"], 0)?;
    let deadline = deadline_after(timeout_arg(slots[0].as_ref())?)?;
    let (flag, set) = wait_until(vm, lock(&e.flag), &e.changed, deadline, |f| *f)?;
    drop(flag);
    Ok(Value::Bool(set))
}
