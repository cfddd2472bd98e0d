//! Freeing a VM's heap when the VM goes away.
//!
//! Reference counting frees everything except cycles, and ordinary module
//! code makes cycles: a function's globals hold the function, a class's
//! namespace holds its methods, a recursive closure's cell holds the
//! closure. The cycle collector (`crate::gc`) would find a dropped VM's
//! modules only at its next collection on that thread, which may never
//! come (the thread ends, or the host makes few objects after it), so a
//! dropped VM (a finished `run_main`, a worker thread that exits, each
//! fresh runtime of a host that makes many) frees them at once: some 2 KB
//! for a script with one function, 140 KB for `import numpy`.
//!
//! Like CPython's finalisation, which clears module dicts and then
//! collects, dropping a VM empties every mutable container reachable from
//! its module table (lists, dicts, sets, cells, class namespaces, function
//! attributes, exception state, suspended generator frames). Every cycle
//! runs through one of those, so once they are empty the counts fall to
//! zero. Frozen objects are immortal and shared with other threads: they
//! are neither entered nor touched.

use super::Vm;
use crate::value::{ObjRef, Value};
use std::collections::HashSet;

impl Drop for Vm {
    fn drop(&mut self) {
        // From here this interpreter runs no more code: unfinished
        // generators it drops are freed without being closed.
        super::gen_close::interpreter_ending();
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
    crate::gc::clear::empty_all(&reachable(roots));
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
