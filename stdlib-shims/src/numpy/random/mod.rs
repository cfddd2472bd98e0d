//! `numpy.random`: NumPy 2.3's random numbers, draw for draw.
//!
//! Two generators, as in NumPy: the legacy `RandomState` (MT19937; what
//! `np.random.seed`, `rand`, `randint` … use, through one global
//! instance) and `Generator` (PCG64, from `np.random.default_rng`). Each
//! method reproduces NumPy's algorithm, so a seed gives NumPy's numbers.
//!
//! Layout: bit generators (`bitgen`, `mt19937`, `pcg64`) and their seeding
//! (`seed_sequence`, `seeds`); the drawing algorithms (`bounded`,
//! `ziggurat`); the objects (`state`) and their Python faces (`legacy`,
//! `generator`) over shared helpers (`args`, `integers`, `methods`,
//! `sampling`).
//!
//! Threads: the global `RandomState` belongs to the thread's module
//! instance; a worker's is seeded from a hash of its starting thread's
//! (`Vm::numpy_random_seed`), the main thread's from fresh entropy. A
//! generator object shared with workers is frozen, and drawing from it
//! raises the concurrency contract's error.

pub mod args;
pub mod bitgen;
pub mod bounded;
pub mod distributions;
pub mod generator;
pub mod integers;
pub mod legacy;
pub mod methods;
pub mod mt19937;
pub mod pcg64;
pub mod sampling;
pub mod seed_sequence;
pub mod seeds;
pub mod state;
pub mod ziggurat;

use taipan_vm::error::PyResult;
use taipan_vm::interp::import::new_module;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::types::native_function;
use taipan_vm::{Value, Vm};

/// The global `RandomState` of this thread (`np.random.mtrand._rand` in
/// NumPy).
fn global(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.import_module("numpy.random")?;
    vm.getattr_str(&m, "_rand")
}

/// Calls the `RandomState` method `f` on the thread's global instance.
fn on_global(vm: &mut Vm, args: Args<'_>, f: NativeFn) -> PyResult<Value> {
    let mut pos = Vec::with_capacity(args.pos.len() + 1);
    pos.push(global(vm)?);
    pos.extend_from_slice(args.pos);
    f(
        vm,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    )
}

/// Module-level functions that call a method of the global instance.
/// They are plain functions, not bound methods, so a worker that imported
/// one (`from numpy.random import rand`) draws from its own thread's
/// generator.
macro_rules! global_functions {
    ($($name:literal => $method:ident),* $(,)?) => {
        const GLOBAL_FUNCTIONS: &[(&str, NativeFn)] = &[
            $(($name, {
                fn f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                    on_global(vm, args, legacy::$method)
                }
                f
            })),*
        ];
    };
}

global_functions! {
    "seed" => seed,
    "get_state" => get_state,
    "set_state" => set_state,
    "random_sample" => random_sample,
    "random" => random_sample,
    "sample" => random_sample,
    "ranf" => random_sample,
    "rand" => rand,
    "randn" => randn,
    "randint" => randint,
    "uniform" => uniform,
    "normal" => normal,
    "standard_normal" => standard_normal,
    "choice" => choice,
    "shuffle" => shuffle,
    "permutation" => permutation,
    "bytes" => bytes,
    "standard_exponential" => standard_exponential,
    "exponential" => exponential,
    "standard_gamma" => standard_gamma,
    "gamma" => gamma,
    "beta" => beta,
    "lognormal" => lognormal,
    "poisson" => poisson,
    "binomial" => binomial,
    "laplace" => laplace,
    "gumbel" => gumbel,
    "logistic" => logistic,
    "rayleigh" => rayleigh,
    "triangular" => triangular,
    "chisquare" => chisquare,
    "standard_t" => standard_t,
    "standard_cauchy" => standard_cauchy,
    "weibull" => weibull,
    "pareto" => pareto,
    "power" => power,
    "geometric" => geometric,
    "dirichlet" => dirichlet,
    "multinomial" => multinomial,
}

/// `_state_hash()`: a hash of the global generator's state (read, not
/// advanced), which worker threads' global generators are seeded from.
fn state_hash(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    let g = global(vm)?;
    Ok(Value::Int(legacy::state_hash(&g)? as i64))
}

/// Builds `numpy.random` for this thread.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("numpy.random");
    vm.module_set(&m, "RandomState", legacy::class().value())?;
    vm.module_set(&m, "Generator", generator::class().value())?;
    let rng = native_function("default_rng", generator::default_rng, false);
    vm.module_set(&m, "default_rng", rng)?;
    let global = legacy::new_object(seeds::mt_from_u64(vm.numpy_random_seed));
    vm.module_set(&m, "_rand", global)?;
    for &(name, f) in GLOBAL_FUNCTIONS {
        vm.module_set(&m, name, native_function(name, f, false))?;
    }
    vm.module_set(
        &m,
        "_state_hash",
        native_function("_state_hash", state_hash, false),
    )?;
    let getattr = native_function("__getattr__", missing, false);
    vm.module_set(&m, "__getattr__", getattr)?;
    Ok(m)
}

/// The module's `__getattr__`: names NumPy has and this module lacks
/// (the other distributions, the bit generator classes).
fn missing(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::missing_in(vm, args, "numpy.random")
}
