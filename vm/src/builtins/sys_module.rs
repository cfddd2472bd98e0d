//! The `sys` module, and struct sequences (`sys.version_info`): tuples
//! whose items are also named attributes.

use crate::builtins::args::{check_positional, self_arg};
use crate::compiler::bytecode::CmpOp;
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::import::new_module;
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::class::{Class, Instance, Layout};
use crate::objects::dict::Dict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::hash_text;
use crate::types::{frozen_str, native_function, set_class_attr, types};
use crate::value::{FrozenRef, ObjRef, Value};
use std::cell::RefCell;

/// Builds `sys` for a VM.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("sys");
    let argv: Vec<Value> = vm.argv.iter().map(|a| str_value(a.as_str())).collect();
    vm.module_set(&m, "argv", crate::builtins::new_list(argv))?;
    let path = vm.sys_path.clone();
    vm.module_set(&m, "path", path)?;
    vm.module_set(&m, "maxsize", Value::Int(i64::MAX))?;
    vm.module_set(&m, "maxunicode", Value::Int(0x10FFFF))?;
    vm.module_set(&m, "hexversion", Value::Int(0x030B_00F0))?;
    let modules = vm.modules.clone();
    vm.module_set(&m, "modules", modules)?;
    let vi = new_struct_seq(
        version_info_class(),
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(0),
            str_value("final"),
            Value::Int(0),
        ],
    );
    vm.module_set(&m, "version_info", vi)?;
    vm.module_set(&m, "version", str_value("3.11.0 (taipan 0.1.0)"))?;
    vm.module_set(&m, "platform", str_value(std::env::consts::OS))?;
    vm.module_set(
        &m,
        "byteorder",
        str_value(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    )?;
    vm.module_set(&m, "implementation_name", str_value("taipan"))?;
    // `sys.__stdout__` and the others keep the streams the script started
    // with, whatever it assigns to `sys.stdout`.
    let streams = [
        ("stdout", crate::builtins::file::std_stream(false)),
        ("stderr", crate::builtins::file::std_stream(true)),
        ("stdin", crate::builtins::file::stdin_stream()),
    ];
    for (name, stream) in streams {
        vm.module_set(&m, name, stream.clone())?;
        vm.module_set(&m, &format!("__{name}__"), stream)?;
    }
    let executable = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    vm.module_set(&m, "executable", str_value(executable))?;
    let float_info = new_struct_seq(float_info_class(), float_info_values());
    vm.module_set(&m, "float_info", float_info)?;
    // One function under both names, as in CPython.
    let hook = native_function("excepthook", sys_excepthook, false);
    vm.module_set(&m, "excepthook", hook.clone())?;
    vm.module_set(&m, "__excepthook__", hook)?;
    let functions: [(&str, NativeFn); 8] = [
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getfilesystemencoding", sys_getfilesystemencoding),
        ("intern", sys_intern),
    ];
    for (name, func) in functions {
        vm.module_set(&m, name, native_function(name, func, false))?;
    }
    Ok(m)
}

/// `sys.excepthook(type, value, traceback)`, also `sys.__excepthook__`:
/// prints `value` with its traceback to stderr, as an uncaught exception
/// is reported. A script that replaces `sys.excepthook` gets its own
/// function called for an uncaught exception instead (`taipan::Runtime`
/// does that), and can hand on to this one.
fn sys_excepthook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("excepthook", args, 3, 3)?;
    let value = &args.pos[1];
    if crate::error::exc_state(value).is_none() {
        return Err(PyErr::type_error(format!(
            "print_exception(): Exception expected for value, {} found",
            vm.type_name(value)
        )));
    }
    let text = vm.format_exception(value);
    // As CPython's hook, which has nowhere left to report a failed write.
    let _ = vm.ctx.write_stderr(text.as_bytes());
    Ok(Value::None)
}

/// `sys.getdefaultencoding()`: taipan's text is always UTF-8.
fn sys_getdefaultencoding(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    utf8_answer("sys.getdefaultencoding", args)
}

/// `sys.getfilesystemencoding()`: UTF-8, as for all of taipan's text.
fn sys_getfilesystemencoding(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    utf8_answer("sys.getfilesystemencoding", args)
}

/// "utf-8", once `name` is known to have been called without arguments.
fn utf8_answer(name: &str, args: Args<'_>) -> PyResult<Value> {
    check_positional(name, args, 0, 0)?;
    Ok(str_value("utf-8"))
}

/// `sys.intern(s)`: the str itself (taipan does not intern).
fn sys_intern(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("intern", args, 1, 1)?;
    match args.pos[0].kind() {
        Some(ObjKind::Str(_)) => Ok(args.pos[0].clone()),
        _ => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(&args.pos[0])
        ))),
    }
}

/// `sys.exit([code])`, and the `exit`/`quit` builtins: raises SystemExit.
pub(crate) fn sys_exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("exit", args, 0, 1)?;
    Err(PyErr {
        exc: crate::error::new_exception(&types().system_exit.to_ref(), args.pos.to_vec()),
    })
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

/// `sys.setrecursionlimit(n)`: this thread's limit, until its call ends.
fn sys_setrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("setrecursionlimit", args, 1, 1)?;
    let limit = match &args.pos[0] {
        Value::Int(n) => *n,
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    if limit < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = usize::try_from(limit).unwrap_or(usize::MAX);
    Ok(Value::None)
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being
/// handled.
fn sys_exc_info(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("exc_info", args, 0, 0)?;
    let exc = vm.handled_exc().clone();
    let items = if exc.is_none() {
        vec![Value::None, Value::None, Value::None]
    } else {
        let tb = crate::builtins::traceback_object::traceback_of(&exc);
        vec![Value::Obj(vm.type_of(&exc)), exc, tb]
    };
    Ok(crate::builtins::new_tuple(items))
}

/// `sys.exception()` (new in 3.11): the exception being handled, or None.
fn sys_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("exception", args, 0, 0)?;
    Ok(vm.handled_exc().clone())
}

/// The class of `sys.float_info`.
fn float_info_class() -> FrozenRef {
    static CLASS: std::sync::OnceLock<FrozenRef> = std::sync::OnceLock::new();
    *CLASS.get_or_init(|| {
        struct_seq_class(
            "sys",
            "float_info",
            &[
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
        )
    })
}

/// The values of `sys.float_info`: IEEE 754 binary64's.
fn float_info_values() -> Vec<Value> {
    vec![
        Value::Float(f64::MAX),
        Value::Int(i64::from(f64::MAX_EXP)),
        Value::Int(i64::from(f64::MAX_10_EXP)),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(i64::from(f64::MIN_EXP)),
        Value::Int(i64::from(f64::MIN_10_EXP)),
        Value::Int(i64::from(f64::DIGITS)),
        Value::Int(i64::from(f64::MANTISSA_DIGITS)),
        Value::Float(f64::EPSILON),
        Value::Int(i64::from(f64::RADIX)),
        Value::Int(1),
    ]
}

// ---------------------------------------------------------------------------
// Struct sequences.
// ---------------------------------------------------------------------------

/// The class of `sys.version_info`.
fn version_info_class() -> FrozenRef {
    static CLASS: std::sync::OnceLock<FrozenRef> = std::sync::OnceLock::new();
    *CLASS.get_or_init(|| {
        struct_seq_class(
            "sys",
            "version_info",
            &["major", "minor", "micro", "releaselevel", "serial"],
        )
    })
}

/// The methods every struct sequence class has: those of a read-only tuple.
static STRUCT_SEQ_METHODS: &[(&str, NativeFn)] = &[
    ("__getitem__", seq_getitem),
    ("__len__", seq_len),
    ("__iter__", seq_iter),
    ("__contains__", seq_contains),
    ("__hash__", seq_hash),
    ("__repr__", seq_repr),
    ("__eq__", seq_eq),
    ("__ne__", seq_ne),
    ("__lt__", seq_lt),
    ("__le__", seq_le),
    ("__gt__", seq_gt),
    ("__ge__", seq_ge),
    ("__setattr__", seq_setattr),
    ("__delattr__", seq_setattr),
];

/// Makes a frozen struct sequence class `module.name` whose instances are
/// tuples of `fields`, each also readable as an attribute (CPython's
/// `PyStructSequence`). The field names are kept, in order, in the
/// class's `__match_args__`, as CPython does.
pub fn struct_seq_class(module: &str, name: &str, fields: &[&str]) -> FrozenRef {
    let object = types().object.to_ref();
    let class = ObjRef::new(ObjKind::Class(Box::new(Class {
        name: name.to_string(),
        qualname: name.to_string(),
        module: module.to_string(),
        bases: vec![object.clone()],
        mro: vec![object],
        dict: RefCell::new(Dict::new()),
        layout: Layout::Object,
        slots: None,
        // Its `__setattr__` refuses every assignment.
        attr_hooks: std::cell::Cell::new(crate::objects::class::HOOK_DESCRIPTORS),
        builtin: true,
        c_type: std::cell::Cell::new(false),
    })));
    for (method, func) in STRUCT_SEQ_METHODS {
        set_class_attr(&class, method, native_function(method, *func, true));
    }
    let names = fields
        .iter()
        .map(|f| Value::Obj(frozen_str(f).to_ref()))
        .collect();
    set_class_attr(&class, "__match_args__", crate::builtins::new_tuple(names));
    let count = Value::Int(i64::try_from(fields.len()).unwrap_or(i64::MAX));
    set_class_attr(&class, "n_fields", count.clone());
    set_class_attr(&class, "n_sequence_fields", count);
    set_class_attr(&class, "n_unnamed_fields", Value::Int(0));
    class.freeze();
    // A class that was just frozen always converts; fall back to `object`
    // rather than panic all the same.
    class.to_frozen().unwrap_or(types().object)
}

/// A new struct sequence of `class` (made by [`struct_seq_class`]) holding
/// `values`, one per field.
pub fn new_struct_seq(class: FrozenRef, values: Vec<Value>) -> Value {
    let class = class.to_ref();
    let inst = Instance::new(class.clone(), None);
    if let Ok(mut d) = inst.attrs_mut() {
        for (name, v) in seq_fields(&class).iter().zip(values) {
            if let Some(ObjKind::Str(s)) = name.kind() {
                d.set_str(name.clone(), s.as_str(), hash_text(s.as_str()), v);
            }
        }
    }
    Value::obj(ObjKind::Instance(inst))
}

/// The field names of a struct sequence class, in order.
fn seq_fields(class: &ObjRef) -> Vec<Value> {
    let found =
        crate::interp::attr::class_lookup(class, "__match_args__", hash_text("__match_args__"));
    match found.as_ref().and_then(|v| v.kind()) {
        Some(ObjKind::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// The items of a struct sequence as a tuple, `None` for anything else.
fn seq_tuple(v: &Value) -> Option<Value> {
    let Some(ObjKind::Instance(inst)) = v.kind() else {
        return None;
    };
    let fields = seq_fields(&inst.class);
    if fields.is_empty() {
        return None;
    }
    let attrs = inst.attrs();
    let items = fields
        .iter()
        .map(|name| match name.kind() {
            Some(ObjKind::Str(s)) => attrs
                .get_str(s.as_str(), hash_text(s.as_str()))
                .cloned()
                .unwrap_or(Value::None),
            _ => Value::None,
        })
        .collect();
    Some(crate::builtins::new_tuple(items))
}

/// The `self` of a struct sequence method, as a tuple.
fn self_tuple(vm: &Vm, name: &str, args: &Args<'_>) -> PyResult<Value> {
    let this = self_arg(name, args)?;
    seq_tuple(this).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' requires a struct sequence but received a '{}'",
            vm.type_name(this)
        ))
    })
}

/// `self` as a tuple and the one argument after it.
fn self_and_arg(vm: &Vm, name: &str, args: &Args<'_>) -> PyResult<(Value, Value)> {
    check_positional(name, *args, 2, 2)?;
    Ok((self_tuple(vm, name, args)?, args.pos[1].clone()))
}

fn seq_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (t, key) = self_and_arg(vm, "__getitem__", &args)?;
    vm.getitem(&t, &key)
}

fn seq_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("__len__", args, 1, 1)?;
    let t = self_tuple(vm, "__len__", &args)?;
    Ok(Value::Int(i64::try_from(vm.len(&t)?).unwrap_or(i64::MAX)))
}

fn seq_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("__iter__", args, 1, 1)?;
    let t = self_tuple(vm, "__iter__", &args)?;
    vm.get_iter(&t)
}

fn seq_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (t, item) = self_and_arg(vm, "__contains__", &args)?;
    Ok(Value::Bool(vm.contains(&t, &item)?))
}

fn seq_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("__hash__", args, 1, 1)?;
    let t = self_tuple(vm, "__hash__", &args)?;
    Ok(Value::Int(vm.hash(&t)?))
}

fn seq_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("__repr__", args, 1, 1)?;
    let this = self_arg("__repr__", &args)?;
    let t = self_tuple(vm, "__repr__", &args)?;
    let (module, name, fields) = match this.kind() {
        Some(ObjKind::Instance(inst)) => match inst.class.kind() {
            ObjKind::Class(c) => (c.module.clone(), c.name.clone(), seq_fields(&inst.class)),
            _ => return Err(PyErr::type_error("not a struct sequence")),
        },
        _ => return Err(PyErr::type_error("not a struct sequence")),
    };
    let items = match t.kind() {
        Some(ObjKind::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::with_capacity(items.len());
    for (field, item) in fields.iter().zip(&items) {
        let field = match field.kind() {
            Some(ObjKind::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        parts.push(format!("{field}={}", vm.repr(item)?));
    }
    Ok(str_value(format!("{module}.{name}({})", parts.join(", "))))
}

/// A comparison of a struct sequence with a tuple or another struct
/// sequence, as tuples; `NotImplemented` for anything else.
fn seq_compare(vm: &mut Vm, args: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let (t, other) = self_and_arg(vm, name, &args)?;
    let other = match other.kind() {
        Some(ObjKind::Tuple(_)) => other,
        _ => match seq_tuple(&other) {
            Some(o) => o,
            None => return Ok(crate::builtins::constant_singleton(0)),
        },
    };
    vm.compare(op, &t, &other)
}

macro_rules! seq_compare_fns {
    ($($name:ident => $dunder:literal, $op:expr);* $(;)?) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            seq_compare(vm, args, $dunder, $op)
        })*
    };
}

seq_compare_fns! {
    seq_eq => "__eq__", CmpOp::Eq;
    seq_ne => "__ne__", CmpOp::Ne;
    seq_lt => "__lt__", CmpOp::Lt;
    seq_le => "__le__", CmpOp::Le;
    seq_gt => "__gt__", CmpOp::Gt;
    seq_ge => "__ge__", CmpOp::Ge;
}

/// Struct sequences are read-only, like tuples.
fn seq_setattr(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::attribute_error("readonly attribute"))
}
