//! Keyed hashing: HMAC (RFC 2104) digests, PBKDF2-HMAC (RFC 8018), and
//! the comparison in constant time that `hmac.compare_digest` is.

use super::args::{c_long, Signature};
use super::{algorithm_named, unsupported, unsupported_digestmod, Algorithm, Engine};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::objects::memoryview::is_bytes_like;
use taipan_vm::{Value, Vm};

/// HMAC's inner and outer hashes, keyed.
pub(super) struct Hmac {
    inner: Engine,
    outer: Engine,
    digest_size: usize,
}

impl Hmac {
    /// The keyed hashes of `alg` (not SHAKE, which OpenSSL refuses with
    /// this ValueError).
    pub(super) fn new(alg: &Algorithm, key: &[u8]) -> PyResult<Hmac> {
        let digest_size = alg.digest_size;
        if digest_size == 0 {
            return Err(PyErr::value_error("no reason supplied"));
        }
        let mut block = vec![0u8; alg.block_size];
        if key.len() > block.len() {
            let mut h = alg.start();
            h.update(key);
            let d = h.finish(digest_size);
            block[..d.len()].copy_from_slice(&d);
        } else {
            block[..key.len()].copy_from_slice(key);
        }
        let keyed = |pad: u8| {
            let mut h = alg.start();
            h.update(&block.iter().map(|b| b ^ pad).collect::<Vec<u8>>());
            h
        };
        Ok(Hmac {
            inner: keyed(0x36),
            outer: keyed(0x5c),
            digest_size,
        })
    }

    /// The HMAC of the concatenation of `parts`.
    pub(super) fn mac(&self, parts: &[&[u8]]) -> Vec<u8> {
        let mut inner = self.inner.clone();
        for part in parts {
            inner.update(part);
        }
        let mut outer = self.outer.clone();
        outer.update(&inner.finish(self.digest_size));
        outer.finish(self.digest_size)
    }
}

/// `_hashlib.hmac_digest(key, msg, digest)`: the HMAC of `msg` under the
/// algorithm named `digest`.
pub(super) fn hmac_digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let sig = Signature {
        name: "hmac_digest",
        positional: &["key", "msg", "digest"],
        required: 3,
        positional_only: false,
        keywords: &[],
    };
    let slots = sig.bind(args)?;
    let arg = |i: usize| slots[i].as_ref().unwrap_or(&Value::None);
    let key = vm.bytes_of(arg(0))?;
    let msg = vm.bytes_of(arg(1))?;
    let name = str_arg(vm, "hmac_digest", "digest", arg(2))?;
    let alg = algorithm_named(name).ok_or_else(|| unsupported(name))?;
    let mac = Hmac::new(alg, &key)?.mac(&[&msg]);
    Ok(Value::obj(ObjKind::Bytes(mac.into())))
}

/// A str argument, with Argument Clinic's message otherwise.
fn str_arg<'a>(vm: &Vm, func: &str, param: &str, v: &'a Value) -> PyResult<&'a str> {
    match v.data_kind() {
        Some(ObjKind::Str(s)) => Ok(s.as_str()),
        _ => Err(PyErr::type_error(format!(
            "{func}() argument '{param}' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
pub(super) fn pbkdf2_hmac(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let sig = Signature {
        name: "pbkdf2_hmac",
        positional: &["hash_name", "password", "salt", "iterations", "dklen"],
        required: 4,
        positional_only: false,
        keywords: &[],
    };
    let slots = sig.bind(args)?;
    let arg = |i: usize| slots[i].as_ref().unwrap_or(&Value::None);
    let name = str_arg(vm, "pbkdf2_hmac", "hash_name", arg(0))?;
    let password = vm.bytes_of(arg(1))?;
    let salt = vm.bytes_of(arg(2))?;
    let iterations = c_long(vm, arg(3), "long")?;
    let alg = algorithm_named(name).ok_or_else(|| {
        PyErr::new(
            unsupported_digestmod(),
            "[digital envelope routines] unsupported",
        )
    })?;
    let iterations = positive_int(iterations, "iteration value")?;
    let dklen = match arg(4) {
        // OpenSSL gives SHAKE a default size here, and refuses it later.
        Value::None => alg.digest_size.max(1) as i64,
        v => c_long(vm, v, "long")?,
    };
    let dklen = positive_int(dklen, "key length")?;
    vm.check_alloc(dklen, 1)?;
    let hmac = Hmac::new(alg, &password)?;
    let key = pbkdf2(&hmac, &salt, iterations, dklen, &mut || {
        vm.check_interrupt()
    })?;
    Ok(Value::obj(ObjKind::Bytes(key.into())))
}

/// PBKDF2 (RFC 8018): `dklen` bytes derived from `hmac`'s key (the
/// password) and `salt`; `poll` runs every so often (the VM's interrupt
/// and time-limit check).
pub(super) fn pbkdf2(
    hmac: &Hmac,
    salt: &[u8],
    iterations: usize,
    dklen: usize,
    poll: &mut dyn FnMut() -> PyResult<()>,
) -> PyResult<Vec<u8>> {
    let mut key = Vec::with_capacity(dklen);
    let mut block = 0u32;
    while key.len() < dklen {
        block = block.wrapping_add(1);
        let mut u = hmac.mac(&[salt, &block.to_be_bytes()]);
        let mut t = u.clone();
        for i in 1..iterations {
            if i.is_multiple_of(256) {
                poll()?;
            }
            u = hmac.mac(&[&u]);
            t.iter_mut().zip(&u).for_each(|(t, u)| *t ^= u);
        }
        key.extend_from_slice(&t[..t.len().min(dklen - key.len())]);
    }
    Ok(key)
}

/// An iteration count or key length of PBKDF2: from 1 to a C int's
/// maximum, with CPython's messages.
fn positive_int(n: i64, what: &str) -> PyResult<usize> {
    if n < 1 {
        return Err(PyErr::value_error(format!(
            "{what} must be greater than 0."
        )));
    }
    if n > i64::from(i32::MAX) {
        return Err(PyErr::overflow(format!("{what} is too great.")));
    }
    Ok(n as usize)
}

/// `compare_digest(a, b)`: `a == b` for two ASCII strs or two bytes-like
/// objects, in a time that depends only on their lengths.
pub(super) fn compare_digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(
            "_hashlib.compare_digest() takes no keyword arguments",
        ));
    }
    let [a, b] = args.pos else {
        return Err(PyErr::type_error(format!(
            "compare_digest expected 2 arguments, got {}",
            args.pos.len()
        )));
    };
    if let (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) = (a.data_kind(), b.data_kind()) {
        let (x, y) = (x.as_str(), y.as_str());
        if !x.is_ascii() || !y.is_ascii() {
            return Err(PyErr::type_error(
                "comparing strings with non-ASCII characters is not supported",
            ));
        }
        return Ok(Value::Bool(same_bytes(x.as_bytes(), y.as_bytes())));
    }
    let buffer = is_bytes_like;
    if !buffer(a) && !buffer(b) {
        return Err(PyErr::type_error(format!(
            "unsupported operand types(s) or combination of types: '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    let (x, y) = (vm.bytes_of(a)?, vm.bytes_of(b)?);
    Ok(Value::Bool(same_bytes(&x, &y)))
}

/// Whether two byte strings are equal, looking at every byte.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let diff = a.iter().zip(b).fold(0, |acc, (x, y)| acc | (x ^ y));
    a.len() == b.len() && diff == 0
}
