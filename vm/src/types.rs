//! The builtin classes: made once per process, frozen, and shared by every
//! thread (reading them needs no lock and touches no count).

use crate::object::ObjKind;
use crate::objects::class::{Class, Layout};
use crate::objects::dict::Dict;
use crate::objects::function::{NativeFn, NativeFunction};
use crate::objects::str::{hash_text, PyStr};
use crate::value::{FrozenRef, ObjRef, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

macro_rules! builtin_types {
    ($( $field:ident : $name:literal ),* $(,)?) => {
        /// Every builtin class, by role.
        pub struct Types {
            $( #[doc = concat!("`", $name, "`")] pub $field: FrozenRef, )*
            /// Every exception class, for the builtins module.
            pub exceptions: Vec<(&'static str, FrozenRef)>,
            /// The classes of the builtin iterators, by name.
            pub iterators: Vec<(&'static str, FrozenRef)>,
        }
    };
}

builtin_types! {
    object: "object", type_: "type", none_type: "NoneType", bool_: "bool", int: "int",
    float: "float", str_: "str", bytes: "bytes", bytearray: "bytearray", list: "list",
    tuple: "tuple", dict: "dict", set: "set", frozenset: "frozenset", range: "range",
    slice: "slice", function: "function", builtin_function: "builtin_function_or_method",
    method: "method", module: "module", cell: "cell", property: "property",
    staticmethod: "staticmethod", classmethod: "classmethod", generator: "generator",
    iterator: "iterator", dict_keys: "dict_keys", dict_values: "dict_values",
    dict_items: "dict_items", super_: "super", file: "TextIOWrapper",
    buffered_reader: "BufferedReader", buffered_writer: "BufferedWriter",
    buffered_random: "BufferedRandom", native: "native",
    not_implemented_type: "NotImplementedType", ellipsis_type: "ellipsis",
    base_exception: "BaseException", exception: "Exception", type_error: "TypeError",
    value_error: "ValueError", index_error: "IndexError", key_error: "KeyError",
    attribute_error: "AttributeError", name_error: "NameError",
    unbound_local_error: "UnboundLocalError", zero_division_error: "ZeroDivisionError",
    overflow_error: "OverflowError", runtime_error: "RuntimeError",
    recursion_error: "RecursionError", not_implemented_error: "NotImplementedError",
    stop_iteration: "StopIteration", memory_error: "MemoryError",
    assertion_error: "AssertionError", import_error: "ImportError",
    module_not_found_error: "ModuleNotFoundError", lookup_error: "LookupError",
    arithmetic_error: "ArithmeticError", os_error: "OSError",
    file_not_found_error: "FileNotFoundError", permission_error: "PermissionError",
    system_exit: "SystemExit", keyboard_interrupt: "KeyboardInterrupt",
    generator_exit: "GeneratorExit", syntax_error: "SyntaxError",
    indentation_error: "IndentationError",
    unicode_decode_error: "UnicodeDecodeError", unicode_encode_error: "UnicodeEncodeError",
    timeout_error: "TimeoutError", system_error: "SystemError",
}

static TYPES: OnceLock<Types> = OnceLock::new();

/// The builtin classes.
#[inline]
pub fn types() -> &'static Types {
    TYPES.get_or_init(build)
}

impl Types {
    /// A builtin exception class by name (`"EOFError"`), for the many
    /// without a field of their own.
    pub fn exception_named(&self, name: &str) -> Option<FrozenRef> {
        self.exceptions
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| *c)
    }

    /// A builtin iterator class by name (`"enumerate"`, `"list_iterator"`).
    pub fn iterator_class(&self, name: &str) -> Option<FrozenRef> {
        self.iterators
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| *c)
    }
}

/// The interned, frozen str object for a name. Names compiled into code and
/// the keys of the builtins are interned, so that most name look-ups match
/// by pointer. The lock is taken only while compiling and at start-up,
/// never by running code.
pub fn frozen_str(s: &str) -> FrozenRef {
    static INTERNED: OnceLock<std::sync::Mutex<HashMap<Box<str>, FrozenRef>>> = OnceLock::new();
    let table = INTERNED.get_or_init(Default::default);
    let mut table = table.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(r) = table.get(s) {
        return *r;
    }
    let r = ObjRef::new_frozen(ObjKind::Str(PyStr::new(s)));
    table.insert(s.into(), r);
    r
}

/// Makes a class object (unfrozen).
pub fn new_class(name: &str, bases: Vec<ObjRef>, layout: Layout, mro: Vec<ObjRef>) -> ObjRef {
    new_class_in("builtins", name, bases, layout, mro)
}

/// A new class of the module named `module`.
pub(crate) fn new_class_in(
    module: &str,
    name: &str,
    bases: Vec<ObjRef>,
    layout: Layout,
    mro: Vec<ObjRef>,
) -> ObjRef {
    ObjRef::new(ObjKind::Class(Box::new(Class {
        name: name.to_string(),
        qualname: name.to_string(),
        module: module.to_string(),
        bases,
        mro,
        dict: RefCell::new(Dict::new()),
        layout,
        slots: None,
        attr_hooks: std::cell::Cell::new(0),
        builtin: true,
        c_type: std::cell::Cell::new(false),
    })))
}

/// Sets `name` in a class's namespace (used while the class is still unfrozen).
pub fn set_class_attr(class: &ObjRef, name: &str, value: Value) {
    crate::objects::class::class_changed();
    if let ObjKind::Class(c) = class.kind() {
        let key = Value::Obj(frozen_str(name).to_ref());
        c.dict
            .borrow_mut()
            .set_str(key, name, hash_text(name), value);
    }
}

/// A native function value.
pub fn native_function(name: &'static str, func: NativeFn, is_method: bool) -> Value {
    Value::obj(ObjKind::NativeFunction(NativeFunction {
        name,
        func,
        is_method,
        unwraps_payload: false,
    }))
}

fn class_lookup_own(class: &ObjRef, name: &str) -> Option<Value> {
    match class.kind() {
        ObjKind::Class(c) => c.dict.borrow().get_str(name, hash_text(name)).cloned(),
        _ => None,
    }
}

/// A method of a builtin value type (see [`NativeFunction::unwraps_payload`]).
fn payload_method(name: &'static str, func: NativeFn) -> Value {
    Value::obj(ObjKind::NativeFunction(NativeFunction {
        name,
        func,
        is_method: true,
        unwraps_payload: true,
    }))
}

/// Whether `class` is `base` or derives from it.
pub fn is_subclass(class: &ObjRef, base: &ObjRef) -> bool {
    if class.ptr_eq(base) {
        return true;
    }
    match class.kind() {
        ObjKind::Class(c) => c.mro.iter().any(|m| m.ptr_eq(base)),
        _ => false,
    }
}

/// C3 linearisation of a new class's bases (the MRO without the class itself).
pub fn linearize(bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut sequences: Vec<Vec<ObjRef>> = Vec::new();
    for b in bases {
        let mut seq = vec![b.clone()];
        if let ObjKind::Class(c) = b.kind() {
            seq.extend(c.mro.iter().cloned());
        }
        sequences.push(seq);
    }
    sequences.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let candidate = sequences.iter().map(|s| &s[0]).find(|head| {
            !sequences
                .iter()
                .any(|s| s[1..].iter().any(|x| x.ptr_eq(head)))
        });
        let Some(candidate) = candidate.cloned() else {
            return Err("Cannot create a consistent method resolution order (MRO)".to_string());
        };
        for s in sequences.iter_mut() {
            if s[0].ptr_eq(&candidate) {
                s.remove(0);
            }
        }
        result.push(candidate);
    }
}

/// Native methods that receive the class, not an instance, as first argument.
const CLASS_METHODS: &[&str] = &["fromhex", "maketrans", "fromkeys", "from_bytes"];

/// Native methods that are static methods (`object.__new__`).
const STATIC_METHODS: &[&str] = &["__new__"];

/// The class names CPython gives its builtin iterators.
const ITERATOR_NAMES: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "callable_iterator",
];

/// Makes a builtin class: creates it, installs its native methods, freezes it.
fn make(name: &'static str, base: Option<FrozenRef>, layout: Layout) -> FrozenRef {
    make_in("builtins", name, base, layout)
}

/// A builtin class of the module named `module` (the file classes are
/// `_io`'s), with its native methods.
fn make_in(module: &str, name: &'static str, base: Option<FrozenRef>, layout: Layout) -> FrozenRef {
    let (bases, mro) = match base {
        None => (vec![], vec![]),
        Some(b) => {
            let b = b.to_ref();
            let mut mro = vec![b.clone()];
            if let ObjKind::Class(c) = b.kind() {
                mro.extend(c.mro.iter().cloned());
            }
            (vec![b], mro)
        }
    };
    let class = new_class_in(module, name, bases, layout, mro);
    for (method, func) in crate::builtins::methods_of(name).into_iter().flatten() {
        let value = if CLASS_METHODS.contains(method) {
            Value::obj(ObjKind::ClassMethod(native_function(method, *func, false)))
        } else if STATIC_METHODS.contains(method) {
            Value::obj(ObjKind::StaticMethod(native_function(method, *func, false)))
        } else if layout == Layout::Builtin {
            payload_method(method, *func)
        } else {
            native_function(method, *func, true)
        };
        set_class_attr(&class, method, value);
    }
    for table in crate::builtins::dunders_of(name) {
        for (method, func) in table.iter() {
            if class_lookup_own(&class, method).is_none() {
                set_class_attr(&class, method, payload_method(method, *func));
            }
        }
    }
    class.freeze();
    class.to_frozen().expect("just frozen")
}

fn build() -> Types {
    use Layout::{Builtin, Exception};
    let object = make("object", None, Layout::Object);
    let plain = |name: &'static str| make(name, Some(object), Builtin);
    let io_class = |name: &'static str| make_in("_io", name, Some(object), Builtin);
    let mut exceptions: Vec<(&'static str, FrozenRef)> = Vec::new();
    let mut exc = |name: &'static str, base: FrozenRef| {
        let c = make(name, Some(base), Exception);
        exceptions.push((name, c));
        c
    };
    let base_exception = exc("BaseException", object);
    let exception = exc("Exception", base_exception);
    let arithmetic_error = exc("ArithmeticError", exception);
    let lookup_error = exc("LookupError", exception);
    let name_error = exc("NameError", exception);
    let runtime_error = exc("RuntimeError", exception);
    let import_error = exc("ImportError", exception);
    let os_error = exc("OSError", exception);
    let value_error = exc("ValueError", exception);
    let unicode_error = exc("UnicodeError", value_error);
    let syntax_error = exc("SyntaxError", exception);
    let warning = exc("Warning", exception);
    for w in [
        "UserWarning",
        "DeprecationWarning",
        "RuntimeWarning",
        "FutureWarning",
        "PendingDeprecationWarning",
        "SyntaxWarning",
        "ImportWarning",
        "UnicodeWarning",
        "BytesWarning",
        "ResourceWarning",
        "EncodingWarning",
    ] {
        exc(w, warning);
    }
    let indentation_error = exc("IndentationError", syntax_error);
    exc("TabError", indentation_error);
    exc("FloatingPointError", arithmetic_error);
    exc("EOFError", exception);
    exc("BufferError", exception);
    exc("FileExistsError", os_error);
    exc("IsADirectoryError", os_error);
    exc("NotADirectoryError", os_error);
    exc("InterruptedError", os_error);
    exc("BlockingIOError", os_error);
    exc("ChildProcessError", os_error);
    exc("ProcessLookupError", os_error);
    let connection_error = exc("ConnectionError", os_error);
    for name in [
        "BrokenPipeError",
        "ConnectionAbortedError",
        "ConnectionRefusedError",
        "ConnectionResetError",
    ] {
        exc(name, connection_error);
    }
    exc("ReferenceError", exception);
    exc("StopAsyncIteration", exception);
    exc("UnicodeTranslateError", unicode_error);
    let type_error = exc("TypeError", exception);
    let index_error = exc("IndexError", lookup_error);
    let key_error = exc("KeyError", lookup_error);
    let attribute_error = exc("AttributeError", exception);
    let unbound_local_error = exc("UnboundLocalError", name_error);
    let zero_division_error = exc("ZeroDivisionError", arithmetic_error);
    let overflow_error = exc("OverflowError", arithmetic_error);
    let recursion_error = exc("RecursionError", runtime_error);
    let not_implemented_error = exc("NotImplementedError", runtime_error);
    let stop_iteration = exc("StopIteration", exception);
    let memory_error = exc("MemoryError", exception);
    let assertion_error = exc("AssertionError", exception);
    let module_not_found_error = exc("ModuleNotFoundError", import_error);
    let file_not_found_error = exc("FileNotFoundError", os_error);
    let permission_error = exc("PermissionError", os_error);
    let timeout_error = exc("TimeoutError", os_error);
    let system_exit = exc("SystemExit", base_exception);
    let keyboard_interrupt = exc("KeyboardInterrupt", base_exception);
    let generator_exit = exc("GeneratorExit", base_exception);
    let unicode_decode_error = exc("UnicodeDecodeError", unicode_error);
    let unicode_encode_error = exc("UnicodeEncodeError", unicode_error);
    let system_error = exc("SystemError", exception);
    let int = plain("int");
    let iterators = ITERATOR_NAMES
        .iter()
        .map(|name| (*name, make(name, Some(object), Builtin)))
        .collect();
    Types {
        iterators,
        object,
        type_: plain("type"),
        none_type: plain("NoneType"),
        bool_: make("bool", Some(int), Builtin),
        int,
        float: plain("float"),
        str_: plain("str"),
        bytes: plain("bytes"),
        bytearray: plain("bytearray"),
        list: plain("list"),
        tuple: plain("tuple"),
        dict: plain("dict"),
        set: plain("set"),
        frozenset: plain("frozenset"),
        range: plain("range"),
        slice: plain("slice"),
        function: plain("function"),
        builtin_function: plain("builtin_function_or_method"),
        method: plain("method"),
        module: plain("module"),
        cell: plain("cell"),
        property: plain("property"),
        staticmethod: plain("staticmethod"),
        classmethod: plain("classmethod"),
        generator: plain("generator"),
        iterator: plain("iterator"),
        dict_keys: plain("dict_keys"),
        dict_values: plain("dict_values"),
        dict_items: plain("dict_items"),
        super_: plain("super"),
        file: io_class("TextIOWrapper"),
        buffered_reader: io_class("BufferedReader"),
        buffered_writer: io_class("BufferedWriter"),
        buffered_random: io_class("BufferedRandom"),
        native: plain("native"),
        not_implemented_type: plain("NotImplementedType"),
        ellipsis_type: plain("ellipsis"),
        base_exception,
        exception,
        type_error,
        value_error,
        index_error,
        key_error,
        attribute_error,
        name_error,
        unbound_local_error,
        zero_division_error,
        overflow_error,
        runtime_error,
        recursion_error,
        not_implemented_error,
        stop_iteration,
        memory_error,
        assertion_error,
        import_error,
        module_not_found_error,
        lookup_error,
        arithmetic_error,
        os_error,
        file_not_found_error,
        permission_error,
        system_exit,
        keyboard_interrupt,
        generator_exit,
        syntax_error,
        indentation_error,
        unicode_decode_error,
        unicode_encode_error,
        timeout_error,
        system_error,
        exceptions,
    }
}
