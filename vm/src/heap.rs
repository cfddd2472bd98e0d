//! The heap meter: how many bytes the current thread's Python objects hold,
//! and the thread's heap budget.
//!
//! A library cannot impose a global allocator on its host, so taipan counts
//! its own allocations: every heap object is charged its estimated size when
//! it is made (and again when a container grows, see
//! `PyObject::recharge`), and released when it is freed; native buffers
//! (array data) charge and release themselves through [`charge`] and
//! [`release`]. Each thread has its own meter, as each thread has its own
//! heap: no atomics, no contention.
//!
//! A budget is armed for the length of a call ([`arm`] / [`disarm`]): it
//! allows the call to hold that many bytes more than the thread held when
//! the call began. Going past it trips the meter; the interpreter raises
//! `MemoryError` at its next check, and again at every later check until the
//! call ends (a handler cannot swallow it). Allocations that are big in one
//! step (`[0] * n`, `np.zeros(n)`) ask first with [`reserve`] and fail before
//! allocating anything.

use crate::error::PyErr;
use crate::types::types;
use std::cell::Cell;

/// One thread's meter.
struct Meter {
    /// Bytes held by live objects and buffers of this thread.
    used: Cell<usize>,
    /// `used` may not exceed this (`usize::MAX` without a budget).
    limit: Cell<usize>,
    /// The armed budget, in bytes (for messages).
    budget: Cell<usize>,
    /// Set once `used` went past `limit`; cleared when the budget ends.
    tripped: Cell<bool>,
}

thread_local! {
    static METER: Meter = const {
        Meter {
            used: Cell::new(0),
            limit: Cell::new(usize::MAX),
            budget: Cell::new(0),
            tripped: Cell::new(false),
        }
    };
}

/// Counts `bytes` more held on this thread.
#[inline]
pub fn charge(bytes: usize) {
    METER.with(|m| {
        let used = m.used.get().saturating_add(bytes);
        m.used.set(used);
        if used > m.limit.get() {
            m.tripped.set(true);
        }
    });
}

/// Counts `bytes` fewer held on this thread.
#[inline]
pub fn release(bytes: usize) {
    METER.with(|m| m.used.set(m.used.get().saturating_sub(bytes)));
}

/// Bytes held by this thread's live objects and buffers.
pub fn in_use() -> usize {
    METER.with(|m| m.used.get())
}

/// Whether this thread went past its budget during the current call.
#[inline]
pub fn is_tripped() -> bool {
    METER.with(|m| m.tripped.get())
}

/// Arms a budget of `budget` bytes beyond what the thread holds now.
pub fn arm(budget: usize) {
    METER.with(|m| {
        m.limit.set(m.used.get().saturating_add(budget));
        m.budget.set(budget);
        m.tripped.set(false);
    });
}

/// Ends the budget of the current call.
pub fn disarm() {
    METER.with(|m| {
        m.limit.set(usize::MAX);
        m.tripped.set(false);
    });
}

/// Fails with `MemoryError`, before anything is allocated, if holding
/// `bytes` more would go past the budget (which trips it).
#[inline]
pub fn reserve(bytes: usize) -> Result<(), PyErr> {
    let over = METER.with(|m| {
        let over = m.used.get().saturating_add(bytes) > m.limit.get();
        if over {
            m.tripped.set(true);
        }
        over
    });
    if over {
        Err(budget_error())
    } else {
        Ok(())
    }
}

/// The `MemoryError` of a tripped budget.
pub fn budget_error() -> PyErr {
    let budget = METER.with(|m| m.budget.get());
    PyErr::new(
        types().memory_error,
        format!("the call went past its heap budget of {budget} bytes"),
    )
}
