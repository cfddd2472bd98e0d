//! The native half of `hashlib` and `hmac`: the `_hashlib` module (MD5,
//! SHA-1, SHA-2, SHA-3 and SHAKE hash objects, PBKDF2, HMAC digests,
//! `compare_digest`) and `_blake2` (the `blake2b` and `blake2s` types), as
//! CPython 3.11 builds them on OpenSSL and its own BLAKE2 code. The hash
//! functions are written here, in compact loops, rather than taken from
//! crates: the edge binary has a size bar. `src/py/hashlib.py` and
//! `src/py/hmac.py` are the modules scripts import.

mod args;
mod blake2;
mod blake2_type;
mod block;
mod keyed;
mod md5;
mod object;
mod sha1;
mod sha2;
mod sha3;
#[cfg(test)]
mod tests;

use args::Signature;
use blake2::{Blake2, Blake2b, Blake2s, Params};
use md5::Md5;
use object::{HashObject, Kind};
use sha1::Sha1;
use sha2::{Sha256, Sha512};
use sha3::Keccak;
use std::sync::OnceLock;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::exception_class;
use taipan_vm::types::{native_function, types};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// A hash computation in progress, of any algorithm.
#[derive(Clone)]
enum Engine {
    Md5(Md5),
    Sha1(Sha1),
    Sha256(Sha256),
    Sha512(Sha512),
    Keccak(Keccak),
    Blake2b(Blake2b),
    Blake2s(Blake2s),
}

impl Engine {
    /// Hashes more input.
    fn update(&mut self, data: &[u8]) {
        match self {
            Engine::Md5(h) => h.update(data),
            Engine::Sha1(h) => h.update(data),
            Engine::Sha256(h) => h.update(data),
            Engine::Sha512(h) => h.update(data),
            Engine::Keccak(h) => h.update(data),
            Engine::Blake2b(h) => h.update(data),
            Engine::Blake2s(h) => h.update(data),
        }
    }

    /// The digest of the input so far (`len` bytes of a SHAKE's output;
    /// the other algorithms know their length). The hash can go on after.
    fn finish(&self, len: usize) -> Vec<u8> {
        match self {
            Engine::Md5(h) => h.finish(),
            Engine::Sha1(h) => h.finish(),
            Engine::Sha256(h) => h.finish(),
            Engine::Sha512(h) => h.finish(),
            Engine::Keccak(h) => h.finish(len),
            Engine::Blake2b(h) => h.finish(),
            Engine::Blake2s(h) => h.finish(),
        }
    }
}

/// A hash algorithm under its Python name.
struct Algorithm {
    /// The name (`h.name`).
    pub name: &'static str,
    /// The digest length in bytes (0 for SHAKE, whose length is asked for).
    pub digest_size: usize,
    /// The block length in bytes (the sponge's rate for SHA-3).
    pub block_size: usize,
    start: fn() -> Engine,
}

impl Algorithm {
    /// A new computation.
    fn start(&self) -> Engine {
        (self.start)()
    }
}

/// BLAKE2's default parameters for a digest of `digest_size` bytes.
fn blake2_defaults(digest_size: u8) -> Params<'static> {
    Params {
        digest_size,
        fanout: 1,
        depth: 1,
        ..Params::default()
    }
}

const ALGORITHMS: [Algorithm; 16] = [
    algorithm("md5", 16, 64, || Engine::Md5(md5::md5())),
    algorithm("sha1", 20, 64, || Engine::Sha1(sha1::sha1())),
    algorithm("sha224", 28, 64, || Engine::Sha256(sha2::sha224())),
    algorithm("sha256", 32, 64, || Engine::Sha256(sha2::sha256())),
    algorithm("sha384", 48, 128, || Engine::Sha512(sha2::sha384())),
    algorithm("sha512", 64, 128, || Engine::Sha512(sha2::sha512())),
    algorithm("sha512_224", 28, 128, || Engine::Sha512(sha2::sha512_t(28))),
    algorithm("sha512_256", 32, 128, || Engine::Sha512(sha2::sha512_t(32))),
    algorithm("sha3_224", 28, 144, || Engine::Keccak(sha3::sha3(28))),
    algorithm("sha3_256", 32, 136, || Engine::Keccak(sha3::sha3(32))),
    algorithm("sha3_384", 48, 104, || Engine::Keccak(sha3::sha3(48))),
    algorithm("sha3_512", 64, 72, || Engine::Keccak(sha3::sha3(64))),
    algorithm("shake_128", 0, 168, || Engine::Keccak(sha3::shake(128))),
    algorithm("shake_256", 0, 136, || Engine::Keccak(sha3::shake(256))),
    algorithm("blake2b", 64, 128, || {
        Engine::Blake2b(Blake2::new(&blake2_defaults(64)))
    }),
    algorithm("blake2s", 32, 64, || {
        Engine::Blake2s(Blake2::new(&blake2_defaults(32)))
    }),
];

const fn algorithm(
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    start: fn() -> Engine,
) -> Algorithm {
    Algorithm {
        name,
        digest_size,
        block_size,
        start,
    }
}

/// OpenSSL's names for the algorithms, which `hashlib.new` takes in any
/// case (`'SHA256'`, `'sha-256'`, `'SHA3-256'`, `'blake2b512'`).
const OPENSSL_NAMES: &[(&str, &str)] = &[
    ("md5", "md5"),
    ("ssl3-md5", "md5"),
    ("sha1", "sha1"),
    ("sha-1", "sha1"),
    ("ssl3-sha1", "sha1"),
    ("sha224", "sha224"),
    ("sha-224", "sha224"),
    ("sha2-224", "sha224"),
    ("sha256", "sha256"),
    ("sha-256", "sha256"),
    ("sha2-256", "sha256"),
    ("sha384", "sha384"),
    ("sha-384", "sha384"),
    ("sha2-384", "sha384"),
    ("sha512", "sha512"),
    ("sha-512", "sha512"),
    ("sha2-512", "sha512"),
    ("sha512-224", "sha512_224"),
    ("sha-512/224", "sha512_224"),
    ("sha2-512/224", "sha512_224"),
    ("sha512-256", "sha512_256"),
    ("sha-512/256", "sha512_256"),
    ("sha2-512/256", "sha512_256"),
    ("sha3-224", "sha3_224"),
    ("sha3-256", "sha3_256"),
    ("sha3-384", "sha3_384"),
    ("sha3-512", "sha3_512"),
    ("shake128", "shake_128"),
    ("shake-128", "shake_128"),
    ("shake256", "shake_256"),
    ("shake-256", "shake_256"),
    ("blake2b512", "blake2b"),
    ("blake2b-512", "blake2b"),
    ("blake2s256", "blake2s"),
    ("blake2s-256", "blake2s"),
];

/// The algorithm a name stands for: a Python name as written, or an
/// OpenSSL name in any case.
fn algorithm_named(name: &str) -> Option<&'static Algorithm> {
    let lower = name.to_ascii_lowercase();
    let python = match OPENSSL_NAMES.iter().find(|(alias, _)| *alias == lower) {
        Some((_, python)) => python,
        None => name,
    };
    ALGORITHMS.iter().find(|a| a.name == python)
}

/// `ValueError: unsupported hash type NAME`.
fn unsupported(name: &str) -> PyErr {
    PyErr::value_error(format!("unsupported hash type {name}"))
}

/// `_hashlib.UnsupportedDigestmodError`, a ValueError.
fn unsupported_digestmod() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        exception_class("UnsupportedDigestmodError", "_hashlib", types().value_error)
    })
}

/// `new(name, string=b'', *, usedforsecurity=True)` and the `openssl_*`
/// constructors: a hash object of the named algorithm over `string`.
fn construct(args: Args<'_>, func: &str, name: Option<&str>) -> PyResult<Value> {
    let sig = Signature {
        name: func,
        positional: if name.is_some() {
            &["string"]
        } else {
            &["name", "string"]
        },
        required: usize::from(name.is_none()),
        positional_only: false,
        keywords: &["usedforsecurity"],
    };
    let mut slots = sig.bind(args)?;
    let name_arg = if name.is_none() {
        slots.remove(0)
    } else {
        None
    };
    let name = match (name, name_arg.as_ref().and_then(Value::data_kind)) {
        (Some(name), _) => name,
        (None, Some(ObjKind::Str(s))) => s.as_str(),
        _ => return Err(PyErr::type_error("name must be a string")),
    };
    let alg = algorithm_named(name).ok_or_else(|| unsupported(name))?;
    let kind = if alg.digest_size == 0 {
        Kind::Xof
    } else {
        Kind::Hash
    };
    HashObject::create(kind, alg, alg.digest_size, alg.start(), slots[0].as_ref())
}

fn new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    construct(args, "new", None)
}

/// The `openssl_md5` … constructors that `hashlib.md5` … are, one per
/// algorithm.
macro_rules! constructors {
    ($($func:ident: $name:literal),* $(,)?) => {
        $(
            fn $func(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                construct(args, stringify!($func), Some($name))
            }
        )*
        const CONSTRUCTORS: &[(&str, NativeFn)] = &[$((stringify!($func), $func)),*];
    };
}

constructors!(
    openssl_md5: "md5",
    openssl_sha1: "sha1",
    openssl_sha224: "sha224",
    openssl_sha256: "sha256",
    openssl_sha384: "sha384",
    openssl_sha512: "sha512",
    openssl_sha3_224: "sha3_224",
    openssl_sha3_256: "sha3_256",
    openssl_sha3_384: "sha3_384",
    openssl_sha3_512: "sha3_512",
    openssl_shake_128: "shake_128",
    openssl_shake_256: "shake_256",
);

/// Builds `_hashlib`.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_hashlib");
    let functions: [(&'static str, NativeFn); 4] = [
        ("new", new),
        ("pbkdf2_hmac", keyed::pbkdf2_hmac),
        ("hmac_digest", keyed::hmac_digest),
        ("compare_digest", keyed::compare_digest),
    ];
    for &(name, f) in functions.iter().chain(CONSTRUCTORS) {
        vm.module_set(&m, name, native_function(name, f, false))?;
    }
    vm.module_set(&m, "HASH", Kind::Hash.class().value())?;
    vm.module_set(&m, "HASHXOF", Kind::Xof.class().value())?;
    vm.module_set(
        &m,
        "UnsupportedDigestmodError",
        unsupported_digestmod().value(),
    )?;
    Ok(m)
}

/// Builds `_blake2`.
pub fn make_blake2(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_blake2");
    vm.module_set(&m, "blake2b", Kind::Blake2b.class().value())?;
    vm.module_set(&m, "blake2s", Kind::Blake2s.class().value())?;
    Ok(m)
}
