//! Methods of `BaseException`.

use crate::builtins::args::self_arg;
use crate::error::{exc_state, str_value, PyResult};
use crate::interp::Vm;
use crate::objects::function::{Args, NativeFn};
use crate::value::Value;

/// The native methods of `BaseException`.
pub static EXCEPTION_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", exc_init),
    ("__str__", exc_str),
    ("__repr__", exc_repr),
    ("with_traceback", exc_with_traceback),
];

fn exc_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__init__", &args)?;
    if let Some(st) = exc_state(this) {
        if let Ok(mut st) = st.try_borrow_mut() {
            st.args = args.pos[1..].to_vec();
        }
    }
    let _ = vm;
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__str__", &args)?;
    Ok(str_value(vm.exception_str(this)?))
}

fn exc_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = self_arg("__repr__", &args)?;
    let items = exc_state(this)
        .map(|s| s.borrow().args.clone())
        .unwrap_or_default();
    let name = vm.type_name(this);
    let mut parts = Vec::new();
    for item in &items {
        parts.push(vm.repr(item)?);
    }
    Ok(str_value(format!("{name}({})", parts.join(", "))))
}

fn exc_with_traceback(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(self_arg("with_traceback", &args)?.clone())
}
