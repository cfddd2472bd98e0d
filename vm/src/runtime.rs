//! The runtime context: what every native function can reach through the VM.
//!
//! One context is shared (by `Arc`) by every thread of a runtime. It holds
//! only synchronised or immutable state: the output streams (each `print`
//! writes whole under the stream's own lock), the interrupt flag, limits,
//! capabilities and the registry of native modules.

use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::types::types;
use crate::value::{FrozenRef, Value};
use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Builds a native module's object for a VM.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// The source of a standard-library module written in Python.
#[derive(Clone, Copy, Debug)]
pub enum StdlibSource {
    /// The text itself.
    Text(&'static str),
    /// A function that produces the text on first import (the shims keep
    /// their sources deflated in the binary); an `Err` names what went
    /// wrong.
    Lazy(fn() -> Result<String, String>),
}

impl StdlibSource {
    /// The module's text.
    pub fn text(&self) -> Result<std::borrow::Cow<'static, str>, String> {
        match *self {
            StdlibSource::Text(text) => Ok(text.into()),
            StdlibSource::Lazy(load) => load().map(Into::into),
        }
    }
}

/// Limits on a run.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Maximum depth of Python calls before `RecursionError`.
    pub recursion_limit: usize,
    /// Largest single allocation of items (list/str repetition …) before `MemoryError`.
    pub max_alloc_items: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            recursion_limit: 1000,
            max_alloc_items: 1 << 31,
        }
    }
}

/// A flag a host raises to cancel calls from another thread: the script
/// sees `KeyboardInterrupt` at its next check (its `finally` blocks run).
#[derive(Clone, Default)]
pub struct CancelToken(Arc<AtomicBool>);

impl CancelToken {
    /// A token not yet cancelled.
    pub fn new() -> CancelToken {
        CancelToken::default()
    }

    /// Cancels every call running with this token.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether it was cancelled.
    #[inline]
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// What bounds one call or run (and the threads it starts): a time budget,
/// a cancel token, a heap budget per thread and a recursion limit. Checked
/// where the interrupt flag is.
#[derive(Clone, Default)]
pub struct CallLimits {
    /// When the time budget runs out, and the budget in seconds (for the
    /// message).
    pub deadline: Option<(std::time::Instant, f64)>,
    /// Cancels the call from another thread.
    pub cancel: Option<CancelToken>,
    /// Bytes each thread of the call may hold beyond what it held when it
    /// started (see [`crate::heap`]).
    pub heap_budget: Option<usize>,
    /// Python call depth before `RecursionError` (else the runtime's).
    pub recursion_limit: Option<usize>,
}

/// A way for a long native computation to stop early: called between its
/// steps (usually `&|| vm.check_interrupt()`), it fails with the running
/// call's tripped limit (time budget, heap budget, cancellation), if any.
pub type Poll<'a> = &'a dyn Fn() -> PyResult<()>;

/// A limit that a call went past.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tripped {
    /// The call was cancelled: `KeyboardInterrupt`.
    Cancelled,
    /// Its time budget ran out: `TimeoutError`.
    Timeout,
    /// A thread went past its heap budget: `MemoryError`.
    Heap,
}

impl Tripped {
    /// The class of the exception the script sees.
    pub fn class(self) -> FrozenRef {
        match self {
            Tripped::Cancelled => types().keyboard_interrupt,
            Tripped::Timeout => types().timeout_error,
            Tripped::Heap => types().memory_error,
        }
    }
}

impl CallLimits {
    /// Limits with a time budget from now.
    pub fn with_timeout(timeout: Option<Duration>, cancel: Option<CancelToken>) -> CallLimits {
        CallLimits {
            deadline: timeout.map(|t| (std::time::Instant::now() + t, t.as_secs_f64())),
            cancel,
            ..CallLimits::default()
        }
    }

    /// Whether the call was cancelled or ran out of time (the heap budget is
    /// each thread's own: see [`crate::heap::is_tripped`]).
    pub fn tripped(&self) -> Option<Tripped> {
        if self.cancel.as_ref().is_some_and(|c| c.is_cancelled()) {
            return Some(Tripped::Cancelled);
        }
        match self.deadline {
            Some((at, _)) if std::time::Instant::now() >= at => Some(Tripped::Timeout),
            _ => None,
        }
    }

    /// The exception for a tripped limit.
    pub fn error(&self, tripped: Tripped) -> PyErr {
        match tripped {
            Tripped::Cancelled => PyErr::bare(tripped.class()),
            Tripped::Timeout => {
                let secs = self.deadline.map_or(0.0, |(_, secs)| secs);
                PyErr::new(
                    tripped.class(),
                    format!("the call ran past its time limit of {secs} s"),
                )
            }
            Tripped::Heap => crate::heap::budget_error(),
        }
    }
}

pub use crate::capabilities::{Capabilities, PathGrant};

/// An output stream shared by every thread of a runtime.
pub struct OutputStream {
    inner: Mutex<Box<dyn Write + Send>>,
}

impl OutputStream {
    /// Wraps a writer.
    pub fn new(w: Box<dyn Write + Send>) -> Self {
        OutputStream {
            inner: Mutex::new(w),
        }
    }

    /// Writes `text` whole (never interleaved with another thread's write).
    pub fn write_str(&self, text: &str) -> std::io::Result<()> {
        self.write_bytes(text.as_bytes())
    }

    /// Writes `bytes` whole (`sys.stdout.buffer.write`).
    pub fn write_bytes(&self, bytes: &[u8]) -> std::io::Result<()> {
        let mut w = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        w.write_all(bytes)
    }

    /// Flushes.
    pub fn flush(&self) -> std::io::Result<()> {
        let mut w = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        w.flush()
    }
}

/// A flag another thread can raise to interrupt a run; blocking calls wait on
/// it so that an interrupt wakes them.
#[derive(Default)]
pub struct Interrupt {
    raised: AtomicBool,
    lock: Mutex<()>,
    wake: Condvar,
}

impl Interrupt {
    /// Raises the flag and wakes every waiter.
    pub fn raise(&self) {
        self.raised.store(true, Ordering::SeqCst);
        let _guard = self.lock.lock().unwrap_or_else(|p| p.into_inner());
        self.wake.notify_all();
    }

    /// Lowers the flag.
    pub fn clear(&self) {
        self.raised.store(false, Ordering::SeqCst);
    }

    /// Whether the flag is raised.
    #[inline]
    pub fn is_raised(&self) -> bool {
        self.raised.load(Ordering::Relaxed)
    }

    /// Sleeps for `duration` or until the flag is raised; returns false if interrupted.
    pub fn sleep(&self, duration: Duration) -> bool {
        let deadline = std::time::Instant::now() + duration;
        let mut guard = self.lock.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if self.is_raised() {
                return false;
            }
            let now = std::time::Instant::now();
            if now >= deadline {
                return true;
            }
            guard = match self.wake.wait_timeout(guard, deadline - now) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
    }
}

/// Everything a runtime's threads share.
pub struct RuntimeContext {
    /// `sys.stdout`.
    pub stdout: OutputStream,
    /// `sys.stderr`.
    pub stderr: OutputStream,
    /// The interrupt flag (Ctrl-C, host cancellation).
    pub interrupt: Interrupt,
    /// Limits.
    pub limits: Limits,
    /// Capabilities.
    pub capabilities: Capabilities,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The initial `sys.path`.
    pub path: Vec<String>,
    /// Native modules by name.
    pub native_modules: HashMap<&'static str, ModuleInit>,
    /// Standard-library modules written in Python, by name: their source,
    /// compiled once per process on first import.
    pub python_modules: HashMap<&'static str, StdlibSource>,
    /// Standard modules this build leaves out, with the cargo feature that
    /// would bring each (named in the import error).
    pub left_out_modules: HashMap<&'static str, &'static str>,
    /// Default worker count for thread pools (`--threads`).
    pub default_workers: usize,
    /// What must finish before the program exits: non-daemon threads and
    /// thread pools register a wait here (see [`RuntimeContext::wait_for_threads`]).
    pub exit_waits: Mutex<ExitWaits>,
}

/// Something the program waits for at exit (a thread to join, a pool to
/// drain), as CPython joins non-daemon threads and executors at shutdown.
pub struct ExitWait {
    /// Whether there is nothing left to wait for (the thread was joined,
    /// the pool is gone): such entries are dropped as new ones come.
    pub done: Box<dyn Fn() -> bool + Send>,
    /// Waits.
    pub wait: Box<dyn FnOnce() + Send>,
}

/// The program's [`ExitWait`]s, pruned of finished ones as they grow, so
/// that a long-lived runtime whose calls start threads does not keep an
/// entry per thread for ever.
#[derive(Default)]
pub struct ExitWaits {
    waits: Vec<ExitWait>,
    /// The length at which finished entries are dropped next.
    prune_at: usize,
}

impl RuntimeContext {
    /// A context writing to the process's stdout/stderr with full capabilities.
    pub fn for_cli(argv: Vec<String>, path: Vec<String>) -> RuntimeContext {
        RuntimeContext {
            stdout: OutputStream::new(Box::new(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            ))),
            stderr: OutputStream::new(Box::new(std::io::stderr())),
            interrupt: Interrupt::default(),
            limits: Limits::default(),
            capabilities: Capabilities::full(),
            argv,
            path,
            native_modules: HashMap::new(),
            python_modules: HashMap::new(),
            left_out_modules: HashMap::new(),
            default_workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
            exit_waits: Mutex::new(ExitWaits::default()),
        }
    }

    /// Writes `bytes` to stderr after what stdout holds, so that the two
    /// streams read in the order the script wrote them.
    pub fn write_stderr(&self, bytes: &[u8]) -> std::io::Result<()> {
        let _ = self.stdout.flush();
        self.stderr.write_bytes(bytes)
    }

    /// Registers something to wait for at exit.
    pub fn wait_at_exit(&self, wait: ExitWait) {
        let mut w = self.exit_waits.lock().unwrap_or_else(|p| p.into_inner());
        w.waits.push(wait);
        if w.waits.len() >= w.prune_at {
            // Amortised: pruning again only once the list has doubled.
            w.waits.retain(|e| !(e.done)());
            w.prune_at = (2 * w.waits.len()).max(64);
        }
    }

    /// How many exit waits are registered (for tests of their pruning).
    pub fn exit_waits_len(&self) -> usize {
        let w = self.exit_waits.lock().unwrap_or_else(|p| p.into_inner());
        w.waits.len()
    }

    /// Waits for every non-daemon thread and pool, as the main script
    /// ends (waits registered meanwhile are honoured too).
    pub fn wait_for_threads(&self) {
        loop {
            let waits: Vec<ExitWait> = {
                let mut w = self.exit_waits.lock().unwrap_or_else(|p| p.into_inner());
                std::mem::take(&mut w.waits)
            };
            if waits.is_empty() {
                return;
            }
            for e in waits {
                (e.wait)();
            }
        }
    }

    /// Registers a standard-library module written in Python.
    pub fn register_python_module(&mut self, name: &'static str, source: StdlibSource) {
        self.python_modules.insert(name, source);
    }

    /// Registers a native module.
    pub fn register_module(&mut self, name: &'static str, init: ModuleInit) {
        self.native_modules.insert(name, init);
    }

    /// Records that this build leaves out module `name`, which the cargo
    /// feature `feature` brings: importing it says so.
    pub fn register_left_out(&mut self, name: &'static str, feature: &'static str) {
        self.left_out_modules.insert(name, feature);
    }

    /// Shares the context.
    pub fn into_shared(self) -> Arc<RuntimeContext> {
        Arc::new(self)
    }
}
