//! The methods of the builtin value types (`list.append`, `str.split`,
//! `dict.get` …) as `obj.method(...)` looks them up, cached per VM by the
//! object's kind and the method's name.
//!
//! The classes of these kinds are defined in Rust and never written (see
//! `Class::builtin`), so an entry never goes stale: no class epoch to
//! check, and no need to find the object's class before a hit.

use super::Vm;
use crate::object::ObjKind;
use crate::value::{ObjRef, Value};

/// Entries in the cache (a power of two).
const SIZE: usize = 64;

/// One cached method: the kind it belongs to, the name (by address; names
/// looked up here are frozen, so the address is never reused) and the
/// native method.
struct Entry {
    kind: u8,
    name: usize,
    method: Value,
}

/// A direct-mapped cache of builtin methods.
pub(crate) struct BuiltinMethods {
    entries: Box<[Option<Entry>]>,
}

impl BuiltinMethods {
    /// An empty cache.
    pub(crate) fn new() -> BuiltinMethods {
        BuiltinMethods {
            entries: (0..SIZE).map(|_| None).collect(),
        }
    }
}

/// A small number for each kind whose class is a builtin value type, or
/// None for any other kind.
#[inline]
fn kind_tag(kind: &ObjKind) -> Option<u8> {
    Some(match kind {
        ObjKind::Str(_) => 1,
        ObjKind::List(_) => 2,
        ObjKind::Dict(_) => 3,
        ObjKind::Tuple(_) => 4,
        ObjKind::Set(_) => 5,
        ObjKind::FrozenSet(_) => 6,
        ObjKind::Bytes(_) => 7,
        ObjKind::ByteArray(_) => 8,
        _ => return None,
    })
}

impl Vm {
    /// The native method `name` of `obj`'s builtin class, when `obj` is a
    /// str, list, dict, tuple, set, frozenset, bytes or bytearray and the
    /// class has such a method; None sends the caller down the general
    /// look-up.
    #[inline]
    pub(crate) fn builtin_method(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
        text: &str,
        hash: i64,
    ) -> Option<Value> {
        let kind = kind_tag(obj.kind())?;
        if !name.is_frozen() {
            return None;
        }
        let slot = ((name.addr() >> 4) ^ usize::from(kind).wrapping_mul(0x9e37)) & (SIZE - 1);
        if let Some(e) = &self.builtin_methods.entries[slot] {
            if e.kind == kind && e.name == name.addr() {
                return Some(e.method.clone());
            }
        }
        self.builtin_method_miss(obj, name, text, hash, kind, slot)
    }

    #[inline(never)]
    fn builtin_method_miss(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
        text: &str,
        hash: i64,
        kind: u8,
        slot: usize,
    ) -> Option<Value> {
        let class = self.type_of(&Value::Obj(obj.clone()));
        let method = super::attr::class_lookup_name(&class, name, text, hash)?;
        if !matches!(method.kind(), Some(ObjKind::NativeFunction(n)) if n.is_method) {
            return None;
        }
        self.builtin_methods.entries[slot] = Some(Entry {
            kind,
            name: name.addr(),
            method: method.clone(),
        });
        Some(method)
    }
}
