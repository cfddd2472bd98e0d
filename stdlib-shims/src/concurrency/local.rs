//! `_thread.LocalCore`, the native part of `threading.local`: each thread
//! that uses a `local` gets its own attribute dict from it.
//!
//! The core is shared with worker threads like a lock (a handle on one
//! id); the dicts live in a thread-local map keyed by that id, so a thread
//! only ever sees its own values, which belong to its own heap.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use taipan_vm::builtins::args::check_positional;
use taipan_vm::builtins::{new_dict, new_tuple};
use taipan_vm::error::PyResult;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::objects::native::{native_class, native_self, NativeObject};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

thread_local! {
    /// This thread's attribute dict of every `local` it used, by core id.
    static DICTS: RefCell<HashMap<u64, Value>> = RefCell::new(HashMap::new());
}

/// What every handle on one `local` shares: its id.
struct Core {
    id: u64,
}

impl Drop for Core {
    fn drop(&mut self) {
        // The last handle goes: forget this thread's dict (other threads'
        // dicts go when those threads end).
        let _ = DICTS.try_with(|d| {
            if let Ok(mut d) = d.try_borrow_mut() {
                d.remove(&self.id);
            }
        });
    }
}

/// A `_thread.LocalCore` object.
struct PyLocalCore(Arc<Core>);

impl NativeObject for PyLocalCore {
    fn class(&self) -> FrozenRef {
        local_core_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(PyLocalCore(self.0.clone())))
    }
}

/// The `LocalCore` class.
pub fn local_core_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class(
            "LocalCore",
            "_thread",
            Some(local_core_new),
            &[("dict", local_core_dict)],
        )
    })
}

/// `LocalCore()`: a core with a fresh id.
fn local_core_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    static IDS: AtomicU64 = AtomicU64::new(1);
    check_positional("LocalCore", args, 1, 1)?;
    let core = Core {
        id: IDS.fetch_add(1, Ordering::Relaxed),
    };
    Ok(Value::obj(ObjKind::Native(Box::new(PyLocalCore(
        Arc::new(core),
    )))))
}

/// `dict()`: `(d, new)`, the calling thread's attribute dict and whether
/// this call made it (the thread's first use of the `local`).
fn local_core_dict(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = native_self::<PyLocalCore>("dict", &args)?;
    check_positional("dict", args, 1, 1)?;
    let id = core.0.id;
    let (dict, new) = DICTS.with(|d| {
        let mut d = d.borrow_mut();
        match d.get(&id) {
            Some(v) => (v.clone(), false),
            None => {
                let v = new_dict();
                d.insert(id, v.clone());
                (v, true)
            }
        }
    });
    Ok(new_tuple(vec![dict, Value::Bool(new)]))
}
