//! taipan-shims: native modules (io, math, time; numpy later) plugged into the
//! VM through its module registry. A new shim is a new file here.

mod concurrency;
mod functools;
mod io;
mod math;
mod time;

pub use concurrency::future::FutureCore;
pub use concurrency::futures_module::submit_call;
pub use concurrency::pool::WorkerPool;

use taipan_vm::runtime::RuntimeContext;

/// Registers every shim module with a runtime.
pub fn register_all(ctx: &mut RuntimeContext) {
    ctx.register_module("io", io::make);
    ctx.register_module("math", math::make);
    ctx.register_module("time", time::make);
    ctx.register_module("functools", functools::make);
    ctx.register_module("_functools", functools::make_native);
    ctx.register_module("_thread", concurrency::thread::make);
    ctx.register_module("threading", concurrency::threading::make);
    ctx.register_module("queue", concurrency::queue::make);
    ctx.register_module("concurrent", concurrency::futures_module::make_package);
    ctx.register_module("concurrent.futures", concurrency::futures_module::make);
}
