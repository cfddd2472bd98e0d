//! The native methods of `str`, `bytes` and `bytearray`.
//!
//! This file parses arguments and wraps results; the text algorithms live in
//! [`crate::objects::str_ops`]. Besides the methods it holds `str.format`
//! (the field grammar of CPython's `unicode_format.h`); `str.encode` and
//! `bytes.decode` call the codecs of [`crate::builtins::codecs`].
//!
//! `bytes` and `bytearray` share one implementation of every read-only
//! method: a result that is itself bytes-like is wrapped like `self`, as in
//! CPython (`bytearray(b"a b").split()` gives bytearrays).

use crate::builtins::args::{check_positional, parse_args, rest, self_arg};
use crate::builtins::codecs::{decode_bytes, encode_text};
use crate::builtins::{new_dict, new_list, new_tuple};
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::to_bigint;
use crate::objects::memoryview::{is_bytes_like, resize_guarded};
use crate::objects::str::PyStr;
use crate::objects::str_ops::{self, StrOpError, StrResult};
use crate::types::types;
use crate::value::Value;
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;

/// The native methods of `str` (`self` is `args.pos[0]`). `maketrans` is a
/// static method in Python: like `bytes.fromhex` it expects the VM to wrap
/// it (as a classmethod) so that its first argument is the class.
pub static STR_METHODS: &[(&str, NativeFn)] = &[
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("join", str_join),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("replace", str_replace),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("lower", str_lower),
    ("upper", str_upper),
    ("title", str_title),
    ("capitalize", str_capitalize),
    ("swapcase", str_swapcase),
    ("casefold", str_casefold),
    ("isdigit", str_isdigit),
    ("isdecimal", str_isdecimal),
    ("isnumeric", str_isnumeric),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isspace", str_isspace),
    ("islower", str_islower),
    ("isupper", str_isupper),
    ("istitle", str_istitle),
    ("isidentifier", str_isidentifier),
    ("isprintable", str_isprintable),
    ("isascii", str_isascii),
    ("zfill", str_zfill),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("center", str_center),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("expandtabs", str_expandtabs),
    ("encode", str_encode),
    ("format", str_format),
    ("format_map", str_format_map),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("maketrans", str_maketrans),
    ("translate", str_translate),
];

/// The native methods of `bytes` (`self` is `args.pos[0]`). `fromhex` is a
/// class method: the VM wraps it so that its first argument is the class.
pub static BYTES_METHODS: &[(&str, NativeFn)] = &[
    ("decode", bytes_decode),
    ("hex", bytes_hex),
    ("count", bytes_count),
    ("find", bytes_find),
    ("rfind", bytes_rfind),
    ("index", bytes_index),
    ("rindex", bytes_rindex),
    ("startswith", bytes_startswith),
    ("endswith", bytes_endswith),
    ("split", bytes_split),
    ("rsplit", bytes_rsplit),
    ("strip", bytes_strip),
    ("lstrip", bytes_lstrip),
    ("rstrip", bytes_rstrip),
    ("join", bytes_join),
    ("replace", bytes_replace),
    ("partition", bytes_partition),
    ("rpartition", bytes_rpartition),
    ("removeprefix", bytes_removeprefix),
    ("removesuffix", bytes_removesuffix),
    ("upper", bytes_upper),
    ("lower", bytes_lower),
    ("swapcase", bytes_swapcase),
    ("capitalize", bytes_capitalize),
    ("title", bytes_title),
    ("istitle", bytes_istitle),
    ("isascii", bytes_isascii),
    ("ljust", bytes_ljust),
    ("rjust", bytes_rjust),
    ("center", bytes_center),
    ("zfill", bytes_zfill),
    ("expandtabs", bytes_expandtabs),
    ("splitlines", bytes_splitlines),
    ("translate", bytes_translate),
    ("maketrans", bytes_maketrans),
    ("isdigit", bytes_isdigit),
    ("isalpha", bytes_isalpha),
    ("isalnum", bytes_isalnum),
    ("isspace", bytes_isspace),
    ("islower", bytes_islower),
    ("isupper", bytes_isupper),
    ("fromhex", bytes_fromhex),
];

/// The methods `bytearray` has beyond those of `bytes` (it gets both
/// tables; see `builtins::methods_of`).
pub static BYTEARRAY_METHODS: &[(&str, NativeFn)] = &[
    ("append", bytearray_append),
    ("extend", bytearray_extend),
    ("pop", bytearray_pop),
    ("clear", bytearray_clear),
    ("copy", bytearray_copy),
    ("insert", bytearray_insert),
    ("reverse", bytearray_reverse),
    ("remove", bytearray_remove),
];

// ---------------------------------------------------------------------------
// Argument helpers shared by str and bytes
// ---------------------------------------------------------------------------

/// The Python exception for a failed str operation.
fn op_err(e: StrOpError) -> PyErr {
    match e {
        StrOpError::ValueError(m) => PyErr::value_error(m),
        StrOpError::OverflowError(m) => PyErr::overflow(m),
        StrOpError::MemoryError => PyErr::memory_error(),
    }
}

/// The positional arguments after `self`, checked to number `min..=max`
/// (no keywords).
fn positional<'a>(name: &str, args: Args<'a>, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let a = rest(args);
    check_positional(name, a, min, max)?;
    Ok(a.pos)
}

/// A required argument that [`positional`] has already counted.
fn req(pos: &[Value], i: usize) -> PyResult<&Value> {
    pos.get(i)
        .ok_or_else(|| PyErr::type_error("missing required argument"))
}

/// A slot filled by [`parse_args`].
fn slot(slots: &[Option<Value>], i: usize) -> Option<&Value> {
    slots.get(i).and_then(|v| v.as_ref())
}

/// Clamps an i64 to isize (equal on 64-bit targets).
fn clamp_isize(i: i64) -> isize {
    isize::try_from(i).unwrap_or(if i < 0 { isize::MIN } else { isize::MAX })
}

/// A `Py_ssize_t` argument (a width, a count, maxsplit): an int or an
/// object with `__index__`.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<isize> {
    if let Some(b) = to_bigint(v) {
        return b
            .to_isize()
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"));
    }
    Ok(clamp_isize(vm.index_of(v)?))
}

/// A start/end argument of a search: `None`, an int (clamped, as CPython's
/// `_PyEval_SliceIndex` does) or an object with `__index__`.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<isize>> {
    let v = match v {
        None | Some(Value::None) => return Ok(None),
        Some(v) => v,
    };
    if let Some(b) = to_bigint(v) {
        let clamped = b.to_isize().unwrap_or(if b.is_negative() {
            isize::MIN
        } else {
            isize::MAX
        });
        return Ok(Some(clamped));
    }
    match v.kind() {
        Some(ObjKind::Instance(_) | ObjKind::Native(_)) => Ok(Some(clamp_isize(vm.index_of(v)?))),
        _ => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// An int-like flag (`keepends`): CPython accepts ints only, not any object.
fn int_flag(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(b) = to_bigint(v) {
        return Ok(b.sign() != num_bigint::Sign::NoSign);
    }
    Ok(vm.index_of(v)? != 0)
}

/// The text of a str argument; the error reads `"{what}must be str, not T"`.
/// A named argument (`what` not empty) that is None reads `not None`, as
/// CPython's argument parser words it.
fn need_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.data_kind() {
        Some(ObjKind::Str(s)) => Ok(s.as_str()),
        _ => {
            let found = match v {
                Value::None if !what.is_empty() => "None".to_string(),
                _ => vm.type_name(v),
            };
            Err(PyErr::type_error(format!("{what}must be str, not {found}")))
        }
    }
}

/// An optional str argument given by name, as `encode(encoding=…)` reads it.
fn opt_str_slot<'a>(
    vm: &Vm,
    slots: &'a [Option<Value>],
    i: usize,
    func: &str,
    name: &str,
) -> PyResult<Option<&'a str>> {
    match slot(slots, i) {
        None => Ok(None),
        Some(v) => need_str(vm, v, &format!("{func}() argument '{name}' ")).map(Some),
    }
}

/// A found index, or -1.
fn found(i: Option<usize>) -> Value {
    match i {
        Some(i) => Value::Int(i64::try_from(i).unwrap_or(i64::MAX)),
        None => Value::Int(-1),
    }
}

/// A count or index as an int value.
fn usize_value(n: usize) -> Value {
    Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// Reserves room for a result of `size` bytes (`None`: the size
/// overflowed) through `try_reserve`: `OverflowError(too_long)` past
/// `isize::MAX`, `MemoryError` when the allocation fails, never an abort.
fn reserve<E>(
    size: Option<usize>,
    too_long: &'static str,
    try_reserve: impl FnOnce(usize) -> Result<(), E>,
) -> PyResult<()> {
    let size = size
        .filter(|&n| isize::try_from(n).is_ok())
        .ok_or_else(|| PyErr::overflow(too_long))?;
    try_reserve(size).map_err(|_| PyErr::memory_error())
}

/// An empty byte buffer with room for `size` bytes (see [`reserve`]).
fn buffer(size: Option<usize>, too_long: &'static str) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    reserve(size, too_long, |n| out.try_reserve_exact(n))?;
    Ok(out)
}

/// The length of `sep.join(parts)` where the parts have lengths `lens`;
/// `None` when it overflows.
fn joined_size(sep: usize, lens: &[usize]) -> Option<usize> {
    let seps = sep.checked_mul(lens.len().saturating_sub(1))?;
    lens.iter().try_fold(seps, |acc, n| acc.checked_add(*n))
}

/// `sep.join(parts)` on bytes, sized up front (see [`reserve`]).
fn join_buffers(sep: &[u8], parts: &[&[u8]], too_long: &'static str) -> PyResult<Vec<u8>> {
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    let mut out = buffer(joined_size(sep.len(), &lens), too_long)?;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(p);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// str: self and simple wrappers
// ---------------------------------------------------------------------------

/// The `str` that a method was called on.
fn self_str<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> PyResult<&'a PyStr> {
    let v = self_arg(name, args)?;
    match v.kind() {
        Some(ObjKind::Str(s)) => Ok(s),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// A method with no arguments that maps the text to new text.
fn map_str(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = self_str(vm, name, &args)?;
    positional(name, args, 0, 0)?;
    Ok(str_value(f(s.as_str())))
}

/// A method with no arguments that tests the text.
fn test_str(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = self_str(vm, name, &args)?;
    positional(name, args, 0, 0)?;
    Ok(Value::Bool(f(s.as_str())))
}

macro_rules! str_mappers {
    ($($func:ident => $name:literal, $op:path;)*) => {
        $(fn $func(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            map_str(vm, args, $name, $op)
        })*
    };
}

macro_rules! str_tests {
    ($($func:ident => $name:literal, $op:path;)*) => {
        $(fn $func(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            test_str(vm, args, $name, $op)
        })*
    };
}

str_mappers! {
    str_lower => "lower", str_ops::lower;
    str_upper => "upper", str_ops::upper;
    str_title => "title", str_ops::title;
    str_capitalize => "capitalize", str_ops::capitalize;
    str_swapcase => "swapcase", str_ops::swapcase;
    str_casefold => "casefold", str_ops::casefold;
}

str_tests! {
    str_isdigit => "isdigit", str_ops::isdigit;
    str_isdecimal => "isdecimal", str_ops::isdecimal;
    str_isnumeric => "isnumeric", str_ops::isnumeric;
    str_isalpha => "isalpha", str_ops::isalpha;
    str_isalnum => "isalnum", str_ops::isalnum;
    str_isspace => "isspace", str_ops::isspace;
    str_islower => "islower", str_ops::islower;
    str_isupper => "isupper", str_ops::isupper;
    str_istitle => "istitle", str_ops::istitle;
    str_isidentifier => "isidentifier", str_ops::isidentifier;
    str_isprintable => "isprintable", str_ops::isprintable;
    str_isascii => "isascii", str_ops::isascii;
}

/// A list of str values.
fn str_list(parts: Vec<&str>) -> Value {
    new_list(
        parts
            .into_iter()
            .map(crate::objects::str::text_value)
            .collect(),
    )
}

// ---------------------------------------------------------------------------
// str: splitting, joining, stripping, replacing
// ---------------------------------------------------------------------------

type SplitFn = for<'a, 'b> fn(&'a str, Option<&'b str>, isize) -> StrResult<Vec<&'a str>>;

fn str_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_str(vm, args, "split", str_ops::split)
}

fn str_rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_str(vm, args, "rsplit", str_ops::rsplit)
}

fn split_str(vm: &mut Vm, args: Args<'_>, name: &str, f: SplitFn) -> PyResult<Value> {
    let s = self_str(vm, name, &args)?;
    let slots = parse_args(name, rest(args), &["sep", "maxsplit"], 0)?;
    let maxsplit = match slot(&slots, 1) {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    let sep = match slot(&slots, 0) {
        None | Some(Value::None) => None,
        Some(v) => match v.data_kind() {
            Some(ObjKind::Str(p)) => Some(p.as_str()),
            _ => {
                return Err(PyErr::type_error(format!(
                    "must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let parts = f(s.as_str(), sep, maxsplit).map_err(op_err)?;
    Ok(str_list(parts))
}

fn str_splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_str(vm, "splitlines", &args)?;
    let slots = parse_args("splitlines", rest(args), &["keepends"], 0)?;
    let keepends = match slot(&slots, 0) {
        None => false,
        Some(v) => int_flag(vm, v)?,
    };
    Ok(str_list(str_ops::splitlines(s.as_str(), keepends)))
}

fn str_join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let sep = self_str(vm, "join", &args)?.as_str();
    let pos = positional("join", args, 1, 1)?;
    let items = vm.collect(req(pos, 0)?)?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let Some(ObjKind::Str(p)) = item.data_kind() else {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            )));
        };
        parts.push(p.as_str());
    }
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    let size = joined_size(sep.len(), &lens);
    let mut out = String::new();
    reserve(size, "join() result is too long for a Python string", |n| {
        out.try_reserve_exact(n)
    })?;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    Ok(str_value(out))
}

type StripFn = for<'a, 'b> fn(&'a str, Option<&'b str>) -> &'a str;

fn str_strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_str(vm, args, "strip", str_ops::strip)
}

fn str_lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_str(vm, args, "lstrip", str_ops::lstrip)
}

fn str_rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_str(vm, args, "rstrip", str_ops::rstrip)
}

fn strip_str(vm: &mut Vm, args: Args<'_>, name: &str, f: StripFn) -> PyResult<Value> {
    let this = self_arg(name, &args)?;
    let s = self_str(vm, name, &args)?.as_str();
    let pos = positional(name, args, 0, 1)?;
    let chars = match pos.first() {
        None | Some(Value::None) => None,
        Some(v) => match v.data_kind() {
            Some(ObjKind::Str(p)) => Some(p.as_str()),
            _ => return Err(PyErr::type_error(format!("{name} arg must be None or str"))),
        },
    };
    let stripped = f(s, chars);
    if stripped.len() == s.len() {
        return Ok(this.clone());
    }
    Ok(str_value(stripped))
}

fn str_replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_str(vm, "replace", &args)?.as_str();
    let pos = positional("replace", args, 2, 3)?;
    let old = need_str(vm, req(pos, 0)?, "replace() argument 1 ")?;
    let new = need_str(vm, req(pos, 1)?, "replace() argument 2 ")?;
    let count = match pos.get(2) {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    Ok(str_value(
        str_ops::replace(s, old, new, count).map_err(op_err)?,
    ))
}

fn str_partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_str(vm, args, "partition", str_ops::partition)
}

fn str_rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_str(vm, args, "rpartition", str_ops::rpartition)
}

type PartitionFn = for<'a, 'b> fn(&'a str, &'b str) -> StrResult<(&'a str, &'a str, &'a str)>;

fn partition_str(vm: &mut Vm, args: Args<'_>, name: &str, f: PartitionFn) -> PyResult<Value> {
    let s = self_str(vm, name, &args)?.as_str();
    let pos = positional(name, args, 1, 1)?;
    let sep = need_str(vm, req(pos, 0)?, "")?;
    let (a, b, c) = f(s, sep).map_err(op_err)?;
    Ok(new_tuple(vec![str_value(a), str_value(b), str_value(c)]))
}

fn str_removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", |s, p| s.strip_prefix(p))
}

fn str_removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", |s, p| s.strip_suffix(p))
}

fn remove_affix(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    f: for<'a, 'b> fn(&'a str, &'b str) -> Option<&'a str>,
) -> PyResult<Value> {
    let this = self_arg(name, &args)?;
    let s = self_str(vm, name, &args)?.as_str();
    let pos = positional(name, args, 1, 1)?;
    let affix = need_str(vm, req(pos, 0)?, &format!("{name}() argument "))?;
    match f(s, affix) {
        Some(kept) if !affix.is_empty() => Ok(str_value(kept)),
        _ => Ok(this.clone()),
    }
}

// ---------------------------------------------------------------------------
// str: searching
// ---------------------------------------------------------------------------

/// The text, the substring and the start/end of `find`, `count` and friends.
fn search_args<'a>(
    vm: &mut Vm,
    name: &str,
    args: Args<'a>,
) -> PyResult<(&'a PyStr, &'a str, Option<isize>, Option<isize>)> {
    let s = self_str(vm, name, &args)?;
    let pos = positional(name, args, 1, 3)?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let sub = need_str(vm, req(pos, 0)?, "")?;
    Ok((s, sub, start, end))
}

fn str_find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, "find", args)?;
    Ok(found(str_ops::find(s, sub, start, end)))
}

fn str_rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, "rfind", args)?;
    Ok(found(str_ops::rfind(s, sub, start, end)))
}

fn str_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, "index", args)?;
    Ok(usize_value(
        str_ops::index(s, sub, start, end).map_err(op_err)?,
    ))
}

fn str_rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, "rindex", args)?;
    Ok(usize_value(
        str_ops::rindex(s, sub, start, end).map_err(op_err)?,
    ))
}

fn str_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, "count", args)?;
    Ok(usize_value(str_ops::count(s, sub, start, end)))
}

type AffixFn = fn(&PyStr, &str, Option<isize>, Option<isize>) -> bool;

fn str_startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_str(vm, args, "startswith", str_ops::startswith)
}

fn str_endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_str(vm, args, "endswith", str_ops::endswith)
}

fn affix_str(vm: &mut Vm, args: Args<'_>, name: &str, f: AffixFn) -> PyResult<Value> {
    let s = self_str(vm, name, &args)?;
    let pos = positional(name, args, 1, 3)?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let affix = req(pos, 0)?;
    match affix.data_kind() {
        Some(ObjKind::Str(p)) => Ok(Value::Bool(f(s, p.as_str(), start, end))),
        Some(ObjKind::Tuple(items)) => {
            for item in items.iter() {
                let Some(ObjKind::Str(p)) = item.data_kind() else {
                    return Err(PyErr::type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        vm.type_name(item)
                    )));
                };
                if f(s, p.as_str(), start, end) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(affix)
        ))),
    }
}

// ---------------------------------------------------------------------------
// str: padding
// ---------------------------------------------------------------------------

type PadFn = fn(&str, isize, char) -> StrResult<String>;

fn str_ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_str(vm, args, "ljust", str_ops::ljust)
}

fn str_rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_str(vm, args, "rjust", str_ops::rjust)
}

fn str_center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_str(vm, args, "center", str_ops::center)
}

/// The fill character of `ljust`, `rjust` and `center`.
fn fill_char(vm: &Vm, v: &Value) -> PyResult<char> {
    let Some(ObjKind::Str(p)) = v.data_kind() else {
        return Err(PyErr::type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let mut chars = p.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PyErr::type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

fn pad_str(vm: &mut Vm, args: Args<'_>, name: &str, f: PadFn) -> PyResult<Value> {
    let s = self_str(vm, name, &args)?.as_str();
    let pos = positional(name, args, 1, 2)?;
    let width = ssize_arg(vm, req(pos, 0)?)?;
    let fill = match pos.get(1) {
        None => ' ',
        Some(v) => fill_char(vm, v)?,
    };
    Ok(str_value(f(s, width, fill).map_err(op_err)?))
}

fn str_zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_str(vm, "zfill", &args)?.as_str();
    let pos = positional("zfill", args, 1, 1)?;
    let width = ssize_arg(vm, req(pos, 0)?)?;
    Ok(str_value(str_ops::zfill(s, width).map_err(op_err)?))
}

fn str_expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_str(vm, "expandtabs", &args)?.as_str();
    let slots = parse_args("expandtabs", rest(args), &["tabsize"], 0)?;
    let tabsize = match slot(&slots, 0) {
        None => 8,
        Some(v) => c_int_arg(vm, v)?,
    };
    Ok(str_value(str_ops::expandtabs(s, tabsize).map_err(op_err)?))
}

/// A C `int` argument.
fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let too_large = || PyErr::overflow("Python int too large to convert to C int");
    match to_bigint(v) {
        Some(b) => b.to_i32().ok_or_else(too_large),
        None => i32::try_from(vm.index_of(v)?).map_err(|_| too_large()),
    }
}

// ---------------------------------------------------------------------------
// str: translate / maketrans
// ---------------------------------------------------------------------------

fn str_translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_str(vm, "translate", &args)?.as_str();
    let pos = positional("translate", args, 1, 1)?;
    let table = req(pos, 0)?;
    // A plain dict is read without raising KeyError for every character
    // it leaves alone; other tables go through `table[ord(c)]`.
    let plain_dict = matches!(table.kind(), Some(ObjKind::Dict(_)));
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Value::Int(i64::from(u32::from(c)));
        let mapped = if plain_dict {
            vm.dict_get(table, &key)?
        } else {
            match vm.getitem(table, &key) {
                Ok(mapped) => Some(mapped),
                Err(e) if e.matches(types().lookup_error) => None,
                Err(e) => return Err(e),
            }
        };
        match mapped {
            Some(mapped) => push_translated(&mut out, &mapped)?,
            None => out.push(c),
        }
    }
    Ok(str_value(out))
}

/// Appends what a translate table mapped a character to.
fn push_translated(out: &mut String, mapped: &Value) -> PyResult<()> {
    if mapped.is_none() {
        return Ok(());
    }
    if let Some(b) = to_bigint(mapped) {
        let code = b
            .to_u32()
            .filter(|&n| n < 0x11_0000)
            .ok_or_else(|| PyErr::value_error("character mapping must be in range(0x110000)"))?;
        let c = char::from_u32(code).ok_or_else(|| {
            PyErr::value_error("character mapping to a lone surrogate is not supported")
        })?;
        out.push(c);
        return Ok(());
    }
    match mapped.data_kind() {
        Some(ObjKind::Str(p)) => {
            out.push_str(p.as_str());
            Ok(())
        }
        _ => Err(PyErr::type_error(
            "character mapping must return integer, None or str",
        )),
    }
}

/// `str.maketrans(x[, y[, z]])`. A static method in Python: the VM wraps it
/// (as a classmethod) so that `args.pos[0]` is the class, which is ignored.
pub fn str_maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = positional("maketrans", args, 1, 3)?;
    let table = new_dict();
    let x = req(pos, 0)?;
    let Some(y) = pos.get(1) else {
        return maketrans_from_dict(vm, x, table);
    };
    let Some(ObjKind::Str(xs)) = x.data_kind() else {
        return Err(PyErr::type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let ys = need_str(vm, y, "maketrans() argument 2 ")?;
    if xs.char_len() != ys.chars().count() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in xs.as_str().chars().zip(ys.chars()) {
        vm.dict_set(&table, ord_value(a), ord_value(b))?;
    }
    if let Some(z) = pos.get(2) {
        for c in need_str(vm, z, "maketrans() argument 3 ")?.chars() {
            vm.dict_set(&table, ord_value(c), Value::None)?;
        }
    }
    Ok(table)
}

/// The code point of a character as an int value.
fn ord_value(c: char) -> Value {
    Value::Int(i64::from(u32::from(c)))
}

/// `str.maketrans(dict)`: keys that are one-character strings become code points.
fn maketrans_from_dict(vm: &mut Vm, x: &Value, table: Value) -> PyResult<Value> {
    let (Value::Obj(o), Some(ObjKind::Dict(cell))) = (x, x.kind()) else {
        return Err(PyErr::type_error(
            "if you give only one argument to maketrans it must be a dict",
        ));
    };
    let pairs: Vec<(Value, Value)> = o
        .get()
        .read(cell)
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (key, value) in pairs {
        let key = match key.data_kind() {
            Some(ObjKind::Str(p)) => {
                let mut chars = p.as_str().chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => ord_value(c),
                    _ => {
                        return Err(PyErr::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                }
            }
            _ if to_bigint(&key).is_some() => key,
            _ => {
                return Err(PyErr::type_error(
                    "keys in translate table must be strings or integers",
                ))
            }
        };
        vm.dict_set(&table, key, value)?;
    }
    Ok(table)
}

// ---------------------------------------------------------------------------
// str.format / str.format_map
// ---------------------------------------------------------------------------

fn str_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fmt = self_str(vm, "format", &args)?.as_str();
    let a = rest(args);
    let mut formatter = Formatter::new(FieldSource::Args {
        pos: a.pos,
        kw: a.kw,
    });
    Ok(str_value(formatter.build(vm, fmt, 2)?))
}

fn str_format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fmt = self_str(vm, "format_map", &args)?.as_str();
    let pos = positional("format_map", args, 1, 1)?;
    let mut formatter = Formatter::new(FieldSource::Map(req(pos, 0)?));
    Ok(str_value(formatter.build(vm, fmt, 2)?))
}

/// Where `str.format` looks fields up.
enum FieldSource<'a> {
    /// `format(*args, **kwargs)`.
    Args {
        pos: &'a [Value],
        kw: &'a [(Value, Value)],
    },
    /// `format_map(mapping)`: keywords only, through `mapping[key]`.
    Map(&'a Value),
}

/// Whether fields are numbered automatically (`{}`) or by hand (`{0}`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

/// The state of one `str.format` call (shared with nested format specs).
struct Formatter<'a> {
    src: FieldSource<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// A replacement field `{name!conversion:spec}`.
struct Field<'s> {
    name: &'s str,
    conversion: Option<char>,
    spec: &'s str,
    /// The spec holds `{…}` fields of its own.
    nested: bool,
}

/// One step after the first part of a field name.
enum Accessor<'s> {
    /// `.name`
    Attr(&'s str),
    /// `[key]`
    Item(&'s str),
}

impl<'a> Formatter<'a> {
    fn new(src: FieldSource<'a>) -> Formatter<'a> {
        Formatter {
            src,
            numbering: Numbering::Unset,
            next_auto: 0,
        }
    }

    /// Expands a format string (CPython's `build_string`, which starts at
    /// recursion depth 2 so that specs may nest one level).
    fn build(&mut self, vm: &mut Vm, fmt: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(PyErr::value_error("Max string recursion exceeded"));
        }
        let mut out = String::with_capacity(fmt.len());
        let mut rest = fmt;
        while let Some(i) = rest.find(['{', '}']) {
            let (literal, from_brace) = rest.split_at(i);
            out.push_str(literal);
            let open = from_brace.starts_with('{');
            let brace = if open { '{' } else { '}' };
            let after = from_brace.get(1..).unwrap_or("");
            if let Some(tail) = after.strip_prefix(brace) {
                out.push(brace);
                rest = tail;
                continue;
            }
            if !open {
                return Err(PyErr::value_error(
                    "Single '}' encountered in format string",
                ));
            }
            if after.is_empty() {
                return Err(PyErr::value_error(
                    "Single '{' encountered in format string",
                ));
            }
            let (field, tail) = parse_field(after)?;
            self.render(vm, &field, depth, &mut out)?;
            rest = tail;
        }
        out.push_str(rest);
        Ok(out)
    }

    /// Looks a field up, converts it, expands its spec and formats it.
    fn render(
        &mut self,
        vm: &mut Vm,
        field: &Field<'_>,
        depth: u32,
        out: &mut String,
    ) -> PyResult<()> {
        let value = self.resolve(vm, field.name)?;
        let value = convert(vm, value, field.conversion)?;
        let spec = if field.nested {
            self.build(vm, field.spec, depth.saturating_sub(1))?
        } else {
            field.spec.to_string()
        };
        out.push_str(&vm.format(&value, &spec)?);
        Ok(())
    }

    /// The object a field name designates: `0`, `name`, `0.attr[key]` …
    fn resolve(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let split = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut tail) = name.split_at(split);
        let mut obj = self.first_object(vm, first)?;
        while !tail.is_empty() {
            let (accessor, next) = next_accessor(tail)?;
            obj = match accessor {
                Accessor::Attr(attr) => vm.getattr_str(&obj, attr)?,
                Accessor::Item(key) => {
                    let key = match parse_decimal(key)? {
                        Some(i) => usize_value(i),
                        None => str_value(key),
                    };
                    vm.getitem(&obj, &key)?
                }
            };
            tail = next;
        }
        Ok(obj)
    }

    /// The object named by the first part of a field name.
    fn first_object(&mut self, vm: &mut Vm, first: &str) -> PyResult<Value> {
        let index = if first.is_empty() {
            self.number(true)?;
            let i = self.next_auto;
            self.next_auto += 1;
            Some(i)
        } else {
            let index = parse_decimal(first)?;
            if index.is_some() {
                self.number(false)?;
            }
            index
        };
        match (index, &self.src) {
            (Some(_), FieldSource::Map(_)) => Err(PyErr::value_error(
                "Format string contains positional fields",
            )),
            (Some(i), FieldSource::Args { pos, .. }) => pos.get(i).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                ))
            }),
            (None, FieldSource::Map(mapping)) => vm.getitem(mapping, &str_value(first)),
            (None, FieldSource::Args { kw, .. }) => kw
                .iter()
                .find(|(k, _)| matches!(k.kind(), Some(ObjKind::Str(s)) if s.as_str() == first))
                .map(|(_, v)| v.clone())
                .ok_or_else(|| PyErr::key_error(str_value(first))),
        }
    }

    /// Records automatic (`auto`) or manual numbering, refusing a mix.
    fn number(&mut self, auto: bool) -> PyResult<()> {
        if self.numbering == Numbering::Unset {
            self.numbering = if auto {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        match (self.numbering, auto) {
            (Numbering::Manual, true) => Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            )),
            (Numbering::Auto, false) => Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            )),
            _ => Ok(()),
        }
    }
}

/// Parses the field that starts just after a `{` (CPython's `parse_field`);
/// returns it and the text after its closing `}`. Every delimiter is ASCII,
/// so every slice below is on a character boundary.
fn parse_field(s: &str) -> PyResult<(Field<'_>, &str)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut term = 0u8;
    while let Some(&c) = b.get(i) {
        i += 1;
        match c {
            b'{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            b'[' => {
                while b.get(i).is_some_and(|&d| d != b']') {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                term = c;
                break;
            }
            _ => {}
        }
    }
    if term == 0 {
        return Err(PyErr::value_error("expected '}' before end of string"));
    }
    let name = s.get(..i - 1).unwrap_or("");
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        nested: false,
    };
    if term == b'}' {
        return Ok((field, s.get(i..).unwrap_or("")));
    }
    if term == b'!' {
        let c = s.get(i..).and_then(|t| t.chars().next()).ok_or_else(|| {
            PyErr::value_error("end of string while looking for conversion specifier")
        })?;
        field.conversion = Some(c);
        i += c.len_utf8();
        match b.get(i) {
            Some(b'}') => return Ok((field, s.get(i + 1..).unwrap_or(""))),
            Some(b':') => i += 1,
            Some(_) => {
                return Err(PyErr::value_error(
                    "expected ':' after conversion specifier",
                ))
            }
            None => {}
        }
    }
    let spec_start = i;
    let mut depth = 1usize;
    while let Some(&c) = b.get(i) {
        i += 1;
        match c {
            b'{' => {
                field.nested = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = s.get(spec_start..i - 1).unwrap_or("");
                    return Ok((field, s.get(i..).unwrap_or("")));
                }
            }
            _ => {}
        }
    }
    Err(PyErr::value_error("unmatched '{' in format spec"))
}

/// The next `.attr` or `[key]` of a field name, and what follows it.
fn next_accessor(tail: &str) -> PyResult<(Accessor<'_>, &str)> {
    let empty = || PyErr::value_error("Empty attribute in format string");
    if let Some(body) = tail.strip_prefix('.') {
        let end = body.find(['.', '[']).unwrap_or(body.len());
        let (attr, next) = body.split_at(end);
        if attr.is_empty() {
            return Err(empty());
        }
        Ok((Accessor::Attr(attr), next))
    } else if let Some(body) = tail.strip_prefix('[') {
        let end = body
            .find(']')
            .ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
        let (key, next) = body.split_at(end);
        if key.is_empty() {
            return Err(empty());
        }
        Ok((Accessor::Item(key), next.get(1..).unwrap_or("")))
    } else {
        Err(PyErr::value_error(
            "Only '.' or '[' may follow ']' in format field specifier",
        ))
    }
}

/// A field name made only of decimal digits (any script) as a number;
/// `None` for anything else (a keyword or a str key).
fn parse_decimal(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let max = isize::MAX.unsigned_abs();
    let mut acc = 0usize;
    for c in s.chars() {
        let Some(d) = str_ops::decimal_value(c) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (max - d) / 10 {
            return Err(PyErr::value_error(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// The `!r`, `!s` and `!a` conversions.
fn convert(vm: &mut Vm, v: Value, conversion: Option<char>) -> PyResult<Value> {
    Ok(match conversion {
        None => v,
        Some('r') => str_value(vm.repr(&v)?),
        Some('s') => str_value(vm.to_str(&v)?),
        Some('a') => str_value(crate::interp::repr::ascii_escape(&vm.repr(&v)?)),
        Some(c) => {
            let code = u32::from(c);
            return Err(PyErr::value_error(if code > 32 && code < 127 {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{code:x}")
            }));
        }
    })
}

fn str_encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_str(vm, "encode", &args)?.as_str();
    let slots = parse_args("encode", rest(args), &["encoding", "errors"], 0)?;
    let encoding = opt_str_slot(vm, &slots, 0, "encode", "encoding")?.unwrap_or("utf-8");
    let errors = opt_str_slot(vm, &slots, 1, "encode", "errors")?.unwrap_or("strict");
    Ok(bytes_value(encode_text(s, encoding, errors)?))
}

// ---------------------------------------------------------------------------
// bytes and bytearray: shared read-only methods
// ---------------------------------------------------------------------------

/// A `bytes` value.
fn bytes_value(data: Vec<u8>) -> Value {
    Value::obj(ObjKind::Bytes(data.into()))
}

/// A `bytearray` value when `array`, else a `bytes` value.
fn bytes_like(array: bool, data: Vec<u8>) -> Value {
    if array {
        Value::obj(ObjKind::ByteArray(RefCell::new(data)))
    } else {
        bytes_value(data)
    }
}

/// The `self` of a bytes or bytearray method: a copy of its contents, and
/// whether results should be bytearrays.
struct ByteSelf {
    data: Vec<u8>,
    array: bool,
}

impl ByteSelf {
    /// Wraps a result like `self`.
    fn wrap(&self, data: Vec<u8>) -> Value {
        bytes_like(self.array, data)
    }

    fn wrap_slice(&self, data: &[u8]) -> Value {
        self.wrap(data.to_vec())
    }
}

fn byte_self(vm: &Vm, name: &str, args: &Args<'_>) -> PyResult<ByteSelf> {
    let v = self_arg(name, args)?;
    let array = match v.kind() {
        Some(ObjKind::Bytes(_)) => false,
        Some(ObjKind::ByteArray(_)) => true,
        _ => {
            return Err(PyErr::type_error(format!(
                "descriptor '{name}' requires a 'bytes' object but received a '{}'",
                vm.type_name(v)
            )))
        }
    };
    Ok(ByteSelf {
        data: vm.bytes_of(v)?,
        array,
    })
}

/// Python's ASCII whitespace for bytes (`Py_ISSPACE`).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// An int in `range(256)`.
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let range = || PyErr::value_error("byte must be in range(0, 256)");
    match to_bigint(v) {
        Some(b) => b.to_u8().ok_or_else(range),
        None => u8::try_from(vm.index_of(v)?).map_err(|_| range()),
    }
}

/// The `sub` of `find`, `count` and friends: bytes-like or an int.
fn byte_sub(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.kind() {
        _ if is_bytes_like(v) => vm.bytes_of(v),
        _ if to_bigint(v).is_some() => Ok(vec![byte_value(vm, v)?]),
        _ => Err(PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The part of `data` that `data[start:end]` selects and where it begins;
/// `None` when the adjusted start is past the end.
fn byte_window(data: &[u8], start: Option<isize>, end: Option<isize>) -> Option<(usize, &[u8])> {
    let (st, en) = str_ops::adjust_indices(start, end, data.len());
    if st > en {
        return None;
    }
    let st = usize::try_from(st).ok()?;
    let en = usize::try_from(en).ok()?;
    data.get(st..en).map(|w| (st, w))
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    memchr::memmem::find(hay, needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    memchr::memmem::rfind(hay, needle)
}

fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    memchr::memmem::find_iter(hay, needle).count()
}

/// Which search a bytes method runs.
#[derive(Clone, Copy)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

fn bytes_search(vm: &mut Vm, args: Args<'_>, name: &str, how: Search) -> PyResult<Value> {
    let me = byte_self(vm, name, &args)?;
    let pos = positional(name, args, 1, 3)?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let sub = byte_sub(vm, req(pos, 0)?)?;
    let window = byte_window(&me.data, start, end);
    let at = |f: fn(&[u8], &[u8]) -> Option<usize>| {
        window.and_then(|(off, w)| f(w, &sub).map(|i| off + i))
    };
    let not_found = || PyErr::value_error("subsection not found");
    Ok(match how {
        Search::Find => found(at(find_sub)),
        Search::RFind => found(at(rfind_sub)),
        Search::Index => usize_value(at(find_sub).ok_or_else(not_found)?),
        Search::RIndex => usize_value(at(rfind_sub).ok_or_else(not_found)?),
        Search::Count => usize_value(window.map_or(0, |(_, w)| count_sub(w, &sub))),
    })
}

fn bytes_find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_search(vm, args, "find", Search::Find)
}

fn bytes_rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_search(vm, args, "rfind", Search::RFind)
}

fn bytes_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_search(vm, args, "index", Search::Index)
}

fn bytes_rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_search(vm, args, "rindex", Search::RIndex)
}

fn bytes_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_search(vm, args, "count", Search::Count)
}

fn bytes_startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_affix(vm, args, "startswith", |w, a| w.starts_with(a))
}

fn bytes_endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_affix(vm, args, "endswith", |w, a| w.ends_with(a))
}

fn bytes_affix(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    f: fn(&[u8], &[u8]) -> bool,
) -> PyResult<Value> {
    let me = byte_self(vm, name, &args)?;
    let pos = positional(name, args, 1, 3)?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let affix = req(pos, 0)?;
    let window = byte_window(&me.data, start, end).map(|(_, w)| w);
    match affix.kind() {
        _ if is_bytes_like(affix) => {
            let a = vm.bytes_of(affix)?;
            Ok(Value::Bool(window.is_some_and(|w| f(w, &a))))
        }
        Some(ObjKind::Tuple(items)) => {
            for item in items.iter() {
                let a = vm.bytes_of(item)?;
                if window.is_some_and(|w| f(w, &a)) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(affix)
        ))),
    }
}

fn bytes_decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = byte_self(vm, "decode", &args)?;
    let slots = parse_args("decode", rest(args), &["encoding", "errors"], 0)?;
    let encoding = opt_str_slot(vm, &slots, 0, "decode", "encoding")?.unwrap_or("utf-8");
    let errors = opt_str_slot(vm, &slots, 1, "decode", "errors")?.unwrap_or("strict");
    Ok(str_value(decode_bytes(&me.data, encoding, errors)?))
}

/// `bytes.hex(sep=..., bytes_per_sep=1)` (also `memoryview.hex`).
pub(crate) fn bytes_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = byte_self(vm, "hex", &args)?;
    let slots = parse_args("hex", rest(args), &["sep", "bytes_per_sep"], 0)?;
    let sep = match slot(&slots, 0) {
        None => None,
        Some(v) => Some(hex_separator(vm, v)?),
    };
    let group = match slot(&slots, 1) {
        None => 1,
        Some(v) => c_int_arg(vm, v)?,
    };
    Ok(str_value(hex_string(&me.data, sep, group)))
}

/// The `sep` of `hex()`: one ASCII character, as str or bytes.
fn hex_separator(vm: &Vm, v: &Value) -> PyResult<char> {
    let chars: Vec<char> = match v.data_kind() {
        Some(ObjKind::Str(s)) => s.as_str().chars().collect(),
        Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => {
            vm.bytes_of(v)?.into_iter().map(char::from).collect()
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "sep must be str or bytes, not {}",
                vm.type_name(v)
            )))
        }
    };
    match chars.as_slice() {
        [c] if c.is_ascii() => Ok(*c),
        [_] => Err(PyErr::value_error("sep must be ASCII.")),
        _ => Err(PyErr::value_error("sep must be length 1.")),
    }
}

/// Lowercase hex digits, with `sep` every `group` bytes counted from the
/// right (from the left when `group` is negative).
fn hex_string(data: &[u8], sep: Option<char>, group: i32) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let k = usize::try_from(group.unsigned_abs()).unwrap_or(usize::MAX);
    let mut out = String::with_capacity(data.len().saturating_mul(3));
    for (i, &b) in data.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| k > 0 && i > 0) {
            let boundary = if group > 0 {
                (data.len() - i).is_multiple_of(k)
            } else {
                i.is_multiple_of(k)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

/// `bytes.fromhex(string)` and `bytearray.fromhex(string)`: a class
/// method, so `args.pos[0]` is the class (the VM wraps this function as a
/// classmethod); the result is a bytearray when the class is `bytearray`.
pub fn bytes_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let class = self_arg("fromhex", &args)?;
    let pos = positional("fromhex", args, 1, 1)?;
    let v = req(pos, 0)?;
    let Some(ObjKind::Str(text)) = v.data_kind() else {
        return Err(PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(v)
        )));
    };
    let data = parse_hex(text.as_str())?;
    let array = match class {
        Value::Obj(o) => o.ptr_eq(&types().bytearray.to_ref()),
        _ => false,
    };
    Ok(bytes_like(array, data))
}

fn parse_hex(text: &str) -> PyResult<Vec<u8>> {
    let err = |at: usize| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    if !text.is_ascii() {
        return Err(err(text.chars().position(|c| !c.is_ascii()).unwrap_or(0)));
    }
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).and_then(|&c| char::from(c).to_digit(16));
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if is_space(c) {
            i += 1;
            continue;
        }
        let hi = digit(i).ok_or_else(|| err(i))?;
        let lo = digit(i + 1).ok_or_else(|| err(i + 1))?;
        out.push(((hi << 4) | lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn bytes_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_split_common(vm, args, "split", false)
}

fn bytes_rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_split_common(vm, args, "rsplit", true)
}

fn bytes_split_common(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    from_right: bool,
) -> PyResult<Value> {
    let me = byte_self(vm, name, &args)?;
    let slots = parse_args(name, rest(args), &["sep", "maxsplit"], 0)?;
    let maxsplit = match slot(&slots, 1) {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    let sep = match slot(&slots, 0) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.bytes_of(v)?),
    };
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let parts = match (&sep, from_right) {
        (Some(s), _) if s.is_empty() => return Err(PyErr::value_error("empty separator")),
        (Some(s), false) => split_on(&me.data, s, limit),
        (Some(s), true) => rsplit_on(&me.data, s, limit),
        (None, false) => split_spaces(&me.data, limit),
        (None, true) => rsplit_spaces(&me.data, limit),
    };
    Ok(new_list(
        parts.into_iter().map(|p| me.wrap_slice(p)).collect(),
    ))
}

fn split_on<'a>(data: &'a [u8], sep: &[u8], mut limit: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while limit > 0 {
        let Some(p) = find_sub(rest, sep) else { break };
        out.push(rest.get(..p).unwrap_or(&[]));
        rest = rest.get(p + sep.len()..).unwrap_or(&[]);
        limit -= 1;
    }
    out.push(rest);
    out
}

fn rsplit_on<'a>(data: &'a [u8], sep: &[u8], mut limit: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while limit > 0 {
        let Some(p) = rfind_sub(rest, sep) else { break };
        out.push(rest.get(p + sep.len()..).unwrap_or(&[]));
        rest = rest.get(..p).unwrap_or(&[]);
        limit -= 1;
    }
    out.push(rest);
    out.reverse();
    out
}

fn split_spaces(data: &[u8], mut limit: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    loop {
        let start = rest
            .iter()
            .position(|&b| !is_space(b))
            .unwrap_or(rest.len());
        rest = rest.get(start..).unwrap_or(&[]);
        if rest.is_empty() {
            break;
        }
        if limit == 0 {
            out.push(rest);
            break;
        }
        let end = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(end);
        out.push(word);
        rest = tail;
        limit -= 1;
    }
    out
}

fn rsplit_spaces(data: &[u8], mut limit: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    loop {
        let end = rest
            .iter()
            .rposition(|&b| !is_space(b))
            .map_or(0, |i| i + 1);
        rest = rest.get(..end).unwrap_or(&[]);
        if rest.is_empty() {
            break;
        }
        if limit == 0 {
            out.push(rest);
            break;
        }
        let start = rest.iter().rposition(|&b| is_space(b)).map_or(0, |i| i + 1);
        let (tail, word) = rest.split_at(start);
        out.push(word);
        rest = tail;
        limit -= 1;
    }
    out.reverse();
    out
}

/// Which ends `strip` works on.
#[derive(Clone, Copy)]
enum Ends {
    Both,
    Left,
    Right,
}

fn bytes_strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_strip_common(vm, args, "strip", Ends::Both)
}

fn bytes_lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_strip_common(vm, args, "lstrip", Ends::Left)
}

fn bytes_rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_strip_common(vm, args, "rstrip", Ends::Right)
}

fn bytes_strip_common(vm: &mut Vm, args: Args<'_>, name: &str, ends: Ends) -> PyResult<Value> {
    let me = byte_self(vm, name, &args)?;
    let pos = positional(name, args, 0, 1)?;
    let set = match pos.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.bytes_of(v)?),
    };
    let keep = |b: &u8| match &set {
        None => !is_space(*b),
        Some(set) => !set.contains(b),
    };
    let data = &me.data;
    let start = match ends {
        Ends::Right => 0,
        _ => data.iter().position(keep).unwrap_or(data.len()),
    };
    let end = match ends {
        Ends::Left => data.len(),
        _ => data.iter().rposition(keep).map_or(start, |i| i + 1),
    };
    Ok(me.wrap_slice(data.get(start..end.max(start)).unwrap_or(&[])))
}

fn bytes_join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = byte_self(vm, "join", &args)?;
    let pos = positional("join", args, 1, 1)?;
    let items = vm.collect(req(pos, 0)?)?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if !is_bytes_like(item) {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            )));
        }
        parts.push(vm.bytes_of(item)?);
    }
    let parts: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    Ok(me.wrap(join_buffers(&me.data, &parts, "join() result is too long")?))
}

fn bytes_replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = byte_self(vm, "replace", &args)?;
    let pos = positional("replace", args, 2, 3)?;
    let old = vm.bytes_of(req(pos, 0)?)?;
    let new = vm.bytes_of(req(pos, 1)?)?;
    let count = match pos.get(2) {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    Ok(me.wrap(replace_bytes(&me.data, &old, &new, limit)?))
}

fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], mut limit: usize) -> PyResult<Vec<u8>> {
    let size = if new.len() <= old.len() {
        Some(data.len())
    } else {
        let n = if old.is_empty() {
            data.len().saturating_add(1).min(limit)
        } else {
            count_sub(data, old).min(limit)
        };
        n.checked_mul(new.len() - old.len())
            .and_then(|grow| grow.checked_add(data.len()))
    };
    let mut out = buffer(size, "replace bytes is too long")?;
    if old.is_empty() {
        for &b in data {
            if limit > 0 {
                out.extend_from_slice(new);
                limit -= 1;
            }
            out.push(b);
        }
        if limit > 0 {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    let mut rest = data;
    while limit > 0 {
        let Some(p) = find_sub(rest, old) else { break };
        out.extend_from_slice(rest.get(..p).unwrap_or(&[]));
        out.extend_from_slice(new);
        rest = rest.get(p + old.len()..).unwrap_or(&[]);
        limit -= 1;
    }
    out.extend_from_slice(rest);
    Ok(out)
}

fn bytes_partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_partition_common(vm, args, "partition", false)
}

fn bytes_rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_partition_common(vm, args, "rpartition", true)
}

fn bytes_partition_common(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    from_right: bool,
) -> PyResult<Value> {
    let me = byte_self(vm, name, &args)?;
    let pos = positional(name, args, 1, 1)?;
    let sep = vm.bytes_of(req(pos, 0)?)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let data = &me.data;
    let at = if from_right {
        rfind_sub(data, &sep)
    } else {
        find_sub(data, &sep)
    };
    let parts: [&[u8]; 3] = match at {
        Some(p) => [
            data.get(..p).unwrap_or(&[]),
            &sep,
            data.get(p + sep.len()..).unwrap_or(&[]),
        ],
        None if from_right => [&[], &[], data],
        None => [data, &[], &[]],
    };
    Ok(new_tuple(parts.iter().map(|p| me.wrap_slice(p)).collect()))
}

fn bytes_removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_remove_affix(vm, args, "removeprefix", |d, a| d.strip_prefix(a))
}

fn bytes_removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_remove_affix(vm, args, "removesuffix", |d, a| d.strip_suffix(a))
}

fn bytes_remove_affix(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    f: for<'a, 'b> fn(&'a [u8], &'b [u8]) -> Option<&'a [u8]>,
) -> PyResult<Value> {
    let me = byte_self(vm, name, &args)?;
    let pos = positional(name, args, 1, 1)?;
    let affix = vm.bytes_of(req(pos, 0)?)?;
    Ok(me.wrap_slice(f(&me.data, &affix).unwrap_or(&me.data)))
}

/// A bytes method with no arguments that maps the contents to new contents.
fn bytes_map(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let me = byte_self(vm, name, &args)?;
    positional(name, args, 0, 0)?;
    Ok(me.wrap(f(&me.data)))
}

fn bytes_upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_map(vm, args, "upper", <[u8]>::to_ascii_uppercase)
}

fn bytes_lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_map(vm, args, "lower", <[u8]>::to_ascii_lowercase)
}

fn bytes_swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_map(vm, args, "swapcase", |d| {
        d.iter()
            .map(|&b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn bytes_capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_map(vm, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn bytes_title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_map(vm, args, "title", |d| {
        let mut previous_is_cased = false;
        d.iter()
            .map(|&b| {
                let out = if previous_is_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                previous_is_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// `bytes.istitle()`: cased bytes only after uncased ones when uppercase,
/// only after cased ones when lowercase, and at least one cased byte.
fn bytes_are_title(data: &[u8]) -> bool {
    use crate::objects::str_ops::{is_title_shape, TitleCase};
    is_title_shape(data.iter().map(|b| {
        if b.is_ascii_uppercase() {
            TitleCase::Upper
        } else if b.is_ascii_lowercase() {
            TitleCase::Lower
        } else {
            TitleCase::Uncased
        }
    }))
}

fn bytes_istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_test(vm, args, "istitle", bytes_are_title)
}

fn bytes_isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_test(vm, args, "isascii", <[u8]>::is_ascii)
}

/// Runs a str algorithm on bytes read as Latin-1 (one char per byte), for
/// the algorithms whose bytes version only differs by counting bytes
/// (padding, `zfill`, `expandtabs`). The result holds only chars below 256
/// as long as `f` only adds ASCII.
fn via_latin1(data: &[u8], f: impl FnOnce(&str) -> StrResult<String>) -> PyResult<Vec<u8>> {
    let text: String = data.iter().map(|&b| char::from(b)).collect();
    let out = f(&text).map_err(op_err)?;
    Ok(out
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect())
}

fn bytes_ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_bytes(vm, args, "ljust", str_ops::ljust)
}

fn bytes_rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_bytes(vm, args, "rjust", str_ops::rjust)
}

fn bytes_center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_bytes(vm, args, "center", str_ops::center)
}

/// `ljust`, `rjust` and `center` of bytes: the fill is a bytes-like object
/// of length 1.
fn pad_bytes(vm: &mut Vm, args: Args<'_>, name: &str, f: PadFn) -> PyResult<Value> {
    let me = byte_self(vm, name, &args)?;
    let pos = positional(name, args, 1, 2)?;
    let width = ssize_arg(vm, req(pos, 0)?)?;
    let fill = match pos.get(1) {
        None => b' ',
        Some(v) => {
            let bytes = match v.kind() {
                _ if is_bytes_like(v) => vm.bytes_of(v)?,
                _ => Vec::new(),
            };
            match bytes.as_slice() {
                [b] => *b,
                _ => {
                    return Err(PyErr::type_error(format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        vm.type_name(v)
                    )))
                }
            }
        }
    };
    let out = via_latin1(&me.data, |t| f(t, width, char::from(fill)))?;
    Ok(me.wrap(out))
}

fn bytes_zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = byte_self(vm, "zfill", &args)?;
    let pos = positional("zfill", args, 1, 1)?;
    let width = ssize_arg(vm, req(pos, 0)?)?;
    let out = via_latin1(&me.data, |t| str_ops::zfill(t, width))?;
    Ok(me.wrap(out))
}

fn bytes_expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = byte_self(vm, "expandtabs", &args)?;
    let slots = parse_args("expandtabs", rest(args), &["tabsize"], 0)?;
    let tabsize = match slot(&slots, 0) {
        None => 8,
        Some(v) => c_int_arg(vm, v)?,
    };
    let out = via_latin1(&me.data, |t| str_ops::expandtabs(t, tabsize))?;
    Ok(me.wrap(out))
}

fn bytes_splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = byte_self(vm, "splitlines", &args)?;
    let slots = parse_args("splitlines", rest(args), &["keepends"], 0)?;
    let keepends = match slot(&slots, 0) {
        None => false,
        Some(v) => int_flag(vm, v)?,
    };
    let data = &me.data;
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let eol = match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keepends { i + eol } else { i };
        parts.push(me.wrap_slice(&data[start..end]));
        i += eol;
        start = i;
    }
    if start < data.len() {
        parts.push(me.wrap_slice(&data[start..]));
    }
    Ok(new_list(parts))
}

/// The 256-byte table of `bytes.translate` (`None`: the identity).
fn translate_table(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if v.is_none() {
        return Ok(None);
    }
    let table = match v.kind() {
        _ if is_bytes_like(v) => vm.bytes_of(v)?,
        _ => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )))
        }
    };
    if table.len() != 256 {
        return Err(PyErr::value_error(
            "translation table must be 256 characters long",
        ));
    }
    Ok(Some(table))
}

fn bytes_translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = byte_self(vm, "translate", &args)?;
    let slots = parse_args("translate", rest(args), &["table", "delete"], 1)?;
    let table = match slot(&slots, 0) {
        Some(v) => translate_table(vm, v)?,
        None => None,
    };
    let delete = match slot(&slots, 1) {
        Some(v) => match v.kind() {
            _ if is_bytes_like(v) => vm.bytes_of(v)?,
            _ => {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )))
            }
        },
        None => Vec::new(),
    };
    let out = me
        .data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(me.wrap(out))
}

/// `bytes.maketrans(from, to)`: a static method in Python, wrapped by the
/// VM as a classmethod, so `args.pos[0]` is the class and is ignored.
pub fn bytes_maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = positional("maketrans", args, 2, 2)?;
    let mut sides = Vec::with_capacity(2);
    for v in pos {
        match v.kind() {
            _ if is_bytes_like(v) => sides.push(vm.bytes_of(v)?),
            _ => {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )))
            }
        }
    }
    let (from, to) = (&sides[0], &sides[1]);
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to) {
        table[usize::from(*f)] = *t;
    }
    Ok(bytes_value(table))
}

/// A bytes predicate with no arguments.
fn bytes_test(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let me = byte_self(vm, name, &args)?;
    positional(name, args, 0, 0)?;
    Ok(Value::Bool(f(&me.data)))
}

/// Non-empty and every byte satisfies `pred`.
fn all_bytes(data: &[u8], pred: fn(&u8) -> bool) -> bool {
    !data.is_empty() && data.iter().all(pred)
}

/// At least one byte is cased as wanted and none is cased the other way.
fn cased_bytes(data: &[u8], upper: bool) -> bool {
    let has_upper = data.iter().any(u8::is_ascii_uppercase);
    let has_lower = data.iter().any(u8::is_ascii_lowercase);
    if upper {
        has_upper && !has_lower
    } else {
        has_lower && !has_upper
    }
}

fn bytes_isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_test(vm, args, "isdigit", |d| all_bytes(d, u8::is_ascii_digit))
}

fn bytes_isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_test(vm, args, "isalpha", |d| {
        all_bytes(d, u8::is_ascii_alphabetic)
    })
}

fn bytes_isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_test(vm, args, "isalnum", |d| {
        all_bytes(d, u8::is_ascii_alphanumeric)
    })
}

fn bytes_isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_test(vm, args, "isspace", |d| all_bytes(d, |b| is_space(*b)))
}

fn bytes_islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_test(vm, args, "islower", |d| cased_bytes(d, false))
}

fn bytes_isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_test(vm, args, "isupper", |d| cased_bytes(d, true))
}

// ---------------------------------------------------------------------------
// bytearray: mutation
// ---------------------------------------------------------------------------

/// Runs `f` on the contents of the bytearray `self`, borrowed for writing.
/// Arguments must be converted before (converting may run Python code).
fn with_array<R>(
    vm: &Vm,
    name: &str,
    args: &Args<'_>,
    f: impl FnOnce(&mut Vec<u8>) -> PyResult<R>,
) -> PyResult<R> {
    let v = self_arg(name, args)?;
    let (Value::Obj(o), Some(ObjKind::ByteArray(cell))) = (v, v.kind()) else {
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'bytearray' object but received a '{}'",
            vm.type_name(v)
        )));
    };
    let mut buf = o
        .get()
        .write(cell)
        .map_err(|e| PyErr::from_write(e, "bytearray"))?;
    resize_guarded(o.addr(), &mut buf, f)
}

fn bytearray_append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = positional("append", args, 1, 1)?;
    let b = byte_value(vm, req(pos, 0)?)?;
    with_array(vm, "append", &args, |buf| {
        buf.push(b);
        Ok(())
    })?;
    Ok(Value::None)
}

fn bytearray_extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = positional("extend", args, 1, 1)?;
    let items = extend_items(vm, req(pos, 0)?)?;
    with_array(vm, "extend", &args, |buf| {
        buf.extend(items);
        Ok(())
    })?;
    Ok(Value::None)
}

/// The bytes that `bytearray.extend(v)` appends.
fn extend_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return vm.bytes_of(v);
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if e.matches(types().type_error) => {
            return Err(PyErr::type_error(format!(
                "can't extend bytearray with {}",
                vm.type_name(v)
            )))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        out.push(byte_value(vm, &item)?);
    }
    Ok(out)
}

fn bytearray_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = positional("pop", args, 0, 1)?;
    let index = match pos.first() {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    let b = with_array(vm, "pop", &args, |buf| {
        if buf.is_empty() {
            return Err(PyErr::index_error("pop from empty bytearray"));
        }
        let i = if index < 0 {
            buf.len().checked_sub(index.unsigned_abs())
        } else {
            Some(index.unsigned_abs())
        };
        match i.filter(|&i| i < buf.len()) {
            Some(i) => Ok(buf.remove(i)),
            None => Err(PyErr::index_error("pop index out of range")),
        }
    })?;
    Ok(Value::Int(i64::from(b)))
}

fn bytearray_insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = positional("insert", args, 2, 2)?;
    let index = ssize_arg(vm, req(pos, 0)?)?;
    let b = byte_value(vm, req(pos, 1)?)?;
    with_array(vm, "insert", &args, |buf| {
        let len = buf.len();
        let at = if index < 0 {
            len.saturating_sub(index.unsigned_abs())
        } else {
            index.unsigned_abs().min(len)
        };
        buf.insert(at, b);
        Ok(())
    })?;
    Ok(Value::None)
}

fn bytearray_remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = positional("remove", args, 1, 1)?;
    let b = byte_value(vm, req(pos, 0)?)?;
    with_array(vm, "remove", &args, |buf| {
        match buf.iter().position(|&x| x == b) {
            Some(i) => {
                buf.remove(i);
                Ok(())
            }
            None => Err(PyErr::value_error("value not found in bytearray")),
        }
    })?;
    Ok(Value::None)
}

fn bytearray_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    positional("clear", args, 0, 0)?;
    with_array(vm, "clear", &args, |buf| {
        buf.clear();
        Ok(())
    })?;
    Ok(Value::None)
}

fn bytearray_reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    positional("reverse", args, 0, 0)?;
    with_array(vm, "reverse", &args, |buf| {
        buf.reverse();
        Ok(())
    })?;
    Ok(Value::None)
}

fn bytearray_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = byte_self(vm, "copy", &args)?;
    positional("copy", args, 0, 0)?;
    Ok(bytes_like(true, me.data))
}
