//! Frames: the state of one running function, kept on the VM's heap.

use crate::compiler::bytecode::Code;
use crate::object::ObjKind;
use crate::value::{ObjRef, Value};

/// One activation of a code object.
pub struct Frame {
    /// The function being run (keeps the code alive).
    pub func: ObjRef,
    /// Locals in slots `0..nlocals`, then the value stack.
    pub stack: Vec<Value>,
    /// Cells: the code's cellvars, then its freevars.
    pub cells: Vec<ObjRef>,
    /// The globals dict.
    pub globals: ObjRef,
    /// The namespace of a class body (None elsewhere).
    pub locals_dict: Option<ObjRef>,
    /// The next instruction.
    pub ip: usize,
    /// A number unique to this activation (for tracebacks).
    pub id: u64,
    /// Whether this runs `__init__` for an instantiation made by the
    /// dispatch loop: the new instance already waits on the caller's stack,
    /// so the return value is only checked to be None, not pushed.
    pub runs_init: bool,
    /// Set while this is a generator's frame run by the dispatch loop as
    /// the next step of a `for` loop (see [`InlineGenerator`]).
    pub inline_generator: Option<InlineGenerator>,
    /// In a suspended generator's frame: the exception it was handling
    /// when it yielded (None: none), as each CPython generator keeps its
    /// own exception state. None whenever the frame runs.
    pub handled_exc: Value,
}

/// A generator whose frame the dispatch loop runs in place, as the next
/// step of the `for` loop waiting below it, instead of resuming it through
/// a nested run: its `yield` hands the value straight to the loop, and its
/// return ends the loop.
pub struct InlineGenerator {
    /// The generator object, which gets the frame back when it yields.
    pub generator: ObjRef,
    /// Where the loop continues once the generator is exhausted.
    pub loop_exit: usize,
}

impl Frame {
    /// The code object.
    #[inline]
    pub fn code(&self) -> &Code {
        match self.func.kind() {
            ObjKind::Function(f) => &f.code,
            // Frames are only ever made for Python functions.
            _ => unreachable_code(),
        }
    }

    /// Calls `f` on every value the frame holds.
    pub fn for_each_child(&self, f: &mut dyn FnMut(&Value)) {
        f(&Value::Obj(self.func.clone()));
        self.stack.iter().for_each(&mut *f);
        for c in &self.cells {
            f(&Value::Obj(c.clone()));
        }
        f(&Value::Obj(self.globals.clone()));
        if let Some(d) = &self.locals_dict {
            f(&Value::Obj(d.clone()));
        }
        if let Some(inline) = &self.inline_generator {
            f(&Value::Obj(inline.generator.clone()));
        }
        if !self.handled_exc.is_none() {
            f(&self.handled_exc);
        }
    }
}

#[cold]
fn unreachable_code() -> &'static Code {
    unreachable!("a frame always runs a Python function")
}
