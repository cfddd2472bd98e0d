//! Freezing what work handed to another thread can reach.
//!
//! [`share_value`] freezes a value in place and everything it reaches:
//! containers, instances and their classes, functions with their defaults
//! and closure cells, user modules whole. A function's module globals are
//! not frozen whole: only the names its code (and the code nested in it)
//! looks up are, transitively. Those bindings are locked in the live module
//! dict — rebinding one raises — and workers read them from a frozen
//! snapshot of the locked bindings, set on the function as
//! `shared_globals`. A locked binding cannot change, so the snapshot is
//! exact, and the main thread goes on using the live dict for everything
//! else. Standard-library modules are per thread: sharing one freezes the
//! module object only, and each thread reads its own instance.

use super::origin;
use crate::compiler::bytecode::{Code, Instr};
use crate::error::{PyErr, PyResult};
use crate::object::ObjKind;
use crate::objects::dict::Dict;
use crate::objects::function::Function;
use crate::value::{FrozenRef, ObjRef, Value};
use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::Arc;

/// The bindings of a module's globals that work handed to other threads can
/// reach: they may no longer be rebound or deleted, and workers read them
/// from a frozen snapshot.
#[derive(Default)]
pub struct SharedBindings {
    /// The locked names (present or not when they were locked).
    pub names: HashSet<Box<str>>,
    /// A frozen dict of the locked bindings that exist, built on demand and
    /// dropped whenever another name is locked.
    snapshot: Option<FrozenRef>,
}

/// Freezes `value` and everything it reaches, for sharing with worker
/// threads. `origin` says what the value is ("the work submitted to a
/// pool"), for error messages about writes to it later.
pub fn share_value(value: &Value, origin: &str) -> PyResult<()> {
    let mut freezer = Freezer::default();
    freezer.freeze(value, origin.into())?;
    freezer.finish()
}

/// The error for rebinding or deleting a locked global.
pub fn rebind_error(module: &str, name: &str) -> PyErr {
    PyErr::type_error(format!(
        "cannot rebind global '{name}' of module '{module}': it is shared with worker threads \
         (frozen when work that uses it was handed to another thread); keep changing state in \
         local variables and return it from the work, or pass it through a queue.Queue"
    ))
}

#[derive(Default)]
struct Freezer {
    /// Newly frozen functions whose module globals are still live.
    functions: Vec<ObjRef>,
}

impl Freezer {
    /// Freezes `root` and what it reaches (functions' globals are handled
    /// by `finish`).
    fn freeze(&mut self, root: &Value, origin: Arc<str>) -> PyResult<()> {
        let Value::Obj(root) = root else {
            return Ok(());
        };
        let mut frozen = Vec::new();
        let mut pending = vec![root.clone()];
        let mut result = Ok(());
        while let Some(obj) = pending.pop() {
            if obj.is_frozen() {
                continue;
            }
            let walk_children = match obj.kind() {
                ObjKind::Module(m) if !m.stdlib.get() => {
                    // Shared whole: name each binding in later errors.
                    self.freeze_bindings(m)?;
                    true
                }
                ObjKind::Module(_) => false,
                ObjKind::Function(f) => {
                    if !f.globals.is_frozen() {
                        self.functions.push(obj.clone());
                    }
                    true
                }
                ObjKind::Native(n) if !n.thread_safe() => {
                    let class = n.class().to_ref();
                    let name = match class.kind() {
                        ObjKind::Class(c) => c.name.clone(),
                        _ => "native".to_string(),
                    };
                    result = Err(unshareable(&name));
                    break;
                }
                ObjKind::Native(n) => {
                    n.on_freeze();
                    true
                }
                ObjKind::File(_) => {
                    result = Err(PyErr::type_error(
                        "cannot share an open file with worker threads; open it inside the work \
                         instead (or return the data and write it in the main thread)",
                    ));
                    break;
                }
                _ => true,
            };
            obj.mark_frozen();
            frozen.push(obj.addr());
            if walk_children {
                obj.kind().for_each_child(&mut |child| {
                    if let Value::Obj(o) = child {
                        if !o.is_frozen() {
                            pending.push(o.clone());
                        }
                    }
                });
            }
        }
        match frozen.split_first() {
            Some((&first, rest)) if first == root.addr() => {
                origin::record(&[first], &origin);
                origin::record(rest, &format!("reached from {origin}").into());
            }
            _ => origin::record(&frozen, &format!("reached from {origin}").into()),
        }
        result
    }

    /// Freezes each binding of a module shared whole, recording it as
    /// "global 'NAME' of module 'M'".
    fn freeze_bindings(&mut self, m: &crate::objects::module::Module) -> PyResult<()> {
        let Some(ObjKind::Dict(cell)) = m.dict.kind() else {
            return Ok(());
        };
        let Some(dict) = m.dict.as_obj() else {
            return Ok(());
        };
        let bindings: Vec<(Value, Value)> = dict
            .get()
            .read(cell)
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (key, value) in bindings {
            let name = match key.kind() {
                Some(ObjKind::Str(s)) => s.as_str().to_string(),
                _ => continue,
            };
            let origin = format!("global '{name}' of module '{}'", m.name);
            self.freeze(&value, origin.into())?;
        }
        Ok(())
    }

    /// Locks and freezes the globals the newly frozen functions name (which
    /// may freeze more functions), then gives each its snapshot.
    fn finish(mut self) -> PyResult<()> {
        let mut done = Vec::new();
        while let Some(func) = self.functions.pop() {
            if let ObjKind::Function(f) = func.kind() {
                self.share_names_of(f)?;
            }
            done.push(func);
        }
        for func in done {
            if let ObjKind::Function(f) = func.kind() {
                let snapshot = snapshot_of(&f.globals)?;
                // A function is frozen once, so this is its first snapshot.
                let _ = f.shared_globals.set(snapshot);
            }
        }
        Ok(())
    }

    /// Locks the globals a function's code names and freezes their values.
    fn share_names_of(&mut self, f: &Function) -> PyResult<()> {
        let mut names = Vec::new();
        global_names(&f.code, &mut names);
        let module = module_name(&f.globals);
        for name in names {
            if let Some(value) = lock_binding(&f.globals, name)? {
                let origin = format!("global '{}' of module '{module}'", name_text(name));
                self.freeze(&value, origin.into())?;
            }
        }
        Ok(())
    }
}

/// Shares what a function's code names from its module (locking those
/// bindings and freezing their values) without freezing the function
/// itself, for a copy of it to run on another thread: the frozen globals
/// the copy runs with.
pub fn share_globals_of(f: &Function) -> PyResult<FrozenRef> {
    if let Some(snapshot) = f.shared_globals.get() {
        return Ok(*snapshot);
    }
    if let Some(globals) = f.globals.to_frozen() {
        return Ok(globals);
    }
    let mut freezer = Freezer::default();
    freezer.share_names_of(f)?;
    freezer.finish()?;
    snapshot_of(&f.globals)
}

/// Whether a function is bound in its module under its own name (a
/// module-level `def`): such functions are shared by freezing them in
/// place, once; others (lambdas, nested functions, fresh closures) are
/// copied for each hand-off, so that fresh ones do not pile up frozen.
pub fn is_module_level(func: &ObjRef, f: &Function) -> bool {
    match f.globals.kind() {
        ObjKind::Dict(cell) => {
            let name = &*f.code.name;
            let hash = crate::objects::str::hash_text(name);
            matches!(
                f.globals.get().read(cell).get_str(name, hash),
                Some(Value::Obj(o)) if o.ptr_eq(func)
            )
        }
        _ => false,
    }
}

fn unshareable(type_name: &str) -> PyErr {
    PyErr::type_error(format!(
        "cannot share a '{type_name}' object with worker threads; create it inside the work instead"
    ))
}

fn name_text(name: FrozenRef) -> String {
    match name.to_ref().kind() {
        ObjKind::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    }
}

/// The names a code object (and the code nested in it) looks up as globals.
fn global_names(code: &Code, out: &mut Vec<FrozenRef>) {
    for instr in code.instrs.iter() {
        let i = match *instr {
            Instr::LoadGlobal(i)
            | Instr::StoreGlobal(i)
            | Instr::DeleteGlobal(i)
            | Instr::LoadName(i)
            | Instr::StoreName(i)
            | Instr::DeleteName(i) => i as usize,
            _ => continue,
        };
        if let Some(&name) = code.names.get(i) {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    for nested in code.codes.iter() {
        global_names(nested, out);
    }
}

fn module_name(globals: &ObjRef) -> String {
    match globals.kind() {
        ObjKind::Dict(cell) => match globals.get().read(cell).get_str("__name__", name_hash()) {
            Some(Value::Obj(o)) => match o.kind() {
                ObjKind::Str(s) => s.as_str().to_string(),
                _ => "?".into(),
            },
            _ => "?".into(),
        },
        _ => "?".into(),
    }
}

fn name_hash() -> i64 {
    crate::objects::str::hash_text("__name__")
}

/// Locks `name` in a live globals dict; returns its value, if bound.
fn lock_binding(globals: &ObjRef, name: FrozenRef) -> PyResult<Option<Value>> {
    let ObjKind::Dict(cell) = globals.kind() else {
        return Ok(None);
    };
    let mut dict = cell
        .try_borrow_mut()
        .map_err(|_| PyErr::runtime_error("module globals changed while being shared"))?;
    let text = name_text(name);
    let shared = dict.shared.get_or_insert_with(Default::default);
    if shared.names.insert(text.as_str().into()) {
        shared.snapshot = None;
    }
    let hash = crate::objects::str::hash_text(&text);
    Ok(dict.get_name(&name.to_ref(), &text, hash).cloned())
}

/// The frozen snapshot of a live globals dict's locked bindings.
fn snapshot_of(globals: &ObjRef) -> PyResult<FrozenRef> {
    let ObjKind::Dict(cell) = globals.kind() else {
        return Err(PyErr::runtime_error("module globals are not a dict"));
    };
    let mut dict = cell
        .try_borrow_mut()
        .map_err(|_| PyErr::runtime_error("module globals changed while being shared"))?;
    if let Some(s) = dict.shared.as_ref().and_then(|shared| shared.snapshot) {
        return Ok(s);
    }
    let mut snapshot = Dict::new();
    if let Some(shared) = &dict.shared {
        for entry in dict.iter() {
            let keep = match entry.key.kind() {
                Some(ObjKind::Str(s)) => {
                    s.as_str() == "__name__" || shared.names.contains(s.as_str())
                }
                _ => false,
            };
            if keep {
                snapshot.push_new(entry.hash, entry.key.clone(), entry.value.clone());
            }
        }
    }
    let obj = ObjRef::new(ObjKind::Dict(Box::new(RefCell::new(snapshot))));
    obj.freeze();
    let frozen = obj
        .to_frozen()
        .ok_or_else(|| PyErr::runtime_error("snapshot not frozen"))?;
    if let Some(shared) = dict.shared.as_mut() {
        shared.snapshot = Some(frozen);
    }
    Ok(frozen)
}
