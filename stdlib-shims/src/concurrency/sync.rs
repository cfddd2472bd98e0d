//! The synchronisation objects of `threading`: `Lock`, `RLock`, `Event`,
//! `Semaphore`, `BoundedSemaphore` and the native core of `Condition`.
//! Each keeps its state behind its own small mutex.

use super::thread::ident;
use super::{deadline_after, lock, timeout_arg, wait_until};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use taipan_vm::builtins::args::{arg_int, parse_args, rest};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{native_class, native_self, NativeObject};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// Adds the classes to `_thread`.
pub fn add_to_module(vm: &mut Vm, m: &Value) -> PyResult<()> {
    vm.module_set(m, "Lock", lock_class().value())?;
    vm.module_set(m, "RLock", rlock_class().value())?;
    vm.module_set(m, "Event", event_class().value())?;
    vm.module_set(m, "Semaphore", semaphore_class(false).value())?;
    vm.module_set(m, "BoundedSemaphore", semaphore_class(true).value())?;
    vm.module_set(m, "CondCore", cond_class().value())?;
    Ok(())
}

fn new_native(obj: impl NativeObject) -> Value {
    Value::obj(ObjKind::Native(Box::new(obj)))
}

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
    let slots = parse_args("acquire", rest(args), &["blocking", "timeout"], 0)?;
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
    let slots = parse_args("wait", rest(args), &["timeout"], 0)?;
    let deadline = deadline_after(timeout_arg(slots[0].as_ref())?)?;
    let (flag, set) = wait_until(vm, lock(&e.flag), &e.changed, deadline, |f| *f)?;
    drop(flag);
    Ok(Value::Bool(set))
}

// Semaphores.

struct SemaphoreCore {
    value: Mutex<i64>,
    released: Condvar,
    initial: i64,
    bounded: bool,
}

/// `threading.Semaphore` / `BoundedSemaphore`.
struct PySemaphore(Arc<SemaphoreCore>);

impl NativeObject for PySemaphore {
    fn class(&self) -> FrozenRef {
        semaphore_class(self.0.bounded)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(PySemaphore(self.0.clone())))
    }
}

const SEMAPHORE_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", semaphore_acquire),
    ("release", semaphore_release),
    ("__enter__", semaphore_enter),
    ("__exit__", semaphore_exit),
];

fn semaphore_class(bounded: bool) -> FrozenRef {
    static PLAIN: OnceLock<FrozenRef> = OnceLock::new();
    static BOUNDED: OnceLock<FrozenRef> = OnceLock::new();
    if bounded {
        *BOUNDED.get_or_init(|| {
            native_class(
                "BoundedSemaphore",
                "threading",
                Some(new_bounded),
                SEMAPHORE_METHODS,
            )
        })
    } else {
        *PLAIN.get_or_init(|| {
            native_class(
                "Semaphore",
                "threading",
                Some(new_semaphore),
                SEMAPHORE_METHODS,
            )
        })
    }
}

fn make_semaphore(vm: &mut Vm, args: Args<'_>, bounded: bool) -> PyResult<Value> {
    let slots = parse_args("Semaphore", rest(args), &["value"], 0)?;
    let value = match &slots[0] {
        Some(v) => arg_int(vm, v)?,
        None => 1,
    };
    if value < 0 {
        return Err(PyErr::value_error("semaphore initial value must be >= 0"));
    }
    Ok(new_native(PySemaphore(Arc::new(SemaphoreCore {
        value: Mutex::new(value),
        released: Condvar::new(),
        initial: value,
        bounded,
    }))))
}

fn new_semaphore(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_semaphore(vm, args, false)
}

fn new_bounded(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_semaphore(vm, args, true)
}

fn semaphore<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a Arc<SemaphoreCore>> {
    native_self::<PySemaphore>(method, args).map(|s| &s.0)
}

fn semaphore_wait(
    vm: &Vm,
    s: &SemaphoreCore,
    blocking: bool,
    timeout: Option<f64>,
) -> PyResult<bool> {
    let deadline = if blocking {
        deadline_after(timeout)?
    } else {
        Some(std::time::Instant::now())
    };
    let (mut value, ok) = wait_until(vm, lock(&s.value), &s.released, deadline, |v| *v > 0)?;
    if ok {
        *value -= 1;
    }
    Ok(ok)
}

fn semaphore_acquire(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = semaphore("acquire", &args)?.clone();
    let slots = parse_args("acquire", rest(args), &["blocking", "timeout"], 0)?;
    let blocking = match &slots[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = timeout_arg(slots[1].as_ref())?;
    if timeout.is_some() && !blocking {
        return Err(PyErr::value_error(
            "can't specify timeout for non-blocking acquire",
        ));
    }
    Ok(Value::Bool(semaphore_wait(vm, &s, blocking, timeout)?))
}

fn semaphore_release(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = semaphore("release", &args)?;
    let slots = parse_args("release", rest(args), &["n"], 0)?;
    let n = match &slots[0] {
        Some(v) => arg_int(vm, v)?,
        None => 1,
    };
    if n < 1 {
        return Err(PyErr::value_error("n must be one or more"));
    }
    let mut value = lock(&s.value);
    if s.bounded && *value + n > s.initial {
        return Err(PyErr::value_error("Semaphore released too many times"));
    }
    *value += n;
    drop(value);
    s.released.notify_all();
    Ok(Value::None)
}

fn semaphore_enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = semaphore("__enter__", &args)?.clone();
    Ok(Value::Bool(semaphore_wait(vm, &s, true, None)?))
}

fn semaphore_exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = semaphore("__exit__", &args)?;
    *lock(&s.value) += 1;
    s.released.notify_all();
    Ok(Value::Bool(false))
}

// The core of threading.Condition: waiters queue for notifications while
// the condition's lock is released.

#[derive(Default)]
struct CondState {
    next_ticket: u64,
    /// Waiting tickets, oldest first, with whether each was notified.
    waiting: Vec<(u64, bool)>,
}

#[derive(Default)]
struct CondCore {
    state: Mutex<CondState>,
    changed: Condvar,
}

/// `_thread.CondCore`: what a `threading.Condition` waits on.
struct PyCond(Arc<CondCore>);

impl NativeObject for PyCond {
    fn class(&self) -> FrozenRef {
        cond_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(PyCond(self.0.clone())))
    }
}

fn cond_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class(
            "CondCore",
            "_thread",
            Some(|_vm, _args| Ok(new_native(PyCond(Arc::default())))),
            &[("wait", cond_wait), ("notify", cond_notify)],
        )
    })
}

fn lock_arg<'a>(args: &Args<'a>) -> PyResult<&'a PyLock> {
    args.pos
        .get(1)
        .and_then(|v| match v.kind() {
            Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<PyLock>(),
            _ => None,
        })
        .ok_or_else(|| PyErr::type_error("Condition needs a threading.Lock or RLock"))
}

/// Whether the current thread holds `l` (for a Lock: whether it is held).
fn owns(l: &PyLock) -> bool {
    let st = lock(&l.core.state);
    if l.reentrant {
        st.0 == Some(ident())
    } else {
        st.0.is_some()
    }
}

/// `wait(lock, timeout)`: releases the lock, waits for a notification or
/// the timeout, takes the lock back; true when notified.
fn cond_wait(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = native_self::<PyCond>("wait", &args)?.0.clone();
    let l = lock_arg(&args)?;
    let timeout = timeout_arg(args.pos.get(2))?;
    if !owns(l) {
        return Err(PyErr::runtime_error("cannot wait on un-acquired lock"));
    }
    let ticket = {
        let mut st = lock(&core.state);
        let t = st.next_ticket;
        st.next_ticket += 1;
        st.waiting.push((t, false));
        t
    };
    // Release the lock entirely (an RLock may be held several levels deep).
    let depth = {
        let mut st = lock(&l.core.state);
        let depth = st.1;
        *st = (None, 0);
        depth
    };
    l.core.released.notify_all();
    let waited = deadline_after(timeout).and_then(|deadline| {
        wait_until(vm, lock(&core.state), &core.changed, deadline, |st| {
            st.waiting.iter().any(|(t, n)| *t == ticket && *n)
        })
        .map(|(_, notified)| notified)
    });
    lock(&core.state).waiting.retain(|(t, _)| *t != ticket);
    // Take the lock back whatever happened (even on an interrupt), as
    // CPython does.
    let mut st = lock(&l.core.state);
    while st.0.is_some() {
        st = l.core.released.wait(st).unwrap_or_else(|p| p.into_inner());
    }
    *st = (Some(ident()), depth.max(1));
    drop(st);
    Ok(Value::Bool(waited?))
}

/// `notify(lock, n)`: wakes up to n waiters (all when n < 0).
fn cond_notify(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = native_self::<PyCond>("notify", &args)?.0.clone();
    let l = lock_arg(&args)?;
    let n = match args.pos.get(2) {
        Some(v) => arg_int(vm, v)?,
        None => 1,
    };
    if !owns(l) {
        return Err(PyErr::runtime_error("cannot notify on un-acquired lock"));
    }
    let mut st = lock(&core.state);
    let mut left = if n < 0 { usize::MAX } else { n as usize };
    for (_, notified) in st.waiting.iter_mut() {
        if left == 0 {
            break;
        }
        if !*notified {
            *notified = true;
            left -= 1;
        }
    }
    drop(st);
    core.changed.notify_all();
    Ok(Value::None)
}
