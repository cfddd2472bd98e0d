//! The `concurrent.futures` module: `ThreadPoolExecutor` (and
//! `ProcessPoolExecutor`, which runs on threads here: each task's work is
//! frozen and its arguments copied, as a process would copy them),
//! `as_completed`, `wait`, and the module's exceptions.

use super::future::{
    broken_executor, cancelled_error, core_of, error_base, future_class, future_value,
    invalid_state_error, FutureCore, Status, Waiter,
};
use super::pool::{SubmitError, WorkerPool};
use super::{deadline_after, lock, timeout_arg, wait_until};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;
use taipan_vm::builtins::args::{arg_int, parse_args};
use taipan_vm::builtins::new_tuple;
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::objects::native::{native_class, native_self, NativeObject};
use taipan_vm::share::Task;
use taipan_vm::types::types;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// Builds the `concurrent` package.
pub fn make_package(_vm: &mut Vm) -> PyResult<Value> {
    Ok(new_module("concurrent"))
}

/// Builds the `concurrent.futures` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("concurrent.futures");
    let executor = executor_class().value();
    vm.module_set(&m, "ThreadPoolExecutor", executor.clone())?;
    vm.module_set(&m, "ProcessPoolExecutor", executor)?;
    vm.module_set(&m, "Future", future_class().value())?;
    let f = taipan_vm::types::native_function;
    vm.module_set(&m, "as_completed", f("as_completed", as_completed, false))?;
    vm.module_set(&m, "wait", f("wait", wait, false))?;
    for name in ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"] {
        vm.module_set(&m, name, str_value(name))?;
    }
    vm.module_set(&m, "CancelledError", cancelled_error().value())?;
    vm.module_set(&m, "TimeoutError", types().timeout_error.value())?;
    vm.module_set(&m, "InvalidStateError", invalid_state_error().value())?;
    vm.module_set(&m, "BrokenExecutor", broken_executor().value())?;
    vm.module_set(&m, "Error", error_base().value())?;
    if let Some(parent) = vm.module_get("concurrent") {
        vm.module_set(&parent, "futures", m.clone())?;
    }
    Ok(m)
}

/// A `ThreadPoolExecutor` object.
struct PyExecutor(Arc<WorkerPool>);

impl NativeObject for PyExecutor {
    fn class(&self) -> FrozenRef {
        executor_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(PyExecutor(self.0.clone())))
    }
}

fn executor_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class(
            "ThreadPoolExecutor",
            "concurrent.futures",
            Some(executor_new),
            &[
                ("submit", submit),
                ("map", map),
                ("shutdown", shutdown),
                ("__enter__", enter),
                ("__exit__", exit),
            ],
        )
    })
}

/// `ThreadPoolExecutor(max_workers=None, thread_name_prefix='')`.
fn executor_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let slots = parse_args(
        "ThreadPoolExecutor",
        rest,
        &[
            "max_workers",
            "thread_name_prefix",
            "initializer",
            "initargs",
        ],
        0,
    )?;
    let max_workers = match &slots[0] {
        None | Some(Value::None) => vm.ctx.default_workers,
        Some(v) => {
            let n = arg_int(vm, v)?;
            if n <= 0 {
                return Err(PyErr::value_error("max_workers must be greater than 0"));
            }
            n as usize
        }
    };
    if slots[2].as_ref().is_some_and(|v| !v.is_none()) {
        return Err(PyErr::type_error(
            "ThreadPoolExecutor(initializer=...) is not supported by taipan: workers share \
             frozen module state, so set it up at module level before submitting work",
        ));
    }
    static POOLS: AtomicUsize = AtomicUsize::new(0);
    let prefix = match &slots[1] {
        Some(Value::Obj(o)) => match o.kind() {
            ObjKind::Str(s) if !s.as_str().is_empty() => s.as_str().to_string(),
            _ => format!(
                "ThreadPoolExecutor-{}",
                POOLS.fetch_add(1, Ordering::Relaxed)
            ),
        },
        _ => format!(
            "ThreadPoolExecutor-{}",
            POOLS.fetch_add(1, Ordering::Relaxed)
        ),
    };
    let start = taipan_vm::share::ThreadStart::capture(vm);
    let pool = WorkerPool::new(vm.ctx.clone(), start, max_workers, prefix);
    Ok(Value::obj(ObjKind::Native(Box::new(PyExecutor(Arc::new(
        pool,
    ))))))
}

fn pool_of<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a Arc<WorkerPool>> {
    native_self::<PyExecutor>(method, args).map(|e| &e.0)
}

/// Submits `func(*args, **kwargs)` to a pool: the future of its outcome.
pub fn submit_call(
    pool: &WorkerPool,
    func: &Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Arc<FutureCore>> {
    if pool.is_shut_down() {
        return Err(PyErr::runtime_error(
            "cannot schedule new futures after shutdown",
        ));
    }
    let task = Task::new(func, args, kwargs)?;
    let core = FutureCore::new();
    match pool.submit(core.clone(), task) {
        Ok(()) => Ok(core),
        Err(SubmitError::ShutDown) => Err(PyErr::runtime_error(
            "cannot schedule new futures after shutdown",
        )),
        Err(SubmitError::Spawn(e)) => {
            Err(PyErr::runtime_error(format!("can't start new thread: {e}")))
        }
    }
}

fn submit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pool = pool_of("submit", &args)?;
    let Some(func) = args.pos.get(1) else {
        return Err(PyErr::type_error(
            "submit() missing 1 required positional argument: 'fn'",
        ));
    };
    let core = submit_call(pool, func, &args.pos[2..], args.kw)?;
    Ok(future_value(core))
}

/// `map(fn, *iterables, timeout=None, chunksize=1)`: submits every call at
/// once and yields the results in order.
fn map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pool = pool_of("map", &args)?.clone();
    let Some(func) = args.pos.get(1) else {
        return Err(PyErr::type_error(
            "map() missing 1 required positional argument: 'fn'",
        ));
    };
    let mut timeout = None;
    for (k, v) in args.kw {
        match k.kind() {
            Some(ObjKind::Str(s)) if s.as_str() == "timeout" => timeout = timeout_arg(Some(v))?,
            Some(ObjKind::Str(s)) if s.as_str() == "chunksize" => {
                if arg_int(vm, v)? < 1 {
                    return Err(PyErr::value_error("chunksize must be >= 1."));
                }
            }
            Some(ObjKind::Str(s)) => {
                return Err(PyErr::type_error(format!(
                    "map() got an unexpected keyword argument '{}'",
                    s.as_str()
                )))
            }
            _ => return Err(PyErr::type_error("keywords must be strings")),
        }
    }
    let deadline = deadline_after(timeout)?;
    let iters = args.pos[2..]
        .iter()
        .map(|it| vm.get_iter(it))
        .collect::<PyResult<Vec<_>>>()?;
    let mut futures = VecDeque::new();
    if !iters.is_empty() {
        'calls: loop {
            let mut call_args = Vec::with_capacity(iters.len());
            for it in &iters {
                match vm.next(it)? {
                    Some(v) => call_args.push(v),
                    None => break 'calls,
                }
            }
            futures.push_back(submit_call(&pool, func, &call_args, &[])?);
        }
    }
    Ok(Value::obj(ObjKind::Native(Box::new(MapResults(
        RefCell::new(MapState { futures, deadline }),
    )))))
}

fn shutdown(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pool = pool_of("shutdown", &args)?.clone();
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let slots = parse_args("shutdown", rest, &["wait", "cancel_futures"], 0)?;
    let wait = match &slots[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let cancel = match &slots[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    pool.shutdown(vm, wait, cancel);
    Ok(Value::None)
}

fn enter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pool_of("__enter__", &args)?;
    Ok(args.pos[0].clone())
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pool = pool_of("__exit__", &args)?.clone();
    pool.shutdown(vm, true, false);
    Ok(Value::Bool(false))
}

struct MapState {
    futures: VecDeque<Arc<FutureCore>>,
    deadline: Option<Instant>,
}

/// The iterator `Executor.map` returns.
struct MapResults(RefCell<MapState>);

impl NativeObject for MapResults {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(|| {
            native_class(
                "generator",
                "concurrent.futures",
                None,
                &[("__iter__", self_iter), ("__next__", map_next)],
            )
        })
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn self_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.pos
        .first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("__iter__ needs self"))
}

fn remaining(deadline: Option<Instant>) -> Option<f64> {
    deadline.map(|d| d.saturating_duration_since(Instant::now()).as_secs_f64())
}

fn map_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<MapResults>("__next__", &args)?;
    let (next, deadline) = {
        let mut st = this.0.borrow_mut();
        (st.futures.pop_front(), st.deadline)
    };
    let Some(core) = next else {
        return Err(PyErr::stop_iteration(None));
    };
    let result = core
        .wait(vm, remaining(deadline))
        .and_then(|outcome| match outcome {
            Some(o) => o.to_result(vm),
            None => Ok(Value::None),
        });
    if result.is_err() {
        // As CPython's generator does when it is left by an exception.
        let rest: Vec<_> = this.0.borrow_mut().futures.drain(..).collect();
        for f in rest {
            f.cancel(vm);
        }
    }
    result
}

/// The futures named by an iterable argument, with their cores.
fn futures_arg(vm: &mut Vm, fs: &Value) -> PyResult<Vec<(Value, Arc<FutureCore>)>> {
    let mut out: Vec<(Value, Arc<FutureCore>)> = Vec::new();
    for f in vm.collect(fs)? {
        let core = core_of(&f).ok_or_else(|| {
            PyErr::type_error(format!("'{}' object is not a Future", vm.type_name(&f)))
        })?;
        if !out.iter().any(|(_, c)| Arc::ptr_eq(c, &core)) {
            out.push((f, core));
        }
    }
    Ok(out)
}

struct AsCompletedState {
    pending: Vec<(Value, Arc<FutureCore>)>,
    ready: VecDeque<Value>,
    waiter: Arc<Waiter>,
    deadline: Option<Instant>,
    total: usize,
}

/// The iterator `as_completed` returns.
struct AsCompleted(RefCell<AsCompletedState>);

impl NativeObject for AsCompleted {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(|| {
            native_class(
                "generator",
                "concurrent.futures",
                None,
                &[("__iter__", self_iter), ("__next__", as_completed_next)],
            )
        })
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `as_completed(fs, timeout=None)`.
fn as_completed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("as_completed", args, &["fs", "timeout"], 1)?;
    let fs = futures_arg(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let deadline = deadline_after(timeout_arg(slots[1].as_ref())?)?;
    let waiter = Arc::new(Waiter::default());
    let total = fs.len();
    let mut pending = Vec::new();
    let mut ready = VecDeque::new();
    for (v, core) in fs {
        if core.add_waiter(&waiter) {
            pending.push((v, core));
        } else {
            ready.push_back(v);
        }
    }
    Ok(Value::obj(ObjKind::Native(Box::new(AsCompleted(
        RefCell::new(AsCompletedState {
            pending,
            ready,
            waiter,
            deadline,
            total,
        }),
    )))))
}

fn as_completed_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<AsCompleted>("__next__", &args)?;
    let mut st = this.0.borrow_mut();
    loop {
        if let Some(v) = st.ready.pop_front() {
            return Ok(v);
        }
        if st.pending.is_empty() {
            return Err(PyErr::stop_iteration(None));
        }
        let waiter = st.waiter.clone();
        let (mut completed, ok) = wait_until(
            vm,
            lock(&waiter.completed),
            &waiter.signal,
            st.deadline,
            |c| !c.is_empty(),
        )?;
        if !ok {
            return Err(PyErr::new(
                types().timeout_error,
                format!("{} (of {}) futures unfinished", st.pending.len(), st.total),
            ));
        }
        let ids: Vec<usize> = completed.drain(..).collect();
        drop(completed);
        let mut i = 0;
        while i < st.pending.len() {
            if ids.contains(&st.pending[i].1.id()) {
                let (v, _) = st.pending.remove(i);
                st.ready.push_back(v);
            } else {
                i += 1;
            }
        }
    }
}

/// `wait(fs, timeout=None, return_when=ALL_COMPLETED)`: the done and not
/// done futures, as a pair of sets.
fn wait(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("wait", args, &["fs", "timeout", "return_when"], 1)?;
    let fs = futures_arg(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let deadline = deadline_after(timeout_arg(slots[1].as_ref())?)?;
    let mode = match &slots[2] {
        Some(Value::Obj(o)) => match o.kind() {
            ObjKind::Str(s) => s.as_str().to_string(),
            _ => String::new(),
        },
        None => "ALL_COMPLETED".to_string(),
        _ => String::new(),
    };
    if !["ALL_COMPLETED", "FIRST_COMPLETED", "FIRST_EXCEPTION"].contains(&mode.as_str()) {
        return Err(PyErr::value_error(format!(
            "Invalid return condition: {mode:?}"
        )));
    }
    let waiter = Arc::new(Waiter::default());
    let satisfied = |fs: &[(Value, Arc<FutureCore>)]| {
        let done: Vec<bool> = fs
            .iter()
            .map(|(_, c)| matches!(c.status(), Status::Finished | Status::Cancelled))
            .collect();
        match mode.as_str() {
            "FIRST_COMPLETED" => done.iter().any(|d| *d),
            "FIRST_EXCEPTION" => {
                done.iter().all(|d| *d)
                    || fs
                        .iter()
                        .any(|(_, c)| c.status() == Status::Finished && c.raised())
            }
            _ => done.iter().all(|d| *d),
        }
    };
    for (_, core) in &fs {
        core.add_waiter(&waiter);
    }
    while !satisfied(&fs) {
        let (mut completed, ok) =
            wait_until(vm, lock(&waiter.completed), &waiter.signal, deadline, |c| {
                !c.is_empty()
            })?;
        completed.clear();
        if !ok {
            break;
        }
    }
    let (mut done, mut not_done) = (Vec::new(), Vec::new());
    for (v, core) in fs {
        if matches!(core.status(), Status::Finished | Status::Cancelled) {
            done.push(v);
        } else {
            not_done.push(v);
        }
    }
    let done = vm.new_set(done)?;
    let not_done = vm.new_set(not_done)?;
    Ok(new_tuple(vec![done, not_done]))
}
