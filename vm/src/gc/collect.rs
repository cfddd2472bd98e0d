//! One collection: find the watched objects that nothing outside the
//! watched set reaches, and break their cycles.
//!
//! This is CPython's algorithm. Every watched object starts with its
//! reference count; each reference one watched object holds to another is
//! subtracted. What is left over is the number of references from outside
//! (the VM's frames and stacks, native code, objects that are not watched):
//! an object with some left is reachable, and so is everything it reaches.
//! The rest is garbage: groups of objects that only refer to each other.

use super::{clear, slot, Watch, WATCH};
use crate::value::{ObjRef, Value};

/// Collects this thread's unreachable cycles now and returns how many
/// objects were found unreachable (`gc.collect()`).
pub fn collect() -> usize {
    // Holding a reference to every watched object for the length of the
    // analysis means nothing can be freed (and no list index can move)
    // while it runs.
    let Ok(held) = WATCH.try_with(hold_all) else {
        return 0;
    };
    let garbage = unreachable(&held);
    let found = garbage.len();
    let doomed: Vec<ObjRef> = garbage.into_iter().map(|i| held[i].clone()).collect();
    drop(held);
    clear::empty_all(&doomed);
    drop(doomed);
    let _ = WATCH.try_with(|w| w.schedule(w.len()));
    found
}

/// A counted reference to every watched object, in list order.
fn hold_all(w: &Watch) -> Vec<ObjRef> {
    w.objects
        .borrow()
        .iter()
        // SAFETY: every pointer in the list is a live object of this thread.
        .map(|&ptr| unsafe { ObjRef::hold(ptr) })
        .collect()
}

/// The index in `held` of a watched object, if `v` is one.
#[inline]
fn index_in(held: &[ObjRef], v: &Value) -> Option<usize> {
    let Value::Obj(o) = v else { return None };
    let i = slot(o.get()) as usize;
    held.get(i).filter(|h| h.ptr_eq(o)).map(|_| i)
}

/// The indices of the objects in `held` that nothing outside `held`
/// reaches.
fn unreachable(held: &[ObjRef]) -> Vec<usize> {
    // References from outside: the count, less the one `held` adds.
    let mut outside: Vec<isize> = held.iter().map(|o| o.refcount() as isize - 1).collect();
    // An object native code is changing is treated as reachable: its
    // contents cannot be read, so the references it holds are not
    // subtracted and what it holds stays reachable too.
    let mut reached = vec![false; held.len()];
    for (i, o) in held.iter().enumerate() {
        let complete = o.kind().try_for_each_child(&mut |child| {
            if let Some(j) = index_in(held, child) {
                outside[j] -= 1;
            }
        });
        reached[i] = !complete;
    }
    if outside.iter().any(|&n| n < 0) {
        // More references were found than the counts say exist: an object
        // showed a value it does not own. Collecting on that would empty
        // live containers, so keep everything.
        debug_assert!(false, "the cycle collector counted a reference twice");
        return Vec::new();
    }
    let mut pending: Vec<usize> = Vec::new();
    for (i, r) in reached.iter_mut().enumerate() {
        if outside[i] > 0 || *r {
            *r = true;
            pending.push(i);
        }
    }
    while let Some(i) = pending.pop() {
        held[i].kind().try_for_each_child(&mut |child| {
            if let Some(j) = index_in(held, child) {
                if !reached[j] {
                    reached[j] = true;
                    pending.push(j);
                }
            }
        });
    }
    (0..held.len()).filter(|&i| !reached[i]).collect()
}
