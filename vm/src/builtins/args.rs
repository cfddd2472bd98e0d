//! Argument parsing for native functions: positional and keyword arguments
//! matched against a parameter list, with CPython's error messages.

use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::function::Args;
use crate::value::Value;

/// Matches `args` against parameter `names`; the first `required` are
/// mandatory. Returns one slot per name (`None` where not given).
/// `func` names the function in error messages.
pub fn parse_args(
    func: &str,
    args: Args<'_>,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if args.pos.len() > names.len() {
        return Err(PyErr::type_error(format!(
            "{func}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in slots.iter_mut().zip(args.pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kw {
        let key = match k.kind() {
            Some(ObjKind::Str(s)) => s.as_str(),
            _ => "",
        };
        match names.iter().position(|n| *n == key) {
            Some(i) => {
                if slots[i].is_some() {
                    return Err(PyErr::type_error(format!(
                        "argument for {func}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                slots[i] = Some(v.clone());
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "{func}() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    for (i, slot) in slots.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(PyErr::type_error(format!(
                "{func}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(slots)
}

/// Checks that exactly `min..=max` positional arguments and no keywords were given.
#[inline]
pub fn check_positional(func: &str, args: Args<'_>, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if args.kw.is_empty() && n >= min && n <= max {
        return Ok(());
    }
    Err(positional_error(func, args, min, max))
}

/// The error [`check_positional`] raises: keywords given, or a count out
/// of `min..=max`.
#[cold]
#[inline(never)]
fn positional_error(func: &str, args: Args<'_>, min: usize, max: usize) -> PyErr {
    if !args.kw.is_empty() {
        return PyErr::type_error(format!("{func}() takes no keyword arguments"));
    }
    let n = args.pos.len();
    {
        // CPython's one-argument methods (METH_O) spell the count out.
        let expected = if max == 0 {
            // METH_NOARGS.
            "no arguments".to_string()
        } else if min == 1 && max == 1 {
            "exactly one argument".to_string()
        } else if min == max {
            format!("exactly {min} argument{}", if min == 1 { "" } else { "s" })
        } else if n < min {
            format!("at least {min} argument{}", if min == 1 { "" } else { "s" })
        } else {
            format!("at most {max} argument{}", if max == 1 { "" } else { "s" })
        };
        PyErr::type_error(format!("{func}() takes {expected} ({n} given)"))
    }
}

/// The text of a str argument.
pub fn arg_str<'a>(vm: &Vm, func: &str, v: &'a Value) -> PyResult<&'a str> {
    match v.data_kind() {
        Some(ObjKind::Str(s)) => Ok(s.as_str()),
        _ => Err(PyErr::type_error(format!(
            "{func}() argument must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// An integer argument (bool counts; `__index__` is honoured).
pub fn arg_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.index_of(v)
}

/// An optional integer argument where `None` means absent.
pub fn arg_opt_int(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => vm.index_of(v).map(Some),
    }
}

/// The `self` of a method call (the first positional argument).
#[inline]
pub fn self_arg<'a>(func: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    match args.pos.first() {
        Some(v) => Ok(v),
        None => Err(no_self_error(func)),
    }
}

#[cold]
#[inline(never)]
fn no_self_error(func: &str) -> PyErr {
    PyErr::type_error(format!("descriptor '{func}' needs an argument"))
}

/// The method's arguments after `self`.
#[inline]
pub fn rest<'a>(args: Args<'a>) -> Args<'a> {
    Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    }
}
