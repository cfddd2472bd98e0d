//! The `gc` module: the cycle collector's controls (`taipan_vm::gc`).
//!
//! Each thread has its own heap and collector, so `enable`, `disable` and
//! the threshold apply to the thread that calls them, and `collect` looks
//! at that thread's objects (see docs/limitations.md).

use taipan_vm::builtins::args::{arg_int, check_positional, parse_args};
use taipan_vm::builtins::{new_list, new_tuple};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::objects::function::Args;
use taipan_vm::types::native_function;
use taipan_vm::{gc, Value, Vm};

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("gc");
    let functions: [(&str, taipan_vm::objects::function::NativeFn); 7] = [
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
    ];
    for (name, f) in functions {
        vm.module_set(&m, name, native_function(name, f, false))?;
    }
    // Objects the collector could not free; it frees every cycle it finds
    // (there are no finalizers to order), so this stays empty.
    vm.module_set(&m, "garbage", new_list(Vec::new()))?;
    Ok(m)
}

/// `gc.collect(generation=2)`: collects now and returns how many
/// unreachable objects it found.
fn collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("collect", args, &["generation"], 0)?;
    if let Some(Some(generation)) = slots.first() {
        if !(0..=2).contains(&arg_int(vm, generation)?) {
            return Err(PyErr::value_error("invalid generation"));
        }
    }
    Ok(Value::Int(gc::collect() as i64))
}

fn enable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("gc.enable", args, 0, 0)?;
    gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("gc.disable", args, 0, 0)?;
    gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("gc.isenabled", args, 0, 0)?;
    Ok(Value::Bool(gc::is_enabled()))
}

/// `gc.get_count()`: the growth of the watched objects since the last
/// collection, then two zeros (there are no older generations).
fn get_count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("gc.get_count", args, 0, 0)?;
    Ok(new_tuple(vec![
        Value::Int(gc::growth_since_collection() as i64),
        Value::Int(0),
        Value::Int(0),
    ]))
}

fn get_threshold(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("gc.get_threshold", args, 0, 0)?;
    let older = OLDER_THRESHOLDS.with(|o| o.get());
    Ok(new_tuple(vec![
        Value::Int(gc::threshold() as i64),
        Value::Int(older[0]),
        Value::Int(older[1]),
    ]))
}

thread_local! {
    /// The two older generations' thresholds, as CPython reports them.
    /// taipan's collections always look at every watched object, so these
    /// only echo what `set_threshold` was given.
    static OLDER_THRESHOLDS: std::cell::Cell<[i64; 2]> = const { std::cell::Cell::new([10, 10]) };
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`: the least
/// growth of the watched objects between automatic collections (0 turns
/// them off).
fn set_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("set_threshold", args, 1, 3)?;
    let first = arg_int(vm, &args.pos[0])?;
    let mut older = OLDER_THRESHOLDS.with(|o| o.get());
    for (slot, v) in older.iter_mut().zip(&args.pos[1..]) {
        *slot = arg_int(vm, v)?;
    }
    gc::set_threshold(usize::try_from(first).unwrap_or(0));
    OLDER_THRESHOLDS.with(|o| o.set(older));
    Ok(Value::None)
}
