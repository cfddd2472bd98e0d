//! Generators: a suspended frame and the state around it.

use crate::interp::frame::Frame;
use crate::value::Value;

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenStatus {
    /// Created, not started.
    Created,
    /// Suspended at a yield.
    Suspended,
    /// Running now (re-entering it is an error).
    Running,
    /// Finished.
    Done,
}

/// A generator object.
pub struct Generator {
    /// The suspended frame (None once finished).
    pub frame: Option<Box<Frame>>,
    /// Its status.
    pub status: GenStatus,
    /// The generator function's code (`__name__`, `__qualname__`,
    /// `gi_code`), kept once the frame is gone.
    pub code: std::sync::Arc<crate::compiler::bytecode::Code>,
}

impl Generator {
    /// Calls `f` on every value the generator holds.
    pub fn for_each_child(&self, f: &mut dyn FnMut(&Value)) {
        if let Some(frame) = &self.frame {
            frame.for_each_child(f);
        }
    }
}
