//! A module loaded once and then called from any number of host threads.

use crate::{from_value, to_error, to_values, Arg, CallOptions, Error, Runtime};
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use taipan_vm::compiler::Program;
use taipan_vm::error::str_value;
use taipan_vm::interp::import::new_module;
use taipan_vm::share::share_value;
use taipan_vm::value::FrozenRef;
use taipan_vm::{PyResult, Value, Vm};

/// Stack of each thread of [`SharedModule::map`] (see the pool's workers).
const WORKER_STACK: usize = 64 << 20;

/// A module whose top-level code has run once and which is then frozen
/// (DESIGN.md: "an embedding host loads a module"): `Send + Sync`, its
/// functions callable from any thread at once, each thread running them
/// on its own VM.
///
/// ```
/// let rt = taipan::Runtime::builder().build();
/// let program = rt
///     .compile_str("scale.py", "FACTOR = 3\ndef scale(xs):\n    return [x * FACTOR for x in xs]\n")
///     .unwrap();
/// let module = rt.load(&program).unwrap();
/// let out: Vec<i64> = module.call("scale", &[vec![1i64, 2].into()]).unwrap().try_into().unwrap();
/// assert_eq!(out, vec![3, 6]);
/// let batch = module.map("scale", &[vec![1i64].into(), vec![2i64].into()], 2);
/// assert_eq!(batch[1], Ok(taipan::Arg::List(vec![taipan::Arg::Int(6)])));
/// ```
pub struct SharedModule {
    rt: Runtime,
    module: FrozenRef,
}

thread_local! {
    /// Each host thread's VMs, one per runtime (keyed by the context's address).
    static VMS: RefCell<Vec<(usize, Vm)>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with the calling thread's VM for `rt`, made on first use and
/// kept for the thread's later calls.
fn with_vm<T>(rt: &Runtime, f: impl FnOnce(&mut Vm) -> T) -> T {
    let key = std::sync::Arc::as_ptr(rt.context()) as usize;
    let taken = VMS.with(|v| {
        let mut v = v.borrow_mut();
        v.iter()
            .position(|(k, _)| *k == key)
            .map(|i| v.swap_remove(i).1)
    });
    let mut vm = taken.unwrap_or_else(|| rt.vm());
    let out = f(&mut vm);
    VMS.with(|v| v.borrow_mut().push((key, vm)));
    out
}

impl Runtime {
    /// Runs a program's top level once as a module named after its file,
    /// then freezes the module so that every thread can call into it.
    pub fn load(&self, program: &Program) -> Result<SharedModule, Error> {
        let path = program.code.source.path().to_string();
        let name = std::path::Path::new(&path)
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| "module".to_string());
        let mut vm = self.vm();
        let module = new_module(&name);
        let loaded = vm
            .module_set(&module, "__file__", str_value(path.as_str()))
            .and_then(|_| vm.run_module_code(program, &module))
            .and_then(|_| share_value(&module, &format!("module '{name}', loaded to be shared")));
        let _ = self.context().stdout.flush();
        loaded.map_err(|e| to_error(&mut vm, e))?;
        let module = module
            .as_obj()
            .and_then(|m| m.to_frozen())
            .ok_or_else(|| Error::host("RuntimeError", "the module was not frozen"))?;
        Ok(SharedModule {
            rt: self.clone(),
            module,
        })
    }
}

impl SharedModule {
    /// Calls `function(*args)` on the calling thread.
    pub fn call(&self, function: &str, args: &[Arg]) -> Result<Arg, Error> {
        self.call_with(function, args, &CallOptions::default(), from_value)
    }

    /// [`SharedModule::call`] under a time budget and cancel token.
    pub fn call_opts(
        &self,
        function: &str,
        args: &[Arg],
        options: &CallOptions,
    ) -> Result<Arg, Error> {
        self.call_with(function, args, options, from_value)
    }

    /// Calls `function(*args)` and converts the result with `convert`,
    /// while it is still a Python value of this thread.
    pub fn call_with<T>(
        &self,
        function: &str,
        args: &[Arg],
        options: &CallOptions,
        convert: impl FnOnce(&mut Vm, &Value) -> PyResult<T>,
    ) -> Result<T, Error> {
        let r = with_vm(&self.rt, |vm| {
            vm.set_call_limits(options.limits());
            let result = taipan_vm::share::isolate(vm, |vm| {
                let func = vm.getattr_str(&self.module.value(), function)?;
                let args = to_values(vm, args)?;
                let v = vm.call(&func, &args, &[])?;
                convert(vm, &v)
            });
            vm.set_call_limits(None);
            result.map_err(|e| to_error(vm, e))
        });
        let _ = self.rt.context().stdout.flush();
        r
    }

    /// Calls `function(input)` for every input on `threads` threads; the
    /// results come back in input order.
    pub fn map(&self, function: &str, inputs: &[Arg], threads: usize) -> Vec<Result<Arg, Error>> {
        self.map_with(
            function,
            inputs,
            threads,
            &CallOptions::default(),
            from_value,
            || {},
        )
    }

    /// [`SharedModule::map`] with options for each call (a cancelled token
    /// also stops new inputs from starting), a conversion of each result
    /// (run on the worker, while the result is a Python value) and a hook
    /// called after each input is done (for progress reports).
    pub fn map_with<T: Send>(
        &self,
        function: &str,
        inputs: &[Arg],
        threads: usize,
        options: &CallOptions,
        convert: fn(&mut Vm, &Value) -> PyResult<T>,
        on_done: impl Fn() + Sync,
    ) -> Vec<Result<T, Error>> {
        let next = AtomicUsize::new(0);
        let threads = threads.clamp(1, inputs.len().max(1));
        let mut results: Vec<(usize, Result<T, Error>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .filter_map(|_| {
                    let builder = std::thread::Builder::new().stack_size(WORKER_STACK);
                    let spawned = builder.spawn_scoped(scope, || {
                        let mut mine = Vec::new();
                        loop {
                            if self.stopped(options) {
                                break;
                            }
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(input) = inputs.get(i) else {
                                break;
                            };
                            let r = self.call_with(
                                function,
                                std::slice::from_ref(input),
                                options,
                                convert,
                            );
                            on_done();
                            mine.push((i, r));
                        }
                        mine
                    });
                    spawned.ok()
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_default())
                .collect()
        });
        results.sort_unstable_by_key(|(i, _)| *i);
        results.into_iter().map(|(_, r)| r).collect()
    }

    /// Whether a batch should start no more inputs (cancelled, or the
    /// runtime interrupted).
    fn stopped(&self, options: &CallOptions) -> bool {
        options.cancel.as_ref().is_some_and(|c| c.is_cancelled())
            || self.rt.context().interrupt.is_raised()
    }
}
