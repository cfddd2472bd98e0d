//! Global and builtin name lookup.

use super::eval::{dict_del_name, dict_get_name, dict_set_name, name_hash, str_of};
use super::fast_paths::{append_to_unique, concat_in_place, concat_target};
use super::frame::Frame;
use super::two_way::{insert_newest, set_slots};
use super::Vm;
use crate::compiler::bytecode::{Code, Instr};
use crate::error::{PyErr, PyResult};
use crate::interp::eval::local_name;
use crate::object::ObjKind;
use crate::value::{ObjRef, Value};

/// Slots in a VM's cache of global look-ups (an even number: see
/// [`super::two_way`]).
pub(crate) const GLOBAL_CACHE_SIZE: usize = 256;

/// One cached global look-up. The value holds while the globals dict is
/// unchanged; when only values have changed since (a module-level loop
/// rebinding its counter), the position of the name's entry still holds
/// while the dict has the same keys. A name that is not a global keeps its
/// value in the frozen builtins for as long as the keys are the same. The
/// entry holds the dict itself, so its address cannot be reused by another
/// dict while the entry exists.
pub(crate) struct GlobalCacheEntry {
    globals: ObjRef,
    name: ObjRef,
    version: u64,
    keys_version: u64,
    value: Value,
    /// The entry's position in the globals; None for a builtin.
    position: Option<usize>,
}

impl Vm {
    /// A global name: the module's globals, then builtins. The common case,
    /// an entry of the cache that still holds, is answered in line.
    #[inline(always)]
    pub(crate) fn load_global(&mut self, globals: &ObjRef, name: ObjRef) -> PyResult<Value> {
        if let ObjKind::Dict(cell) = globals.kind() {
            let version = globals.get().read(cell).version();
            let slots = set_slots(name.addr() >> 4, GLOBAL_CACHE_SIZE);
            for slot in slots {
                if let Some(entry) = &self.global_cache[slot] {
                    if entry.name.ptr_eq(&name)
                        && entry.globals.ptr_eq(globals)
                        && entry.version == version
                    {
                        return Ok(entry.value.clone());
                    }
                }
            }
        }
        self.load_global_uncached(globals, name)
    }

    /// [`Vm::load_global`] when no cache entry is current: revalidates an
    /// entry whose dict kept its keys, or looks the name up and caches it.
    #[inline(never)]
    fn load_global_uncached(&mut self, globals: &ObjRef, name: ObjRef) -> PyResult<Value> {
        let ObjKind::Dict(cell) = globals.kind() else {
            return Err(PyErr::type_error("globals must be a dict"));
        };
        let dict = globals.get().read(cell);
        let slots = set_slots(name.addr() >> 4, GLOBAL_CACHE_SIZE);
        for slot in slots {
            let Some(entry) = &mut self.global_cache[slot] else {
                continue;
            };
            if !(entry.name.ptr_eq(&name) && entry.globals.ptr_eq(globals)) {
                continue;
            }
            if entry.keys_version == dict.keys_version() {
                match entry.position {
                    None => return Ok(entry.value.clone()),
                    Some(pos) => {
                        if let Some(e) = dict.entry(pos) {
                            entry.value = e.value.clone();
                            entry.version = dict.version();
                            return Ok(e.value.clone());
                        }
                    }
                }
            }
        }
        let (text, hash) = (str_of(&name), name_hash(&name));
        let (value, position) = match dict.position_of_name(&name, text, hash) {
            Some(pos) => match dict.entry(pos) {
                Some(e) => (e.value.clone(), Some(pos)),
                None => return Err(PyErr::runtime_error("globals changed during a look-up")),
            },
            None => match dict_get_name(&self.builtins, &name) {
                Some(v) => (v, None),
                None => return Err(PyErr::name_not_defined(text)),
            },
        };
        let (version, keys_version) = (dict.version(), dict.keys_version());
        drop(dict);
        let entry = GlobalCacheEntry {
            globals: globals.clone(),
            name,
            version,
            keys_version,
            value: value.clone(),
            position,
        };
        insert_newest(&mut self.global_cache, slots[0], entry);
        Ok(value)
    }

    pub(crate) fn store_global(
        &mut self,
        globals: &ObjRef,
        name: ObjRef,
        v: Value,
    ) -> PyResult<()> {
        if globals.is_frozen() {
            return Err(self.frozen_global_error(globals, &name));
        }
        self.forget_cached_value(globals, &name);
        dict_set_name(globals, name, v)
    }

    /// Lets go of the value a cache entry holds for the global `name`
    /// before the name is rebound or deleted, so that the old object is freed when
    /// the script drops it, as in CPython (a memoryview `del`eted at module
    /// level no longer pins its bytearray, a large array is freed). The
    /// entry stays: the store changes the dict's version, so the next
    /// look-up revalidates it by position.
    fn forget_cached_value(&mut self, globals: &ObjRef, name: &ObjRef) {
        for slot in set_slots(name.addr() >> 4, GLOBAL_CACHE_SIZE) {
            if let Some(entry) = &mut self.global_cache[slot] {
                // A builtin's entry (no position) keeps its frozen value:
                // it is answered without revalidation while the keys hold.
                if entry.position.is_some()
                    && entry.name.ptr_eq(name)
                    && entry.globals.ptr_eq(globals)
                {
                    entry.value = Value::None;
                }
            }
        }
    }

    /// `a + b` for two strs on top of the frame's stack, appended in place
    /// when `a` is a temporary or goes back to the local or global that
    /// `next` stores into; false when the general path must run.
    #[inline]
    pub(super) fn concat_for_store(
        &mut self,
        f: &mut Frame,
        code: &Code,
        next: Option<&Instr>,
    ) -> bool {
        if let Some(&Instr::StoreGlobal(i)) = next {
            if let Some(name) = code.names.get(i as usize) {
                if self.concat_global_in_place(&f.globals, &name.to_ref(), &mut f.stack) {
                    return true;
                }
            }
        }
        concat_in_place(&mut f.stack, next)
    }

    /// `s += t` (or `s = s + t`) for a global str `s` that only its
    /// binding refers to, with `s` and `t` on top of `stack` and the
    /// `StoreGlobal` of `name` next: appends `t` in place, as
    /// [`concat_in_place`](super::fast_paths::concat_in_place) does for a
    /// local. The binding and its cache entry let go of the string first
    /// (the store binds it again), so that the stack holds the only
    /// reference. Returns false, with everything as it was, when the
    /// general path must run (frozen globals, or a binding shared with
    /// workers: the store then raises).
    pub(super) fn concat_global_in_place(
        &mut self,
        globals: &ObjRef,
        name: &ObjRef,
        stack: &mut Vec<Value>,
    ) -> bool {
        let Some(a) = concat_target(stack) else {
            return false;
        };
        let ObjKind::Dict(cell) = globals.kind() else {
            return false;
        };
        if globals.is_frozen() {
            return false;
        }
        let Ok(mut dict) = globals.get().write(cell) else {
            return false;
        };
        let text = str_of(name);
        if dict.shared.as_ref().is_some_and(|s| s.names.contains(text)) {
            return false;
        }
        let holds_a = |v: &Value| matches!(v, Value::Obj(o) if o.ptr_eq(a));
        let Some(pos) = dict.position_of_name(name, text, name_hash(name)) else {
            return false;
        };
        if !dict.entry(pos).is_some_and(|e| holds_a(&e.value)) {
            return false;
        }
        let cached = set_slots(name.addr() >> 4, GLOBAL_CACHE_SIZE)
            .into_iter()
            .find(|&slot| {
                self.global_cache[slot].as_ref().is_some_and(|e| {
                    e.name.ptr_eq(name) && e.globals.ptr_eq(globals) && holds_a(&e.value)
                })
            });
        if a.refcount() != 2 + usize::from(cached.is_some()) {
            return false;
        }
        // The dict's version changes, so the cache entry is refreshed
        // from the dict when it is next used.
        dict.set_at(pos, Value::None);
        if let Some(Some(entry)) = cached.map(|slot| &mut self.global_cache[slot]) {
            entry.value = Value::None;
        }
        if append_to_unique(stack) {
            return true;
        }
        dict.set_at(pos, stack[stack.len() - 2].clone());
        false
    }

    pub(crate) fn delete_global(&mut self, globals: &ObjRef, name: ObjRef) -> PyResult<()> {
        if globals.is_frozen() {
            return Err(self.frozen_global_error(globals, &name));
        }
        self.forget_cached_value(globals, &name);
        if dict_del_name(globals, &name)? {
            Ok(())
        } else {
            Err(PyErr::name_not_defined(str_of(&name)))
        }
    }

    /// The error for rebinding a name in frozen globals (a worker's
    /// snapshot, or a module shared whole).
    fn frozen_global_error(&self, globals: &ObjRef, name: &ObjRef) -> PyErr {
        let module = match dict_get_name(globals, &local_name("__name__")) {
            Some(Value::Obj(m)) => str_of(&m).to_string(),
            _ => "?".to_string(),
        };
        crate::share::freeze::rebind_error(&module, str_of(name))
    }

    /// A builtin by name (`NotImplemented`, `Ellipsis` …).
    pub fn builtin_constant(&self, name: &str) -> Option<Value> {
        dict_get_name(&self.builtins, &local_name(name))
    }
}
