//! Calling a builtin class: `int(x)`, `str(b, "utf-8")`, `list(it)`,
//! `range(a, b)`, `property(f)` … One constructor per class, dispatched on
//! which builtin class is being called, with CPython 3.11's conversions and
//! error messages.
//!
//! User classes never get here (only `object` and the exception classes may
//! be subclassed); exception classes are instantiated by the interpreter.

use crate::builtins::args::parse_args;
use crate::builtins::functions::{expect_args, keyword_args, no_keywords};
use crate::builtins::number_methods::{float_to_int, index_clamped, plain_int};
use crate::builtins::{constant_singleton, new_dict, new_list, new_tuple};
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::ops::has_python_dunders;
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::class::Instance;
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::{int_value, is_int};
use crate::objects::memoryview::is_bytes_like;
use crate::objects::set_table::SetTable;
use crate::objects::str::hash_text;
use crate::types::{is_subclass, types};
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use std::cell::RefCell;

/// CPython's default limit on the digits of a decimal string given to `int()`.
const MAX_STR_DIGITS: usize = 4300;

/// Calls the builtin class `class` with `args`: the constructor of each
/// builtin type. A class not listed here is constructed through a
/// `__new__` in its own namespace if it has one (how a native module's type
/// can be made callable), and otherwise refuses with CPython's
/// "cannot create 'X' instances".
pub fn construct(vm: &mut Vm, class: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    if let Some(ctor) = builtin_constructor(class) {
        return ctor(vm, args);
    }
    let ObjKind::Class(c) = class.kind() else {
        return Err(PyErr::type_error("cannot create instances of a non-class"));
    };
    let own_new = class
        .get()
        .read(&c.dict)
        .get_str("__new__", hash_text("__new__"))
        .cloned();
    if let Some(new) = own_new {
        let mut full = Vec::with_capacity(args.pos.len() + 1);
        full.push(Value::Obj(class.clone()));
        full.extend_from_slice(args.pos);
        return vm.call(&new, &full, args.kw);
    }
    Err(PyErr::type_error(format!(
        "cannot create '{}' instances",
        c.name
    )))
}

/// The native constructor of a builtin class (`int`, `range`, `zip` …), or
/// None for any other class. The builtin classes are process-wide and
/// frozen, so the table is built once; the common classes come first.
fn builtin_constructor(class: &ObjRef) -> Option<NativeFn> {
    static TABLE: std::sync::OnceLock<Vec<(crate::value::FrozenRef, NativeFn)>> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let t = types();
        let mut table: Vec<(crate::value::FrozenRef, NativeFn)> = vec![
            (t.int, int_new),
            (t.float, float_new),
            (t.str_, str_new),
            (t.range, range_new),
            (t.list, list_new),
            (t.tuple, tuple_new),
            (t.dict, dict_new),
            (t.bool_, bool_new),
            (t.set, set_new),
            (t.frozenset, frozenset_new),
            (t.bytes, bytes_new),
            (t.bytearray, bytearray_new),
            (t.slice, slice_new),
            (t.type_, type_new),
            (t.object, object_new),
            (t.property, property_new),
            (t.staticmethod, staticmethod_new),
            (t.classmethod, classmethod_new),
            (t.super_, super_new),
            (t.none_type, none_new),
            (t.not_implemented_type, not_implemented_new),
            (t.ellipsis_type, ellipsis_new),
            (t.method, super::method_binding::method_new),
        ];
        for (name, ctor) in crate::builtins::functions::ITERATOR_CONSTRUCTORS {
            if let Some(k) = t.iterator_class(name) {
                table.push((k, ctor));
            }
        }
        table
    });
    let addr = class.addr();
    table
        .iter()
        .find(|(builtin, _)| builtin.to_ref().addr() == addr)
        .map(|&(_, ctor)| ctor)
}

// ---------------------------------------------------------------------------
// Text helpers shared by int() and float().
// ---------------------------------------------------------------------------

/// CPython's `Py_ISSPACE`: ASCII whitespace.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The text of a str, bytes, bytearray or memoryview argument to `int()` /
/// `float()`, as the ASCII bytes CPython parses: for a str, non-ASCII
/// whitespace becomes a space and Unicode decimal digits become ASCII digits
/// (`_PyUnicode_TransformDecimalAndSpaceToASCII`); anything else non-ASCII
/// becomes `?`, which no parser accepts. `None` if `v` is not text.
fn numeric_text(v: &Value) -> Option<Vec<u8>> {
    let o = v.data().as_obj()?;
    match o.kind() {
        ObjKind::Str(s) => Some(
            s.as_str()
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c as u8
                    } else if c.is_whitespace() {
                        b' '
                    } else {
                        match crate::format::unicode_decimal_value(c) {
                            Some(d) => b'0' + d as u8,
                            None => b'?',
                        }
                    }
                })
                .collect(),
        ),
        ObjKind::Bytes(b) => Some(b.to_vec()),
        ObjKind::ByteArray(b) => Some(o.get().read(b).clone()),
        _ => crate::objects::memoryview::as_memoryview(v).and_then(|m| m.to_bytes().ok()),
    }
}

/// `%.200R`: the repr of `v`, cut to 200 characters as CPython's messages cut it.
fn short_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = vm.repr(v)?;
    Ok(match r.char_indices().nth(200) {
        Some((cut, _)) => r[..cut].to_string(),
        None => r,
    })
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

/// Why an int literal was refused.
enum IntLiteralError {
    /// Not a valid literal in the base.
    Invalid,
    /// More decimal digits than CPython converts by default.
    TooManyDigits(usize),
}

/// A digit's value in bases up to 36 (99 for anything else).
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 99,
    }
}

/// Parses an int literal as CPython's `PyLong_FromString` does: optional
/// whitespace and sign, a `0x`/`0o`/`0b` prefix where the base allows it
/// (base 0 picks the base from the prefix and refuses leading zeros on a
/// nonzero number), single underscores between digits (and one after a
/// prefix), and CPython's limit on decimal digits.
fn parse_int_literal(s: &[u8], base: u32) -> Result<Value, IntLiteralError> {
    let at = |k: usize| s.get(k).copied().unwrap_or(0);
    let mut i = 0;
    while is_ascii_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' || at(i) == b'-' {
        negative = at(i) == b'-';
        i += 1;
    }
    let mut base = base;
    let mut zero_only = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1).to_ascii_lowercase() {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => {
                    zero_only = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1).to_ascii_lowercase()),
            (16, b'x') | (8, b'o') | (2, b'b')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(IntLiteralError::Invalid);
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            if prev == b'_' {
                return Err(IntLiteralError::Invalid);
            }
        } else if digit_value(c) < base {
            digits.push(c);
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return Err(IntLiteralError::Invalid);
    }
    if !base.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(IntLiteralError::TooManyDigits(digits.len()));
    }
    while is_ascii_space(at(i)) {
        i += 1;
    }
    if i != s.len() {
        return Err(IntLiteralError::Invalid);
    }
    // 36**12 < 2**63: twelve digits always fit in an i64.
    let value = if digits.len() <= 12 {
        let mut n: i64 = 0;
        for &d in &digits {
            n = n * i64::from(base) + i64::from(digit_value(d));
        }
        if zero_only && n != 0 {
            return Err(IntLiteralError::Invalid);
        }
        Value::Int(if negative { -n } else { n })
    } else {
        let n = BigInt::parse_bytes(&digits, base).ok_or(IntLiteralError::Invalid)?;
        if zero_only && n != BigInt::from(0) {
            return Err(IntLiteralError::Invalid);
        }
        int_value(if negative { -n } else { n })
    };
    Ok(value)
}

/// `int(text, base)` for a str, bytes or bytearray, with CPython's errors.
fn int_from_text(vm: &mut Vm, v: &Value, text: &[u8], base: u32) -> PyResult<Value> {
    match parse_int_literal(text, base) {
        Ok(n) => Ok(n),
        Err(IntLiteralError::TooManyDigits(n)) => Err(PyErr::value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))),
        Err(IntLiteralError::Invalid) => {
            // CPython reports a bytearray's text as bytes.
            let shown = match v.kind() {
                Some(ObjKind::ByteArray(_)) => {
                    short_repr(vm, &Value::obj(ObjKind::Bytes(text.into())))?
                }
                _ => short_repr(vm, v)?,
            };
            Err(PyErr::value_error(format!(
                "invalid literal for int() with base {base}: {shown}"
            )))
        }
    }
}

/// Calls a conversion dunder that must return an int (`__int__`,
/// `__index__`, `__trunc__`); `None` when the type lacks it.
fn int_dunder(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if !has_python_dunders(v) {
        return Ok(None);
    }
    let Some(m) = vm.lookup_type_attr(v, name) else {
        return Ok(None);
    };
    let r = vm.call_method_value(&m, v, &[])?;
    if !is_int(&r) {
        return Err(PyErr::type_error(format!(
            "{name} returned non-int (type {})",
            vm.type_name(&r)
        )));
    }
    Ok(Some(plain_int(&r)))
}

/// `int(x)` with the default base.
fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::Bool(_) => return Ok(plain_int(x)),
        Value::Float(f) => return float_to_int(*f),
        Value::Obj(o) if matches!(o.kind(), ObjKind::BigInt(_)) => return Ok(x.clone()),
        _ => {}
    }
    if let Some(text) = numeric_text(x) {
        return int_from_text(vm, x, &text, 10);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(n) = int_dunder(vm, x, name)? {
            return Ok(n);
        }
    }
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// `int(x=0, base=10)`.
fn int_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let kw = keyword_args("int", args.kw, &["base"])?;
    let base = match (args.pos.get(1), &kw[0]) {
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "argument for int() given by name ('base') and position (2)",
            ))
        }
        (Some(b), None) | (None, Some(b)) => Some(b.clone()),
        (None, None) => None,
    };
    let Some(x) = args.pos.first() else {
        return match base {
            None => Ok(Value::Int(0)),
            Some(_) => Err(PyErr::type_error("int() missing string argument")),
        };
    };
    let Some(base) = base else {
        return int_from_value(vm, x);
    };
    let base = index_clamped(vm, &base)?;
    if base != 0 && !(2..=36).contains(&base) {
        return Err(PyErr::value_error(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    match numeric_text(x) {
        Some(text) => int_from_text(vm, x, &text, base as u32),
        None => Err(PyErr::type_error(
            "int() can't convert non-string with explicit base",
        )),
    }
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

/// Parses a float literal as `float()` does: surrounding ASCII whitespace,
/// underscores only between digits, then CPython's `PyOS_string_to_double`
/// grammar (decimal with optional exponent, `inf`, `infinity`, `nan`, any
/// case, with a sign) — which is exactly the grammar Rust's `f64` parser
/// accepts, and both round correctly.
fn parse_float_literal(s: &[u8]) -> Option<f64> {
    let mut cleaned = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            cleaned.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    let start = cleaned.iter().position(|b| !is_ascii_space(*b))?;
    let end = cleaned.iter().rposition(|b| !is_ascii_space(*b))? + 1;
    let text = std::str::from_utf8(cleaned.get(start..end)?).ok()?;
    text.parse::<f64>().ok()
}

/// `float(x)`.
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Float(_) => return Ok(x.clone()),
        Value::Int(i) => return Ok(Value::Float(*i as f64)),
        Value::Bool(b) => return Ok(Value::Float(if *b { 1.0 } else { 0.0 })),
        Value::Obj(o) => {
            if let ObjKind::BigInt(b) = o.kind() {
                return crate::format::bigint_to_f64(b)
                    .map(Value::Float)
                    .ok_or_else(|| PyErr::overflow("int too large to convert to float"));
            }
        }
        _ => {}
    }
    if let Some(text) = numeric_text(x) {
        return match parse_float_literal(&text) {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let shown = vm.repr(x)?;
                Err(PyErr::value_error(format!(
                    "could not convert string to float: {shown}"
                )))
            }
        };
    }
    if has_python_dunders(x) {
        if let Some(m) = vm.lookup_type_attr(x, "__float__") {
            let r = vm.call_method_value(&m, x, &[])?;
            return match r {
                Value::Float(_) => Ok(r),
                _ => Err(PyErr::type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(x),
                    vm.type_name(&r)
                ))),
            };
        }
        if let Some(n) = int_dunder(vm, x, "__index__")? {
            return float_from_value(vm, &n);
        }
    }
    Err(PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// `float(x=0.0)`.
fn float_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("float", args)?;
    expect_args("float", args, 0, 1)?;
    match args.pos.first() {
        None => Ok(Value::Float(0.0)),
        Some(x) => float_from_value(vm, x),
    }
}

// ---------------------------------------------------------------------------
// str, bytes, bytearray
// ---------------------------------------------------------------------------

/// An optional str argument of a constructor (`encoding`, `errors`).
fn opt_str_arg<'a>(
    vm: &Vm,
    func: &str,
    name: &str,
    v: &'a Option<Value>,
) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => match v.kind() {
            Some(ObjKind::Str(s)) => Ok(Some(s.as_str())),
            _ => Err(PyErr::type_error(format!(
                "{func}() argument '{name}' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// `str(object='')` / `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // `str(x)`, by far the most common form, skips the keyword parsing.
    if let ([v], []) = (args.pos, args.kw) {
        return match v.kind() {
            Some(ObjKind::Str(_)) => Ok(v.clone()),
            _ => Ok(str_value(vm.to_str(v)?)),
        };
    }
    let a = parse_args("str", args, &["object", "encoding", "errors"], 0)?;
    let encoding = opt_str_arg(vm, "str", "encoding", &a[1])?;
    let errors = opt_str_arg(vm, "str", "errors", &a[2])?;
    if encoding.is_none() && errors.is_none() {
        return match &a[0] {
            None => Ok(str_value("")),
            Some(v) if matches!(v.kind(), Some(ObjKind::Str(_))) => Ok(v.clone()),
            Some(v) => Ok(str_value(vm.to_str(v)?)),
        };
    }
    let encoding = encoding.unwrap_or("utf-8");
    let errors = errors.unwrap_or("strict");
    let Some(obj) = &a[0] else {
        return Ok(str_value(""));
    };
    match obj.kind() {
        _ if is_bytes_like(obj) => {
            let data = vm.bytes_of(obj)?;
            let text = crate::builtins::codecs::decode_bytes(&data, encoding, errors)?;
            Ok(str_value(text))
        }
        Some(ObjKind::Str(_)) => Err(PyErr::type_error("decoding str is not supported")),
        _ => Err(PyErr::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(obj)
        ))),
    }
}

/// One item of an iterable given to `bytes()`: an int in `range(256)`.
fn byte_item(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::Obj(o) if matches!(o.kind(), ObjKind::BigInt(_)) => -1,
        _ => vm.index_of(v)?,
    };
    u8::try_from(n).map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))
}

/// The contents of `bytes(x)` for a non-str `x`: a copy of a bytes-like
/// object, what `__bytes__` returns, `x` zero bytes for an integer (when
/// `allow_count`; `int.from_bytes` refuses ints), or the ints of an iterable.
pub(crate) fn bytes_from_object(vm: &mut Vm, v: &Value, allow_count: bool) -> PyResult<Vec<u8>> {
    let cannot = |vm: &Vm| {
        PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(v)
        ))
    };
    match v.kind() {
        _ if is_bytes_like(v) => return vm.bytes_of(v),
        Some(_) if has_python_dunders(v) => {
            if let Some(m) = vm.lookup_type_attr(v, "__bytes__") {
                let r = vm.call_method_value(&m, v, &[])?;
                return match r.kind() {
                    Some(ObjKind::Bytes(b)) => Ok(b.to_vec()),
                    _ => Err(PyErr::type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
        }
        Some(ObjKind::Str(_)) => return Err(cannot(vm)),
        _ => {}
    }
    let is_index =
        is_int(v) || (has_python_dunders(v) && vm.lookup_type_attr(v, "__index__").is_some());
    if is_index {
        if !allow_count {
            return Err(cannot(vm));
        }
        let n = match v.kind() {
            Some(ObjKind::BigInt(_)) => {
                return Err(PyErr::overflow(
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            _ => vm.index_of(v)?,
        };
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        let n = usize::try_from(n).map_err(|_| PyErr::memory_error())?;
        vm.check_alloc(n, 1)?;
        return crate::builtins::number_methods::zeroed_bytes(n);
    }
    let iterable = match v.kind() {
        Some(_) if has_python_dunders(v) => {
            vm.lookup_type_attr(v, "__iter__").is_some()
                || vm.lookup_type_attr(v, "__getitem__").is_some()
        }
        Some(_) => true,
        None => false,
    };
    if !iterable {
        return Err(cannot(vm));
    }
    let it = match v.kind() {
        Some(_) if has_python_dunders(v) => vm.get_iter(v)?,
        _ => vm.get_iter(v).map_err(|_| cannot(vm))?,
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        out.push(byte_item(vm, &item)?);
    }
    Ok(out)
}

/// The contents of `bytes(...)` / `bytearray(...)` from
/// `(source, encoding, errors)`.
pub(crate) fn bytes_payload(vm: &mut Vm, func: &str, args: Args<'_>) -> PyResult<Vec<u8>> {
    let a = parse_args(func, args, &["source", "encoding", "errors"], 0)?;
    let encoding = opt_str_arg(vm, func, "encoding", &a[1])?;
    let errors = opt_str_arg(vm, func, "errors", &a[2])?;
    let Some(source) = &a[0] else {
        if encoding.is_some() {
            return Err(PyErr::type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(PyErr::type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(ObjKind::Str(s)) = source.kind() {
        let Some(encoding) = encoding else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        return crate::builtins::codecs::encode_text(
            s.as_str(),
            encoding,
            errors.unwrap_or("strict"),
        );
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    bytes_from_object(vm, source, true)
}

/// `bytes(source=b'', encoding=None, errors=None)`.
fn bytes_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // bytes(b) of an exact bytes object is that object.
    if args.kw.is_empty() && args.pos.len() == 1 {
        if let Some(ObjKind::Bytes(_)) = args.pos[0].kind() {
            return Ok(args.pos[0].clone());
        }
    }
    let data = bytes_payload(vm, "bytes", args)?;
    Ok(Value::obj(ObjKind::Bytes(data.into_boxed_slice())))
}

/// `bytearray(source=b'', encoding=None, errors=None)`.
fn bytearray_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = bytes_payload(vm, "bytearray", args)?;
    Ok(Value::obj(ObjKind::ByteArray(RefCell::new(data))))
}

// ---------------------------------------------------------------------------
// bool, list, tuple, dict, set, frozenset
// ---------------------------------------------------------------------------

/// The single optional positional argument of a container constructor
/// (no keywords allowed).
fn optional_iterable<'a>(func: &str, args: Args<'a>) -> PyResult<Option<&'a Value>> {
    no_keywords(func, args)?;
    expect_args(func, args, 0, 1)?;
    Ok(args.pos.first())
}

/// `bool(x=False)`.
fn bool_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match optional_iterable("bool", args)? {
        None => Ok(Value::Bool(false)),
        Some(x) => Ok(Value::Bool(vm.truthy(x)?)),
    }
}

/// `list(iterable=())`.
fn list_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match optional_iterable("list", args)? {
        None => Ok(new_list(Vec::new())),
        Some(x) => Ok(new_list(vm.collect(x)?)),
    }
}

/// `tuple(iterable=())`.
fn tuple_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match optional_iterable("tuple", args)? {
        None => Ok(new_tuple(Vec::new())),
        Some(x) if matches!(x.kind(), Some(ObjKind::Tuple(_))) => Ok(x.clone()),
        Some(x) => Ok(new_tuple(vm.collect(x)?)),
    }
}

/// `dict(mapping_or_pairs=(), **kwargs)`.
fn dict_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    expect_args("dict", args, 0, 1)?;
    let d = new_dict();
    if let Some(source) = args.pos.first() {
        vm.dict_update_from(&d, source, None)?;
    }
    for (k, v) in args.kw {
        vm.dict_set(&d, k.clone(), v.clone())?;
    }
    Ok(d)
}

/// The table of a new set or frozenset built from `v`, laid out as CPython
/// lays it out (see the table in `objects::set_table`): a copy for a set or
/// frozenset, a presized table for an exact dict, one insert per item for
/// anything else.
fn set_table_from(vm: &mut Vm, v: &Value) -> PyResult<SetTable<Value>> {
    if let Some(table) = vm.set_table_of(v) {
        return Ok(table);
    }
    if let (Some(ObjKind::Dict(cell)), Some(o)) = (v.kind(), v.as_obj()) {
        let keys: Vec<(i64, Value)> = o
            .get()
            .read(cell)
            .iter()
            .map(|e| (e.hash, e.key.clone()))
            .collect();
        let mut table = SetTable::with_capacity_for(keys.len());
        // Dict keys are distinct already: no comparison can find a match.
        for (hash, key) in keys {
            table.insert_absent(hash, key);
        }
        return Ok(table);
    }
    let items = vm.collect(v)?;
    vm.table_from(items)
}

/// `set(iterable=())`.
fn set_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let table = match optional_iterable("set", args)? {
        None => SetTable::new(),
        Some(x) => set_table_from(vm, x)?,
    };
    Ok(Value::obj(ObjKind::Set(Box::new(RefCell::new(table)))))
}

/// `frozenset(iterable=())`.
fn frozenset_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let table = match optional_iterable("frozenset", args)? {
        None => SetTable::new(),
        // frozenset(f) of an exact frozenset is f itself.
        Some(x) if matches!(x.kind(), Some(ObjKind::FrozenSet(_))) => return Ok(x.clone()),
        Some(x) => set_table_from(vm, x)?,
    };
    Ok(Value::obj(ObjKind::FrozenSet(Box::new(table))))
}

// ---------------------------------------------------------------------------
// range, slice
// ---------------------------------------------------------------------------

/// One bound of a range: an integer that fits in 64 bits.
fn range_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let too_big = || {
        PyErr::overflow(
            "range() arguments must fit in 64 bits in taipan (a bigger range is not supported)",
        )
    };
    match v.kind() {
        Some(ObjKind::BigInt(_)) => Err(too_big()),
        Some(_) if has_python_dunders(v) => {
            let n = crate::builtins::number_methods::index_bigint(vm, v)?;
            i64::try_from(n).map_err(|_| too_big())
        }
        _ => vm.index_of(v),
    }
}

/// `range(stop)` / `range(start, stop[, step])`.
fn range_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("range", args)?;
    expect_args("range", args, 1, 3)?;
    let mut bounds = [0i64; 3];
    for (slot, v) in bounds.iter_mut().zip(args.pos) {
        *slot = range_bound(vm, v)?;
    }
    let (start, stop, step) = match args.pos.len() {
        1 => (0, bounds[0], 1),
        2 => (bounds[0], bounds[1], 1),
        _ => (bounds[0], bounds[1], bounds[2]),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::obj(ObjKind::Range { start, stop, step }))
}

/// `slice(stop)` / `slice(start, stop[, step])`.
fn slice_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("slice", args)?;
    expect_args("slice", args, 1, 3)?;
    let parts = match args.pos {
        [stop] => [Value::None, stop.clone(), Value::None],
        [start, stop] => [start.clone(), stop.clone(), Value::None],
        [start, stop, step, ..] => [start.clone(), stop.clone(), step.clone()],
        [] => [Value::None, Value::None, Value::None],
    };
    Ok(Value::obj(ObjKind::Slice(Box::new(parts))))
}

// ---------------------------------------------------------------------------
// type, object, descriptors, super, singletons
// ---------------------------------------------------------------------------

/// `type(obj)`, and `type(name, bases, dict)`: a new class, as a class
/// statement would make it (keywords go to `__init_subclass__`).
fn type_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match (args.pos.len(), args.kw.is_empty()) {
        (1, true) => Ok(Value::Obj(vm.type_of(&args.pos[0]))),
        (3, _) => {
            let name = match args.pos[0].kind() {
                Some(ObjKind::Str(s)) => s.as_str().to_string(),
                _ => {
                    return Err(PyErr::type_error(format!(
                        "type.__new__() argument 1 must be str, not {}",
                        vm.type_name(&args.pos[0])
                    )))
                }
            };
            let Some(ObjKind::Tuple(bases)) = args.pos[1].kind() else {
                return Err(PyErr::type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    vm.type_name(&args.pos[1])
                )));
            };
            let bases = bases.to_vec();
            crate::builtins::class_builder::class_from_namespace(
                vm,
                name,
                &bases,
                &args.pos[2],
                args.kw,
            )
        }
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
}

/// `object()`.
fn object_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    Ok(Value::obj(ObjKind::Instance(Instance::new(
        types().object.to_ref(),
        None,
    ))))
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
fn property_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = parse_args("property", args, &["fget", "fset", "fdel", "doc"], 0)?;
    let part = |i: usize| a[i].clone().unwrap_or(Value::None);
    Ok(Value::obj(ObjKind::Property(Box::new([
        part(0),
        part(1),
        part(2),
        part(3),
    ]))))
}

/// The function argument of `staticmethod(f)` / `classmethod(f)`.
fn single_function(func: &str, args: Args<'_>) -> PyResult<Value> {
    no_keywords(func, args)?;
    expect_args(func, args, 1, 1)?;
    Ok(args.pos[0].clone())
}

/// `staticmethod(f)`.
fn staticmethod_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = single_function("staticmethod", args)?;
    Ok(Value::obj(ObjKind::StaticMethod(f)))
}

/// `classmethod(f)`.
fn classmethod_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = single_function("classmethod", args)?;
    Ok(Value::obj(ObjKind::ClassMethod(f)))
}

/// `super(type, obj)`. The zero-argument form is compiled specially; a
/// call that reaches here without arguments is outside a method.
fn super_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("super", args)?;
    let (class, obj) =
        match args.pos {
            [] => return Err(PyErr::runtime_error("super(): no arguments")),
            [_] => return Err(PyErr::type_error(
                "super() with one argument (an unbound super object) is not supported by taipan",
            )),
            [class, obj] => (class, obj),
            _ => {
                return Err(PyErr::type_error(format!(
                    "super() takes at most 2 arguments ({} given)",
                    args.pos.len()
                )))
            }
        };
    let Some(class_ref) = class
        .as_obj()
        .filter(|c| matches!(c.kind(), ObjKind::Class(_)))
    else {
        return Err(PyErr::type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(class)
        )));
    };
    let fits = match obj.as_obj() {
        Some(o) if matches!(o.kind(), ObjKind::Class(_)) && is_subclass(o, class_ref) => true,
        _ => is_subclass(&vm.type_of(obj), class_ref),
    };
    if !fits {
        return Err(PyErr::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    Ok(Value::obj(ObjKind::Super(class.clone(), obj.clone())))
}

/// Refuses arguments to a singleton's type (`type(None)()` and the like).
fn no_args(name: &str, args: Args<'_>) -> PyResult<()> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name} takes no arguments")));
    }
    Ok(())
}

/// `type(None)()`: None.
fn none_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("NoneType", args)?;
    Ok(Value::None)
}

/// `type(NotImplemented)()`: NotImplemented.
fn not_implemented_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("NotImplementedType", args)?;
    Ok(constant_singleton(0))
}

/// `type(...)()`: Ellipsis.
fn ellipsis_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("ellipsis", args)?;
    Ok(constant_singleton(1))
}
