//! The cycle collector.
//!
//! Reference counting frees an object when its last reference goes, but
//! not a group of objects that refer to each other and that nothing else
//! reaches: a recursive closure and its cell, a tree whose nodes point at
//! their parents, an instance that stores one of its own bound methods. A
//! long-lived thread (a pool worker serving thousands of tasks, a script
//! that loops over a dataset) would keep every such group until it ends.
//!
//! Each thread watches the objects it owns that can be part of a cycle (see
//! [`can_hold_cycle`]) in a list of its own; an object's header holds its
//! place in that list, so adding and removing one costs a few
//! instructions. When the list has grown by a threshold since the last
//! collection, the next *safe point* (a loop's back-edge check, or the
//! check every 1024 calls) collects: [`collect`] finds the watched objects
//! that only other watched objects refer to, and breaks their cycles.
//!
//! Frozen objects are shared with other threads and immortal: they are
//! never watched (freezing removes an object from the list). The collector
//! never frees memory itself: it empties containers (see [`clear`]) and lets
//! reference counting free what falls to zero, so even a wrong answer
//! could only empty a container, never free memory still in use.

pub(crate) mod clear;
mod collect;

use crate::object::{ObjKind, PyObject};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

pub use collect::collect;

/// The slot mark of an object that is not watched. Slots are three bytes,
/// so a thread watches at most this many objects at once; objects made
/// beyond that are not watched (their cycles are not collected).
const UNTRACKED: u32 = 0x00FF_FFFF;

/// How many more watched objects than the last collection left trigger the
/// next one, at least (`gc.set_threshold`'s first value). The trigger also
/// grows with what survived (see [`Watch::schedule`]), so that the work of
/// collecting stays proportional to the work of allocating.
pub const DEFAULT_THRESHOLD: usize = 2_000;

/// One thread's watched objects and collection schedule.
struct Watch {
    /// The watched objects; each one's header holds its index here.
    objects: RefCell<Vec<NonNull<PyObject>>>,
    /// The length of `objects` at which the next collection is due
    /// (`usize::MAX` while automatic collection is off).
    next_at: Cell<usize>,
    /// The least growth between collections.
    threshold: Cell<usize>,
    /// False after `gc.disable()`.
    enabled: Cell<bool>,
    /// The length of `objects` after the last collection.
    survivors: Cell<usize>,
}

impl Watch {
    /// Sets when the next collection is due, after one that left
    /// `survivors` watched objects.
    fn schedule(&self, survivors: usize) {
        self.survivors.set(survivors);
        let threshold = self.threshold.get();
        self.next_at.set(if self.enabled.get() && threshold > 0 {
            survivors.saturating_add(threshold.max(survivors))
        } else {
            usize::MAX
        });
    }

    /// How many objects are watched now.
    fn len(&self) -> usize {
        self.objects.borrow().len()
    }
}

thread_local! {
    static WATCH: Watch = const {
        Watch {
            objects: RefCell::new(Vec::new()),
            next_at: Cell::new(DEFAULT_THRESHOLD),
            threshold: Cell::new(DEFAULT_THRESHOLD),
            enabled: Cell::new(true),
            survivors: Cell::new(0),
        }
    };
}

/// The watched-list index in an object's header.
#[inline]
fn slot(obj: &PyObject) -> u32 {
    let [a, b, c] = obj.gc_slot.get();
    u32::from_le_bytes([a, b, c, 0])
}

#[inline]
fn set_slot(obj: &PyObject, index: u32) {
    let [a, b, c, _] = index.to_le_bytes();
    obj.gc_slot.set([a, b, c]);
}

/// The header mark of a new object, before [`track`] decides: untracked.
pub(crate) const NEW_SLOT: [u8; 3] = {
    let [a, b, c, _] = UNTRACKED.to_le_bytes();
    [a, b, c]
};

/// Whether an object of this kind can be part of a cycle: a container whose
/// contents can change, or an object holding at least one watched object.
/// (An object that cannot change refers only to objects older than itself,
/// so it is in a cycle only through one of those.)
#[inline]
fn can_hold_cycle(kind: &ObjKind) -> bool {
    match kind {
        // The kinds made most often that hold no values.
        ObjKind::Str(_) | ObjKind::BigInt(_) | ObjKind::Bytes(_) => false,
        // A list of a few ints or floats kept inline refers to nothing; it
        // is watched from the write that moves its items out (see
        // [`watch_list`]).
        ObjKind::List(items) => !items.is_inline(),
        ObjKind::Dict(_)
        | ObjKind::Set(_)
        | ObjKind::Function(_)
        | ObjKind::Class(_)
        | ObjKind::Instance(_)
        | ObjKind::Module(_)
        | ObjKind::Cell(_)
        | ObjKind::Generator(_) => true,
        ObjKind::Tuple(items) => items.iter().any(may_be_watched),
        // Objects that cannot change, and the rarer kinds without values.
        _ => {
            let mut any = false;
            kind.try_for_each_child(&mut |v| any |= may_be_watched(v));
            any
        }
    }
}

/// Whether `v` is an object this thread watches, or a list (which is
/// watched from the moment it can refer to anything).
#[inline]
fn may_be_watched(v: &Value) -> bool {
    match v {
        Value::Obj(o) => slot(o.get()) != UNTRACKED || matches!(o.kind(), ObjKind::List(_)),
        _ => false,
    }
}

/// Starts watching a new object if it can be part of a cycle. Called once,
/// as the object is made.
///
/// # Safety
/// `ptr` must point to a live object that this thread just made.
#[inline]
pub(crate) unsafe fn track(ptr: NonNull<PyObject>) {
    // SAFETY: the caller guarantees the object is live.
    let obj = unsafe { ptr.as_ref() };
    if can_hold_cycle(&obj.kind) {
        add(obj, ptr);
    }
}

fn add(obj: &PyObject, ptr: NonNull<PyObject>) {
    // A thread that is exiting no longer collects: it watches nothing new.
    let _ = WATCH.try_with(|w| {
        let mut objects = w.objects.borrow_mut();
        let index = objects.len();
        if index < UNTRACKED as usize {
            objects.push(ptr);
            set_slot(obj, index as u32);
        }
    });
}

/// Starts watching a list of this thread whose inline items are being
/// moved out to a vector (from then on it may refer to anything).
pub(crate) fn watch_list(obj: &PyObject) {
    if slot(obj) == UNTRACKED && !obj.is_frozen() {
        add(obj, NonNull::from(obj));
    }
}

/// Stops watching an object that is being freed or frozen.
///
/// # Safety
/// `ptr` must point to a live object of this thread.
#[inline]
pub(crate) unsafe fn untrack(ptr: NonNull<PyObject>) {
    // SAFETY: the caller guarantees the object is live.
    let obj = unsafe { ptr.as_ref() };
    let index = slot(obj);
    if index != UNTRACKED {
        remove(obj, ptr, index as usize);
    }
}

fn remove(obj: &PyObject, ptr: NonNull<PyObject>, index: usize) {
    set_slot(obj, UNTRACKED);
    let _ = WATCH.try_with(|w| {
        let mut objects = w.objects.borrow_mut();
        // Only this thread frees or freezes its objects, so the slot is this
        // thread's; the check keeps the list whole if that ever broke.
        if objects.get(index) != Some(&ptr) {
            debug_assert!(false, "a watched object's slot is stale");
            return;
        }
        objects.swap_remove(index);
        if let Some(moved) = objects.get(index) {
            // SAFETY: every pointer in the list is a live object of this
            // thread (objects leave the list before they are freed).
            set_slot(unsafe { moved.as_ref() }, index as u32);
        }
    });
}

/// Collects now if the watched list has grown to the next collection's
/// mark (see [`Watch::schedule`]). Called at safe points: places in
/// the dispatch loop where no native code of this thread is part-way
/// through changing an object (native code further up the stack may hold
/// borrows; the collector treats what it cannot read as reachable).
#[inline]
pub fn collect_if_due() {
    if WATCH
        .try_with(|w| w.len() >= w.next_at.get())
        .unwrap_or(false)
    {
        collect();
    }
}

/// Turns automatic collection on or off (`gc.enable()` / `gc.disable()`)
/// for this thread. [`collect`] still works while it is off.
pub fn set_enabled(on: bool) {
    let _ = WATCH.try_with(|w| {
        w.enabled.set(on);
        w.schedule(w.survivors.get());
    });
}

/// Whether automatic collection is on for this thread.
pub fn is_enabled() -> bool {
    WATCH.try_with(|w| w.enabled.get()).unwrap_or(false)
}

/// Sets the least growth of the watched list between automatic
/// collections; 0 turns automatic collection off, as in CPython.
pub fn set_threshold(threshold: usize) {
    let _ = WATCH.try_with(|w| {
        w.threshold.set(threshold);
        w.schedule(w.survivors.get());
    });
}

/// The least growth between automatic collections.
pub fn threshold() -> usize {
    WATCH.try_with(|w| w.threshold.get()).unwrap_or(0)
}

/// How many more objects this thread watches than the last collection
/// left (`gc.get_count()`'s first number).
pub fn growth_since_collection() -> usize {
    WATCH
        .try_with(|w| w.len().saturating_sub(w.survivors.get()))
        .unwrap_or(0)
}
