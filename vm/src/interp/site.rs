//! Where native code was called from: the Python frame that runs an
//! operation implemented natively (a NumPy ufunc, an array operator) and
//! the instruction that called it. A native function that issues a warning
//! locates it here, as CPython's warnings name the script line that ran
//! the operation.
//!
//! The dispatch loop keeps its running frame in a local, off the VM's stack
//! of suspended frames, and the frame's next instruction in a register. So
//! it publishes the running frame's function and globals here whenever the
//! running frame changes (a call, a return, a yield, the start and end of a
//! run), and the instruction before each instruction that may call native
//! code: one store.

use super::unwind::{CallerLocation, Place};
use super::Vm;
use crate::object::PyObject;
use crate::value::{ObjRef, Value};
use std::ptr::NonNull;

/// The running Python frame as native code called from it sees it.
#[derive(Clone, Copy)]
pub(crate) struct NativeSite {
    /// The running frame's function and globals, uncounted: the frame holds
    /// both while it runs, and the site is replaced before any other frame
    /// runs and restored when a run ends (see `Vm::execute`). Null outside
    /// any run (plain pointers: publishing them is two stores per call).
    func: *const PyObject,
    globals: *const PyObject,
    /// The index of the instruction after the one that called native code.
    pub(crate) ip: usize,
}

impl Default for NativeSite {
    fn default() -> NativeSite {
        NativeSite {
            func: std::ptr::null(),
            globals: std::ptr::null(),
            ip: 0,
        }
    }
}

impl NativeSite {
    /// Publishes the frame running `func` with `globals`, about to run
    /// instruction `ip`: until its next native call publishes a later one,
    /// native code called from it sees the last instruction it ran, never
    /// an index into another frame's code.
    #[inline]
    pub(crate) fn enter(&mut self, func: &ObjRef, globals: &ObjRef, ip: usize) {
        self.func = func.as_non_null().as_ptr();
        self.globals = globals.as_non_null().as_ptr();
        self.ip = ip;
    }
}

impl Vm {
    /// The script line of the Python frame that called the running native
    /// function (for its warnings), or None when no Python code runs.
    pub fn native_caller_location(&mut self) -> Option<CallerLocation> {
        let frame = held(&self.site)?;
        let code = frame.code()?;
        let place = Place::of(code, frame.ip);
        Some(self.locate(place, &Value::Obj(frame.globals.clone())))
    }
}

/// A suspended Python frame: its function, its globals and the index of
/// the instruction after the one it stopped at.
pub(crate) struct Suspended {
    pub(crate) func: ObjRef,
    pub(crate) globals: ObjRef,
    pub(crate) ip: usize,
}

impl Suspended {
    /// The code the frame runs (None for a non-Python function).
    pub(crate) fn code(&self) -> Option<&crate::compiler::bytecode::Code> {
        match self.func.kind() {
            crate::object::ObjKind::Function(f) => Some(&f.code),
            _ => None,
        }
    }
}

impl Vm {
    /// Every suspended Python frame, outermost first: those on the frame
    /// stack, and, at their places among them, the frames that made a
    /// nested run of the dispatch loop and wait in an outer one.
    pub(crate) fn suspended_frames(&self) -> Vec<Suspended> {
        let mut out = Vec::with_capacity(self.frames.len() + self.nested_callers.len());
        let mut nested = self.nested_callers.iter().peekable();
        for (index, frame) in self.frames.iter().enumerate() {
            while let Some((_, site)) = nested.next_if(|(floor, _)| *floor <= index) {
                out.extend(held(site));
            }
            out.push(Suspended {
                func: frame.func.clone(),
                globals: frame.globals.clone(),
                ip: frame.ip,
            });
        }
        out.extend(nested.filter_map(|(_, site)| held(site)));
        out
    }
}

/// The frame a site names, counted (None for an empty site).
fn held(site: &NativeSite) -> Option<Suspended> {
    let func = NonNull::new(site.func.cast_mut())?;
    let globals = NonNull::new(site.globals.cast_mut())?;
    // SAFETY: a site names the function and globals of a frame that holds a
    // count on both for as long as the site is published: the running
    // frame's site (`Vm::site`) is replaced before any other frame runs and
    // restored before the frame can end (see `execute`), and a site kept
    // for a nested run names the frame suspended in that run until its
    // entry is popped. Frozen objects (a worker's globals) are immortal.
    let (func, globals) = unsafe { (ObjRef::hold(func), ObjRef::hold(globals)) };
    Some(Suspended {
        func,
        globals,
        ip: site.ip,
    })
}
