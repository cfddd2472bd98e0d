//! Global and builtin name lookup.

use super::eval::{dict_del_name, dict_get_name, dict_set_name, str_of};
use super::Vm;
use crate::error::{PyErr, PyResult};
use crate::interp::eval::local_name;
use crate::value::{ObjRef, Value};

impl Vm {
    /// A global name: the module's globals, then builtins.
    #[inline]
    pub(crate) fn load_global(&mut self, globals: &ObjRef, name: ObjRef) -> PyResult<Value> {
        if let Some(v) = dict_get_name(globals, &name) {
            return Ok(v);
        }
        if let Some(v) = dict_get_name(&self.builtins, &name) {
            return Ok(v);
        }
        Err(PyErr::name_error(format!(
            "name '{}' is not defined",
            str_of(&name)
        )))
    }

    pub(crate) fn store_global(
        &mut self,
        globals: &ObjRef,
        name: ObjRef,
        v: Value,
    ) -> PyResult<()> {
        dict_set_name(globals, name, v).map_err(|e| {
            if globals.is_frozen() {
                PyErr::type_error("cannot rebind a global of a module shared with worker threads")
            } else {
                e
            }
        })
    }

    pub(crate) fn delete_global(&mut self, globals: &ObjRef, name: ObjRef) -> PyResult<()> {
        if dict_del_name(globals, &name)? {
            Ok(())
        } else {
            Err(PyErr::name_error(format!(
                "name '{}' is not defined",
                str_of(&name)
            )))
        }
    }

    /// A builtin by name (`NotImplemented`, `Ellipsis` …).
    pub fn builtin_constant(&self, name: &str) -> Option<Value> {
        dict_get_name(&self.builtins, &local_name(name))
    }
}
