//! NumPy's floating-point error handling: what each thread does when an
//! operation divides by zero, overflows, underflows or makes a NaN
//! (`np.seterr`, `np.geterr`, `np.seterrcall`, `np.geterrcall`, and
//! `np.errstate` over them in `py/numpy.py`), and the report of the errors
//! an operation met ([`report`]).
//!
//! The state is per thread, like NumPy's context-local one: every thread,
//! workers included, starts from NumPy's defaults (`divide`, `over` and
//! `invalid` warn, `under` is ignored). A warning goes through the
//! `warnings` module's filters; by default it is shown on stderr once per
//! script line, as `file:line: RuntimeWarning: <message>` and the line.

use std::cell::{Cell, RefCell};
use taipan_vm::builtins::args::arg_str;
use taipan_vm::builtins::new_tuple;
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::types::types;
use taipan_vm::{Value, Vm};

/// What to do about one kind of floating-point error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Nothing.
    Ignore,
    /// A `RuntimeWarning` on stderr.
    Warn,
    /// Raise `FloatingPointError`.
    Raise,
    /// Call the `seterrcall` function with the kind and the flags.
    Call,
    /// `Warning: …` on stderr.
    Print,
    /// Call the `write` method of the `seterrcall` object.
    Log,
}

impl Mode {
    const ALL: [Mode; 6] = [
        Mode::Ignore,
        Mode::Warn,
        Mode::Raise,
        Mode::Call,
        Mode::Print,
        Mode::Log,
    ];

    /// The mode's name in `np.seterr`.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Ignore => "ignore",
            Mode::Warn => "warn",
            Mode::Raise => "raise",
            Mode::Call => "call",
            Mode::Print => "print",
            Mode::Log => "log",
        }
    }

    /// The mode named `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// A set of floating-point errors, as NumPy's status bits (divide 1,
/// over 2, under 4, invalid 8).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FpErrors(u8);

impl FpErrors {
    /// No error.
    pub const NONE: FpErrors = FpErrors(0);
    /// Division by zero: an infinite result from finite operands.
    pub const DIVIDE: FpErrors = FpErrors(1);
    /// A result too large for its type.
    pub const OVER: FpErrors = FpErrors(2);
    /// A result so close to zero that precision was lost.
    pub const UNDER: FpErrors = FpErrors(4);
    /// An invalid operation: a NaN from operands that were not NaN.
    pub const INVALID: FpErrors = FpErrors(8);
    /// The four kinds in NumPy's order of handling.
    const KINDS: [FpErrors; 4] = [Self::DIVIDE, Self::OVER, Self::UNDER, Self::INVALID];

    /// Whether there is no error.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether every error of `other` is in `self`.
    pub fn contains(self, other: FpErrors) -> bool {
        self.0 & other.0 == other.0
    }

    /// The errors of both.
    pub fn union(self, other: FpErrors) -> FpErrors {
        FpErrors(self.0 | other.0)
    }

    /// The errors in both.
    pub fn intersection(self, other: FpErrors) -> FpErrors {
        FpErrors(self.0 & other.0)
    }

    /// `self` when `cond`, else no error.
    pub fn when(self, cond: bool) -> FpErrors {
        if cond {
            self
        } else {
            FpErrors::NONE
        }
    }

    /// The status bits.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// The set with these status bits (others dropped).
    pub fn from_bits(bits: u8) -> FpErrors {
        FpErrors(bits & 0xf)
    }

    /// The index of a single kind in the mode table.
    fn index(self) -> usize {
        self.0.trailing_zeros() as usize
    }

    /// NumPy's words for a single kind ("divide by zero" …).
    fn words(self) -> &'static str {
        match self.index() {
            0 => "divide by zero",
            1 => "overflow",
            2 => "underflow",
            _ => "invalid value",
        }
    }
}

/// NumPy's defaults: `divide`, `over`, `invalid` warn; `under` ignored.
const DEFAULT_MODES: [Mode; 4] = [Mode::Warn, Mode::Warn, Mode::Ignore, Mode::Warn];

thread_local! {
    /// This thread's modes, in the order divide, over, under, invalid.
    static MODES: Cell<[Mode; 4]> = const { Cell::new(DEFAULT_MODES) };
    /// This thread's `seterrcall` function or log object (None when unset).
    static CALL: RefCell<Value> = const { RefCell::new(Value::None) };
}

/// The errors this thread does not ignore: the only ones worth detecting.
pub fn watched() -> FpErrors {
    let modes = MODES.with(Cell::get);
    FpErrors::KINDS
        .into_iter()
        .filter(|k| modes[k.index()] != Mode::Ignore)
        .fold(FpErrors::NONE, FpErrors::union)
}

/// Handles the errors an operation (NumPy's ufunc `name`, or
/// `scalar <name>` for an operator on NumPy scalars) met, each kind as the
/// thread's mode for it says, in NumPy's order: divide, over, under,
/// invalid. `Raise` stops at the first.
pub fn report(vm: &mut Vm, errors: FpErrors, name: &str) -> PyResult<()> {
    if errors.is_empty() {
        return Ok(());
    }
    let modes = MODES.with(Cell::get);
    for kind in FpErrors::KINDS {
        if errors.contains(kind) {
            handle(vm, modes[kind.index()], kind, errors, name)?;
        }
    }
    Ok(())
}

/// One kind of error under one mode.
fn handle(vm: &mut Vm, mode: Mode, kind: FpErrors, all: FpErrors, name: &str) -> PyResult<()> {
    let message = format!("{} encountered in {name}", kind.words());
    match mode {
        Mode::Ignore => Ok(()),
        Mode::Warn => runtime_warning(vm, &message),
        Mode::Raise => Err(PyErr::new(floating_point_error(), message)),
        Mode::Print => {
            let _ = vm.ctx.stderr.write_str(&format!("Warning: {message}\n"));
            Ok(())
        }
        Mode::Call => {
            let func = callback();
            if func.is_none() {
                return Err(PyErr::name_error(format!(
                    "python callback specified for {} (in  {name}) but no function found.",
                    kind.words()
                )));
            }
            let args = [str_value(kind.words()), Value::Int(i64::from(all.bits()))];
            vm.call(&func, &args, &[]).map(drop)
        }
        Mode::Log => {
            let log = callback();
            if log.is_none() {
                return Err(PyErr::name_error(format!(
                    "log specified for {} (in {name}) but no object with write method found.",
                    kind.words()
                )));
            }
            let write = vm.getattr_str(&log, "write")?;
            let text = str_value(format!("Warning: {message}\n"));
            vm.call(&write, &[text], &[]).map(drop)
        }
    }
}

/// Issues `RuntimeWarning(message)` through the `warnings` module, whose
/// filters decide, located at the script line that ran the operation (by
/// default it is shown once per line, as NumPy's is).
pub fn runtime_warning(vm: &mut Vm, message: &str) -> PyResult<()> {
    // Located before any Python code runs: that would move the site.
    let at = vm.native_caller_location();
    let warnings = vm.import_module("warnings")?;
    let t = types();
    let category = t.exception_named("RuntimeWarning").unwrap_or(t.exception);
    let category = Value::Obj(category.to_ref());
    let mut args = vec![str_value(message), category];
    let emit = match at {
        Some(at) => {
            args.extend(at.into_values());
            vm.getattr_str(&warnings, "_warn_at")?
        }
        None => vm.getattr_str(&warnings, "_warn_unlocated")?,
    };
    vm.call(&emit, &args, &[]).map(drop)
}

/// The builtin `FloatingPointError`.
fn floating_point_error() -> taipan_vm::value::FrozenRef {
    let t = types();
    t.exception_named("FloatingPointError")
        .unwrap_or(t.arithmetic_error)
}

/// This thread's `seterrcall` object.
fn callback() -> Value {
    CALL.with(|c| c.borrow().clone())
}

/// The modes as a tuple of four names (divide, over, under, invalid).
fn modes_tuple(modes: [Mode; 4]) -> Value {
    new_tuple(modes.iter().map(|m| str_value(m.name())).collect())
}

/// `_geterr()`: this thread's modes, `(divide, over, under, invalid)`.
fn geterr(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(modes_tuple(MODES.with(Cell::get)))
}

/// `_seterr(divide, over, under, invalid)`: sets this thread's modes (each
/// a mode name, or None to keep it) and returns the old ones as a tuple.
fn seterr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let old = MODES.with(Cell::get);
    let mut new = old;
    for (slot, v) in new.iter_mut().zip(args.pos) {
        if v.is_none() {
            continue;
        }
        let name = arg_str(vm, "seterr", v)?;
        *slot = Mode::from_name(name)
            .ok_or_else(|| PyErr::value_error(format!("invalid error mode '{name}'")))?;
    }
    MODES.with(|m| m.set(new));
    Ok(modes_tuple(old))
}

/// `_geterrcall()`: this thread's `seterrcall` object.
fn geterrcall(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(callback())
}

/// `_seterrcall(obj)`: sets this thread's `seterrcall` object (checked by
/// the caller) and returns the old one.
fn seterrcall(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let new = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(CALL.with(|c| c.replace(new)))
}

/// The functions of the core module behind `np.seterr` and friends.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_geterr", geterr),
    ("_seterr", seterr),
    ("_geterrcall", geterrcall),
    ("_seterrcall", seterrcall),
];
