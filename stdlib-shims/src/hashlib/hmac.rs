//! `hmac` (RFC 2104) over the `hashlib` algorithms: `hmac.new`,
//! `hmac.HMAC`, `hmac.digest`, `hmac.compare_digest`; and PBKDF2 for
//! `hashlib.pbkdf2_hmac`.

use super::algo::{Algorithm, Family};
use super::data::{buffer_bytes, bytes_like, hashed_bytes};
use super::named_spec;
use super::object::{hash_of, Hash};
use taipan_vm::builtins::args::{parse_args, rest};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::{Value, Vm};

/// An HMAC computation: the inner hash, already fed the key XOR ipad,
/// and the outer one, fed the key XOR opad.
pub struct Hmac {
    inner: Box<dyn Algorithm>,
    outer: Box<dyn Algorithm>,
    size: usize,
}

impl Clone for Hmac {
    fn clone(&self) -> Hmac {
        Hmac {
            inner: self.inner.boxed_clone(),
            outer: self.outer.boxed_clone(),
            size: self.size,
        }
    }
}

impl Hmac {
    /// HMAC keyed with `key` over the algorithm of the fresh hash object
    /// `template`.
    pub fn keyed(template: &Hash, key: &[u8]) -> PyResult<Hmac> {
        if template.family == Family::Xof {
            return Err(PyErr::value_error(format!(
                "HMAC needs a fixed-size digest, not {}",
                template.name
            )));
        }
        let start = template.state.borrow().0.boxed_clone();
        let (size, block) = (template.digest_size, template.block_size);
        let mut padded = if key.len() > block {
            let mut h = start.boxed_clone();
            h.update(key);
            h.digest(size)
        } else {
            key.to_vec()
        };
        padded.resize(block, 0);
        let pad = |byte: u8| {
            let mut h = start.boxed_clone();
            h.update(&padded.iter().map(|k| k ^ byte).collect::<Vec<u8>>());
            h
        };
        Ok(Hmac {
            inner: pad(0x36),
            outer: pad(0x5c),
            size,
        })
    }
}

impl Algorithm for Hmac {
    fn update(&mut self, data: &[u8]) {
        self.inner.update(data);
    }

    fn digest(&self, _len: usize) -> Vec<u8> {
        let mut outer = self.outer.boxed_clone();
        outer.update(&self.inner.digest(self.size));
        outer.digest(self.size)
    }

    fn boxed_clone(&self) -> Box<dyn Algorithm> {
        Box::new(self.clone())
    }
}

/// PBKDF2 with the pseudo-random function `prf` (keyed with the
/// password): `len` bytes. `poll` runs between blocks of iterations, for
/// Ctrl-C.
pub fn pbkdf2(
    prf: &Hmac,
    salt: &[u8],
    iterations: u32,
    len: usize,
    poll: &mut dyn FnMut() -> PyResult<()>,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    out.try_reserve_exact(len)
        .map_err(|_| PyErr::memory_error())?;
    let mut index: u32 = 0;
    while out.len() < len {
        index = index
            .checked_add(1)
            .ok_or_else(|| PyErr::overflow("key length is too great."))?;
        let mut mac = prf.clone();
        mac.update(salt);
        mac.update(&index.to_be_bytes());
        let mut u = mac.digest(prf.size);
        let mut block = u.clone();
        for i in 1..iterations {
            if i % 4096 == 0 {
                poll()?;
            }
            let mut mac = prf.clone();
            mac.update(&u);
            u = mac.digest(prf.size);
            for (b, x) in block.iter_mut().zip(&u) {
                *b ^= x;
            }
        }
        let take = (len - out.len()).min(block.len());
        out.extend_from_slice(&block[..take]);
    }
    Ok(out)
}

/// The module's functions: `(attribute, function name, function)`.
const FUNCTIONS: &[(&str, &str, NativeFn)] = &[
    ("new", "new", hmac_new),
    ("digest", "digest", hmac_digest),
    ("compare_digest", "compare_digest", compare_digest),
];

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let mut values = vec![
        ("HMAC", super::object::class(Family::Hmac).value()),
        ("digest_size", Value::None),
    ];
    for (name, byte) in [("trans_5C", 0x5c), ("trans_36", 0x36)] {
        let table: Box<[u8]> = (0..=255u8).map(|b| b ^ byte).collect();
        values.push((name, Value::obj(ObjKind::Bytes(table))));
    }
    super::module_of(vm, "hmac", FUNCTIONS.iter(), values)
}

/// A fresh hash object of the algorithm `digestmod` names: an algorithm
/// name, a constructor (`hashlib.sha256`, a lambda), or a module whose
/// `new(b'')` makes one.
fn template(vm: &mut Vm, digestmod: &Value) -> PyResult<Hash> {
    let made = match digestmod.kind() {
        Some(ObjKind::Str(_)) => return named_spec(digestmod).map(Hash::of_spec),
        Some(ObjKind::Module(_)) => {
            let new = vm.getattr_str(digestmod, "new")?;
            let empty = Value::obj(ObjKind::Bytes(Box::default()));
            vm.call(&new, &[empty], &[])?
        }
        _ => vm.call(digestmod, &[], &[])?,
    };
    let hash = hash_of(&made)
        .ok_or_else(|| PyErr::type_error("hmac: digestmod must make a hashlib hash object"))?;
    Ok(Hash::new(
        hash.name.clone(),
        hash.family,
        (hash.digest_size, hash.block_size),
        hash.read(&made, |a| a.boxed_clone()),
    ))
}

/// `hmac.new(key, msg=None, digestmod='')`.
fn hmac_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_hmac(vm, args, "new")
}

/// `hmac.HMAC(key, msg=None, digestmod='')`: the class's `__new__`.
pub fn hmac_class_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_hmac(vm, rest(args), "HMAC")
}

fn make_hmac(vm: &mut Vm, args: Args<'_>, func: &str) -> PyResult<Value> {
    let slots = parse_args(func, args, &["key", "msg", "digestmod"], 1)?;
    let key = slots[0].as_ref().unwrap_or(&Value::None);
    let key = match key.kind() {
        Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => buffer_bytes(key)?.unwrap_or_default(),
        _ => {
            return Err(PyErr::type_error(format!(
                "key: expected bytes or bytearray, but got '{}'",
                vm.type_name(key)
            )))
        }
    };
    let digestmod = match &slots[2] {
        Some(v) if !matches!(v, Value::None) && !is_empty_str(v) => v,
        _ => return Err(PyErr::type_error("Missing required parameter 'digestmod'.")),
    };
    let template = template(vm, digestmod)?;
    let mut mac = Hmac::keyed(&template, &key)?;
    if let Some(msg) = slots[1].as_ref().filter(|m| !matches!(m, Value::None)) {
        mac.update(&hashed_bytes(msg)?);
    }
    let hash = Hash::new(
        format!("hmac-{}", template.name).into(),
        Family::Hmac,
        (template.digest_size, template.block_size),
        Box::new(mac),
    );
    Ok(hash.into_value())
}

fn is_empty_str(v: &Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Str(s)) if s.as_str().is_empty())
}

/// `hmac.digest(key, msg, digest)`: the MAC in one call.
fn hmac_digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("digest", args, &["key", "msg", "digest"], 3)?;
    let [Some(key), Some(msg), Some(digest)] = &slots[..] else {
        return Err(PyErr::type_error("digest() missing arguments"));
    };
    let key = bytes_like(vm, key)?;
    let msg = bytes_like(vm, msg)?;
    let template = template(vm, digest)?;
    let mut mac = Hmac::keyed(&template, &key)?;
    mac.update(&msg);
    let out = mac.digest(template.digest_size);
    Ok(Value::obj(ObjKind::Bytes(out.into_boxed_slice())))
}

/// `hmac.compare_digest(a, b)`: equality of two ASCII strs or two
/// bytes-like values, in time that depends on the length only.
fn compare_digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("compare_digest", args, &["a", "b"], 2)?;
    let [Some(a), Some(b)] = &slots[..] else {
        return Err(PyErr::type_error("compare_digest() missing arguments"));
    };
    let equal = match (a.kind(), b.kind()) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => {
            if !x.as_str().is_ascii() || !y.as_str().is_ascii() {
                return Err(PyErr::type_error(
                    "comparing strings with non-ASCII characters is not supported",
                ));
            }
            same(x.as_str().as_bytes(), y.as_str().as_bytes())
        }
        _ => match (buffer_bytes(a)?, buffer_bytes(b)?) {
            (Some(x), Some(y)) => same(&x, &y),
            _ => {
                return Err(PyErr::type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    vm.type_name(a),
                    vm.type_name(b)
                )))
            }
        },
    };
    Ok(Value::Bool(equal))
}

/// Whether two byte strings are equal, looking at every byte of `b`
/// whatever the answer.
fn same(a: &[u8], b: &[u8]) -> bool {
    let mut diff = u8::from(a.len() != b.len());
    for (i, &y) in b.iter().enumerate() {
        diff |= a.get(i).copied().unwrap_or(!y) ^ y;
    }
    diff == 0
}
