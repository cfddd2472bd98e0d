//! `a.flags`, NumPy's `flagsobj`: a snapshot of an array's memory-layout
//! flags, through which `WRITEABLE` can also be set
//! (`a.flags.writeable = False`, `a.flags['W'] = True`), and
//! `a.setflags(write=…)`.

use super::array::NdArray;
use super::dunders::this;
use std::sync::OnceLock;
use taipan_vm::builtins::args::{arg_str, parse_args};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::object::{ObjKind, WriteError};
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{native_class_with_setters, native_self, NativeObject};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// `a.flags`: the flags as they were when asked for, and the array.
struct Flags {
    array: Value,
    c_contiguous: bool,
    f_contiguous: bool,
    owndata: bool,
    writeable: bool,
}

impl NativeObject for Flags {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(|| {
            taipan_vm::objects::native::named_as_c_type(native_class_with_setters(
                "flagsobj",
                "numpy._core.multiarray",
                &[
                    ("__getitem__", flag_item),
                    ("__setitem__", set_flag_item),
                    ("__repr__", flags_repr),
                ],
                &[
                    ("c_contiguous", flag_c, None),
                    ("f_contiguous", flag_f, None),
                    ("owndata", flag_own, None),
                    ("writeable", flag_write, Some(set_flag_write)),
                ],
            ))
        })
    }
    fn for_each_child(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.array);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn the_flags<'a>(args: &Args<'a>) -> PyResult<&'a Flags> {
    native_self::<Flags>("flags", args)
}

/// The value after the instance (`__getitem__`'s key, a setter's value).
fn second<'a>(args: &Args<'a>) -> &'a Value {
    args.pos.get(1).unwrap_or(&Value::None)
}

fn flag_item(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = the_flags(&args)?;
    let key = arg_str(vm, "flags", second(&args))?;
    Ok(Value::Bool(match key {
        "C_CONTIGUOUS" | "C" | "CONTIGUOUS" => f.c_contiguous,
        "F_CONTIGUOUS" | "F" | "FORTRAN" => f.f_contiguous,
        "OWNDATA" | "O" => f.owndata,
        "WRITEABLE" | "W" => f.writeable,
        "ALIGNED" | "A" => true,
        _ => return Err(PyErr::key_error(str_value(key))),
    }))
}

/// `a.flags[key] = value`: only `WRITEABLE` (`W`) can be set here.
fn set_flag_item(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = the_flags(&args)?;
    let key = arg_str(vm, "flags", second(&args))?;
    if !matches!(key, "WRITEABLE" | "W") {
        return Err(PyErr::key_error(str_value("Unknown flag")));
    }
    let on = vm.truthy(args.pos.get(2).unwrap_or(&Value::None))?;
    set_writeable(&f.array, on)?;
    Ok(Value::None)
}

fn flags_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = the_flags(&args)?;
    let b = |x: bool| if x { "True" } else { "False" };
    Ok(str_value(format!(
        "  C_CONTIGUOUS : {}\n  F_CONTIGUOUS : {}\n  OWNDATA : {}\n  WRITEABLE : {}\n  ALIGNED : True\n  WRITEBACKIFCOPY : False\n",
        b(f.c_contiguous),
        b(f.f_contiguous),
        b(f.owndata),
        b(f.writeable)
    )))
}

fn flag_c(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(the_flags(&args)?.c_contiguous))
}

fn flag_f(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(the_flags(&args)?.f_contiguous))
}

fn flag_own(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(the_flags(&args)?.owndata))
}

fn flag_write(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(the_flags(&args)?.writeable))
}

/// `a.flags.writeable = value`.
fn set_flag_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = the_flags(&args)?;
    let on = vm.truthy(second(&args))?;
    set_writeable(&f.array, on)?;
    Ok(Value::None)
}

/// Sets an array's `WRITEABLE` flag under NumPy's rules: clearing it is
/// always allowed; setting it only on an array that owns its data, or a
/// view whose owner is writeable. NumPy scalars have no settable flags,
/// and an array shared with worker threads stays as it is.
pub fn set_writeable(target: &Value, on: bool) -> PyResult<()> {
    let a = NdArray::of(target).ok_or_else(|| PyErr::type_error("flags of a non-array"))?;
    if a.scalar {
        return Err(PyErr::value_error("Cannot set flags on array scalars."));
    }
    if let Some(o) = target.as_obj() {
        if let Some(refusal) = o.get().write_refusal() {
            return Err(PyErr::from_write(refusal, "array"));
        }
    }
    if a.buf.is_frozen() {
        let addr = target.as_obj().map_or(0, |o| o.addr());
        return Err(PyErr::from_write(WriteError::Frozen(addr), "array"));
    }
    if on && !a.owns && !a.buf.owner_writeable() {
        return Err(PyErr::value_error(
            "cannot set WRITEABLE flag to True of this array",
        ));
    }
    a.writeable.set(on);
    if a.owns {
        a.buf.set_owner_writeable(on);
    }
    Ok(())
}

/// `a.flags`.
pub fn flags(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a) = this("flags", &args)?;
    let refused = v
        .as_obj()
        .is_some_and(|o| o.get().write_refusal().is_some())
        || a.buf.is_frozen();
    Ok(Value::obj(ObjKind::Native(Box::new(Flags {
        array: v.clone(),
        c_contiguous: a.is_c_contiguous(),
        f_contiguous: a.is_f_contiguous(),
        owndata: a.owns,
        writeable: a.writeable.get() && !refused && !a.scalar,
    }))))
}

/// `a.setflags(write=None, align=None, uic=None)`: only `write` does
/// anything (the shim's arrays are always aligned).
fn setflags(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (target, _) = this("setflags", &args)?;
    let rest = taipan_vm::builtins::args::rest(args);
    let a = parse_args("setflags", rest, &["write", "align", "uic"], 0)?;
    if let Some(Some(write)) = a
        .first()
        .filter(|w| w.as_ref().is_some_and(|w| !w.is_none()))
    {
        let on = vm.truthy(write)?;
        set_writeable(target, on)?;
    }
    Ok(Value::None)
}

/// The array methods of this file.
pub const METHODS: &[(&str, NativeFn)] = &[("setflags", setflags)];
