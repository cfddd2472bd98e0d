//! Each thread keeps the memory of objects it freed for the next objects
//! it allocates. Every heap object is a [`PyObject`] of one size, and a
//! Python program frees and allocates them at a high rate (a tuple per
//! loop turn, a bound method per call): reusing a block from a short list
//! costs a few instructions where the system allocator's free and malloc
//! cost around two hundred once its own per-size cache overflows.
//!
//! A block is plain memory with `PyObject`'s layout, so any thread may reuse
//! or free a block that another thread allocated. The list is capped, and
//! a thread's remaining blocks go back to the allocator when it exits.

use crate::object::PyObject;
use std::alloc::{dealloc, Layout};
use std::cell::RefCell;
use std::ptr::NonNull;

/// The most freed blocks a thread keeps.
const POOL_CAPACITY: usize = 1024;

/// A thread's freed blocks.
struct Pool(Vec<NonNull<PyObject>>);

impl Drop for Pool {
    fn drop(&mut self) {
        for block in self.0.drain(..) {
            // SAFETY: every pooled block came from `allocate` and holds no
            // object any more (its contents were moved out in `release`).
            unsafe { free_block(block) };
        }
    }
}

/// Gives a block back to the system allocator.
///
/// # Safety
/// `block` must come from [`allocate`] (`Box::new` with PyObject's layout)
/// and hold no live object.
unsafe fn free_block(block: NonNull<PyObject>) {
    // SAFETY: the caller guarantees the layout and that nothing lives there.
    unsafe { dealloc(block.as_ptr().cast(), Layout::new::<PyObject>()) };
}

thread_local! {
    static POOL: RefCell<Pool> = const { RefCell::new(Pool(Vec::new())) };
}

/// Places `obj` in a reused block, or a new one.
#[inline]
pub(crate) fn allocate(obj: PyObject) -> NonNull<PyObject> {
    let reused = POOL
        .try_with(|pool| pool.borrow_mut().0.pop())
        .ok()
        .flatten();
    match reused {
        Some(block) => {
            // SAFETY: a pooled block is valid, unaliased memory with
            // PyObject's layout and holds no live object (see `release`).
            unsafe { block.as_ptr().write(obj) };
            block
        }
        None => NonNull::from(Box::leak(Box::new(obj))),
    }
}

/// Moves the object out of its block and keeps the block for reuse (or
/// frees it when the pool is full or the thread is exiting).
///
/// # Safety
/// `block` must come from [`allocate`], hold a live object, and no
/// reference to that object may be used afterwards.
#[inline]
pub(crate) unsafe fn release(block: NonNull<PyObject>) -> PyObject {
    // SAFETY: the caller guarantees the block holds a live object that
    // nothing else will use; reading it moves it out, leaving the memory
    // uninitialised (and never read again before the next `allocate`).
    let obj = unsafe { block.as_ptr().read() };
    let kept = POOL
        .try_with(|pool| {
            let mut pool = pool.borrow_mut();
            if pool.0.len() < POOL_CAPACITY {
                pool.0.push(block);
                true
            } else {
                false
            }
        })
        .unwrap_or(false);
    if !kept {
        // SAFETY: the block came from `allocate` and its contents were moved
        // out above.
        unsafe { free_block(block) };
    }
    obj
}
