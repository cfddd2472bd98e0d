//! The `queue` module: `Queue`, `LifoQueue` and `SimpleQueue`, shared by
//! every thread that holds them. Items cross like arguments (frozen objects
//! by reference, other values copied) and come out as ordinary mutable
//! values of the thread that takes them.

use super::{deadline_after, lock, timeout_arg, wait_until};
use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use taipan_vm::builtins::args::{arg_int, parse_args, rest};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::objects::native::{
    exception_class, native_class, native_class_with_properties, native_self, NativeObject,
};
use taipan_vm::share::Portable;
use taipan_vm::types::types;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

struct State {
    items: VecDeque<Portable>,
    unfinished: usize,
}

/// The synchronised state of a queue.
struct QueueCore {
    lifo: bool,
    maxsize: usize,
    state: Mutex<State>,
    not_empty: Condvar,
    not_full: Condvar,
    all_done: Condvar,
}

/// A queue object: a handle on a shared core.
struct PyQueue {
    core: Arc<QueueCore>,
    kind: QueueKind,
}

#[derive(Clone, Copy)]
enum QueueKind {
    Fifo,
    Lifo,
    Simple,
}

impl NativeObject for PyQueue {
    fn class(&self) -> FrozenRef {
        match self.kind {
            QueueKind::Fifo => queue_class(),
            QueueKind::Lifo => lifo_class(),
            QueueKind::Simple => simple_class(),
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(PyQueue {
            core: self.core.clone(),
            kind: self.kind,
        }))
    }
}

/// `queue.Empty`.
fn empty_error() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| exception_class("Empty", "queue", types().exception))
}

/// `queue.Full`.
fn full_error() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| exception_class("Full", "queue", types().exception))
}

const METHODS: &[(&str, taipan_vm::objects::function::NativeFn)] = &[
    ("put", put),
    ("get", get),
    ("put_nowait", put_nowait),
    ("get_nowait", get_nowait),
    ("task_done", task_done),
    ("join", join),
    ("qsize", qsize),
    ("empty", empty),
    ("full", full),
];

const PROPERTIES: &[(&str, taipan_vm::objects::function::NativeFn)] = &[("maxsize", maxsize)];

fn maxsize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(core("maxsize", &args)?.maxsize as i64))
}

fn queue_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class_with_properties("Queue", "queue", Some(new_fifo), METHODS, PROPERTIES)
    })
}

fn lifo_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class_with_properties("LifoQueue", "queue", Some(new_lifo), METHODS, PROPERTIES)
    })
}

fn simple_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class(
            "SimpleQueue",
            "queue",
            Some(new_simple),
            &[
                ("put", put),
                ("get", get),
                ("put_nowait", put_nowait),
                ("get_nowait", get_nowait),
                ("qsize", qsize),
                ("empty", empty),
            ],
        )
    })
}

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("queue");
    vm.module_set(&m, "Queue", queue_class().value())?;
    vm.module_set(&m, "LifoQueue", lifo_class().value())?;
    vm.module_set(&m, "SimpleQueue", simple_class().value())?;
    vm.module_set(&m, "Empty", empty_error().value())?;
    vm.module_set(&m, "Full", full_error().value())?;
    Ok(m)
}

fn new_queue(vm: &mut Vm, args: Args<'_>, kind: QueueKind) -> PyResult<Value> {
    let maxsize = match kind {
        QueueKind::Simple => {
            parse_args("SimpleQueue", rest(args), &[], 0)?;
            0
        }
        _ => {
            let slots = parse_args("Queue", rest(args), &["maxsize"], 0)?;
            match &slots[0] {
                Some(v) => arg_int(vm, v)?.max(0) as usize,
                None => 0,
            }
        }
    };
    let core = Arc::new(QueueCore {
        lifo: matches!(kind, QueueKind::Lifo),
        maxsize,
        state: Mutex::new(State {
            items: VecDeque::new(),
            unfinished: 0,
        }),
        not_empty: Condvar::new(),
        not_full: Condvar::new(),
        all_done: Condvar::new(),
    });
    Ok(Value::obj(ObjKind::Native(Box::new(PyQueue {
        core,
        kind,
    }))))
}

fn new_fifo(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    new_queue(vm, args, QueueKind::Fifo)
}

fn new_lifo(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    new_queue(vm, args, QueueKind::Lifo)
}

fn new_simple(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    new_queue(vm, args, QueueKind::Simple)
}

fn core<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a Arc<QueueCore>> {
    native_self::<PyQueue>(method, args).map(|q| &q.core)
}

/// (block, timeout) from the optional `block` and `timeout` slots.
fn blocking(
    vm: &mut Vm,
    block: Option<&Value>,
    timeout: Option<&Value>,
) -> PyResult<(bool, Option<f64>)> {
    let block = match block {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = timeout_arg(timeout)?;
    if let Some(t) = timeout {
        if block && t < 0.0 {
            return Err(PyErr::value_error(
                "'timeout' must be a non-negative number",
            ));
        }
    }
    Ok((block, timeout))
}

fn put_item(
    vm: &mut Vm,
    q: &QueueCore,
    item: &Value,
    block: bool,
    timeout: Option<f64>,
) -> PyResult<()> {
    let item = Portable::from_value(item)?;
    let guard = lock(&q.state);
    let mut st = if q.maxsize > 0 {
        let deadline = if block {
            deadline_after(timeout)?
        } else {
            Some(std::time::Instant::now())
        };
        let (st, ok) = wait_until(vm, guard, &q.not_full, deadline, |st| {
            st.items.len() < q.maxsize
        })?;
        if !ok {
            return Err(PyErr::bare(full_error()));
        }
        st
    } else {
        guard
    };
    st.items.push_back(item);
    st.unfinished += 1;
    drop(st);
    q.not_empty.notify_one();
    Ok(())
}

fn get_item(vm: &mut Vm, q: &QueueCore, block: bool, timeout: Option<f64>) -> PyResult<Value> {
    let deadline = if block {
        deadline_after(timeout)?
    } else {
        Some(std::time::Instant::now())
    };
    let (mut st, ok) = wait_until(vm, lock(&q.state), &q.not_empty, deadline, |st| {
        !st.items.is_empty()
    })?;
    if !ok {
        return Err(PyErr::bare(empty_error()));
    }
    let item = if q.lifo {
        st.items.pop_back()
    } else {
        st.items.pop_front()
    };
    drop(st);
    q.not_full.notify_one();
    match item {
        Some(p) => p.to_value(vm, false),
        None => Err(PyErr::bare(empty_error())),
    }
}

fn put(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let q = core("put", &args)?.clone();
    let slots = parse_args("put", rest(args), &["item", "block", "timeout"], 1)?;
    let (block, timeout) = blocking(vm, slots[1].as_ref(), slots[2].as_ref())?;
    put_item(
        vm,
        &q,
        slots[0].as_ref().unwrap_or(&Value::None),
        block,
        timeout,
    )?;
    Ok(Value::None)
}

fn put_nowait(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let q = core("put_nowait", &args)?.clone();
    let slots = parse_args("put_nowait", rest(args), &["item"], 1)?;
    put_item(
        vm,
        &q,
        slots[0].as_ref().unwrap_or(&Value::None),
        false,
        None,
    )?;
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let q = core("get", &args)?.clone();
    let slots = parse_args("get", rest(args), &["block", "timeout"], 0)?;
    let (block, timeout) = blocking(vm, slots[0].as_ref(), slots[1].as_ref())?;
    get_item(vm, &q, block, timeout)
}

fn get_nowait(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let q = core("get_nowait", &args)?.clone();
    parse_args("get_nowait", rest(args), &[], 0)?;
    get_item(vm, &q, false, None)
}

fn task_done(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let q = core("task_done", &args)?;
    let mut st = lock(&q.state);
    if st.unfinished == 0 {
        return Err(PyErr::value_error("task_done() called too many times"));
    }
    st.unfinished -= 1;
    if st.unfinished == 0 {
        q.all_done.notify_all();
    }
    Ok(Value::None)
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let q = core("join", &args)?.clone();
    let (st, _) = wait_until(vm, lock(&q.state), &q.all_done, None, |st| {
        st.unfinished == 0
    })?;
    drop(st);
    Ok(Value::None)
}

fn qsize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        lock(&core("qsize", &args)?.state).items.len() as i64
    ))
}

fn empty(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(
        lock(&core("empty", &args)?.state).items.is_empty(),
    ))
}

fn full(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let q = core("full", &args)?;
    let n = lock(&q.state).items.len();
    Ok(Value::Bool(q.maxsize > 0 && n >= q.maxsize))
}
