//! The two generator objects, `RandomState` (legacy: MT19937, masked
//! integers, polar-method normals) and `Generator` (PCG64, Lemire
//! integers, ziggurat normals), and how methods borrow their state.
//!
//! Both may be frozen (shared with worker threads): a frozen generator
//! can still be looked at (`get_state`), but a draw changes its state, so
//! drawing from one raises the concurrency contract's error.

use super::bitgen::BitGen;
use super::bounded::Method;
use super::mt19937::Mt19937;
use super::pcg64::Pcg64;
use std::cell::RefCell;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::{Metered, ObjKind, WriteError};
use taipan_vm::objects::native::NativeObject;
use taipan_vm::value::FrozenRef;
use taipan_vm::Value;

/// What the distributions draw from: bits, and the generator's own ways
/// of making normals and bounded integers.
pub trait Source: BitGen {
    /// How bounded integers reject.
    fn method(&self) -> Method;
    /// A standard normal draw.
    fn normal(&mut self) -> f64;
    /// A standard exponential draw.
    fn exponential(&mut self) -> f64;
}

/// The state of a `RandomState`: the Mersenne Twister and the second
/// value of the last polar-method pair, kept for the next normal.
#[derive(Clone)]
pub struct LegacyState {
    /// The bit generator.
    pub mt: Mt19937,
    /// The cached normal, if any.
    pub gauss: Option<f64>,
}

impl Metered for LegacyState {}
impl Metered for Pcg64 {}

impl BitGen for LegacyState {
    fn next_u32(&mut self) -> u32 {
        self.mt.next_u32()
    }
    fn next_u64(&mut self) -> u64 {
        self.mt.next_u64()
    }
    fn next_double(&mut self) -> f64 {
        self.mt.next_double()
    }
}

impl Source for LegacyState {
    fn method(&self) -> Method {
        Method::Masked
    }

    /// The polar method (NumPy's `legacy_gauss`): a pair per two draws,
    /// the second kept for the next call.
    fn normal(&mut self) -> f64 {
        if let Some(g) = self.gauss.take() {
            return g;
        }
        loop {
            let x1 = 2.0 * self.mt.next_double() - 1.0;
            let x2 = 2.0 * self.mt.next_double() - 1.0;
            let r2 = x1 * x1 + x2 * x2;
            if r2 < 1.0 && r2 != 0.0 {
                let f = (-2.0 * r2.ln() / r2).sqrt();
                self.gauss = Some(f * x1);
                return f * x2;
            }
        }
    }

    /// Inversion (NumPy's `legacy_standard_exponential`).
    fn exponential(&mut self) -> f64 {
        super::distributions::legacy_standard_exponential(self)
    }
}

impl Source for Pcg64 {
    fn method(&self) -> Method {
        Method::Lemire
    }
    fn normal(&mut self) -> f64 {
        super::ziggurat::standard_normal(self)
    }
    fn exponential(&mut self) -> f64 {
        super::ziggurat::standard_exponential(self)
    }
}

/// `numpy.random.RandomState`.
pub struct RandomState {
    /// The generator's state.
    pub state: RefCell<LegacyState>,
}

/// `numpy.random.Generator` (always over PCG64 here).
pub struct Generator {
    /// The bit generator's state.
    pub state: RefCell<Pcg64>,
}

impl NativeObject for RandomState {
    fn class(&self) -> FrozenRef {
        super::legacy::class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    /// Frozen generators are shared read-only; drawing checks first.
    fn thread_safe(&self) -> bool {
        true
    }
}

impl NativeObject for Generator {
    fn class(&self) -> FrozenRef {
        super::generator::class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
}

/// The error for a draw from a generator that may not change.
fn refused(err: WriteError, what: &str) -> PyErr {
    match err {
        WriteError::Frozen(addr) => {
            let named = taipan_vm::share::origin::describe(addr)
                .map(|o| format!(" ({o})"))
                .unwrap_or_default();
            PyErr::type_error(format!(
                "cannot draw from or reseed this {what}{named}: it is frozen because it is \
                 shared with worker threads, and drawing changes its state; make a generator \
                 inside the work instead (np.random.default_rng(seed), with a seed per task), \
                 or draw in the main thread and pass the numbers"
            ))
        }
        WriteError::Busy => PyErr::runtime_error(format!("this {what} is already drawing")),
        other => PyErr::from_write(other, what),
    }
}

fn not_a_generator() -> PyErr {
    PyErr::type_error("expected a numpy.random RandomState or Generator")
}

/// Runs `f` on the state of the generator `this` (a `RandomState` or a
/// `Generator`), refusing when the object is frozen or a read-only copy.
pub fn draw<R>(this: &Value, f: impl FnOnce(&mut dyn Source) -> R) -> PyResult<R> {
    let obj = this.as_obj().ok_or_else(not_a_generator)?;
    let Some(ObjKind::Native(n)) = this.kind() else {
        return Err(not_a_generator());
    };
    if let Some(rs) = n.as_any().downcast_ref::<RandomState>() {
        let mut state = obj
            .get()
            .write(&rs.state)
            .map_err(|e| refused(e, "RandomState"))?;
        return Ok(f(&mut *state));
    }
    if let Some(g) = n.as_any().downcast_ref::<Generator>() {
        let mut state = obj
            .get()
            .write(&g.state)
            .map_err(|e| refused(e, "Generator"))?;
        return Ok(f(&mut *state));
    }
    Err(not_a_generator())
}

/// The `RandomState` inside `this`, if it is one.
pub fn legacy_of(this: &Value) -> Option<&RandomState> {
    match this.kind() {
        Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<RandomState>(),
        _ => None,
    }
}

/// The `Generator` inside `this`, if it is one.
pub fn generator_of(this: &Value) -> Option<&Generator> {
    match this.kind() {
        Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<Generator>(),
        _ => None,
    }
}

/// A copy of the legacy state of `this` (read, not changed: allowed on a
/// frozen `RandomState`).
pub fn legacy_snapshot(this: &Value) -> PyResult<LegacyState> {
    let obj = this.as_obj().ok_or_else(not_a_generator)?;
    let rs = legacy_of(this).ok_or_else(not_a_generator)?;
    let state = LegacyState::clone(&obj.get().read(&rs.state));
    Ok(state)
}

/// Replaces the legacy state of `this` (seeding, `set_state`).
pub fn legacy_replace(this: &Value, new: LegacyState) -> PyResult<()> {
    let obj = this.as_obj().ok_or_else(not_a_generator)?;
    let rs = legacy_of(this).ok_or_else(not_a_generator)?;
    let mut state = obj
        .get()
        .write(&rs.state)
        .map_err(|e| refused(e, "RandomState"))?;
    *state = new;
    Ok(())
}
