//! taipan-shims: native modules (io, math, time; numpy later) plugged into the
//! VM through its module registry. A new shim is a new file here.

mod io;
mod math;
mod time;

use taipan_vm::runtime::RuntimeContext;

/// Registers every shim module with a runtime.
pub fn register_all(ctx: &mut RuntimeContext) {
    ctx.register_module("io", io::make);
    ctx.register_module("math", math::make);
    ctx.register_module("time", time::make);
}
