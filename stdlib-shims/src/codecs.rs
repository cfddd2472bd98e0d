//! The native `_codecs` under `codecs` (`py/codecs.py`): the names of the
//! VM's codecs and the decoding of a stream piece by piece, which the
//! incremental decoders and `codecs.lookup` are built on.

use taipan_vm::builtins::args::{arg_str, check_positional};
use taipan_vm::builtins::codecs::Codec;
use taipan_vm::builtins::new_tuple;
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::types::native_function;
use taipan_vm::{Value, Vm};

/// Builds `_codecs`.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_codecs");
    vm.module_set(&m, "lookup", native_function("lookup", lookup, false))?;
    vm.module_set(
        &m,
        "decode_part",
        native_function("decode_part", decode_part, false),
    )?;
    Ok(m)
}

/// The codec an encoding name argument names.
fn codec_arg(vm: &Vm, func: &str, v: Option<&Value>) -> PyResult<Codec> {
    Codec::lookup(arg_str(vm, func, v.unwrap_or(&Value::None))?)
}

/// `lookup(encoding)`: `(name, carry_on)`, the codec's name as
/// `codecs.lookup` reports it and the name of the codec that carries on
/// after the start of a stream (no byte order mark to write or skip).
fn lookup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("lookup", args, 1, 1)?;
    let codec = codec_arg(vm, "lookup", args.pos.first())?;
    Ok(new_tuple(vec![
        str_value(codec.canonical_name()),
        str_value(codec.after_start().canonical_name()),
    ]))
}

/// `decode_part(state, data, errors, final)`: decodes a piece of a
/// stream (bytes) with the codec named `state`; `(text, used, state)`
/// with the state for the next piece, or `None` while the bytes are too
/// few to tell whether a byte order mark starts them.
fn decode_part(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("decode_part", args, 4, 4)?;
    let codec = codec_arg(vm, "decode_part", args.pos.first())?;
    let Some(ObjKind::Bytes(data)) = args.pos.get(1).and_then(Value::kind) else {
        return Err(PyErr::type_error("decode_part() argument 2 must be bytes"));
    };
    let errors = arg_str(vm, "decode_part", args.pos.get(2).unwrap_or(&Value::None))?;
    let last = args
        .pos
        .get(3)
        .is_some_and(|v| matches!(v, Value::Bool(true)));
    Ok(match codec.decode_part(data, errors, last)? {
        None => Value::None,
        Some(part) => new_tuple(vec![
            str_value(part.text.as_str()),
            Value::Int(i64::try_from(part.used).unwrap_or(i64::MAX)),
            str_value(part.next.canonical_name()),
        ]),
    })
}
