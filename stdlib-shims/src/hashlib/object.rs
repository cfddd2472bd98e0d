//! Hash objects: `_hashlib.HASH`, `_hashlib.HASHXOF`, `_blake2.blake2b`,
//! `_blake2.blake2s` and `hmac.HMAC`, one native type behind five
//! classes. An object belongs to the thread that made it; once frozen
//! (shared with worker threads) it can still be read — `digest`,
//! `hexdigest`, `copy` — but `update` refuses, so the usual pattern of a
//! shared prefix hash is `base.copy()` then `update` inside the work.

use super::algo::{Algorithm, Family, Spec};
use super::data::hashed_bytes;
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;
use taipan_vm::builtins::args::{check_positional, parse_args, rest};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::object::{Metered, ObjKind};
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{native_class_with_properties, native_self, NativeObject};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// The running computation inside a hash object.
pub struct State(pub Box<dyn Algorithm>);

impl Metered for State {}

/// A hash object.
pub struct Hash {
    /// `.name`.
    pub name: Cow<'static, str>,
    /// Its class.
    pub family: Family,
    /// `.digest_size`.
    pub digest_size: usize,
    /// `.block_size`.
    pub block_size: usize,
    /// The computation (written by `update` only).
    pub state: RefCell<State>,
}

impl NativeObject for Hash {
    fn class(&self) -> FrozenRef {
        class(self.family)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    /// Frozen hash objects are read-only: `update` checks first.
    fn thread_safe(&self) -> bool {
        true
    }
}

impl Hash {
    /// A hash object for a named algorithm, fed nothing yet.
    pub fn of_spec(spec: &'static Spec) -> Hash {
        Hash::new(
            spec.name.into(),
            spec.family,
            (spec.digest_size, spec.block_size),
            (spec.start)(),
        )
    }

    /// A hash object over `algorithm`; `sizes` are its digest and block
    /// sizes.
    pub fn new(
        name: Cow<'static, str>,
        family: Family,
        sizes: (usize, usize),
        algorithm: Box<dyn Algorithm>,
    ) -> Hash {
        Hash {
            name,
            family,
            digest_size: sizes.0,
            block_size: sizes.1,
            state: RefCell::new(State(algorithm)),
        }
    }

    /// The object as a Python value.
    pub fn into_value(self) -> Value {
        Value::obj(ObjKind::Native(Box::new(self)))
    }

    /// Runs `f` on the computation so far (`this` is the object's value,
    /// through which a frozen object is read without a borrow flag).
    pub fn read<R>(&self, this: &Value, f: impl FnOnce(&dyn Algorithm) -> R) -> R {
        match this.as_obj() {
            Some(o) => f(&*o.get().read(&self.state).0),
            None => f(&*self.state.borrow().0),
        }
    }
}

/// The hash object of a value, if it is one.
pub fn hash_of(v: &Value) -> Option<&Hash> {
    match v.kind() {
        Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<Hash>(),
        _ => None,
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("update", update),
    ("digest", digest),
    ("hexdigest", hexdigest),
    ("copy", copy),
    ("__repr__", repr),
];

const PROPERTIES: &[(&str, NativeFn)] = &[
    ("name", name),
    ("digest_size", digest_size),
    ("block_size", block_size),
];

/// The class of a family's hash objects; `new` makes instances where
/// the class itself is the constructor (`hashlib.blake2b`, `hmac.HMAC`).
pub fn class(family: Family) -> FrozenRef {
    static CLASSES: [OnceLock<FrozenRef>; 5] = [const { OnceLock::new() }; 5];
    let (slot, name, module, new): (usize, &str, &str, Option<NativeFn>) = match family {
        Family::Hash => (0, "HASH", "_hashlib", None),
        Family::Xof => (1, "HASHXOF", "_hashlib", None),
        Family::Blake2b => (2, "blake2b", "_blake2", Some(super::blake2b_new)),
        Family::Blake2s => (3, "blake2s", "_blake2", Some(super::blake2s_new)),
        Family::Hmac => (4, "HMAC", "hmac", Some(super::hmac::hmac_class_new)),
    };
    *CLASSES[slot]
        .get_or_init(|| native_class_with_properties(name, module, new, METHODS, PROPERTIES))
}

fn this<'a>(method: &str, args: &Args<'a>) -> PyResult<(&'a Value, &'a Hash)> {
    let hash = native_self::<Hash>(method, args)?;
    Ok((&args.pos[0], hash))
}

/// `h.update(data)`.
fn update(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, hash) = this("update", &args)?;
    let a = rest(args);
    check_positional(&format!("{}.update", type_name(hash)), a, 1, 1)?;
    let data = hashed_bytes(&a.pos[0])?;
    let obj = this
        .as_obj()
        .ok_or_else(|| PyErr::type_error("update() needs a hash object"))?;
    let mut state = obj
        .get()
        .write(&hash.state)
        .map_err(|e| PyErr::from_write(e, "hash object"))?;
    state.0.update(&data);
    Ok(Value::None)
}

/// The class name CPython's argument errors use (`HASH.digest()`).
fn type_name(hash: &Hash) -> &'static str {
    match hash.family {
        Family::Hash => "HASH",
        Family::Xof => "HASHXOF",
        Family::Blake2b => "blake2b",
        Family::Blake2s => "blake2s",
        Family::Hmac => "HMAC",
    }
}

/// The digest bytes of a `digest`/`hexdigest` call: no argument, or the
/// length for SHAKE.
fn digest_bytes(vm: &mut Vm, method: &str, args: Args<'_>) -> PyResult<Vec<u8>> {
    let (this, hash) = this(method, &args)?;
    let a = rest(args);
    let len = if hash.family == Family::Xof {
        let slots = parse_args(method, a, &["length"], 1)?;
        let len = match &slots[0] {
            Some(v) => vm.index_of(v)?,
            None => 0,
        };
        let len = usize::try_from(len).map_err(|_| {
            PyErr::new(
                taipan_vm::types::types().system_error,
                "Negative size passed to PyBytes_FromStringAndSize",
            )
        })?;
        Vec::<u8>::new()
            .try_reserve_exact(len)
            .map_err(|_| PyErr::memory_error())?;
        len
    } else {
        check_positional(&format!("{}.{method}", type_name(hash)), a, 0, 0)?;
        hash.digest_size
    };
    Ok(hash.read(this, |a| a.digest(len)))
}

/// `h.digest()` (`h.digest(length)` for SHAKE).
fn digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bytes = digest_bytes(vm, "digest", args)?;
    Ok(Value::obj(ObjKind::Bytes(bytes.into_boxed_slice())))
}

/// `h.hexdigest()` (`h.hexdigest(length)` for SHAKE).
fn hexdigest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bytes = digest_bytes(vm, "hexdigest", args)?;
    Ok(str_value(hex(&bytes)))
}

/// Lower-case hexadecimal digits of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(2 * bytes.len());
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// `h.copy()`: a new, mutable object with the same state.
fn copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, hash) = this("copy", &args)?;
    check_positional(&format!("{}.copy", type_name(hash)), rest(args), 0, 0)?;
    let copy = Hash::new(
        hash.name.clone(),
        hash.family,
        (hash.digest_size, hash.block_size),
        hash.read(this, |a| a.boxed_clone()),
    );
    Ok(copy.into_value())
}

/// `repr(h)`: `<md5 _hashlib.HASH object @ 0x…>` for the OpenSSL-backed
/// classes, the default `<_blake2.blake2b object at 0x…>` for the others.
fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, hash) = this("__repr__", &args)?;
    let addr = this.as_obj().map_or(0, |o| o.addr());
    Ok(str_value(match hash.family {
        Family::Hash | Family::Xof => {
            format!(
                "<{} _hashlib.{} object @ {addr:#x}>",
                hash.name,
                type_name(hash)
            )
        }
        _ => vm.default_repr(this),
    }))
}

fn name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, hash) = this("name", &args)?;
    Ok(str_value(hash.name.as_ref()))
}

fn digest_size(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, hash) = this("digest_size", &args)?;
    Ok(Value::Int(hash.digest_size as i64))
}

fn block_size(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, hash) = this("block_size", &args)?;
    Ok(Value::Int(hash.block_size as i64))
}
