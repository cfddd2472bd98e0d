//! Handing work to other threads (DESIGN.md, "The concurrency contract").
//!
//! - [`freeze`]: when work goes to another thread, everything it can reach
//!   is frozen in place; module globals it names are locked and read by
//!   workers from a frozen snapshot.
//! - [`portable`]: the form arguments, results and queue items take while
//!   they cross threads.
//! - [`origin`]: what each frozen object was reached as, so that a refused
//!   write can name it.

pub mod freeze;
pub mod origin;
pub mod portable;
pub mod task;

pub use freeze::{share_value, SharedBindings};
pub use portable::Portable;
pub use task::{isolate, Outcome, Task, ThreadStart};
