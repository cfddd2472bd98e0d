//! The memory behind arrays: a typed vector shared by an array and its
//! views, checked like a `RefCell`, and frozen when the array is shared
//! with worker threads.
//!
//! The concurrency contract: a buffer that is not frozen belongs to one
//! thread (an array crossing to another thread while its buffer is not
//! frozen is copied, see `NdArray::share_handle`). A frozen buffer is
//! never written again, so any number of threads read it without
//! counting borrows.

use super::element::Data;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::sync::Arc;

/// Why a buffer cannot be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteDenied {
    /// It is shared with worker threads.
    Frozen,
    /// It is being read or written by an operation in progress.
    Busy,
}

/// A typed vector of elements shared by arrays and their views.
pub struct Buffer {
    data: UnsafeCell<Data>,
    /// The bytes charged on the heap meter of the thread that made it.
    charged: usize,
    frozen: AtomicBool,
    /// Readers in progress (> 0) or one writer (-1); unused once frozen.
    borrows: AtomicIsize,
    /// The `WRITEABLE` flag of the array that owns the data (NumPy lets a
    /// view be made writeable again only while its owner is), false for
    /// data NumPy may not write (an array over `bytes`).
    owner_writeable: AtomicBool,
}

// SAFETY: the data is read through `read` and written through `write`.
// `write` refuses a frozen buffer and takes the borrow flag exclusively
// (-1), so it never overlaps a counted read; reads of an unfrozen buffer
// are counted. Reads of a frozen buffer skip the count, which is sound
// because a frozen buffer is never written again (the flag is only ever
// set, never cleared).
unsafe impl Sync for Buffer {}

impl Drop for Buffer {
    /// Takes the buffer off the heap meter. An unfrozen buffer belongs to
    /// one thread, so it is freed on the thread that charged it; a frozen
    /// one is reached by frozen arrays, which are never freed.
    fn drop(&mut self) {
        taipan_vm::heap::release(self.charged);
    }
}

/// A read of a buffer in progress.
pub struct ReadGuard<'a> {
    buffer: &'a Buffer,
    counted: bool,
}

impl std::ops::Deref for ReadGuard<'_> {
    type Target = Data;
    fn deref(&self) -> &Data {
        // SAFETY: while this guard lives the buffer is frozen (never
        // written again) or its borrow count is positive, which makes
        // `write` refuse.
        unsafe { &*self.buffer.data.get() }
    }
}

impl Drop for ReadGuard<'_> {
    fn drop(&mut self) {
        if self.counted {
            self.buffer.borrows.fetch_sub(1, Ordering::Release);
        }
    }
}

impl Buffer {
    /// A new, unfrozen buffer holding `data`.
    pub fn new(data: Data) -> Arc<Buffer> {
        let charged = data.len() * data.dtype().itemsize();
        taipan_vm::heap::charge(charged);
        Arc::new(Buffer {
            charged,
            data: UnsafeCell::new(data),
            frozen: AtomicBool::new(false),
            borrows: AtomicIsize::new(0),
            owner_writeable: AtomicBool::new(true),
        })
    }

    /// Whether the owner of the data may write it (see `owner_writeable`).
    pub fn owner_writeable(&self) -> bool {
        self.owner_writeable.load(Ordering::Relaxed)
    }

    /// Records the owner's `WRITEABLE` flag.
    pub fn set_owner_writeable(&self, on: bool) {
        self.owner_writeable.store(on, Ordering::Relaxed);
    }

    /// Whether the buffer is shared with worker threads.
    pub fn is_frozen(&self) -> bool {
        self.frozen.load(Ordering::Acquire)
    }

    /// Marks the buffer as shared with worker threads: never written again.
    pub fn freeze(&self) {
        self.frozen.store(true, Ordering::Release);
    }

    /// Reads the data. Panics only if a write is in progress on this
    /// thread, which the shim never does while reading (writes take no
    /// Python callbacks).
    pub fn read(&self) -> ReadGuard<'_> {
        if self.is_frozen() {
            return ReadGuard {
                buffer: self,
                counted: false,
            };
        }
        let before = self.borrows.fetch_add(1, Ordering::Acquire);
        assert!(before >= 0, "numpy buffer read while it is being written");
        ReadGuard {
            buffer: self,
            counted: true,
        }
    }

    /// Runs `f` with the data writable, unless the buffer is frozen or busy.
    pub fn write<R>(&self, f: impl FnOnce(&mut Data) -> R) -> Result<R, WriteDenied> {
        if self.is_frozen() {
            return Err(WriteDenied::Frozen);
        }
        if self
            .borrows
            .compare_exchange(0, -1, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            return Err(WriteDenied::Busy);
        }
        // SAFETY: the borrow flag is -1: no read guard and no other write
        // exists until it is reset below, and the buffer is not frozen.
        let r = f(unsafe { &mut *self.data.get() });
        self.borrows.store(0, Ordering::Release);
        Ok(r)
    }
}
