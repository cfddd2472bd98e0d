//! `function.__code__`: the names and counts of a compiled function that
//! decorators and `inspect`-style code read (`co_argcount`,
//! `co_varnames` …), as an instance of a frozen `code` class.

use crate::builtins::new_tuple;
use crate::compiler::bytecode::Code;
use crate::error::str_value;
use crate::object::ObjKind;
use crate::objects::class::{Instance, Layout};
use crate::objects::str::hash_text;
use crate::types::{new_class_in, types};
use crate::value::{FrozenRef, Value};
use std::sync::{Arc, OnceLock};

/// CPython's `co_flags` bits that taipan's code objects can report.
const CO_OPTIMIZED_NEWLOCALS: i64 = 0x3;
const CO_VARARGS: i64 = 0x4;
const CO_VARKEYWORDS: i64 = 0x8;
const CO_NESTED: i64 = 0x10;
const CO_GENERATOR: i64 = 0x20;

/// A snapshot of `code`'s attributes as a new `code` object. The compiler's
/// hidden locals (named with `$`) are left out of the name tuples.
pub fn code_object(code: &Code) -> Value {
    let names = |list: &[Arc<str>]| {
        new_tuple(
            list.iter()
                .filter(|n| !n.starts_with('$'))
                .map(|n| str_value(&**n))
                .collect(),
        )
    };
    let mut flags = CO_OPTIMIZED_NEWLOCALS;
    for (set, bit) in [
        (code.flags.varargs, CO_VARARGS),
        (code.flags.varkw, CO_VARKEYWORDS),
        (!code.freevars.is_empty(), CO_NESTED),
        (code.flags.generator, CO_GENERATOR),
    ] {
        if set {
            flags |= bit;
        }
    }
    let locals: Vec<Arc<str>> = code.python_varnames().cloned().collect();
    let varnames = names(&locals);
    let nlocals = match varnames.kind() {
        Some(ObjKind::Tuple(t)) => t.len() as i64,
        _ => 0,
    };
    let fields = [
        ("co_name", str_value(&*code.name)),
        ("co_qualname", str_value(&*code.qualname)),
        ("co_filename", str_value(&**code.source.path())),
        ("co_firstlineno", Value::Int(i64::from(code.first_line))),
        ("co_argcount", Value::Int(i64::from(code.argcount))),
        (
            "co_posonlyargcount",
            Value::Int(i64::from(code.posonlycount)),
        ),
        ("co_kwonlyargcount", Value::Int(i64::from(code.kwonlycount))),
        ("co_nlocals", Value::Int(nlocals)),
        ("co_varnames", varnames),
        ("co_cellvars", names(&code.cellvars)),
        ("co_freevars", names(&code.freevars)),
        ("co_flags", Value::Int(flags)),
    ];
    let inst = Instance::new(code_class().to_ref(), None);
    if let Ok(mut attrs) = inst.attrs_mut() {
        for (name, value) in fields {
            attrs.set_str(str_value(name), name, hash_text(name), value);
        }
    }
    Value::obj(ObjKind::Instance(inst))
}

/// The frozen `code` class, made once.
fn code_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        let object = types().object.to_ref();
        let class = new_class_in(
            "builtins",
            "code",
            vec![object.clone()],
            Layout::Object,
            vec![object],
        );
        class.freeze();
        class.to_frozen().unwrap_or(types().object)
    })
}
