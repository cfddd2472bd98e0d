//! The native `_functools` under `functools` (`py/functools.py`): its
//! `Cache` holds `lru_cache` contents.
//!
//! A cache may be shared with worker threads (it is a synchronised native:
//! its counters are atomics). Its entries live per thread, so that within
//! a thread a hit returns the very object computed before, as CPython's
//! does, and no thread ever sees another's mutable objects.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use taipan_vm::builtins::args::{arg_int, parse_args, rest};
use taipan_vm::builtins::new_tuple;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::interp::attr::class_lookup_user;
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::objects::native::{native_class, native_self, NativeObject};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// Builds `_functools`.
pub fn make_native(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_functools");
    vm.module_set(&m, "Cache", cache_class().value())?;
    Ok(m)
}

/// A cache key: what makes two calls the same (Python equality of the
/// arguments, for the argument types a key can be built from).
#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    None,
    Int(i64),
    Float(u64),
    Big(num_bigint::BigInt),
    Str(Box<str>),
    Bytes(Box<[u8]>),
    Tuple(Box<[Key]>),
    /// An object compared by identity (functions, classes, plain instances).
    Identity(usize),
    /// An object with its own `__eq__`: the number of the first equal
    /// object this thread met in the cache (see [`LocalEntries::interned`]).
    Interned(usize),
    /// With `typed=True`: the type's name, then the value.
    Typed(&'static str, Box<Key>),
    /// Separates positional from keyword arguments.
    Keywords,
}

/// The key for one value; None when no key can be made (the call then
/// goes uncached), an error when unhashable.
fn key_of(vm: &mut Vm, c: &CacheCore, v: &Value, typed: bool) -> PyResult<Option<Key>> {
    let plain = match v {
        Value::None | Value::Unbound => Key::None,
        Value::Bool(b) => Key::Int(*b as i64),
        Value::Int(i) => Key::Int(*i),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.0e15 {
                Key::Int(*f as i64)
            } else {
                Key::Float(f.to_bits())
            }
        }
        Value::Obj(o) => match o.kind() {
            ObjKind::Str(s) => Key::Str(s.as_str().into()),
            ObjKind::Bytes(b) => Key::Bytes(b.clone()),
            ObjKind::BigInt(b) => Key::Big(b.clone()),
            ObjKind::Tuple(items) => {
                let mut keys = Vec::with_capacity(items.len());
                for item in items.iter() {
                    match key_of(vm, c, item, typed)? {
                        Some(k) => keys.push(k),
                        None => return Ok(None),
                    }
                }
                Key::Tuple(keys.into())
            }
            ObjKind::List(_) | ObjKind::Dict(_) | ObjKind::Set(_) | ObjKind::ByteArray(_) => {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    vm.type_name(v)
                )))
            }
            ObjKind::Instance(_) | ObjKind::Native(_) => {
                // Objects with their own equality (NumPy scalars and arrays)
                // are keyed by the Python-level path, which hashes them.
                let class = match o.kind() {
                    ObjKind::Instance(inst) => inst.class.clone(),
                    ObjKind::Native(n) => n.class().to_ref(),
                    _ => return Ok(None),
                };
                let own = |n: &str| {
                    class_lookup_user(&class, n, taipan_vm::objects::str::hash_text(n)).is_some()
                };
                if own("__eq__") {
                    // Equal objects (frozen dataclasses) share one key.
                    let hash = vm.hash(v)?;
                    Key::Interned(c.intern(vm, v, hash)?)
                } else {
                    if own("__hash__") {
                        // Raises for an unhashable instance, as in CPython.
                        vm.hash(v)?;
                    }
                    Key::Identity(o.addr())
                }
            }
            ObjKind::FrozenSet(_) | ObjKind::Range { .. } | ObjKind::Slice(_) => return Ok(None),
            _ => Key::Identity(o.addr()),
        },
    };
    if !typed {
        return Ok(Some(plain));
    }
    let tag: &'static str = match v {
        Value::Bool(_) => "bool",
        Value::Int(_) => "int",
        Value::Float(_) => "float",
        Value::Obj(o) if matches!(o.kind(), ObjKind::BigInt(_)) => "int",
        _ => return Ok(Some(plain)),
    };
    Ok(Some(Key::Typed(tag, Box::new(plain))))
}

/// The shared part of a cache: its settings and counters.
struct CacheCore {
    id: u64,
    maxsize: Option<usize>,
    typed: bool,
    hits: AtomicU64,
    misses: AtomicU64,
    /// Bumped by `cache_clear()`; a thread whose entries are older drops them.
    generation: AtomicU64,
}

#[derive(Default)]
struct LocalEntries {
    generation: u64,
    tick: u64,
    entries: HashMap<Key, (Value, u64)>,
    /// The entries' keys by last use, oldest first (for eviction).
    by_use: BTreeMap<u64, Key>,
    /// Objects with their own `__eq__` met in keys, by their hash: each
    /// with its number ([`Key::Interned`]).
    interned: HashMap<i64, Vec<(Value, usize)>>,
    interned_count: usize,
}

impl LocalEntries {
    fn clear(&mut self) {
        self.entries.clear();
        self.by_use.clear();
        self.interned.clear();
        self.interned_count = 0;
    }

    /// Marks `key` used now.
    fn touch(&mut self, key: &Key) -> Option<Value> {
        self.tick += 1;
        let tick = self.tick;
        let (value, used) = self.entries.get_mut(key)?;
        let old = std::mem::replace(used, tick);
        let value = value.clone();
        self.by_use.remove(&old);
        self.by_use.insert(tick, key.clone());
        Some(value)
    }
}

thread_local! {
    /// This thread's entries of every cache it used, by cache id.
    static LOCAL: RefCell<HashMap<u64, LocalEntries>> = RefCell::new(HashMap::new());
}

impl CacheCore {
    fn with_local<T>(&self, f: impl FnOnce(&mut LocalEntries) -> T) -> T {
        LOCAL.with(|l| {
            let mut l = l.borrow_mut();
            let local = l.entry(self.id).or_default();
            let generation = self.generation.load(Ordering::Acquire);
            if local.generation != generation {
                local.clear();
                local.generation = generation;
            }
            f(local)
        })
    }

    /// The number of the first object this thread keyed that equals `v`
    /// (whose hash is `hash`). Python's `==` runs outside the borrow of
    /// the entries, as it may call this cache again.
    fn intern(&self, vm: &mut Vm, v: &Value, hash: i64) -> PyResult<usize> {
        let candidates = self.with_local(|l| l.interned.get(&hash).cloned().unwrap_or_default());
        for (seen, number) in candidates {
            if seen.is(v) || vm.eq(&seen, v)? {
                return Ok(number);
            }
        }
        let limit = self.maxsize.map_or(1 << 16, |m| 2 * m + 16);
        Ok(self.with_local(|l| {
            if l.interned_count >= limit {
                // Keys seen long ago: start again rather than grow forever.
                l.clear();
            }
            l.interned_count += 1;
            let number = l.interned_count;
            l.interned
                .entry(hash)
                .or_default()
                .push((v.clone(), number));
            number
        }))
    }
}

impl Drop for CacheCore {
    fn drop(&mut self) {
        let _ = LOCAL.try_with(|l| {
            if let Ok(mut l) = l.try_borrow_mut() {
                l.remove(&self.id);
            }
        });
    }
}

/// A `_functools.Cache` object: a handle on a shared core.
struct PyCache(Arc<CacheCore>);

impl NativeObject for PyCache {
    fn class(&self) -> FrozenRef {
        cache_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(PyCache(self.0.clone())))
    }
}

/// A call's key, made by `Cache.key(args, kwargs)`.
struct PyKey(Option<Key>);

impl NativeObject for PyKey {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(|| native_class("_CacheKey", "_functools", None, &[]))
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn cache_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class(
            "Cache",
            "_functools",
            Some(cache_new),
            &[
                ("key", cache_key),
                ("get", cache_get),
                ("put", cache_put),
                ("info", cache_info),
                ("clear", cache_clear),
                ("typed", cache_typed),
            ],
        )
    })
}

/// `Cache(maxsize, typed)`; maxsize None is unbounded.
fn cache_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    static IDS: AtomicU64 = AtomicU64::new(1);
    let slots = parse_args("Cache", rest(args), &["maxsize", "typed"], 2)?;
    let maxsize = match slots[0].as_ref() {
        None | Some(Value::None) => None,
        Some(v) => Some(arg_int(vm, v)?.max(0) as usize),
    };
    let typed = vm.truthy(slots[1].as_ref().unwrap_or(&Value::None))?;
    let core = CacheCore {
        id: IDS.fetch_add(1, Ordering::Relaxed),
        maxsize,
        typed,
        hits: AtomicU64::new(0),
        misses: AtomicU64::new(0),
        generation: AtomicU64::new(0),
    };
    Ok(Value::obj(ObjKind::Native(Box::new(PyCache(Arc::new(
        core,
    ))))))
}

fn core<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a Arc<CacheCore>> {
    native_self::<PyCache>(method, args).map(|c| &c.0)
}

/// `key(args, kwargs)`: the key of a call.
fn cache_key(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = core("key", &args)?;
    let slots = parse_args("key", rest(args), &["args", "kwargs"], 2)?;
    let positional = slots[0].clone().unwrap_or(Value::None);
    let no_keywords = match slots[1].as_ref().and_then(|k| k.kind()) {
        Some(ObjKind::Dict(d)) => d.borrow().is_empty(),
        _ => true,
    };
    // As CPython's _make_key: a lone int or str argument is its own key,
    // so f(3) and f(3.0) are different entries.
    if let (Some(ObjKind::Tuple(items)), true, false) = (positional.kind(), no_keywords, c.typed) {
        if let [only] = &items[..] {
            let bare = match only {
                Value::Int(_) => true,
                Value::Obj(o) => matches!(o.kind(), ObjKind::Str(_) | ObjKind::BigInt(_)),
                _ => false,
            };
            if bare {
                let key = key_of(vm, c, only, false)?;
                return Ok(Value::obj(ObjKind::Native(Box::new(PyKey(key)))));
            }
        }
    }
    let mut key = key_of(vm, c, &positional, c.typed)?;
    if let (Some(Key::Tuple(items)), Some(kwargs)) = (&key, slots[1].as_ref()) {
        let pairs: Vec<(Value, Value)> = match (kwargs.kind(), kwargs.as_obj()) {
            (Some(ObjKind::Dict(cell)), Some(d)) => d
                .get()
                .read(cell)
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            _ => Vec::new(),
        };
        if !pairs.is_empty() {
            let mut all = items.to_vec();
            all.push(Key::Keywords);
            let mut complete = true;
            for (k, v) in &pairs {
                match (key_of(vm, c, k, c.typed)?, key_of(vm, c, v, c.typed)?) {
                    (Some(k), Some(v)) => all.push(Key::Tuple(Box::new([k, v]))),
                    _ => complete = false,
                }
            }
            key = complete.then(|| Key::Tuple(all.into()));
        }
    }
    Ok(Value::obj(ObjKind::Native(Box::new(PyKey(key)))))
}

fn key_arg<'a>(args: &Args<'a>) -> PyResult<&'a Option<Key>> {
    args.pos
        .get(1)
        .and_then(|v| match v.kind() {
            Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<PyKey>(),
            _ => None,
        })
        .map(|k| &k.0)
        .ok_or_else(|| PyErr::type_error("expected a cache key"))
}

/// `get(key)`: `(True, value)` on a hit, `(False, None)` on a miss.
fn cache_get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = core("get", &args)?;
    let found = match key_arg(&args)? {
        Some(key) => c.with_local(|local| local.touch(key)),
        None => None,
    };
    Ok(match found {
        Some(v) => {
            c.hits.fetch_add(1, Ordering::Relaxed);
            new_tuple(vec![Value::Bool(true), v])
        }
        None => {
            c.misses.fetch_add(1, Ordering::Relaxed);
            new_tuple(vec![Value::Bool(false), Value::None])
        }
    })
}

/// `put(key, value)`: remembers a result, dropping the least recently used
/// entry when the cache is full.
fn cache_put(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = core("put", &args)?;
    let Some(key) = key_arg(&args)? else {
        return Ok(Value::None);
    };
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    if c.maxsize == Some(0) {
        return Ok(Value::None);
    }
    c.with_local(|local| {
        local.tick += 1;
        let tick = local.tick;
        if let Some((_, old)) = local.entries.insert(key.clone(), (value, tick)) {
            local.by_use.remove(&old);
        }
        local.by_use.insert(tick, key.clone());
        if let Some(max) = c.maxsize {
            while local.entries.len() > max {
                let Some((_, oldest)) = local.by_use.pop_first() else {
                    break;
                };
                local.entries.remove(&oldest);
            }
        }
    });
    Ok(Value::None)
}

/// `info()`: `(hits, misses, maxsize, currsize)`; currsize counts this
/// thread's entries.
fn cache_info(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = core("info", &args)?;
    let size = c.with_local(|local| local.entries.len());
    Ok(new_tuple(vec![
        Value::Int(c.hits.load(Ordering::Relaxed) as i64),
        Value::Int(c.misses.load(Ordering::Relaxed) as i64),
        c.maxsize.map_or(Value::None, |m| Value::Int(m as i64)),
        Value::Int(size as i64),
    ]))
}

fn cache_clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = core("clear", &args)?;
    c.generation.fetch_add(1, Ordering::AcqRel);
    c.hits.store(0, Ordering::Relaxed);
    c.misses.store(0, Ordering::Relaxed);
    c.with_local(LocalEntries::clear);
    Ok(Value::None)
}

fn cache_typed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(core("typed", &args)?.typed))
}
