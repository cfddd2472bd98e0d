//! Closing generators that are dropped unfinished, as CPython does: a
//! generator suspended inside a `try` or `with` block gets `close()` when
//! its last reference goes, so its `finally` blocks, `__exit__` methods
//! and `except GeneratorExit` handlers run (`for x in lines(): break`
//! closes the file the generator opened at the `break`).
//!
//! Reference counting frees objects where no interpreter is at hand, so
//! such a generator is kept alive instead and queued on its thread; the
//! dispatch loop closes the queued ones before the next call it makes (the
//! first place where what a `finally` prints or writes could be seen out
//! of order), and a script's or a task's end closes the rest. A generator
//! dropped while its thread has no interpreter, or by an interpreter being
//! torn down, is freed without being closed, as is one that is not
//! inside any handler (it has nothing to run).

use super::Vm;
use crate::error::{PyErr, PyResult};
use crate::object::{ObjKind, PyObject};
use crate::objects::generator::GenStatus;
use crate::types::types;
use crate::value::{ObjRef, Value};
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

thread_local! {
    /// Generators waiting to be closed.
    static PENDING: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
    /// Whether `PENDING` may be non-empty (read before every call).
    static ANY_PENDING: Cell<bool> = const { Cell::new(false) };
    /// How many interpreters (`Vm`s) this thread has: with none, or while
    /// the last one is torn down, nothing could close a generator, so
    /// generators are freed without being closed.
    static INTERPRETERS: Cell<usize> = const { Cell::new(0) };
}

/// Whether a dying object is a generator whose close would run code: one
/// suspended at a `yield` that a handler of its frame covers.
fn needs_close(obj: &PyObject) -> bool {
    let ObjKind::Generator(cell) = &obj.kind else {
        return false;
    };
    let Ok(g) = cell.try_borrow() else {
        return false;
    };
    match (&g.frame, g.status) {
        (Some(frame), GenStatus::Suspended) => frame.code().handler_for(frame.ip).is_some(),
        _ => false,
    }
}

/// Keeps the dying object at `ptr` alive and queues it to be closed, when
/// it is a generator that needs it (see the module doc); false when the
/// caller should free it.
///
/// # Safety
/// `ptr` must point to a live object of this thread whose last reference
/// is going (its count is 0, or 1 for a reference the caller forgot).
pub(crate) unsafe fn defer(ptr: NonNull<PyObject>) -> bool {
    // SAFETY: the caller guarantees the object is live and this thread's.
    let obj = unsafe { ptr.as_ref() };
    if !needs_close(obj) {
        return false;
    }
    let queued = PENDING.try_with(|pending| {
        let Ok(mut pending) = pending.try_borrow_mut() else {
            return false;
        };
        if INTERPRETERS.try_with(Cell::get).unwrap_or(0) == 0 {
            return false;
        }
        // The queue's reference becomes the only one.
        obj.refcount.set(0);
        // SAFETY: the object is live and this thread's (see above).
        pending.push(unsafe { ObjRef::hold(ptr) });
        ANY_PENDING.with(|any| any.set(true));
        true
    });
    queued.unwrap_or(false)
}

/// Whether any generator waits to be closed on this thread.
#[inline(always)]
pub(crate) fn any_pending() -> bool {
    ANY_PENDING.with(Cell::get)
}

/// Counts an interpreter made on this thread.
pub(crate) fn interpreter_started() {
    INTERPRETERS.with(|n| n.set(n.get() + 1));
}

/// Counts an interpreter going away; after the last one, queued
/// generators are freed without being closed (an interpreter being torn
/// down runs no more code), and none are queued until the next one.
pub(crate) fn interpreter_ending() {
    let left = INTERPRETERS.with(|n| {
        n.set(n.get().saturating_sub(1));
        n.get()
    });
    if left == 0 {
        let queued = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        ANY_PENDING.with(|any| any.set(false));
        drop(queued);
    }
}

impl Vm {
    /// `generator.close()`: raises GeneratorExit at the generator's
    /// `yield` (when it is suspended) and lets its handlers run; a
    /// generator that yields again instead raises RuntimeError.
    pub fn close_generator(&mut self, generator: &Value) -> PyResult<()> {
        let Some(ObjKind::Generator(cell)) = generator.kind() else {
            return Ok(());
        };
        match cell.try_borrow().map(|g| g.status) {
            Ok(GenStatus::Suspended) => {}
            Ok(GenStatus::Running) | Err(_) => {
                return Err(PyErr::value_error("generator already executing"))
            }
            Ok(GenStatus::Created | GenStatus::Done) => {
                if let Ok(mut g) = cell.try_borrow_mut() {
                    g.status = GenStatus::Done;
                    g.frame = None;
                }
                return Ok(());
            }
        }
        let exit = PyErr::bare(types().generator_exit);
        match self.resume_generator_with(generator, Err(exit)) {
            Ok(Ok(_)) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
            Ok(Err(_)) => Ok(()),
            Err(e) if e.matches(types().generator_exit) || e.matches(types().stop_iteration) => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Closes the generators dropped unfinished since the last call (see
    /// the module doc). An exception one raises is reported on stderr as
    /// CPython reports it ("Exception ignored in: …") and does not
    /// propagate.
    #[cold]
    #[inline(never)]
    pub fn close_dropped_generators(&mut self) {
        while any_pending() {
            let queued = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
            ANY_PENDING.with(|any| any.set(false));
            for generator in queued {
                let generator = Value::Obj(generator);
                if let Err(e) = self.close_generator(&generator) {
                    self.report_unraisable(&generator, &e.exc);
                }
            }
        }
    }

    /// Writes CPython's report of an exception nothing can catch (one
    /// raised while closing a dropped generator) to stderr: the exception
    /// and its traceback, without the exceptions it was raised during.
    fn report_unraisable(&mut self, obj: &Value, exc: &Value) {
        let what = self.repr(obj).unwrap_or_else(|_| "<object>".to_string());
        let text = format!("Exception ignored in: {what}\n{}", self.format_single(exc));
        let _ = self.ctx.write_stderr(text.as_bytes());
    }
}
