//! Limits of one call from C: a time budget, a heap budget per thread, a
//! recursion limit and a cancel token another thread can fire.

use crate::handle::{self, check, Handle, CANCEL_TOKEN};
use crate::{guarded, TP_OK};
use std::time::Duration;

/// A token that cancels the calls it is passed to, from any thread: the
/// script sees `KeyboardInterrupt` (its `finally` blocks run).
pub struct TpCancelToken {
    magic: u64,
    token: taipan::CancelToken,
}

impl Handle for TpCancelToken {
    const MAGIC: u64 = CANCEL_TOKEN;
    fn magic(&self) -> u64 {
        self.magic
    }
    fn clear_magic(&mut self) {
        self.magic = 0;
    }
}

/// Options of one call (`tp_call_opts`). Zero (or null) leaves a limit
/// off. Past a limit the call fails with `TP_ERR_PYTHON` and the error's
/// kind is `TimeoutError`, `MemoryError`, `RecursionError` or, when
/// cancelled, `KeyboardInterrupt`.
#[repr(C)]
pub struct TpCallOptions {
    /// Time budget in seconds (0: none).
    pub timeout_s: f64,
    /// Bytes of Python objects and array buffers each thread of the call
    /// may hold beyond what it held when the call began (0: none).
    pub heap_budget: usize,
    /// Python call depth before `RecursionError` (0: the runtime's).
    pub recursion_limit: usize,
    /// A cancel token (null: none); borrowed for the call.
    pub cancel: *const TpCancelToken,
}

/// Reads C call options (null gives no limits).
///
/// # Safety
/// `options` is null or points to a readable `TpCallOptions` whose
/// `cancel` is null or a live token.
pub(crate) unsafe fn call_options(
    options: *const TpCallOptions,
) -> Result<taipan::CallOptions, i32> {
    // SAFETY: null or readable, per the caller.
    let Some(o) = (unsafe { options.as_ref() }) else {
        return Ok(taipan::CallOptions::default());
    };
    let cancel = if o.cancel.is_null() {
        None
    } else {
        // SAFETY: a live token, per the caller.
        Some(unsafe { check(o.cancel) }?.token.clone())
    };
    Ok(taipan::CallOptions {
        timeout: (o.timeout_s.is_finite() && o.timeout_s > 0.0)
            .then(|| Duration::from_secs_f64(o.timeout_s)),
        cancel,
        heap_budget: (o.heap_budget > 0).then_some(o.heap_budget),
        recursion_limit: (o.recursion_limit > 0).then_some(o.recursion_limit),
    })
}

/// A new cancel token, not yet fired; free it with `tp_cancel_token_free`
/// once no call uses it. Never null.
#[no_mangle]
pub extern "C" fn tp_cancel_token_new() -> *mut TpCancelToken {
    Box::into_raw(Box::new(TpCancelToken {
        magic: CANCEL_TOKEN,
        token: taipan::CancelToken::new(),
    }))
}

/// Cancels every call running (or later started) with this token. Safe to
/// call from any thread.
///
/// # Safety
/// `token` is null or a live token.
#[no_mangle]
pub unsafe extern "C" fn tp_cancel_token_cancel(token: *const TpCancelToken) -> i32 {
    guarded(|| {
        // SAFETY: null or live, per the caller.
        match unsafe { check(token) } {
            Ok(t) => {
                t.token.cancel();
                TP_OK
            }
            Err(code) => code,
        }
    })
}

/// Frees a cancel token (null is ignored).
///
/// # Safety
/// `token` is null or a token not yet freed, and no running call uses it.
#[no_mangle]
pub unsafe extern "C" fn tp_cancel_token_free(token: *mut TpCancelToken) -> i32 {
    // SAFETY: forwarded from the caller's promise.
    guarded(|| unsafe { handle::free(token) })
}
