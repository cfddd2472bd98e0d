//! glibc malloc settings for the CLI: array code frees and reallocates
//! buffers of hundreds of kilobytes many times a second. With glibc's
//! defaults each such buffer is a fresh `mmap` (or its thread arena is
//! shrunk with `madvise` on free), so every reuse page-faults again: in
//! the log-mel benchmark 40% of the time went to page faults. Serving big
//! blocks from the arenas and trimming them only past 32 MB keeps reused
//! memory mapped. Embedding hosts keep their own allocator settings.

/// glibc's `M_TRIM_THRESHOLD`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const M_TRIM_THRESHOLD: i32 = -1;
/// glibc's `M_MMAP_THRESHOLD`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const M_MMAP_THRESHOLD: i32 = -3;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
extern "C" {
    fn mallopt(param: i32, value: i32) -> i32;
}

/// Serves allocations up to 16 MB from the heap and trims a heap only
/// when more than 32 MB at its top is free (glibc only; elsewhere a no-op).
pub fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; it is called
    // once, before any other thread exists, with parameters glibc
    // documents, and an unknown value makes it return 0 without effect.
    unsafe {
        mallopt(M_MMAP_THRESHOLD, 16 << 20);
        mallopt(M_TRIM_THRESHOLD, 32 << 20);
    }
}
