//! The memory heap objects live in. Every heap object is a [`PyObject`] of
//! one size (56 bytes), and a Python program frees and allocates them at a
//! high rate (a tuple per loop turn, a bound method per call) and holds
//! many at once (an image as lists of pixels). So objects are not given to
//! the system allocator one by one: they are cut from chunks of
//! [`CHUNK_BLOCKS`] blocks, which saves the allocator's 8-byte header and
//! rounding on every object (56 bytes rather than 64), and a freed block
//! goes on its thread's list for the next object, a few instructions where
//! the allocator's free and malloc cost around two hundred.
//!
//! A block is plain memory with `PyObject`'s layout, so any thread may reuse
//! a block that another thread allocated (an object made by a worker and
//! freed by the caller). A thread keeps at most [`LOCAL_MAX`] freed blocks;
//! beyond that, and when it exits, it hands them to a shared spare list,
//! where a thread that runs out takes them before cutting a new chunk.
//! Chunks are never given back to the system: the memory of a program's
//! peak of live objects stays with the process, ready for its next objects.

use crate::object::PyObject;
use std::alloc::{alloc, handle_alloc_error, Layout};
use std::cell::RefCell;
use std::ptr::NonNull;
use std::sync::Mutex;

/// Blocks in a chunk (14 KB).
const CHUNK_BLOCKS: usize = 256;
/// The most freed blocks a thread keeps for itself.
const LOCAL_MAX: usize = 2048;
/// How many blocks move to or from the spare list at once.
const BATCH: usize = 1024;

/// Free blocks: memory with `PyObject`'s layout that holds no object.
struct Blocks(Vec<NonNull<PyObject>>);

// SAFETY: a free block is plain memory that no object lives in and that no
// thread refers to any more; the thread that takes it from the list owns it.
unsafe impl Send for Blocks {}

/// Free blocks handed over by threads with too many, or that exited.
static SPARE: Mutex<Vec<Blocks>> = Mutex::new(Vec::new());

/// Puts `blocks` on the spare list.
fn give_spare(blocks: Vec<NonNull<PyObject>>) {
    if !blocks.is_empty() {
        let mut spare = SPARE.lock().unwrap_or_else(|e| e.into_inner());
        spare.push(Blocks(blocks));
    }
}

/// A batch of blocks from the spare list, if it has any.
fn take_spare() -> Option<Vec<NonNull<PyObject>>> {
    let mut spare = SPARE.lock().unwrap_or_else(|e| e.into_inner());
    spare.pop().map(|b| b.0)
}

/// A new chunk of `blocks` blocks from the system allocator.
fn new_chunk(blocks: usize) -> NonNull<PyObject> {
    let layout = Layout::array::<PyObject>(blocks).expect("a chunk's size fits in memory");
    // SAFETY: the layout is not zero-sized (PyObject is 56 bytes, blocks > 0).
    let chunk = unsafe { alloc(layout) }.cast::<PyObject>();
    NonNull::new(chunk).unwrap_or_else(|| handle_alloc_error(layout))
}

/// A thread's free blocks and the rest of the chunk it is cutting.
struct Local {
    free: Vec<NonNull<PyObject>>,
    /// The next uncut block of the current chunk (valid while `uncut > 0`).
    next: NonNull<PyObject>,
    /// Blocks left to cut in the current chunk.
    uncut: usize,
}

impl Local {
    /// A block for a new object.
    #[inline]
    fn take(&mut self) -> NonNull<PyObject> {
        if let Some(block) = self.free.pop() {
            return block;
        }
        self.take_slow()
    }

    #[cold]
    fn take_slow(&mut self) -> NonNull<PyObject> {
        if let Some(mut batch) = take_spare() {
            if let Some(block) = batch.pop() {
                self.free = batch;
                return block;
            }
        }
        if self.uncut == 0 {
            self.next = new_chunk(CHUNK_BLOCKS);
            self.uncut = CHUNK_BLOCKS;
        }
        let block = self.next;
        self.uncut -= 1;
        if self.uncut > 0 {
            // SAFETY: `uncut` more blocks follow `block` in its chunk.
            self.next = unsafe { block.add(1) };
        }
        block
    }

    /// Keeps a freed block, passing a batch on when there are too many.
    #[inline]
    fn keep(&mut self, block: NonNull<PyObject>) {
        self.free.push(block);
        if self.free.len() > LOCAL_MAX {
            give_spare(self.free.split_off(self.free.len() - BATCH));
        }
    }
}

impl Drop for Local {
    fn drop(&mut self) {
        let mut blocks = std::mem::take(&mut self.free);
        for i in 0..self.uncut {
            // SAFETY: the chunk has `uncut` uncut blocks from `next` on.
            blocks.push(unsafe { self.next.add(i) });
        }
        self.uncut = 0;
        give_spare(blocks);
    }
}

thread_local! {
    static LOCAL: RefCell<Local> = const {
        RefCell::new(Local {
            free: Vec::new(),
            next: NonNull::dangling(),
            uncut: 0,
        })
    };
}

/// Places `obj` in a free block.
#[inline]
pub(crate) fn allocate(obj: PyObject) -> NonNull<PyObject> {
    let block = LOCAL
        .try_with(|local| local.borrow_mut().take())
        // A thread that is exiting takes a block of its own.
        .unwrap_or_else(|_| {
            take_spare()
                .and_then(|mut b| {
                    let block = b.pop();
                    give_spare(b);
                    block
                })
                .unwrap_or_else(|| new_chunk(1))
        });
    // SAFETY: a free block is valid, unaliased memory with PyObject's
    // layout that holds no live object.
    unsafe { block.as_ptr().write(obj) };
    block
}

/// Moves the object out of its block and keeps the block for reuse.
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
    if LOCAL
        .try_with(|local| local.borrow_mut().keep(block))
        .is_err()
    {
        give_spare(vec![block]);
    }
    obj
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ObjKind;

    fn object(i: i64) -> PyObject {
        PyObject {
            refcount: std::cell::Cell::new(1),
            state: std::cell::Cell::new(crate::object::MUTABLE),
            charged: std::cell::Cell::new(0),
            gc_slot: std::cell::Cell::new(crate::gc::NEW_SLOT),
            kind: ObjKind::Range {
                start: i,
                stop: i,
                step: 1,
            },
        }
    }

    #[test]
    fn blocks_are_cut_apart_reused_and_passed_between_threads() {
        let made: Vec<NonNull<PyObject>> = (0..3 * CHUNK_BLOCKS as i64)
            .map(|i| allocate(object(i)))
            .collect();
        let mut addresses: Vec<usize> = made.iter().map(|b| b.as_ptr() as usize).collect();
        addresses.sort_unstable();
        addresses.dedup();
        assert_eq!(addresses.len(), made.len(), "a block was handed out twice");
        // Freed on another thread, which keeps them or hands them on.
        let sendable = Blocks(made);
        std::thread::spawn(move || {
            let sendable = sendable;
            for (i, block) in sendable.0.into_iter().enumerate() {
                // SAFETY: each block holds the live object made above.
                let obj = unsafe { release(block) };
                assert!(matches!(obj.kind, ObjKind::Range { start, .. } if start == i as i64));
            }
        })
        .join()
        .expect("the freeing thread ends");
        // A block freed on this thread is the next one it hands out.
        let one = allocate(object(-1));
        // SAFETY: `one` holds the live object just made.
        drop(unsafe { release(one) });
        let again = allocate(object(-2));
        assert_eq!(again, one);
        // SAFETY: `again` holds the live object just made.
        drop(unsafe { release(again) });
    }
}
