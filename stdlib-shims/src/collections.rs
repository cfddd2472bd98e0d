//! The native `_collections` under `collections` (`py/collections.py`):
//! `_count_elements`, the counting loop of `Counter(iterable)` and
//! `Counter.update(iterable)`.

use taipan_vm::builtins::args::check_positional;
use taipan_vm::compiler::bytecode::BinOp;
use taipan_vm::error::PyResult;
use taipan_vm::interp::attr::class_lookup_user;
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::objects::str::hash_text;
use taipan_vm::types::{native_function, types};
use taipan_vm::{Value, Vm};

/// Builds `_collections`.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_collections");
    vm.module_set(
        &m,
        "_count_elements",
        native_function("_count_elements", count_elements, false),
    )?;
    Ok(m)
}

/// The dict that holds `mapping`'s items when its `get` and `__setitem__`
/// are dict's own (a dict, or an instance of a dict subclass that
/// overrides neither), so that counting may update it directly.
fn plain_dict(vm: &Vm, mapping: &Value) -> Option<Value> {
    let dict = mapping.data();
    if !matches!(dict.kind(), Some(ObjKind::Dict(_))) {
        return None;
    }
    if dict.is(mapping) {
        return Some(dict.clone());
    }
    let dict_type = types().dict.to_ref();
    let inherited = |name: &str| {
        let own = vm.lookup_type_attr(mapping, name);
        let builtin = class_lookup_user(&dict_type, name, hash_text(name));
        matches!((own, builtin), (Some(a), Some(b)) if a.is(&b))
    };
    (inherited("get") && inherited("__setitem__")).then(|| dict.clone())
}

/// `_count_elements(mapping, iterable)`: adds one to `mapping[elem]`
/// (counting from `mapping.get(elem, 0)`) for each item of `iterable`, as
/// CPython's `collections._count_elements` does.
fn count_elements(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("_count_elements", args, 2, 2)?;
    let (mapping, iterable) = (&args.pos[0], &args.pos[1]);
    let it = vm.get_iter(iterable)?;
    let one = Value::Int(1);
    match plain_dict(vm, mapping) {
        Some(dict) => {
            while let Some(elem) = vm.next(&it)? {
                let old = vm.dict_get(&dict, &elem)?.unwrap_or(Value::Int(0));
                let new = vm.binary_op(BinOp::Add, &old, &one)?;
                vm.dict_set(&dict, elem, new)?;
            }
        }
        None => {
            let get = vm.getattr_str(mapping, "get")?;
            while let Some(elem) = vm.next(&it)? {
                let old = vm.call(&get, &[elem.clone(), Value::Int(0)], &[])?;
                let new = vm.binary_op(BinOp::Add, &old, &one)?;
                vm.setitem(mapping, elem, new)?;
            }
        }
    }
    Ok(Value::None)
}
