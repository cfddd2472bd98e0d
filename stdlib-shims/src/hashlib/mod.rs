//! `hashlib` as CPython 3.11 offers it: the guaranteed algorithms (MD5,
//! SHA-1, SHA-2, SHA-3, SHAKE, BLAKE2 with all its parameters), `new`,
//! `pbkdf2_hmac` and `file_digest`; and `hmac` on top of the same
//! algorithms (`hmac.rs`).
//!
//! The algorithms are written here rather than taken from crates: the
//! whole set costs tens of kilobytes of binary, where the RustCrypto
//! crates bring their generic-array and digest-trait layers along, and
//! BLAKE2's tree parameters (fanout, depth, node offset …), which
//! `hashlib.blake2b` takes, are outside what the `blake2` crate offers.

mod algo;
mod blake2;
mod data;
pub mod hmac;
mod keccak;
mod md5;
mod object;
mod sha1;
mod sha2;

use algo::{Family, Spec, SPECS};
use data::{bytes_like, hashed_bytes};
use num_bigint::BigInt;
use num_traits::Signed;
use object::Hash;
use std::cell::RefCell;
use std::sync::OnceLock;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::int::to_bigint;
use taipan_vm::objects::native::exception_class;
use taipan_vm::types::{native_function, types};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// Defines the constructor function of each named algorithm (`md5()`
/// …), named as CPython's OpenSSL-backed ones are (`openssl_md5`).
macro_rules! constructors {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                construct(vm, args, $name, concat!("openssl_", $name))
            }
        )*
        /// `(attribute name, function name, function)` of each constructor.
        const CONSTRUCTORS: &[(&str, &str, NativeFn)] =
            &[$(($name, concat!("openssl_", $name), $f)),*];
    };
}

constructors! {
    md5_new => "md5",
    sha1_new => "sha1",
    sha224_new => "sha224",
    sha256_new => "sha256",
    sha384_new => "sha384",
    sha512_new => "sha512",
    sha3_224_new => "sha3_224",
    sha3_256_new => "sha3_256",
    sha3_384_new => "sha3_384",
    sha3_512_new => "sha3_512",
    shake_128_new => "shake_128",
    shake_256_new => "shake_256",
}

/// The module's other functions: `(attribute, function name, function)`.
const FUNCTIONS: &[(&str, &str, NativeFn)] = &[
    ("new", "new", hash_new),
    ("pbkdf2_hmac", "pbkdf2_hmac", pbkdf2_hmac),
    ("file_digest", "file_digest", file_digest),
];

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let mut values = vec![
        ("blake2b", object::class(Family::Blake2b).value()),
        ("blake2s", object::class(Family::Blake2s).value()),
    ];
    for set in ["algorithms_guaranteed", "algorithms_available"] {
        let names = SPECS.iter().map(|s| str_value(s.name)).collect();
        let table = vm.table_from(names)?;
        values.push((set, Value::obj(ObjKind::Set(Box::new(RefCell::new(table))))));
    }
    let functions = CONSTRUCTORS.iter().chain(FUNCTIONS);
    module_of(vm, "hashlib", functions, values)
}

/// A module of native `functions` and other `values`.
fn module_of(
    vm: &mut Vm,
    name: &str,
    functions: impl Iterator<Item = &'static (&'static str, &'static str, NativeFn)>,
    values: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let m = new_module(name);
    for &(attr, name, f) in functions {
        vm.module_set(&m, attr, native_function(name, f, false))?;
    }
    for (attr, value) in values {
        vm.module_set(&m, attr, value)?;
    }
    Ok(m)
}

/// A hash object of the algorithm `spec` fed `data`.
fn start(spec: &'static Spec, data: Option<&Value>) -> PyResult<Value> {
    let hash = Hash::of_spec(spec);
    if let Some(data) = data {
        hash.state.borrow_mut().0.update(&hashed_bytes(data)?);
    }
    Ok(hash.into_value())
}

/// `md5(string=b'', *, usedforsecurity=True)` and the other OpenSSL-style
/// constructors: `name` is the algorithm's, `func` the function's.
fn construct(_vm: &mut Vm, args: Args<'_>, name: &str, func: &str) -> PyResult<Value> {
    at_most_one_positional(func, &args)?;
    let slots = parse_args(func, args, &["string", "usedforsecurity"], 0)?;
    let spec = SPECS
        .iter()
        .find(|s| s.name == name)
        .ok_or_else(|| unsupported(name))?;
    start(spec, slots[0].as_ref())
}

/// CPython's error for a second positional argument to a constructor.
fn at_most_one_positional(func: &str, args: &Args<'_>) -> PyResult<()> {
    match args.pos.len() {
        0 | 1 => Ok(()),
        n => Err(PyErr::type_error(format!(
            "{func}() takes at most 1 positional argument ({n} given)"
        ))),
    }
}

fn unsupported(name: &str) -> PyErr {
    PyErr::value_error(format!("unsupported hash type {name}"))
}

/// The algorithm named by a `hashlib.new`/`pbkdf2_hmac`-style argument.
fn named_spec(v: &Value) -> PyResult<&'static Spec> {
    match v.kind() {
        Some(ObjKind::Str(s)) => Spec::lookup(s.as_str()).ok_or_else(|| unsupported(s.as_str())),
        _ => Err(PyErr::type_error("name must be a string")),
    }
}

/// `hashlib.new(name, data=b'', **kwargs)`: BLAKE2 (named exactly
/// `blake2b`/`blake2s`) takes its parameters; the rest take
/// `usedforsecurity` only.
fn hash_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(name) = args.pos.first().or_else(|| args.keyword("name")).cloned() else {
        return Err(PyErr::type_error(
            "new() missing 1 required positional argument: 'name'",
        ));
    };
    let kw: Vec<(Value, Value)> = args
        .kw
        .iter()
        .filter(|(k, _)| !matches!(k.kind(), Some(ObjKind::Str(s)) if s.as_str() == "name"))
        .cloned()
        .collect();
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: &kw,
    };
    match name.kind() {
        Some(ObjKind::Str(s)) if s.as_str() == "blake2b" => blake2_from(vm, rest, Family::Blake2b),
        Some(ObjKind::Str(s)) if s.as_str() == "blake2s" => blake2_from(vm, rest, Family::Blake2s),
        _ => {
            let spec = named_spec(&name)?;
            let slots = parse_args("new", rest, &["data", "usedforsecurity"], 0)?;
            start(spec, slots[0].as_ref())
        }
    }
}

/// The keyword parameters of the BLAKE2 constructors, after `data`.
const BLAKE2_PARAMS: &[&str] = &[
    "data",
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

/// `blake2b(...)`: the class's `__new__` (the class comes first).
pub fn blake2b_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    blake2_from(vm, taipan_vm::builtins::args::rest(args), Family::Blake2b)
}

/// `blake2s(...)`: the class's `__new__` (the class comes first).
pub fn blake2s_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    blake2_from(vm, taipan_vm::builtins::args::rest(args), Family::Blake2s)
}

/// A BLAKE2 hash object from the constructor's arguments: `data`
/// positionally, the parameters by keyword.
fn blake2_from(vm: &mut Vm, args: Args<'_>, family: Family) -> PyResult<Value> {
    let (name, words) = match family {
        Family::Blake2b => ("blake2b", 8u8),
        _ => ("blake2s", 4),
    };
    at_most_one_positional(name, &args)?;
    for (k, _) in args.kw {
        if matches!(k.kind(), Some(ObjKind::Str(s)) if s.as_str() == "data") {
            return Err(PyErr::type_error(format!(
                "'data' is an invalid keyword argument for {name}()"
            )));
        }
    }
    let slots = parse_args(name, args, BLAKE2_PARAMS, 0)?;
    let max = 8 * words;
    let mut p = blake2::Params::sequential(max);
    let limits = [("key", max), ("salt", 2 * words), ("person", 2 * words)];
    for (i, (what, limit)) in limits.into_iter().enumerate() {
        if let Some(v) = &slots[2 + i] {
            let bytes = bytes_like(vm, v)?.into_owned();
            if bytes.len() > usize::from(limit) {
                return Err(PyErr::value_error(format!(
                    "maximum {what} length is {limit} bytes"
                )));
            }
            *[&mut p.key, &mut p.salt, &mut p.person][i] = bytes;
        }
    }
    let max = u64::from(max);
    let node_offset_max = if words == 8 { u64::MAX } else { (1 << 48) - 1 };
    // (slot, name, lowest, highest, default) of the integer parameters.
    let ints = [
        (1, "digest_size", 1, max, max),
        (5, "fanout", 0, 255, 1),
        (6, "depth", 1, 255, 1),
        (7, "leaf_size", 0, u64::from(u32::MAX), 0),
        (8, "node_offset", 0, node_offset_max, 0),
        (9, "node_depth", 0, 255, 0),
        (10, "inner_size", 0, max, 0),
    ];
    let mut got = [0u64; 7];
    for (got, (slot, what, lo, hi, default)) in got.iter_mut().zip(ints) {
        *got = match &slots[slot] {
            Some(v) => int_param(vm, v, what, lo, hi)?,
            None => default,
        };
    }
    let [digest_size, fanout, depth, leaf_size, node_offset, node_depth, inner_size] = got;
    // Each is within its field's width now.
    p.digest_size = digest_size as u8;
    p.fanout = fanout as u8;
    p.depth = depth as u8;
    p.leaf_size = leaf_size as u32;
    p.node_offset = node_offset;
    p.node_depth = node_depth as u8;
    p.inner_size = inner_size as u8;
    if let Some(v) = &slots[11] {
        p.last_node = vm.truthy(v)?;
    }
    let (algorithm, block) = match family {
        Family::Blake2b => (blake2::new_b(&p), 128),
        _ => (blake2::new_s(&p), 64),
    };
    let hash = Hash::new(
        name.into(),
        family,
        (usize::from(p.digest_size), block),
        algorithm,
    );
    if let Some(data) = &slots[0] {
        hash.state.borrow_mut().0.update(&hashed_bytes(data)?);
    }
    Ok(hash.into_value())
}

/// An integer parameter within `lo..=hi`: a ValueError outside, except
/// an OverflowError past the wide ones' limits (`leaf_size`,
/// `node_offset`), as CPython's converters raise.
fn int_param(vm: &mut Vm, v: &Value, what: &str, lo: u64, hi: u64) -> PyResult<u64> {
    let big = match to_bigint(v) {
        Some(big) => big,
        None => BigInt::from(vm.index_of(v)?),
    };
    match u64::try_from(&big) {
        Ok(n) if (lo..=hi).contains(&n) => Ok(n),
        _ if hi > 255 && big.is_positive() => Err(PyErr::overflow(format!("{what} is too large"))),
        _ => {
            let unit = if what == "digest_size" { " bytes" } else { "" };
            Err(PyErr::value_error(format!(
                "{what} must be between {lo} and {hi}{unit}"
            )))
        }
    }
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`
/// (PKCS #5 v2.0).
fn pbkdf2_hmac(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["hash_name", "password", "salt", "iterations", "dklen"];
    let slots = parse_args("pbkdf2_hmac", args, &names, 4)?;
    let [Some(name), Some(password), Some(salt), Some(iterations), dklen] = &slots[..] else {
        return Err(PyErr::type_error("pbkdf2_hmac() missing arguments"));
    };
    let Some(ObjKind::Str(name)) = name.kind() else {
        return Err(PyErr::type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
            vm.type_name(name)
        )));
    };
    let spec = Spec::lookup(name.as_str()).ok_or_else(|| {
        PyErr::new(
            unsupported_digestmod_error(),
            format!("unsupported hash type {}", name.as_str()),
        )
    })?;
    let password = bytes_like(vm, password)?;
    let salt = bytes_like(vm, salt)?;
    let iterations = vm.index_of(iterations)?;
    if iterations < 1 {
        return Err(PyErr::value_error(
            "iteration value must be greater than 0.",
        ));
    }
    let iterations =
        u32::try_from(iterations).map_err(|_| PyErr::overflow("iteration value is too great."))?;
    let len = match dklen {
        None | Some(Value::None) => spec.digest_size,
        Some(v) => {
            let n = vm.index_of(v)?;
            if n < 1 {
                return Err(PyErr::value_error("key length must be greater than 0."));
            }
            usize::try_from(n).map_err(|_| PyErr::overflow("key length is too great."))?
        }
    };
    let prf = hmac::Hmac::keyed(&Hash::of_spec(spec), &password)?;
    let key = hmac::pbkdf2(&prf, &salt, iterations, len, &mut || vm.check_interrupt())?;
    Ok(Value::obj(ObjKind::Bytes(key.into_boxed_slice())))
}

/// `_hashlib.UnsupportedDigestmodError`, the ValueError `pbkdf2_hmac`
/// raises for an unknown algorithm.
fn unsupported_digestmod_error() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        exception_class("UnsupportedDigestmodError", "_hashlib", types().value_error)
    })
}

/// The buffer size `file_digest` reads with.
const FILE_CHUNK: i64 = 1 << 18;

/// `file_digest(fileobj, digest)`: the hash of a binary file object's
/// remaining contents. `digest` is an algorithm name or a constructor.
/// Like CPython, it takes `getbuffer()` where the object has it, and
/// otherwise reads objects that are readable in binary mode, in chunks
/// (with `read()` rather than CPython's `readinto()`).
fn file_digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("file_digest", args, &["fileobj", "digest", "_bufsize"], 2)?;
    let [Some(file), Some(digest), _] = &slots[..] else {
        return Err(PyErr::type_error("file_digest() missing arguments"));
    };
    let hash = match digest.kind() {
        Some(ObjKind::Str(_)) => start(named_spec(digest)?, None)?,
        _ => vm.call(digest, &[], &[])?,
    };
    let update = vm.getattr_str(&hash, "update")?;
    if let Some(getbuffer) = attr(vm, file, "getbuffer")? {
        let buffer = vm.call(&getbuffer, &[], &[])?;
        vm.call(&update, &[buffer], &[])?;
        return Ok(hash);
    }
    let readable = match attr(vm, file, "readable")? {
        Some(f) => {
            let r = vm.call(&f, &[], &[])?;
            vm.truthy(&r)?
        }
        None => false,
    };
    let read = match attr(vm, file, "read")? {
        Some(read) if readable && is_binary(vm, file, &read)? => read,
        _ => return Err(not_binary(vm, file)),
    };
    loop {
        let chunk = vm.call(&read, &[Value::Int(FILE_CHUNK)], &[])?;
        if matches!(chunk.kind(), Some(ObjKind::Bytes(b)) if b.is_empty()) {
            return Ok(hash);
        }
        vm.call(&update, &[chunk], &[])?;
    }
}

/// Whether a readable file object reads bytes: CPython's test is a
/// `readinto` method, which taipan's own files lack, so those are asked
/// for zero bytes instead.
fn is_binary(vm: &mut Vm, file: &Value, read: &Value) -> PyResult<bool> {
    if !matches!(file.kind(), Some(ObjKind::File(_))) {
        return Ok(attr(vm, file, "readinto")?.is_some());
    }
    let probe = vm.call(read, &[Value::Int(0)], &[])?;
    Ok(matches!(probe.kind(), Some(ObjKind::Bytes(_))))
}

/// An attribute of `v`, None when it has none.
fn attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    match str_value(name) {
        Value::Obj(key) => vm.getattr_opt(v, &key),
        _ => Ok(None),
    }
}

fn not_binary(vm: &mut Vm, file: &Value) -> PyErr {
    let shown = vm.repr(file).unwrap_or_default();
    PyErr::value_error(format!(
        "'{shown}' is not a file-like object in binary reading mode."
    ))
}
