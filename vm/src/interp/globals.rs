//! Global and builtin name lookup.

use super::eval::{dict_del_name, dict_get_name, dict_set_name, str_of};
use super::Vm;
use crate::error::{PyErr, PyResult};
use crate::interp::eval::local_name;
use crate::value::{ObjRef, Value};

/// Slots in a VM's cache of global look-ups.
pub(crate) const GLOBAL_CACHE_SIZE: usize = 256;

/// One cached global look-up: valid while the globals dict is unchanged.
/// The entry holds the dict itself, so its address cannot be reused by
/// another dict while the entry exists.
pub(crate) struct GlobalCacheEntry {
    globals: ObjRef,
    name: ObjRef,
    version: u64,
    value: Value,
}

fn dict_version(d: &ObjRef) -> u64 {
    match d.kind() {
        crate::object::ObjKind::Dict(cell) => d.get().read(cell).version(),
        _ => u64::MAX,
    }
}

impl Vm {
    /// A global name: the module's globals, then builtins.
    #[inline]
    pub(crate) fn load_global(&mut self, globals: &ObjRef, name: ObjRef) -> PyResult<Value> {
        let version = dict_version(globals);
        let slot = (name.addr() >> 4) % GLOBAL_CACHE_SIZE;
        if let Some(entry) = &self.global_cache[slot] {
            if entry.name.ptr_eq(&name) && entry.globals.ptr_eq(globals) && entry.version == version
            {
                return Ok(entry.value.clone());
            }
        }
        let value = match dict_get_name(globals, &name) {
            Some(v) => v,
            None => match dict_get_name(&self.builtins, &name) {
                Some(v) => v,
                None => {
                    return Err(PyErr::name_error(format!(
                        "name '{}' is not defined",
                        str_of(&name)
                    )))
                }
            },
        };
        // The builtins are frozen, so a result is valid for as long as the
        // module's globals do not change.
        self.global_cache[slot] = Some(GlobalCacheEntry {
            globals: globals.clone(),
            name,
            version,
            value: value.clone(),
        });
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
        dict_set_name(globals, name, v)
    }

    pub(crate) fn delete_global(&mut self, globals: &ObjRef, name: ObjRef) -> PyResult<()> {
        if globals.is_frozen() {
            return Err(self.frozen_global_error(globals, &name));
        }
        if dict_del_name(globals, &name)? {
            Ok(())
        } else {
            Err(PyErr::name_error(format!(
                "name '{}' is not defined",
                str_of(&name)
            )))
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
