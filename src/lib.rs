//! taipan: run Python preprocessing scripts on many threads, without a
//! global lock.
//!
//! This crate is the embedding API and the CLI. A [`Runtime`] holds what
//! every thread shares (output streams, limits, capabilities, native
//! modules); [`Runtime::compile_file`] / [`Runtime::compile_str`] give an
//! immutable [`Program`] that any number of threads may run at once.
//!
//! ```
//! let rt = taipan::Runtime::builder().build();
//! let program = rt.compile_str("demo.py", "def double(x):\n    return 2 * x\n").unwrap();
//! let result = rt.run_function(&program, "double", &[taipan::Arg::Int(21)]).unwrap();
//! assert_eq!(result, taipan::Arg::Int(42));
//! ```

mod array;
mod convert;
mod shared_module;
mod thread_arena_realloc;

pub use array::{Array, ArrayElement, DType};
pub use convert::Bytes;
pub use shared_module::SharedModule;
use std::sync::Arc;
pub use taipan_vm::compiler::Program;
use taipan_vm::error::str_value;
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
pub use taipan_vm::runtime::CancelToken;
pub use thread_arena_realloc::ThreadArenaRealloc;

/// Bytes held by the calling thread's Python objects and array buffers (what
/// a heap budget counts).
pub fn heap_in_use() -> usize {
    taipan_vm::heap::in_use()
}
pub use taipan_vm::runtime::{Capabilities, PathGrant};
use taipan_vm::runtime::{Limits, RuntimeContext};
use taipan_vm::{PyErr, Value, Vm};

/// A value passed into or returned from Python code.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// `None`.
    None,
    /// A bool.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A float.
    Float(f64),
    /// A str.
    Str(String),
    /// bytes.
    Bytes(Vec<u8>),
    /// A list.
    List(Vec<Arg>),
    /// A tuple.
    Tuple(Vec<Arg>),
    /// A dict, its items in order.
    Dict(Vec<(Arg, Arg)>),
    /// A `numpy.ndarray` (a copy of its elements). NumPy scalars come back
    /// as `Bool`, `Int` or `Float`, as their `item()` gives.
    Array(Array),
}

/// Options of one call (or run). Past a limit the script sees an exception
/// that no `except` clause can swallow, and the host gets it as an
/// [`Error`]: `TimeoutError` past the time budget, `MemoryError` past the
/// heap budget, `RecursionError` past the recursion limit, and
/// `KeyboardInterrupt` when another thread cancels the call through its
/// token (its `finally` blocks run). Threads the call starts share the time
/// budget and the token, and each gets a heap budget of the same size.
#[derive(Clone, Default)]
pub struct CallOptions {
    /// The time budget.
    pub timeout: Option<std::time::Duration>,
    /// The cancel token.
    pub cancel: Option<CancelToken>,
    /// Bytes of Python objects and array buffers each thread of the call
    /// may hold beyond what it held when the call began.
    pub heap_budget: Option<usize>,
    /// Python call depth before `RecursionError` (else the runtime's
    /// limit, 1000 by default).
    pub recursion_limit: Option<usize>,
}

impl CallOptions {
    /// The VM-side limits, starting the clock now (None when unlimited).
    fn limits(&self) -> Option<Arc<taipan_vm::runtime::CallLimits>> {
        if self.timeout.is_none()
            && self.cancel.is_none()
            && self.heap_budget.is_none()
            && self.recursion_limit.is_none()
        {
            return None;
        }
        let mut limits =
            taipan_vm::runtime::CallLimits::with_timeout(self.timeout, self.cancel.clone());
        limits.heap_budget = self.heap_budget;
        limits.recursion_limit = self.recursion_limit;
        Some(Arc::new(limits))
    }
}

/// A Python exception that reached the host, with its rendered traceback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The exception class name (`ValueError`, `SyntaxError` …).
    pub kind: String,
    /// The full traceback text, as CPython would print it.
    pub traceback: String,
    /// For a `SystemExit`: how CPython's `python3 script.py` would end.
    pub system_exit: Option<SystemExitRequest>,
}

/// What an uncaught `SystemExit` asks of the process, as CPython reads
/// its `code`: None ends with status 0, an int with that status (modulo
/// 256; 255 beyond 64 bits), anything else prints its `str()` on stderr
/// and ends with 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SystemExitRequest {
    /// The exit status.
    pub status: u8,
    /// The line to print on stderr first, if any.
    pub message: Option<String>,
}

impl Error {
    /// An error raised by the host side, not by Python code: `kind: message`.
    pub(crate) fn host(kind: &str, message: &str) -> Error {
        Error {
            kind: kind.to_string(),
            traceback: format!("{kind}: {message}\n"),
            system_exit: None,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.traceback)
    }
}

impl std::error::Error for Error {}

/// Builds a [`Runtime`].
pub struct RuntimeBuilder {
    ctx: RuntimeContext,
}

impl RuntimeBuilder {
    /// Sets `sys.argv`.
    pub fn argv(mut self, argv: Vec<String>) -> Self {
        self.ctx.argv = argv;
        self
    }

    /// Sets the initial `sys.path`.
    pub fn path(mut self, path: Vec<String>) -> Self {
        self.ctx.path = path;
        self
    }

    /// Sets the limits.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.ctx.limits = limits;
        self
    }

    /// Sets what scripts may touch (embedded runtimes start with nothing).
    pub fn capabilities(mut self, caps: Capabilities) -> Self {
        self.ctx.capabilities = caps;
        self
    }

    /// Adds a native module that scripts can import (see
    /// `taipan_vm::runtime::ModuleInit`).
    pub fn module(mut self, name: &'static str, init: taipan_vm::runtime::ModuleInit) -> Self {
        self.ctx.register_module(name, init);
        self
    }

    /// Sets the default worker count.
    pub fn default_workers(mut self, n: usize) -> Self {
        self.ctx.default_workers = n.max(1);
        self
    }

    /// Sends the scripts' standard output to `w`.
    pub fn stdout(mut self, w: Box<dyn std::io::Write + Send>) -> Self {
        self.ctx.stdout = taipan_vm::runtime::OutputStream::new(w);
        self
    }

    /// Sends the scripts' standard error to `w`.
    pub fn stderr(mut self, w: Box<dyn std::io::Write + Send>) -> Self {
        self.ctx.stderr = taipan_vm::runtime::OutputStream::new(w);
        self
    }

    /// Finishes the runtime.
    pub fn build(self) -> Runtime {
        Runtime {
            ctx: Arc::new(self.ctx),
        }
    }
}

/// What every thread of an embedding shares.
#[derive(Clone)]
pub struct Runtime {
    ctx: Arc<RuntimeContext>,
}

impl Runtime {
    /// A builder with the embedding defaults (no filesystem access).
    pub fn builder() -> RuntimeBuilder {
        let mut ctx = RuntimeContext::for_cli(vec![], vec![]);
        ctx.capabilities = Capabilities::none();
        taipan_shims::register_all(&mut ctx);
        RuntimeBuilder { ctx }
    }

    /// A builder with the CLI's defaults (full filesystem access, like python3).
    pub fn cli_builder(argv: Vec<String>, path: Vec<String>) -> RuntimeBuilder {
        let mut ctx = RuntimeContext::for_cli(argv, path);
        taipan_shims::register_all(&mut ctx);
        RuntimeBuilder { ctx }
    }

    /// The shared context.
    pub fn context(&self) -> &Arc<RuntimeContext> {
        &self.ctx
    }

    /// Compiles source text.
    pub fn compile_str(&self, path: &str, source: &str) -> Result<Program, Error> {
        taipan_vm::compile_module(path, source).map_err(|diags| Error {
            kind: diags
                .first()
                .map_or("SyntaxError", |d| d.exception_name())
                .to_string(),
            traceback: diags
                .iter()
                .map(|d| d.render())
                .collect::<Vec<_>>()
                .join("\n"),
            system_exit: None,
        })
    }

    /// Reads and compiles a file.
    pub fn compile_file(&self, path: &str) -> Result<Program, Error> {
        let bytes = std::fs::read(path).map_err(|e| {
            let (errno, message) = taipan_vm::builtins::file::errno_message(&e);
            Error {
                kind: "OSError".to_string(),
                traceback: format!("taipan: can't open file '{path}': [Errno {errno}] {message}\n"),
                system_exit: None,
            }
        })?;
        let source = taipan_vm::compiler::source_encoding::decode_source(&bytes, path).map_err(
            |message| Error {
                kind: "SyntaxError".to_string(),
                traceback: format!("SyntaxError: {message}\n"),
                system_exit: None,
            },
        )?;
        self.compile_str(path, &source)
    }

    /// A VM for the calling thread.
    pub fn vm(&self) -> Vm {
        Vm::new(self.ctx.clone())
    }

    /// Runs a program as `__main__` on the calling thread.
    pub fn run_main(&self, program: &Program) -> Result<(), Error> {
        self.run_main_with(program, &CallOptions::default())
    }

    /// [`Runtime::run_main`] under a time budget and cancel token (the
    /// threads the script starts share them).
    pub fn run_main_with(&self, program: &Program, options: &CallOptions) -> Result<(), Error> {
        self.run_main_reporting(program, options, |_| {})
    }

    /// [`Runtime::run_main_with`], handing an uncaught exception (or
    /// `SystemExit`) to `report` before the functions the script registered
    /// with `atexit` run, which is CPython's order: the traceback first, then
    /// the exit functions.
    pub fn run_main_reporting(
        &self,
        program: &Program,
        options: &CallOptions,
        report: impl FnOnce(&Error),
    ) -> Result<(), Error> {
        let mut vm = self.vm();
        vm.set_call_limits(options.limits());
        let module = new_module("__main__");
        // In `sys.modules`, as in CPython (and so the VM's teardown frees
        // the module's cycles when the VM goes).
        let r = vm
            .module_put("__main__", module.clone())
            .and_then(|_| {
                vm.module_set(
                    &module,
                    "__file__",
                    str_value(&*program.code.source.path().clone()),
                )
            })
            // A script run by path has no package and no import spec.
            .and_then(|_| vm.module_set(&module, "__package__", Value::None))
            .and_then(|_| vm.module_set(&module, "__spec__", Value::None))
            .and_then(|_| vm.run_module_code(program, &module));
        let _ = self.ctx.stdout.flush();
        let r = r.map(|_| ()).map_err(|e| uncaught(&mut vm, e));
        if let Err(e) = &r {
            report(e);
        }
        vm.close_dropped_generators();
        self.run_exit_functions(&mut vm);
        vm.set_call_limits(None);
        let _ = self.ctx.stdout.flush();
        r
    }

    /// Calls what the script registered with `atexit`, once its threads
    /// have ended (as CPython's shutdown does); the `atexit` module reports
    /// the exceptions they raise itself.
    fn run_exit_functions(&self, vm: &mut Vm) {
        let Some(atexit) = vm.module_get("atexit") else {
            return;
        };
        let Ok(run) = vm.getattr_str(&atexit, "_run_exitfuncs") else {
            return;
        };
        self.ctx.wait_for_threads();
        let _ = vm.call(&run, &[], &[]);
    }

    /// Runs a program's top level, then calls one of its functions.
    pub fn run_function(&self, program: &Program, name: &str, args: &[Arg]) -> Result<Arg, Error> {
        let mut vm = self.vm();
        let module = new_module("__taipan__");
        let result = (|| {
            vm.module_put("__taipan__", module.clone())?;
            vm.run_module_code(program, &module)?;
            let func = vm.getattr_str(&module, name)?;
            let args = to_values(&mut vm, args)?;
            let r = vm.call(&func, &args, &[])?;
            from_value(&mut vm, &r)
        })();
        let _ = self.ctx.stdout.flush();
        result.map_err(|e| to_error(&mut vm, e))
    }
}

/// Renders a Python exception for the host.
pub fn to_error(vm: &mut Vm, e: PyErr) -> Error {
    let system_exit = e
        .matches(taipan_vm::types::types().system_exit)
        .then(|| system_exit_request(vm, &e.exc));
    Error {
        kind: vm.exception_type_name(&e.exc),
        traceback: vm.format_exception(&e.exc),
        system_exit,
    }
}

/// An exception that ended a script, as the script's `sys.excepthook`
/// reports it when it replaced the default one (as CPython does): the
/// hook is called with the type, the exception and its traceback, and
/// the error's traceback keeps only what is left to print (nothing when
/// the hook returns; CPython's "Error in sys.excepthook" report when it
/// raises). SystemExit never reaches the hook.
fn uncaught(vm: &mut Vm, e: PyErr) -> Error {
    let sys = match vm.module_get("sys") {
        Some(sys) if !e.matches(taipan_vm::types::types().system_exit) => sys,
        _ => return to_error(vm, e),
    };
    let hook = vm.getattr_str(&sys, "excepthook");
    let default = vm.getattr_str(&sys, "__excepthook__");
    let hook = match (hook, default) {
        (Ok(hook), Ok(default)) if hook.is(&default) => return to_error(vm, e),
        (Ok(hook), _) => hook,
        (Err(_), _) => {
            let mut error = to_error(vm, e);
            error.traceback = format!("sys.excepthook is missing\n{}", error.traceback);
            return error;
        }
    };
    let exc = e.exc.clone();
    let args = [
        Value::Obj(vm.type_of(&exc)),
        exc.clone(),
        taipan_vm::builtins::traceback_object::traceback_of(&exc),
    ];
    let outcome = vm.call(&hook, &args, &[]);
    let _ = vm.ctx.stdout.flush();
    let mut error = to_error(vm, e);
    error.traceback = match outcome {
        Ok(_) => String::new(),
        Err(failure) => format!(
            "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
            vm.format_exception(&failure.exc),
            error.traceback
        ),
    };
    error
}

/// How a `SystemExit` ends the process (see [`SystemExitRequest`]).
fn system_exit_request(vm: &mut Vm, exc: &Value) -> SystemExitRequest {
    let code = vm.getattr_str(exc, "code").unwrap_or(Value::None);
    match code {
        Value::None => SystemExitRequest {
            status: 0,
            message: None,
        },
        Value::Int(n) => SystemExitRequest {
            status: n as u8,
            message: None,
        },
        Value::Bool(b) => SystemExitRequest {
            status: u8::from(b),
            message: None,
        },
        // An int beyond C's long: CPython's conversion fails to -1.
        Value::Obj(o) if matches!(o.kind(), ObjKind::BigInt(_)) => SystemExitRequest {
            status: 255,
            message: None,
        },
        other => SystemExitRequest {
            status: 1,
            message: Some(vm.to_str(&other).unwrap_or_default()),
        },
    }
}

fn to_value(vm: &mut Vm, a: &Arg) -> Result<Value, PyErr> {
    Ok(match a {
        Arg::None => Value::None,
        Arg::Bool(b) => Value::Bool(*b),
        Arg::Int(i) => Value::Int(*i),
        Arg::Float(f) => Value::Float(*f),
        Arg::Str(s) => str_value(s.as_str()),
        Arg::Bytes(b) => Value::obj(ObjKind::Bytes(b.clone().into_boxed_slice())),
        Arg::List(items) => taipan_vm::builtins::new_list(to_values(vm, items)?),
        Arg::Tuple(items) => taipan_vm::builtins::new_tuple(to_values(vm, items)?),
        Arg::Dict(items) => {
            let d = taipan_vm::builtins::new_dict();
            for (k, v) in items {
                let (k, v) = (to_value(vm, k)?, to_value(vm, v)?);
                vm.dict_set(&d, k, v)?;
            }
            d
        }
        Arg::Array(a) => array_value(a)?,
    })
}

/// A new `numpy.ndarray` holding a copy of `a`.
#[cfg(feature = "numpy")]
fn array_value(a: &Array) -> Result<Value, PyErr> {
    taipan_shims::numpy::host::array_from_bytes(a.dtype().name(), a.shape(), a.bytes())
}

/// Without numpy there is nothing an array could become.
#[cfg(not(feature = "numpy"))]
fn array_value(_: &Array) -> Result<Value, PyErr> {
    Err(PyErr::type_error(
        "this build of taipan has no numpy (the `numpy` feature), so it cannot take arrays",
    ))
}

/// The host's form of a NumPy array or scalar, if `v` is one.
#[cfg(feature = "numpy")]
fn numpy_host_form(vm: &mut Vm, v: &Value) -> Option<Result<Arg, PyErr>> {
    use taipan_shims::numpy::host::{host_form, HostForm};
    let form = match host_form(v)? {
        Ok(form) => form,
        Err(e) => return Some(Err(e)),
    };
    Some(match form {
        HostForm::Item(item) => from_value(vm, &item),
        HostForm::Array {
            dtype,
            shape,
            bytes,
        } => {
            let dtype = DType::from_name(dtype)?;
            Array::from_bytes(dtype, shape, &bytes)
                .map(Arg::Array)
                .map_err(|e| PyErr::value_error(e.traceback.trim_end().to_string()))
        }
    })
}

/// Without numpy no value is an array.
#[cfg(not(feature = "numpy"))]
fn numpy_host_form(_: &mut Vm, _: &Value) -> Option<Result<Arg, PyErr>> {
    None
}

fn to_values(vm: &mut Vm, items: &[Arg]) -> Result<Vec<Value>, PyErr> {
    items.iter().map(|a| to_value(vm, a)).collect()
}

/// Converts a Python value for the host: containers become `List`,
/// `Tuple` and `Dict`, NumPy arrays `Array` and NumPy scalars the Python
/// value their `item()` gives; objects without a host form become their
/// `repr`.
pub fn from_value(vm: &mut Vm, v: &Value) -> Result<Arg, PyErr> {
    Ok(match v {
        Value::None | Value::Unbound => Arg::None,
        Value::Bool(b) => Arg::Bool(*b),
        Value::Int(i) => Arg::Int(*i),
        Value::Float(f) => Arg::Float(*f),
        Value::Obj(o) => match o.kind() {
            ObjKind::Str(s) => Arg::Str(s.as_str().to_string()),
            ObjKind::Bytes(b) => Arg::Bytes(b.to_vec()),
            ObjKind::List(_) => Arg::List(from_values(vm, v)?),
            ObjKind::Tuple(_) => Arg::Tuple(from_values(vm, v)?),
            ObjKind::Dict(cell) => {
                let pairs: Vec<(Value, Value)> = o
                    .get()
                    .read(cell)
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                let mut out = Vec::with_capacity(pairs.len());
                for (k, v) in &pairs {
                    out.push((from_value(vm, k)?, from_value(vm, v)?));
                }
                Arg::Dict(out)
            }
            ObjKind::Native(_) => match numpy_host_form(vm, v) {
                Some(arg) => arg?,
                None => Arg::Str(vm.repr(v)?),
            },
            _ => Arg::Str(vm.repr(v)?),
        },
    })
}

fn from_values(vm: &mut Vm, v: &Value) -> Result<Vec<Arg>, PyErr> {
    let items = vm.collect(v)?;
    items.iter().map(|item| from_value(vm, item)).collect()
}
