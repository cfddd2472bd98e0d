//! The interpreter: one [`Vm`] per thread, running frames kept on its heap.
//!
//! The loop is split by concern: `eval` (dispatch), `call` (calls and
//! argument binding), `attr` (attributes), `ops` (operators, comparisons,
//! hashing, truth), `iter` (iteration), `repr` (str/repr/format), `unwind`
//! (exceptions and tracebacks), `import` (modules).

pub mod attr;
mod builtin_methods;
pub mod call;
mod carets;
mod class_protocol;
pub mod containers;
pub mod eval;
mod fast_paths;
pub mod frame;
pub(crate) mod gen_close;
pub mod globals;
pub mod import;
pub mod iter;
mod matching;
mod namespace;
pub mod ops;
pub mod repr;
mod site;
pub mod subscript;
mod suggestions;
mod teardown;
mod two_way;
pub mod unwind;
mod yield_from;

use crate::error::{str_value, PyErr, PyResult};
use crate::object::ObjKind;
use crate::objects::dict::Dict;
use crate::objects::list::ListCell;
use crate::runtime::{CallLimits, RuntimeContext, Tripped};
use crate::types::types;
use crate::value::{ObjRef, Value};
use frame::Frame;
use std::cell::RefCell;
use std::sync::Arc;

/// A thread's interpreter. Owns the thread's frames and module table; shares
/// the runtime context and compiled code with every other thread.
pub struct Vm {
    /// The runtime this VM belongs to.
    pub ctx: Arc<RuntimeContext>,
    /// Suspended caller frames of the running evaluation.
    // Boxed on purpose: frames move between the loop, this stack and the
    // pool on every call and return, and a pointer moves cheaply.
    #[allow(clippy::vec_box)]
    pub(crate) frames: Vec<Box<Frame>>,
    /// Current depth of Python calls.
    pub(crate) depth: usize,
    /// The running Python frame, for native code to locate its warnings.
    pub(crate) site: site::NativeSite,
    /// For each nested run of the dispatch loop (a call made through the
    /// general path, a generator resumed by `next`), the number of
    /// suspended frames when it began and the site of the frame that made
    /// it: that frame stays in the outer loop, off `frames`.
    pub(crate) nested_callers: Vec<(usize, site::NativeSite)>,
    /// The exception being handled (`None` outside handlers).
    pub(crate) current_exc: Value,
    /// The handled exceptions of the callers of the running generators,
    /// innermost last, kept aside while each generator's own is current.
    pub(crate) outer_excs: Vec<Value>,
    /// Imported modules by name (`sys.modules`, a dict object).
    pub modules: Value,
    /// The builtins namespace (a dict object).
    pub builtins: ObjRef,
    /// `sys.path` (a list object).
    pub sys_path: Value,
    /// What `sys.argv` starts as in this VM.
    pub argv: Vec<String>,
    /// What `os.environ` starts as in this VM (None: the process's
    /// environment; a worker thread gets its starter's `os.environ`).
    pub environ: Option<Vec<(String, String)>>,
    /// The seed of this VM's `random` generator (None: the clock; a worker
    /// thread's is drawn from its starter's generator).
    pub random_seed: Option<u64>,
    /// The seed of this VM's global `numpy.random` generator (None: fresh
    /// entropy; a worker thread's is drawn from its starter's generator).
    pub numpy_random_seed: Option<u64>,
    /// The limits of the running call, if any (set with
    /// [`Vm::set_call_limits`]).
    pub(crate) call_limits: Option<Arc<CallLimits>>,
    /// Python call depth before `RecursionError`.
    pub(crate) recursion_limit: usize,
    /// Iterator steps and sort comparisons made by native code (`join`,
    /// `list`, `map`, `sorted` …), counted to check the limits every [`NATIVE_CHECK_EVERY`] steps.
    pub(crate) native_steps: u32,
    /// Backward jumps since the last interrupt check. Kept here, not in
    /// the dispatch loop, so that a loop whose every turn raises (and so
    /// leaves the loop and comes back) still reaches the check.
    pub(crate) back_edges: u32,
    /// Source of frame ids.
    pub(crate) next_frame_id: u64,
    /// Finished frames kept for reuse (no allocation per call).
    #[allow(clippy::vec_box)]
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// Cache of global look-ups (see `globals.rs`).
    pub(crate) global_cache: Vec<Option<globals::GlobalCacheEntry>>,
    /// Cache of class attribute look-ups (see `attr.rs`).
    pub(crate) attr_cache: Vec<Option<attr::AttrCacheEntry>>,
    /// Where instance dicts held each attribute name (see `attr.rs`).
    pub(crate) attr_hints: attr::AttrHints,
    /// The methods of builtin value types, by kind and name.
    pub(crate) builtin_methods: builtin_methods::BuiltinMethods,
    /// Objects whose repr is being built (to print `[...]` for cycles).
    pub(crate) repr_guard: Vec<usize>,
}

/// How many steps native code takes (see [`Vm::native_step`]) between two
/// checks of the limits: a short loop whose every iteration walks a long iterator
/// natively (`"".join(map(str.upper, text))`) still meets the time budget.
/// A power of two (the count is masked).
pub(crate) const NATIVE_CHECK_EVERY: u32 = 4096;

/// The first frame id of a new VM: each VM numbers its frames in its own
/// range, so that a traceback that crosses threads (a worker's exception
/// re-raised by `Future.result()`) never mistakes one thread's frame for
/// another's.
fn first_frame_id() -> u64 {
    static NEXT_VM: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    (NEXT_VM.fetch_add(1, std::sync::atomic::Ordering::Relaxed) << 40) + 1
}

impl Vm {
    /// Runs `f` one level deeper in native recursion (the repr, comparison
    /// or hash of nested containers). That level counts against the
    /// recursion limit as a Python call does, the way CPython's C recursion
    /// guard works, so that a deeply nested structure raises RecursionError
    /// (`maximum recursion depth exceeded{context}`) instead of exhausting
    /// the thread's stack.
    pub fn nested<T>(
        &mut self,
        context: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.depth >= self.recursion_limit {
            return Err(PyErr::new(
                types().recursion_error,
                format!("maximum recursion depth exceeded{context}"),
            ));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    /// How many more levels of nesting [`Vm::nested`] allows.
    pub fn recursion_headroom(&self) -> usize {
        self.recursion_limit.saturating_sub(self.depth)
    }

    /// A VM for the current thread.
    pub fn new(ctx: Arc<RuntimeContext>) -> Vm {
        let path: Vec<Value> = ctx.path.iter().map(|p| str_value(p.as_str())).collect();
        let argv = ctx.argv.clone();
        let mut vm = Vm {
            ctx,
            frames: Vec::new(),
            depth: 0,
            site: Default::default(),
            nested_callers: Vec::new(),
            current_exc: Value::None,
            outer_excs: Vec::new(),
            modules: crate::builtins::new_dict(),
            builtins: ObjRef::new(ObjKind::Dict(Box::new(RefCell::new(Dict::new())))),
            sys_path: Value::obj(ObjKind::List(ListCell::new(path))),
            argv,
            environ: None,
            random_seed: None,
            numpy_random_seed: None,
            call_limits: None,
            recursion_limit: 0,
            native_steps: 0,
            back_edges: 0,
            next_frame_id: first_frame_id(),
            frame_pool: Vec::new(),
            repr_guard: Vec::new(),
            global_cache: (0..globals::GLOBAL_CACHE_SIZE).map(|_| None).collect(),
            attr_cache: (0..attr::ATTR_CACHE_SIZE).map(|_| None).collect(),
            attr_hints: attr::AttrHints::new(),
            builtin_methods: builtin_methods::BuiltinMethods::new(),
        };
        vm.recursion_limit = vm.ctx.limits.recursion_limit;
        vm.builtins = crate::builtins::make_builtins_dict(&mut vm);
        gen_close::interpreter_started();
        vm
    }

    /// Sets the limits of the call about to run on this thread (None when
    /// it ends): arms or ends this thread's heap budget and sets the
    /// recursion limit.
    pub fn set_call_limits(&mut self, limits: Option<Arc<CallLimits>>) {
        match limits.as_ref().and_then(|l| l.heap_budget) {
            Some(budget) => crate::heap::arm(budget),
            None => crate::heap::disarm(),
        }
        self.recursion_limit = limits
            .as_ref()
            .and_then(|l| l.recursion_limit)
            .unwrap_or(self.ctx.limits.recursion_limit);
        self.call_limits = limits;
    }

    /// Fails with MemoryError, before allocating, if `items` items of
    /// `item_bytes` each are more than one allocation may hold or would go
    /// past this thread's heap budget.
    pub fn check_alloc(&self, items: usize, item_bytes: usize) -> PyResult<()> {
        if items > self.ctx.limits.max_alloc_items {
            return Err(PyErr::memory_error());
        }
        crate::heap::reserve(items.saturating_mul(item_bytes))
    }

    /// The limit the running call went past, if any.
    #[inline]
    fn tripped_limit(&self) -> Option<Tripped> {
        if crate::heap::is_tripped() {
            return Some(Tripped::Heap);
        }
        self.call_limits.as_ref()?.tripped()
    }

    /// Whether `exc` is the exception of this call's tripped limit (its
    /// time budget, heap budget or cancellation): such an exception
    /// propagates through every `except` clause and `__exit__`, so the call
    /// ends.
    pub(crate) fn is_tripped_limit(&self, exc: &Value) -> bool {
        self.tripped_limit()
            .is_some_and(|t| self.type_of(exc).ptr_eq(&t.class().to_ref()))
    }

    /// Raises KeyboardInterrupt if the runtime's interrupt flag is up or
    /// the call was cancelled, TimeoutError past the call's time budget,
    /// MemoryError past the thread's heap budget. A tripped limit stays
    /// tripped: every later check raises again, so a handler that swallows
    /// the exception does not end the limit (a script that catches it in a
    /// loop for ever still keeps going; see docs/limitations.md).
    #[inline]
    pub fn check_interrupt(&self) -> PyResult<()> {
        if self.ctx.interrupt.is_raised() {
            return Err(PyErr::bare(crate::types::types().keyboard_interrupt));
        }
        match self.tripped_limit() {
            None => Ok(()),
            Some(Tripped::Heap) => Err(crate::heap::budget_error()),
            Some(t) => Err(self
                .call_limits
                .as_ref()
                .map_or_else(|| PyErr::bare(t.class()), |l| l.error(t))),
        }
    }
}
