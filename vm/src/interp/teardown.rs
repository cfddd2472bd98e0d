//! Freeing a VM's heap when the VM goes away.
//!
//! Reference counting frees everything except cycles, and ordinary module
//! code makes cycles: a function's globals hold the function, a class's
//! namespace holds its methods, a recursive closure's cell holds the
//! closure. There is no cycle collector yet, so without this a dropped VM
//! (a finished `run_main`, a worker thread that exits, each fresh runtime
//! of a host that makes many) would leak every module it imported: some
//! 2 KB for a script with one function, 140 KB for `import numpy`.
//!
//! Like CPython's finalisation, which clears module dicts and then
//! collects, dropping a VM empties every mutable container reachable from
//! its module table (lists, dicts, sets, cells, class namespaces, function
//! attributes, exception state, suspended generator frames). Every cycle
//! runs through one of those, so once they are empty the counts fall to
//! zero. Frozen objects are immortal and shared with other threads: they
//! are neither entered nor touched.

use super::Vm;
use crate::object::ObjKind;
use crate::objects::dict::Dict;
use crate::objects::set_table::SetTable;
use crate::value::{ObjRef, Value};
use std::collections::HashSet;

/// What emptying the containers took out, dropped only once every
/// container is empty (so no count falls to zero while the walk still
/// needs the object).
#[derive(Default)]
struct Taken {
    values: Vec<Value>,
    dicts: Vec<Dict>,
    sets: Vec<SetTable<Value>>,
    // Boxed as generators hold them: taking one out moves a pointer.
    #[allow(clippy::vec_box)]
    frames: Vec<Box<super::frame::Frame>>,
}

impl Drop for Vm {
    fn drop(&mut self) {
        let mut roots = vec![self.modules.clone(), self.current_exc.clone()];
        roots.extend(self.frames.iter().flat_map(|f| {
            let mut values = Vec::new();
            f.for_each_child(&mut |v| values.push(v.clone()));
            values
        }));
        break_cycles(roots);
    }
}

/// Empties every mutable container reachable from `roots` (frozen objects
/// excepted), then drops what they held.
pub(crate) fn break_cycles(roots: Vec<Value>) {
    let reached = reachable(roots);
    let mut taken = Taken::default();
    for o in &reached {
        empty(o, &mut taken);
    }
    drop(taken);
}

/// Every thread-local object reachable from `roots`, each once.
fn reachable(roots: Vec<Value>) -> Vec<ObjRef> {
    let mut seen: HashSet<usize> = HashSet::new();
    let mut reached = Vec::new();
    let mut stack = roots;
    while let Some(v) = stack.pop() {
        let Value::Obj(o) = v else { continue };
        if o.is_frozen() || !seen.insert(o.addr()) {
            continue;
        }
        o.kind().for_each_child(&mut |child| {
            if let Value::Obj(c) = child {
                if !c.is_frozen() && !seen.contains(&c.addr()) {
                    stack.push(child.clone());
                }
            }
        });
        reached.push(o);
    }
    reached
}

/// Moves the contents of one object, if it is a mutable container, into
/// `taken`. A container still borrowed (impossible once the VM is idle) is
/// left as it is.
fn empty(o: &ObjRef, taken: &mut Taken) {
    match o.kind() {
        ObjKind::List(items) => {
            if let Ok(mut items) = items.try_borrow_mut() {
                taken.values.append(&mut items);
            }
        }
        ObjKind::Dict(d) => take_dict(d, taken),
        ObjKind::Class(c) => take_dict(&c.dict, taken),
        ObjKind::Function(f) => take_dict(&f.attrs, taken),
        ObjKind::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                taken.sets.push(std::mem::take(&mut *s));
            }
        }
        ObjKind::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                taken.values.push(std::mem::replace(&mut *c, Value::None));
            }
        }
        ObjKind::Instance(i) => {
            if let Some(Ok(mut exc)) = i.exc.as_ref().map(|e| e.try_borrow_mut()) {
                taken.values.append(&mut exc.args);
                taken.values.extend(exc.cause.take());
                taken.values.extend(exc.context.take());
            }
        }
        ObjKind::Generator(g) => {
            if let Ok(mut g) = g.try_borrow_mut() {
                taken.frames.extend(g.frame.take());
            }
        }
        _ => {}
    }
}

fn take_dict(d: &std::cell::RefCell<Dict>, taken: &mut Taken) {
    if let Ok(mut d) = d.try_borrow_mut() {
        taken.dicts.push(std::mem::take(&mut *d));
    }
}
