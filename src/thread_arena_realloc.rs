//! A global allocator that keeps each thread's blocks in its own malloc
//! arena (see [`ThreadArenaRealloc`]).

/// A global allocator for programs that call taipan from many threads:
/// the system allocator, except that growing or shrinking a block of
/// under 1 MB takes a new block from the calling thread's own arena (and
/// copies) instead of calling `realloc`. The `taipan` command and the C
/// library use it; a Rust host on glibc can too:
///
/// ```
/// #[global_allocator]
/// static ALLOCATOR: taipan::ThreadArenaRealloc = taipan::ThreadArenaRealloc;
/// # fn main() {}
/// ```
///
/// glibc's `realloc` keeps a block in the arena it came from. A worker
/// that frees a block the main thread allocated (a task's arguments) gets
/// that block back from its cache for its next allocation of that size;
/// when it grows that vector, the new block is again the main thread's,
/// and so on: such blocks spread through every worker's data, and the
/// workers then wait on the main thread's arena lock. In the dict-heavy
/// thread benchmark 78% of the workers' context switches were on that
/// lock. Taking a fresh block for each growth stops the spread; glibc's
/// `realloc` would copy most such blocks anyway. Big blocks (arrays)
/// still use `realloc`, which can remap them without copying.
pub struct ThreadArenaRealloc;

/// Blocks from this size up are resized with the system's `realloc`.
const REALLOC_IN_PLACE_FROM: usize = 1 << 20;

// SAFETY: every method forwards to `System`, which upholds GlobalAlloc's
// contract; `realloc` hands out a block of `new_size` bytes with the old
// layout's alignment, copies the bytes both blocks share, and frees the
// old block only after the copy (and keeps it when the allocation fails),
// as `GlobalAlloc::realloc`'s default does.
unsafe impl std::alloc::GlobalAlloc for ThreadArenaRealloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { std::alloc::System.alloc(layout) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { std::alloc::System.alloc_zeroed(layout) }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }

    // One copy, out of line: it is called wherever a vector grows.
    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.size().max(new_size) >= REALLOC_IN_PLACE_FROM {
            // SAFETY: forwarded with the caller's guarantees.
            return unsafe { std::alloc::System.realloc(ptr, layout, new_size) };
        }
        // SAFETY: the caller guarantees that `new_size`, rounded up to the
        // layout's (valid) alignment, does not overflow isize.
        let new_layout =
            unsafe { std::alloc::Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: `new_size` is non-zero (the caller's guarantee).
        let new = unsafe { std::alloc::System.alloc(new_layout) };
        if !new.is_null() {
            // SAFETY: both blocks are valid for the smaller size and do not
            // overlap (the new one is freshly allocated); `ptr` was
            // allocated with `layout` (the caller's guarantee).
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                std::alloc::System.dealloc(ptr, layout);
            }
        }
        new
    }
}

#[cfg(test)]
mod tests {
    use super::ThreadArenaRealloc;
    use std::alloc::{GlobalAlloc, Layout};

    /// Resizes a block through the allocator from `from` to each size in
    /// `to`, checking that the bytes both sizes share survive and that the
    /// block keeps its alignment.
    fn resize_keeps_bytes(align: usize, from: usize, to: &[usize]) {
        let mut layout = Layout::from_size_align(from, align).unwrap();
        // SAFETY: the layout is non-zero; every block is checked for null,
        // written and read within its size and freed once with its layout.
        unsafe {
            let mut block = ThreadArenaRealloc.alloc(layout);
            assert!(!block.is_null());
            for i in 0..from {
                *block.add(i) = (i % 251) as u8;
            }
            for &size in to {
                block = ThreadArenaRealloc.realloc(block, layout, size);
                assert!(!block.is_null());
                assert_eq!(block as usize % align, 0, "alignment {align} kept");
                let kept = layout.size().min(size);
                assert!((0..kept).all(|i| *block.add(i) == (i % 251) as u8));
                layout = Layout::from_size_align(size, align).unwrap();
                for i in kept..size {
                    *block.add(i) = (i % 251) as u8;
                }
            }
            ThreadArenaRealloc.dealloc(block, layout);
        }
    }

    #[test]
    fn small_blocks_grow_and_shrink_by_copying() {
        resize_keeps_bytes(8, 24, &[48, 200, 1000, 10, 5000]);
        resize_keeps_bytes(64, 100, &[4096, 64, 70_000]);
    }

    #[test]
    fn big_blocks_use_the_system_realloc() {
        resize_keeps_bytes(16, 1000, &[(1 << 20) + 5, 3 << 20, 100]);
    }
}
