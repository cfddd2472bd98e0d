//! Handles given to C: each starts with a magic number naming its kind, so
//! that a handle of the wrong kind (or one already freed, while its memory
//! is not reused) is refused with an error code instead of being used.

use crate::{TP_ERR_INVALID_HANDLE, TP_ERR_NULL, TP_OK};

/// Magic of a runtime.
pub(crate) const RUNTIME: u64 = 0x7461_6970_616e_5254;
/// Magic of a program.
pub(crate) const PROGRAM: u64 = 0x7461_6970_616e_5047;
/// Magic of a module.
pub(crate) const MODULE: u64 = 0x7461_6970_616e_4d44;
/// Magic of a value.
pub(crate) const VALUE: u64 = 0x7461_6970_616e_5641;
/// Magic of a cancel token.
pub(crate) const CANCEL_TOKEN: u64 = 0x7461_6970_616e_4354;

/// A struct handed to C behind a pointer.
pub trait Handle {
    /// The magic number of this kind.
    const MAGIC: u64;
    /// The magic number the struct holds now.
    fn magic(&self) -> u64;
    /// Clears the magic number before the struct is freed.
    fn clear_magic(&mut self);
}

/// Borrows a handle, checking it is non-null and of the right kind.
///
/// # Safety
/// `p` is null or points to memory readable as a `T` (a handle of this
/// library, live or freed but not yet reused).
pub unsafe fn check<'a, T: Handle>(p: *const T) -> Result<&'a T, i32> {
    // SAFETY: null or readable, per the caller.
    match unsafe { p.as_ref() } {
        None => Err(TP_ERR_NULL),
        Some(h) if h.magic() == T::MAGIC => Ok(h),
        Some(_) => Err(TP_ERR_INVALID_HANDLE),
    }
}

/// Borrows a handle mutably, with the checks of [`check`].
///
/// # Safety
/// As [`check`], and no other reference to the handle is in use.
pub unsafe fn check_mut<'a, T: Handle>(p: *mut T) -> Result<&'a mut T, i32> {
    // SAFETY: null or readable and unaliased, per the caller.
    match unsafe { p.as_mut() } {
        None => Err(TP_ERR_NULL),
        Some(h) if h.magic() == T::MAGIC => Ok(h),
        Some(_) => Err(TP_ERR_INVALID_HANDLE),
    }
}

/// Frees a handle made by `Box::into_raw` (null is ignored).
///
/// # Safety
/// `p` is null or a handle of this library not yet freed.
pub unsafe fn free<T: Handle>(p: *mut T) -> i32 {
    if p.is_null() {
        return TP_OK;
    }
    // SAFETY: non-null and a handle of this library, per the caller.
    match unsafe { check_mut(p) } {
        Ok(h) => {
            h.clear_magic();
            // SAFETY: it came from Box::into_raw and is freed once (its
            // magic is now cleared, so a second free is refused above).
            drop(unsafe { Box::from_raw(p) });
            TP_OK
        }
        Err(code) => code,
    }
}
