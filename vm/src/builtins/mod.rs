//! The builtins: functions of the `builtins` module and the native methods
//! of the builtin types. One family a file.

pub mod args;
pub mod class_builder;
pub mod code_object;
pub mod codecs;
pub mod constructors;
pub mod descriptors;
pub mod dict_methods;
pub mod dunder_slots;
pub mod exception_methods;
pub mod file;
pub mod file_open;
pub mod functions;
pub mod list_methods;
pub mod memoryview;
pub mod method_binding;
pub mod number_methods;
pub mod object_methods;
pub mod object_type;
pub mod set_methods;
pub mod str_methods;
pub mod sys_module;
pub mod textio;
pub mod traceback_object;

use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::dict::Dict;
use crate::objects::function::NativeFn;
use crate::objects::list::ListCell;
use crate::types::{frozen_str, types};
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// A tuple value.
pub fn new_tuple(items: Vec<Value>) -> Value {
    Value::obj(ObjKind::Tuple(items.into_boxed_slice()))
}

/// A list value.
pub fn new_list(items: Vec<Value>) -> Value {
    Value::obj(ObjKind::List(ListCell::new(items)))
}

/// A dict value.
pub fn new_dict() -> Value {
    Value::obj(ObjKind::Dict(Box::new(RefCell::new(Dict::new()))))
}

/// The native methods of a builtin type, by the type's name (several
/// tables where a type shares another's methods).
pub fn methods_of(type_name: &str) -> Vec<&'static [(&'static str, NativeFn)]> {
    if type_name == "bytearray" {
        return vec![str_methods::BYTEARRAY_METHODS, str_methods::BYTES_METHODS];
    }
    vec![own_methods_of(type_name)]
}

fn own_methods_of(type_name: &str) -> &'static [(&'static str, NativeFn)] {
    match type_name {
        "str" => str_methods::STR_METHODS,
        "bytes" => str_methods::BYTES_METHODS,
        "list" => list_methods::LIST_METHODS,
        "tuple" => list_methods::TUPLE_METHODS,
        "dict" => dict_methods::DICT_METHODS,
        "set" => set_methods::SET_METHODS,
        "frozenset" => set_methods::FROZENSET_METHODS,
        "int" | "bool" => number_methods::INT_METHODS,
        "float" => number_methods::FLOAT_METHODS,
        "BaseException" => exception_methods::EXCEPTION_METHODS,
        "object" => object_type::OBJECT_METHODS,
        "generator" => object_methods::GENERATOR_METHODS,
        "TextIOWrapper" | "BufferedReader" | "BufferedWriter" | "BufferedRandom" => {
            file::FILE_METHODS
        }
        "slice" => object_methods::SLICE_METHODS,
        "property" => descriptors::PROPERTY_METHODS,
        "range" => list_methods::RANGE_METHODS,
        "dict_keys" | "dict_items" | "dict_values" => dict_methods::VIEW_METHODS,
        "function" => method_binding::FUNCTION_METHODS,
        "staticmethod" => method_binding::STATICMETHOD_METHODS,
        "classmethod" => method_binding::CLASSMETHOD_METHODS,
        _ => &[],
    }
}

/// The generic dunder methods a builtin type gets on top of its own
/// methods (its own win where both define a name).
pub fn dunders_of(type_name: &str) -> Vec<&'static [(&'static str, NativeFn)]> {
    use dunder_slots::{
        COMMON_DUNDERS, CONTAINER_DUNDERS, DICT_DUNDERS, INT_DUNDERS, ITERATOR_DUNDERS,
        MUTABLE_SEQUENCE_DUNDERS, NUMBER_DUNDERS, REVERSIBLE_DUNDERS, SEQUENCE_DUNDERS,
        SET_DUNDERS, SET_INPLACE_DUNDERS, TEXT_DUNDERS,
    };
    let sequence = [COMMON_DUNDERS, CONTAINER_DUNDERS, SEQUENCE_DUNDERS];
    match type_name {
        "int" | "bool" => vec![COMMON_DUNDERS, NUMBER_DUNDERS, INT_DUNDERS],
        "float" => vec![COMMON_DUNDERS, NUMBER_DUNDERS],
        "list" => [
            &[dunder_slots::LIST_INIT][..],
            &sequence,
            &[MUTABLE_SEQUENCE_DUNDERS, REVERSIBLE_DUNDERS],
        ]
        .concat(),
        "dict" => vec![
            dunder_slots::DICT_INIT,
            COMMON_DUNDERS,
            CONTAINER_DUNDERS,
            DICT_DUNDERS,
            REVERSIBLE_DUNDERS,
        ],
        "set" => vec![
            dunder_slots::SET_INIT,
            COMMON_DUNDERS,
            CONTAINER_DUNDERS,
            SET_DUNDERS,
            SET_INPLACE_DUNDERS,
        ],
        "frozenset" => vec![COMMON_DUNDERS, CONTAINER_DUNDERS, SET_DUNDERS],
        "bytearray" => [
            &[dunder_slots::BYTEARRAY_INIT][..],
            &sequence,
            &[TEXT_DUNDERS, MUTABLE_SEQUENCE_DUNDERS],
        ]
        .concat(),
        "str" | "bytes" => [&sequence[..], &[TEXT_DUNDERS]].concat(),
        "tuple" => sequence.to_vec(),
        "range" | "dict_keys" | "dict_values" | "dict_items" => {
            vec![COMMON_DUNDERS, CONTAINER_DUNDERS]
        }
        "iterator"
        | "generator"
        | "list_iterator"
        | "list_reverseiterator"
        | "tuple_iterator"
        | "str_ascii_iterator"
        | "str_iterator"
        | "bytes_iterator"
        | "range_iterator"
        | "dict_keyiterator"
        | "dict_valueiterator"
        | "dict_itemiterator"
        | "set_iterator"
        | "enumerate"
        | "zip"
        | "map"
        | "filter"
        | "reversed"
        | "callable_iterator" => vec![ITERATOR_DUNDERS],
        "NoneType" | "slice" => vec![COMMON_DUNDERS],
        "method" => vec![dunder_slots::METHOD_DUNDERS, dunder_slots::REPR_DUNDERS],
        "function" | "staticmethod" | "classmethod" => vec![dunder_slots::REPR_DUNDERS],
        _ => vec![],
    }
}

/// Calls a builtin class (`int(x)`, `list(it)` …).
pub fn construct(
    vm: &mut Vm,
    class: &ObjRef,
    args: crate::objects::function::Args<'_>,
) -> crate::error::PyResult<Value> {
    constructors::construct(vm, class, args)
}

/// The builtins namespace: built once per process, frozen, and shared by
/// every VM of every thread.
pub fn make_builtins_dict(_vm: &mut Vm) -> ObjRef {
    use std::sync::OnceLock;
    static BUILTINS: OnceLock<crate::value::FrozenRef> = OnceLock::new();
    BUILTINS
        .get_or_init(|| {
            let d = build_builtins_dict();
            d.freeze();
            d.to_frozen().expect("just frozen")
        })
        .to_ref()
}

fn build_builtins_dict() -> ObjRef {
    let d = ObjRef::new(ObjKind::Dict(Box::new(RefCell::new(Dict::new()))));
    let set = |name: &str, v: Value| {
        if let ObjKind::Dict(cell) = d.kind() {
            let key = frozen_str(name).to_ref();
            let h = crate::objects::str::hash_text(name);
            cell.borrow_mut().set_str(Value::Obj(key), name, h, v);
        }
    };
    let t = types();
    for (name, class) in [
        ("object", t.object),
        ("type", t.type_),
        ("bool", t.bool_),
        ("int", t.int),
        ("float", t.float),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
    ] {
        set(name, class.value());
    }
    set("memoryview", memoryview::memoryview_class().value());
    for (name, class) in &t.exceptions {
        set(name, class.value());
    }
    set("EnvironmentError", t.os_error.value());
    set("IOError", t.os_error.value());
    for (name, func) in functions::FUNCTIONS {
        set(name, crate::types::native_function(name, *func, false));
    }
    // enumerate, zip, map, filter and reversed are classes, as in CPython (so that
    // isinstance(x, map) works): calling one runs the function above.
    for (name, _) in functions::ITERATOR_CONSTRUCTORS {
        if let Some(class) = t.iterator_class(name) {
            set(name, class.value());
        }
    }
    set("None", Value::None);
    set("True", Value::Bool(true));
    set("False", Value::Bool(false));
    set("NotImplemented", constant_singleton(0));
    set("Ellipsis", constant_singleton(1));
    // Scripts run without -O: assert statements and `if __debug__:` run.
    set("__debug__", Value::Bool(true));
    set("__name__", crate::error::str_value("builtins"));
    d
}

/// The `NotImplemented` (0) and `Ellipsis` (1) singletons: frozen objects
/// made once per process so that identity holds across threads.
pub fn constant_singleton(which: usize) -> Value {
    use std::sync::OnceLock;
    static SINGLETONS: OnceLock<[crate::value::FrozenRef; 2]> = OnceLock::new();
    let s = SINGLETONS.get_or_init(|| {
        let make = |class: crate::value::FrozenRef| {
            ObjRef::new_frozen(ObjKind::Instance(crate::objects::class::Instance::new(
                class.to_ref(),
                None,
            )))
        };
        [
            make(types().not_implemented_type),
            make(types().ellipsis_type),
        ]
    });
    s[which].value()
}
