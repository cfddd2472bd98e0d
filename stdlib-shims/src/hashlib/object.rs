//! The hash objects: `_hashlib.HASH`, `_hashlib.HASHXOF` (SHAKE, whose
//! digest length is asked for), and `_blake2.blake2b`/`blake2s` (made in
//! `blake2_type.rs`), with the same methods. A hash object is synchronised,
//! so a frozen one (a module-level salted hash, say) can be read and
//! copied from worker threads; updating a frozen one raises.

use super::args::{c_long, with_buffer};
use super::{blake2_type, Algorithm, Engine};
use std::fmt::Write;
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};
use taipan_vm::builtins::args::{check_positional, parse_args, rest};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{native_self, native_subclass, NativeObject};
use taipan_vm::types::types;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// The Python type of a hash object.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// `_hashlib.HASH`.
    Hash,
    /// `_hashlib.HASHXOF`.
    Xof,
    /// `_blake2.blake2b`.
    Blake2b,
    /// `_blake2.blake2s`.
    Blake2s,
}

/// The methods of every hash type.
pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("update", update),
    ("digest", digest),
    ("hexdigest", hexdigest),
    ("copy", copy),
];

/// The attributes of every hash object.
pub(super) const PROPERTIES: &[(&str, NativeFn)] = &[
    ("name", name),
    ("digest_size", digest_size),
    ("block_size", block_size),
];

impl Kind {
    /// The type's name.
    pub(super) fn type_name(self) -> &'static str {
        match self {
            Kind::Hash => "HASH",
            Kind::Xof => "HASHXOF",
            Kind::Blake2b => "blake2b",
            Kind::Blake2s => "blake2s",
        }
    }

    /// The type.
    pub(super) fn class(self) -> FrozenRef {
        static CLASSES: [OnceLock<FrozenRef>; 4] = [const { OnceLock::new() }; 4];
        *CLASSES[self as usize].get_or_init(|| match self {
            Kind::Hash | Kind::Xof => {
                let bases = if self == Kind::Xof {
                    vec![Kind::Hash.class()]
                } else {
                    vec![]
                };
                let mut methods = METHODS.to_vec();
                methods.push(("__repr__", repr));
                let new = Some(cannot_create as NativeFn);
                native_subclass(
                    self.type_name(),
                    "_hashlib",
                    &bases,
                    new,
                    &methods,
                    PROPERTIES,
                )
            }
            Kind::Blake2b => blake2_type::class::<u64, 128>(Kind::Blake2b),
            Kind::Blake2s => blake2_type::class::<u32, 64>(Kind::Blake2s),
        })
    }
}

/// `_hashlib.HASH()`: the types are made by the constructors only.
fn cannot_create(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = match args.pos.first().and_then(Value::kind) {
        Some(ObjKind::Class(c)) => c.name.as_str(),
        _ => "HASH",
    };
    Err(PyErr::type_error(format!(
        "cannot create '_hashlib.{name}' instances"
    )))
}

/// A hash object: an algorithm's computation in progress.
pub(super) struct HashObject {
    kind: Kind,
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    engine: Mutex<Engine>,
}

impl NativeObject for HashObject {
    fn class(&self) -> FrozenRef {
        self.kind.class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        // A frozen hash is never updated again, so a copy stands for it;
        // an argument handed to a worker is a copy, as containers are.
        Some(Box::new(self.duplicate()))
    }
}

impl HashObject {
    /// A hash object of `alg` (with `digest_size`, which BLAKE2 chooses)
    /// from `engine`, after hashing `data` if given.
    pub(super) fn create(
        kind: Kind,
        alg: &Algorithm,
        digest_size: usize,
        mut engine: Engine,
        data: Option<&Value>,
    ) -> PyResult<Value> {
        if let Some(data) = data {
            with_buffer(data, |b| engine.update(b))?;
        }
        Ok(HashObject {
            kind,
            name: alg.name,
            digest_size,
            block_size: alg.block_size,
            engine: Mutex::new(engine),
        }
        .into_value())
    }

    fn into_value(self) -> Value {
        Value::obj(ObjKind::Native(Box::new(self)))
    }

    fn engine(&self) -> MutexGuard<'_, Engine> {
        self.engine.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// An independent copy.
    fn duplicate(&self) -> HashObject {
        HashObject {
            engine: Mutex::new(self.engine().clone()),
            ..*self
        }
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a HashObject> {
    native_self::<HashObject>("HASH", args)
}

/// Checks that a method got `n` arguments after the object, with
/// CPython's messages ("HASH.update() takes exactly one argument (0
/// given)").
fn arity(h: &HashObject, method: &str, args: Args<'_>, n: usize) -> PyResult<()> {
    if args.kw.is_empty() && args.pos.len() == n + 1 {
        return Ok(());
    }
    check_positional(
        &format!("{}.{method}", h.kind.type_name()),
        rest(args),
        n,
        n,
    )
}

/// `h.update(data)`.
fn update(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = this(&args)?;
    arity(h, "update", args, 1)?;
    if let Some(refusal) = args.pos[0].as_obj().and_then(|o| o.get().write_refusal()) {
        return Err(PyErr::from_write(refusal, "hash object"));
    }
    with_buffer(&args.pos[1], |b| h.engine().update(b))?;
    Ok(Value::None)
}

/// The digest `digest()` or `hexdigest()` returns: `digest_size` bytes,
/// or for SHAKE the `length` asked for.
fn digest_bytes(vm: &mut Vm, args: Args<'_>, method: &str, hex: bool) -> PyResult<Vec<u8>> {
    let h = this(&args)?;
    let len = if h.kind == Kind::Xof {
        let slots = parse_args(method, rest(args), &["length"], 1)?;
        let n = c_long(vm, slots[0].as_ref().unwrap_or(&Value::None), "ssize_t")?;
        // CPython's own odd errors for a negative length.
        let n = usize::try_from(n).map_err(|_| match hex {
            true => PyErr::memory_error(),
            false => PyErr::new(
                types().system_error,
                "Negative size passed to PyBytes_FromStringAndSize",
            ),
        })?;
        vm.check_alloc(n, 1 + usize::from(hex))?;
        n
    } else {
        arity(h, method, args, 0)?;
        h.digest_size
    };
    Ok(h.engine().finish(len))
}

/// `h.digest()`, or `h.digest(length)` for SHAKE.
fn digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bytes = digest_bytes(vm, args, "digest", false)?;
    Ok(Value::obj(ObjKind::Bytes(bytes.into())))
}

/// `h.hexdigest()`, or `h.hexdigest(length)` for SHAKE.
fn hexdigest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bytes = digest_bytes(vm, args, "hexdigest", true)?;
    let mut hex = String::with_capacity(2 * bytes.len());
    for b in bytes {
        let _ = write!(hex, "{b:02x}");
    }
    Ok(str_value(hex))
}

/// `h.copy()`.
fn copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = this(&args)?;
    arity(h, "copy", args, 0)?;
    Ok(h.duplicate().into_value())
}

/// `repr(h)`: `<md5 _hashlib.HASH object @ 0x…>`.
fn repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = this(&args)?;
    let addr = args.pos[0].as_obj().map_or(0, |o| o.addr());
    Ok(str_value(format!(
        "<{} _hashlib.{} object @ {addr:#x}>",
        h.name,
        h.kind.type_name()
    )))
}

fn name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(this(&args)?.name))
}

fn digest_size(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(&args)?.digest_size as i64))
}

fn block_size(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(&args)?.block_size as i64))
}
