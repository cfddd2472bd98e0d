//! The command line's global allocator: the system allocator with a small
//! per-thread cache of freed small blocks in front of it.
//!
//! Python code makes and drops short strings and small buffers at a high
//! rate (a slice and a concatenation per turn of a tokenizer's loop, a
//! growing `cur += ch`). glibc keeps only seven freed blocks per size for
//! a thread; past that every free and malloc walks its bins. Here each
//! thread keeps up to [`DEPTH`] freed blocks of each size class of 24 to
//! 136 bytes (16-byte steps) and hands them out again, and a reallocation
//! that stays within its block's class does nothing: `s += ch` on a short
//! string moves no bytes until the string outgrows its 16-byte step.
//!
//! The class sizes are 8 bytes short of a multiple of 16 because glibc's
//! chunks are (a size word plus the block, rounded up to 16): a block of
//! a class size fills its chunk exactly, so a cached block costs no more
//! memory than the same request would without the cache.
//!
//! Every cached block is an ordinary system allocation of its class's
//! size, so any thread may reuse or free a block another thread made, and
//! a thread's cached blocks go back to the system allocator when it exits.
//! Embedding hosts keep their own global allocator: this one is the
//! binary's choice, like its malloc settings.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr::{self, NonNull};

/// Size step of the classes (and the alignment every cached block has).
const STEP: usize = 16;
/// Size of the smallest class.
const SMALLEST: usize = 24;
/// Number of classes: blocks of 24, 40, … up to 136 bytes.
const CLASSES: usize = 8;
/// The most freed blocks a thread keeps per class.
const DEPTH: u32 = 128;

/// The global allocator of the `taipan` binary.
pub struct SmallBlockCache;

/// A thread's freed blocks of one class, linked through their first word.
struct FreeList {
    head: Cell<Option<NonNull<u8>>>,
    len: Cell<u32>,
}

impl FreeList {
    /// Takes a cached block.
    fn pop(&self) -> Option<NonNull<u8>> {
        let block = self.head.get()?;
        // SAFETY: every block on the list is a live, unused system
        // allocation of at least STEP bytes, aligned to STEP, whose first
        // word `push` set to the next block's address.
        let next = unsafe { block.as_ptr().cast::<Option<NonNull<u8>>>().read() };
        self.head.set(next);
        self.len.set(self.len.get() - 1);
        Some(block)
    }

    /// Caches a freed block; false when the list is full.
    fn push(&self, block: NonNull<u8>) -> bool {
        if self.len.get() >= DEPTH {
            return false;
        }
        // SAFETY: the caller hands over a block it no longer uses, of at
        // least STEP bytes and aligned to STEP, so its first word may hold
        // the link.
        unsafe {
            block
                .as_ptr()
                .cast::<Option<NonNull<u8>>>()
                .write(self.head.get())
        };
        self.head.set(Some(block));
        self.len.set(self.len.get() + 1);
        true
    }
}

/// A thread's free lists, one per class.
struct ThreadCache([FreeList; CLASSES]);

impl Drop for ThreadCache {
    fn drop(&mut self) {
        for (class, list) in self.0.iter().enumerate() {
            while let Some(block) = list.pop() {
                // SAFETY: cached blocks of this class were allocated by
                // System with `class_layout(class)` and are unused.
                unsafe { System.dealloc(block.as_ptr(), class_layout(class)) };
            }
        }
    }
}

thread_local! {
    static CACHE: ThreadCache = const {
        ThreadCache([const { FreeList { head: Cell::new(None), len: Cell::new(0) } }; CLASSES])
    };
}

/// The class of an allocation of this layout, or None when it is too big
/// (or too strictly aligned, or empty) to be cached.
#[inline]
fn class_of(size: usize, align: usize) -> Option<usize> {
    if size == 0 || size > class_size(CLASSES - 1) || align > STEP {
        return None;
    }
    Some(size.saturating_sub(SMALLEST).div_ceil(STEP))
}

/// The size of the blocks of `class`.
#[inline]
const fn class_size(class: usize) -> usize {
    SMALLEST + STEP * class
}

/// The layout every block of `class` is allocated with.
#[inline]
fn class_layout(class: usize) -> Layout {
    // SAFETY: the size is at least SMALLEST (>= STEP, so the alignment is
    // no bigger than the size) and STEP is a power of two: a valid layout,
    // and one that System serves with plain malloc.
    unsafe { Layout::from_size_align_unchecked(class_size(class), STEP) }
}

// SAFETY: every block handed out is either a fresh System allocation of
// at least the requested size and alignment (a class block is rounded up
// to its class's size and aligned to STEP, which covers the requested
// alignment) or a cached one of the same class, which no one else uses
// once it left the free list; each block is returned to System with the
// layout it was allocated with (`class_layout` for class blocks).
unsafe impl GlobalAlloc for SmallBlockCache {
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            Some(class) => {
                let cached = CACHE.try_with(|c| c.0[class].pop()).ok().flatten();
                match cached {
                    Some(block) => block.as_ptr(),
                    // SAFETY: a valid, non-zero-sized layout.
                    None => unsafe { System.alloc(class_layout(class)) },
                }
            }
            // SAFETY: the caller's layout, as GlobalAlloc::alloc requires.
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline(never)]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if class_of(layout.size(), layout.align()).is_none() {
            // SAFETY: the caller's layout; big zeroed buffers (np.zeros)
            // keep calloc's fresh, already-zero pages.
            return unsafe { System.alloc_zeroed(layout) };
        }
        // SAFETY: the caller's layout, as GlobalAlloc::alloc requires.
        let block = unsafe { self.alloc(layout) };
        if !block.is_null() {
            // SAFETY: the block is live and at least `layout.size()` long.
            unsafe { block.write_bytes(0, layout.size()) };
        }
        block
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        match class_of(layout.size(), layout.align()) {
            Some(class) => {
                let Some(block) = NonNull::new(ptr) else {
                    return;
                };
                let kept = CACHE.try_with(|c| c.0[class].push(block)).unwrap_or(false);
                if !kept {
                    // SAFETY: blocks of this class come from System with
                    // `class_layout(class)` (see `alloc`).
                    unsafe { System.dealloc(ptr, class_layout(class)) };
                }
            }
            // SAFETY: the block came from System.alloc with this layout.
            None => unsafe { System.dealloc(ptr, layout) },
        }
    }

    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = class_of(layout.size(), layout.align());
        let new = class_of(new_size, layout.align());
        match (old, new) {
            // The block already has room: it is its class's size.
            (Some(a), Some(b)) if a == b => ptr,
            // SAFETY: neither size is a class size, so the block came from
            // System.alloc with `layout`, as System.realloc requires.
            (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
            _ => {
                // SAFETY: the caller guarantees `new_size` with the old
                // alignment is a valid layout.
                let new_layout =
                    unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
                // SAFETY: a valid non-zero layout (new_size > 0 per the
                // GlobalAlloc::realloc contract).
                let fresh = unsafe { self.alloc(new_layout) };
                if !fresh.is_null() {
                    // SAFETY: both blocks are live, distinct and at least
                    // this many bytes long; then the old one is freed with
                    // the layout it was allocated with.
                    unsafe {
                        ptr::copy_nonoverlapping(ptr, fresh, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                }
                fresh
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_small_sizes_only() {
        assert_eq!(class_of(1, 1), Some(0));
        assert_eq!(class_of(24, 8), Some(0));
        assert_eq!(class_of(25, 8), Some(1));
        assert_eq!(
            class_of(56, 8),
            Some(2),
            "a heap object fills a 64-byte chunk"
        );
        assert_eq!(class_of(136, 16), Some(7));
        assert_eq!(class_of(137, 8), None);
        assert_eq!(class_of(0, 1), None);
        assert_eq!(class_of(64, 32), None);
        for size in 1..=class_size(CLASSES - 1) {
            let class = class_of(size, 8).expect("small sizes have a class");
            assert!(size <= class_size(class));
            assert!(class == 0 || size > class_size(class - 1));
        }
    }

    #[test]
    fn blocks_are_reused_and_grow_in_place_within_a_class() {
        let a = SmallBlockCache;
        let small = Layout::from_size_align(20, 8).expect("valid layout");
        // SAFETY: each block is used within its size and freed once with
        // the layout it has at that moment.
        unsafe {
            let p = a.alloc(small);
            assert!(!p.is_null());
            p.write_bytes(7, 20);
            let q = a.realloc(p, small, 24);
            assert_eq!(p, q, "20 and 24 bytes share the 24-byte class");
            let grown = Layout::from_size_align(24, 8).expect("valid layout");
            let r = a.realloc(q, grown, 200);
            assert_eq!(std::slice::from_raw_parts(r, 20), &[7u8; 20][..]);
            a.dealloc(r, Layout::from_size_align(200, 8).expect("valid layout"));
            let s = a.alloc(small);
            let t = a.alloc(small);
            assert_ne!(s, t);
            a.dealloc(s, small);
            assert_eq!(a.alloc(small), s, "the freed block comes back first");
            a.dealloc(s, small);
            a.dealloc(t, small);
        }
    }
}
