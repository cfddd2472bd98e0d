//! `class` statements: run the body in a fresh namespace, then make the class.

use crate::error::{PyErr, PyResult};
use crate::interp::eval::Exit;
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::class::{attr_hook_bits, Class, Layout};
use crate::objects::function::Args;
use crate::types::{linearize, types};
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

fn text(v: &Value) -> Option<String> {
    match v.kind() {
        Some(ObjKind::Str(s)) => Some(s.as_str().to_string()),
        _ => None,
    }
}

/// Builtin value types that user classes may derive from.
const SUBCLASSABLE: &[&str] = &[
    "list",
    "dict",
    "set",
    "frozenset",
    "tuple",
    "str",
    "int",
    "float",
    "bytes",
    "bytearray",
];

/// `__build_class__(body, name, *bases)`.
pub fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (Some(body), Some(name)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    };
    let name = text(name).unwrap_or_default();
    let (given, kw) = apply_metaclass(vm, &args.pos[2..], args.kw)?;
    let given = &given[..];
    let (resolved, bases) = class_bases(vm, given)?;
    // Run the body with a namespace dict.
    let ns = crate::builtins::new_dict();
    let Some(ObjKind::Function(f)) = body.kind() else {
        return Err(PyErr::type_error("__build_class__: body is not a function"));
    };
    let fobj = body.as_obj().cloned().expect("function is an object");
    let mut frame = vm.bind_frame(&fobj, f, &[], &[])?;
    frame.locals_dict = ns.as_obj().cloned();
    match vm.run_frame(frame)? {
        Exit::Return(_) => {}
        Exit::Yield(..) => return Err(PyErr::runtime_error("yield in a class body")),
    }
    make_class(vm, name, (given, resolved, bases), &ns, &kw)
}

/// Keyword arguments as (name, value) pairs.
type Keywords = Vec<(Value, Value)>;

/// A class statement's bases and keywords once its `metaclass=` is taken
/// out: `type` changes nothing, and `abc.ABCMeta` (which is `abc.ABC`
/// here) makes `ABC` a base, unless a base derives from it already. Any
/// other metaclass is refused.
fn apply_metaclass(
    vm: &mut Vm,
    given: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<(Vec<Value>, Keywords)> {
    let mut bases = given.to_vec();
    let mut rest = Vec::with_capacity(kw.len());
    for (key, value) in kw {
        if text(key).as_deref() != Some("metaclass") {
            rest.push((key.clone(), value.clone()));
            continue;
        }
        let Some(meta) = value
            .as_obj()
            .filter(|o| matches!(o.kind(), ObjKind::Class(_)))
        else {
            return Err(PyErr::type_error("a metaclass is not supported by taipan"));
        };
        if meta.ptr_eq(&types().type_.to_ref()) {
            continue;
        }
        if !is_abc(meta) {
            let name = text(&vm.getattr_str(value, "__name__")?).unwrap_or_default();
            return Err(PyErr::type_error(format!(
                "a metaclass is not supported by taipan ('{name}'); use a plain class, a decorator or a factory function"
            )));
        }
        let derived = bases.iter().any(|b| match b.as_obj() {
            Some(o) => crate::types::is_subclass(o, meta),
            None => false,
        });
        if !derived {
            // `class X(object, metaclass=ABCMeta)`: object comes after ABC
            // in the MRO, as it would in CPython's.
            let object = types().object.to_ref();
            bases.retain(|b| !b.as_obj().is_some_and(|o| o.ptr_eq(&object)));
            bases.push(value.clone());
        }
    }
    Ok((bases, rest))
}

/// Whether `class` is `abc.ABC` (what `abc.ABCMeta` names in taipan).
fn is_abc(class: &ObjRef) -> bool {
    matches!(class.kind(), ObjKind::Class(c) if c.name == "ABC" && c.module == "abc")
}

/// `type(name, bases, dict)`: a class made from a namespace dict (copied)
/// as a class statement's body would have filled it; its `__module__` is
/// the calling code's `__name__` unless the dict names one.
pub fn class_from_namespace(
    vm: &mut Vm,
    name: String,
    given: &[Value],
    namespace: &Value,
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let items: Vec<(Value, Value)> = match (namespace.kind(), namespace.as_obj()) {
        (Some(ObjKind::Dict(cell)), Some(o)) => o
            .get()
            .read(cell)
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                vm.type_name(namespace)
            )))
        }
    };
    check_type_call(vm, given, &items)?;
    let (resolved, bases) = class_bases(vm, given)?;
    let ns = crate::builtins::new_dict();
    for (k, v) in items {
        vm.dict_set(&ns, k, v)?;
    }
    let module_key = crate::error::str_value("__module__");
    if vm.dict_get(&ns, &module_key)?.is_none() {
        if let Some(module) = vm.caller_location(1).and_then(|at| at.module) {
            vm.dict_set(&ns, module_key, module)?;
        }
    }
    make_class(vm, name, (given, resolved, bases), &ns, kw)
}

/// CPython's checks of `type(name, bases, dict)` that a class statement
/// does not make: every base a class (type() resolves no
/// `__mro_entries__`), and a str `__qualname__`.
fn check_type_call(vm: &mut Vm, given: &[Value], items: &[(Value, Value)]) -> PyResult<()> {
    for base in given {
        if !matches!(base.kind(), Some(ObjKind::Class(_))) {
            return Err(PyErr::type_error(
                if vm.lookup_type_attr(base, "__mro_entries__").is_some() {
                    "type() doesn't support MRO entry resolution; use types.new_class()"
                } else {
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
                },
            ));
        }
    }
    if let Some((_, qualname)) = items
        .iter()
        .find(|(k, _)| text(k).as_deref() == Some("__qualname__"))
    {
        if !matches!(qualname.kind(), Some(ObjKind::Str(_))) {
            return Err(PyErr::type_error(format!(
                "type __qualname__ must be a str, not {}",
                vm.type_name(qualname)
            )));
        }
    }
    Ok(())
}

/// CPython's ValueError for a name both in `__slots__` and among the
/// class's own attributes (`__slots__ = ('x',)` with `x = 1`).
fn check_slots_free(vm: &mut Vm, ns: &Value, slots: &[String]) -> PyResult<()> {
    for name in slots {
        if name == "__dict__" || name == "__weakref__" {
            continue;
        }
        if vm
            .dict_get(ns, &crate::error::str_value(name.as_str()))?
            .is_some()
        {
            return Err(PyErr::value_error(format!(
                "'{name}' in __slots__ conflicts with class variable"
            )));
        }
    }
    Ok(())
}

/// The bases a class statement or `type()` names, after PEP 560's
/// `__mro_entries__` (the resolved list, when one was replaced) and the
/// checks of what may be subclassed.
fn class_bases(vm: &mut Vm, given: &[Value]) -> PyResult<(Option<Vec<Value>>, Vec<ObjRef>)> {
    let resolved = resolve_bases(vm, given)?;
    let mut bases: Vec<ObjRef> = Vec::new();
    for b in resolved.as_deref().unwrap_or(given) {
        match b.kind() {
            Some(ObjKind::Class(c)) => {
                if c.layout == Layout::Builtin && !SUBCLASSABLE.contains(&c.name.as_str()) {
                    return Err(PyErr::type_error(format!(
                        "subclassing the builtin type '{}' is not supported by taipan; wrap a '{}' in an attribute instead",
                        c.name, c.name
                    )));
                }
                bases.push(b.as_obj().cloned().expect("class is an object"));
            }
            _ => return Err(PyErr::type_error("bases must be types")),
        }
    }
    if bases.is_empty() {
        bases.push(types().object.to_ref());
    }
    Ok((resolved, bases))
}

/// The bases a class names as written, after `__mro_entries__`, and as
/// classes.
type ClassBases<'a> = (&'a [Value], Option<Vec<Value>>, Vec<ObjRef>);

/// The class `name` with `bases` and the namespace `ns` (its body's
/// names), then `__set_name__` and `__init_subclass__(**kw)`.
fn make_class(
    vm: &mut Vm,
    name: String,
    (given, resolved, bases): ClassBases<'_>,
    ns: &Value,
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    if resolved.is_some() {
        let original = crate::builtins::new_tuple(given.to_vec());
        vm.dict_set(ns, crate::error::str_value("__orig_bases__"), original)?;
    }
    let mro = linearize(&bases).map_err(PyErr::type_error)?;
    let layout = if mro
        .iter()
        .any(|b| matches!(b.kind(), ObjKind::Class(c) if c.layout == Layout::Exception))
    {
        Layout::Exception
    } else {
        Layout::Object
    };
    let get = |vm: &mut Vm, key: &str| vm.dict_get(ns, &crate::error::str_value(key));
    let module = get(vm, "__module__")?
        .and_then(|v| text(&v))
        .unwrap_or_else(|| "__main__".to_string());
    let qualname = get(vm, "__qualname__")?
        .and_then(|v| text(&v))
        .unwrap_or_else(|| name.clone());
    let slots = match get(vm, "__slots__")? {
        Some(v) => {
            let items = match v.kind() {
                Some(ObjKind::Str(_)) => vec![v.clone()],
                _ => vm.collect(&v)?,
            };
            let mut names: Vec<String> = items.iter().filter_map(text).collect();
            check_slots_free(vm, ns, &names)?;
            let mut dictful_base = false;
            for b in &mro {
                if let ObjKind::Class(c) = b.kind() {
                    match &c.slots {
                        Some(s) => names.extend(s.iter().cloned()),
                        // object and the builtin value types give their
                        // instances no attribute dict.
                        None => {
                            dictful_base |= !b.ptr_eq(&types().object.to_ref())
                                && c.layout != crate::objects::class::Layout::Builtin
                        }
                    }
                }
            }
            if dictful_base || names.iter().any(|n| n == "__dict__") {
                None
            } else {
                Some(names)
            }
        }
        None => None,
    };
    let classcell = vm.dict_remove(ns, &crate::error::str_value("__classcell__"))?;
    // Implicit static/class methods, as CPython makes them.
    for (key, wrap_static) in [
        ("__new__", true),
        ("__init_subclass__", false),
        ("__class_getitem__", false),
    ] {
        if let Some(v) = get(vm, key)? {
            if let Some(ObjKind::Function(_)) = v.kind() {
                let wrapped = if wrap_static {
                    Value::obj(ObjKind::StaticMethod(v))
                } else {
                    Value::obj(ObjKind::ClassMethod(v))
                };
                vm.dict_set(ns, crate::error::str_value(key), wrapped)?;
            }
        }
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if get(vm, "__eq__")?.is_some() && get(vm, "__hash__")?.is_none() {
        vm.dict_set(ns, crate::error::str_value("__hash__"), Value::None)?;
    }
    let dict = match ns.kind() {
        Some(ObjKind::Dict(cell)) => std::mem::take(&mut *cell.borrow_mut()),
        _ => crate::objects::dict::Dict::new(),
    };
    let own_hooks = dict.iter().fold(0, |bits, e| match e.key.kind() {
        Some(ObjKind::Str(name)) => bits | attr_hook_bits(name.as_str(), &e.value),
        _ => bits,
    });
    let attr_hooks = mro.iter().fold(own_hooks, |bits, b| match b.kind() {
        ObjKind::Class(c) => bits | c.attr_hooks.get(),
        _ => bits,
    });
    let class = Value::obj(ObjKind::Class(Box::new(Class {
        name,
        qualname,
        module,
        bases,
        mro,
        dict: RefCell::new(dict),
        layout,
        slots,
        attr_hooks: std::cell::Cell::new(attr_hooks),
        builtin: false,
        c_type: std::cell::Cell::new(false),
    })));
    if let Some(Value::Obj(cell)) = classcell {
        if let ObjKind::Cell(c) = cell.kind() {
            *c.borrow_mut() = class.clone();
        }
    }
    set_names(vm, &class)?;
    init_subclass(vm, &class, kw)?;
    Ok(class)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` (such
/// as `typing.NamedTuple`) is replaced by the classes that method returns,
/// given the original bases. `None` when no base was replaced.
fn resolve_bases(vm: &mut Vm, given: &[Value]) -> PyResult<Option<Vec<Value>>> {
    if given
        .iter()
        .all(|b| matches!(b.kind(), Some(ObjKind::Class(_))))
    {
        return Ok(None);
    }
    let original = crate::builtins::new_tuple(given.to_vec());
    let mut resolved = Vec::with_capacity(given.len());
    let mut replaced = false;
    for b in given {
        let hook = match b.kind() {
            Some(ObjKind::Class(_)) => None,
            _ => vm.getattr_opt(b, &crate::interp::eval::local_name("__mro_entries__"))?,
        };
        let Some(hook) = hook else {
            resolved.push(b.clone());
            continue;
        };
        let entries = vm.call(&hook, std::slice::from_ref(&original), &[])?;
        let Some(ObjKind::Tuple(items)) = entries.kind() else {
            return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
        };
        resolved.extend(items.iter().cloned());
        replaced = true;
    }
    Ok(replaced.then_some(resolved))
}

/// Calls `__set_name__(class, name)` on every attribute of the new class
/// whose type defines it (descriptors such as `functools.cached_property`
/// learn their name), as CPython does before `__init_subclass__`.
fn set_names(vm: &mut Vm, class: &Value) -> PyResult<()> {
    let (Some(ObjKind::Class(c)), Some(o)) = (class.kind(), class.as_obj()) else {
        return Ok(());
    };
    let entries: Vec<(Value, Value)> = o
        .get()
        .read(&c.dict)
        .iter()
        .filter(|e| matches!(e.value.kind(), Some(ObjKind::Instance(_))))
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (name, value) in entries {
        let Some(hook) = vm.lookup_type_attr(&value, "__set_name__") else {
            continue;
        };
        if let Err(cause) = vm.call_method_value(&hook, &value, &[class.clone(), name.clone()]) {
            // CPython 3.11 wraps the error, naming the attribute.
            let err = PyErr::runtime_error(format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                vm.type_name(&value),
                vm.repr(&name)?,
                c.name
            ));
            if let Some(state) = crate::error::exc_state(&err.exc) {
                let mut state = state.borrow_mut();
                state.cause = Some(cause.exc);
                state.suppress_context = true;
            }
            return Err(err);
        }
    }
    Ok(())
}

/// Calls the nearest base's `__init_subclass__` with the new class and the
/// class statement's keywords, as CPython does once a class is made
/// (`object`'s does nothing and takes no keywords).
fn init_subclass(vm: &mut Vm, class: &Value, kw: &[(Value, Value)]) -> PyResult<()> {
    let Some(ObjKind::Class(c)) = class.kind() else {
        return Ok(());
    };
    let object = types().object.to_ref();
    let hash = crate::objects::str::hash_text("__init_subclass__");
    let hook = c
        .mro
        .iter()
        .filter(|b| !b.ptr_eq(&object))
        .find_map(|b| match b.kind() {
            ObjKind::Class(bc) => b
                .get()
                .read(&bc.dict)
                .get_str("__init_subclass__", hash)
                .cloned(),
            _ => None,
        });
    let Some(hook) = hook else {
        return crate::builtins::object_type::no_subclass_keywords(&c.name, kw);
    };
    let func = match hook.kind() {
        Some(ObjKind::ClassMethod(f)) => f.clone(),
        _ => hook,
    };
    vm.call(&func, std::slice::from_ref(class), kw)?;
    Ok(())
}
