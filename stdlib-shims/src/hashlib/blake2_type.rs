//! The `_blake2.blake2b` and `_blake2.blake2s` types: hash objects whose
//! constructors take BLAKE2's parameters, checked with `_blake2`'s
//! messages.

use super::args::{int_param, unsigned, Signature};
use super::blake2::{Blake2, Blake2Word, Params};
use super::object::{HashObject, Kind, METHODS, PROPERTIES};
use super::{algorithm_named, unsupported, Engine};
use taipan_vm::builtins::args::rest;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::native_class_with_constants;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// `blake2b` (`kind`, on `u64` words in 128-byte blocks) or `blake2s`,
/// with its size constants.
pub(super) fn class<W: Blake2Word, const N: usize>(kind: Kind) -> FrozenRef {
    let bytes = |n: usize| Value::Int(n as i64);
    let new: NativeFn = if kind == Kind::Blake2b {
        new_blake2b
    } else {
        new_blake2s
    };
    native_class_with_constants(
        kind.type_name(),
        "_blake2",
        Some(new),
        METHODS,
        PROPERTIES,
        &[
            ("SALT_SIZE", bytes(2 * W::BYTES)),
            ("PERSON_SIZE", bytes(2 * W::BYTES)),
            ("MAX_KEY_SIZE", bytes(N / 2)),
            ("MAX_DIGEST_SIZE", bytes(N / 2)),
        ],
    )
}

impl From<Blake2<u64, 128>> for Engine {
    fn from(h: Blake2<u64, 128>) -> Engine {
        Engine::Blake2b(h)
    }
}

impl From<Blake2<u32, 64>> for Engine {
    fn from(h: Blake2<u32, 64>) -> Engine {
        Engine::Blake2s(h)
    }
}

fn new_blake2b(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    new_blake2::<u64, 128>(vm, rest(args), Kind::Blake2b)
}

fn new_blake2s(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    new_blake2::<u32, 64>(vm, rest(args), Kind::Blake2s)
}

/// The keyword-only parameters of the constructors.
const KEYWORDS: &[&str] = &[
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
];

/// `blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'',
/// fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
/// inner_size=0, last_node=False, usedforsecurity=True)`, and `blake2s`
/// with 32-byte limits.
fn new_blake2<W: Blake2Word, const N: usize>(
    vm: &mut Vm,
    args: Args<'_>,
    kind: Kind,
) -> PyResult<Value>
where
    Engine: From<Blake2<W, N>>,
{
    let sig = Signature {
        name: kind.type_name(),
        positional: &["data"],
        required: 0,
        positional_only: true,
        keywords: KEYWORDS,
    };
    let slots = sig.bind(args)?;
    let ([key, salt, person], numbers) = read_params::<W>(vm, &slots[1..], N / 2)?;
    let params = Params {
        key: &key,
        salt: &salt,
        person: &person,
        ..numbers
    };
    let engine = Engine::from(Blake2::<W, N>::new(&params));
    let name = kind.type_name();
    let alg = algorithm_named(name).ok_or_else(|| unsupported(name))?;
    let digest_size = usize::from(params.digest_size);
    HashObject::create(kind, alg, digest_size, engine, slots[0].as_ref())
}

/// The parameters given as keywords (in [`KEYWORDS`]' order), each checked
/// in turn with `_blake2`'s messages: the key, salt and personalisation,
/// and the others. `max` is the largest digest and key.
fn read_params<W: Blake2Word>(
    vm: &mut Vm,
    slots: &[Option<Value>],
    max: usize,
) -> PyResult<([Vec<u8>; 3], Params<'static>)> {
    let arg = |i: usize| slots[i].as_ref();
    let digest_size = int_param(vm, arg(0), max as u8, 1..=max as i64, || {
        format!("digest_size must be between 1 and {max} bytes")
    })?;
    let key = bytes_at_most(vm, arg(1), max, "key")?;
    let salt = bytes_at_most(vm, arg(2), 2 * W::BYTES, "salt")?;
    let person = bytes_at_most(vm, arg(3), 2 * W::BYTES, "person")?;
    let fanout = int_param(vm, arg(4), 1, 0..=255, || {
        "fanout must be between 0 and 255".into()
    })?;
    let depth = int_param(vm, arg(5), 1, 1..=255, || {
        "depth must be between 1 and 255".into()
    })?;
    let leaf_size = match arg(6) {
        Some(v) => unsigned(v, u64::from(u32::MAX), "leaf_size is too large")? as u32,
        None => 0,
    };
    let offset_max = u64::MAX >> (64 - 8 * W::OFFSET_BYTES);
    let node_offset = match arg(7) {
        Some(v) => unsigned(v, offset_max, "node_offset is too large")?,
        None => 0,
    };
    let node_depth = int_param(vm, arg(8), 0, 0..=255, || {
        "node_depth must be between 0 and 255".into()
    })?;
    let inner_size = int_param(vm, arg(9), 0, 0..=max as i64, || {
        format!("inner_size must be between 0 and is {max}")
    })?;
    let last_node = match arg(10) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let numbers = Params {
        digest_size,
        fanout,
        depth,
        leaf_size,
        node_offset,
        node_depth,
        inner_size,
        last_node,
        ..Params::default()
    };
    Ok(([key, salt, person], numbers))
}

/// A bytes-like BLAKE2 parameter (`key`, `salt`, `person`) of at most
/// `max` bytes.
fn bytes_at_most(vm: &Vm, v: Option<&Value>, max: usize, what: &str) -> PyResult<Vec<u8>> {
    let bytes = match v {
        Some(v) => vm.bytes_of(v)?,
        None => Vec::new(),
    };
    if bytes.len() > max {
        return Err(PyErr::value_error(format!(
            "maximum {what} length is {max} bytes"
        )));
    }
    Ok(bytes)
}
