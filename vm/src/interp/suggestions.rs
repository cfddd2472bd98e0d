//! CPython's "Did you mean" hints: `NameError: name 'lenght' is not
//! defined. Did you mean: 'length'?`.
//!
//! CPython 3.11 computes a hint only when it prints an uncaught exception
//! (its `traceback` module adds none), and only for an exception whose
//! class is exactly `NameError` or `AttributeError`. It reads the
//! exception's fields, which a failed look-up sets: `name` for a
//! `NameError` (the candidates are then the variable names of the
//! innermost traceback frame's code, else its globals, else the builtins),
//! `name` and `obj` for an `AttributeError` (the candidates are
//! `dir(obj)`). The closest candidate wins by a Levenshtein distance over
//! UTF-8 bytes in which a case flip costs half of any other edit.

use super::Vm;
use crate::error::PyErr;
use crate::object::ObjKind;
use crate::objects::class::Instance;
use crate::objects::str::hash_text;
use crate::types::{frozen_str, types};
use crate::value::{FrozenRef, ObjRef, Value};
use std::sync::OnceLock;

/// A group of this many candidates or more gives no hint.
const MAX_CANDIDATE_ITEMS: usize = 750;
/// What is left of two names once their common prefix and suffix are cut
/// must be at most this many bytes long to be compared.
const MAX_STRING_SIZE: usize = 40;
/// The cost of inserting, deleting or replacing a byte.
const MOVE_COST: usize = 2;
/// The cost of replacing an ASCII letter by itself in the other case.
const CASE_COST: usize = 1;

/// The text a printed traceback appends to the exception's message for
/// its hint (`. Did you mean: 'length'?`), if it has one.
pub(crate) fn hint_text(vm: &mut Vm, exc: &Value) -> Option<String> {
    let Some(ObjKind::Instance(inst)) = exc.kind() else {
        return None;
    };
    let t = types();
    let suggestion = if inst.class.ptr_eq(&t.name_error.to_ref()) {
        name_error_suggestion(vm, inst)
    } else if inst.class.ptr_eq(&t.attribute_error.to_ref()) {
        attribute_error_suggestion(vm, inst)
    } else {
        None
    }?;
    // CPython 3.11 writes the name between quotes as it is, not its repr.
    Some(format!(". Did you mean: '{suggestion}'?"))
}

/// Whether `exc` is an exception whose hint needs the globals of the frame
/// it is raised in (see [`crate::objects::class::ExcState::name_scope`]).
pub(crate) fn wants_name_scope(exc: &Value) -> bool {
    matches!(exc.kind(), Some(ObjKind::Instance(inst))
        if inst.class.ptr_eq(&types().name_error.to_ref()))
}

/// An `AttributeError` raised while looking up `name` on `obj`, with its
/// `name` and `obj` fields set as CPython's `PyObject_GetAttr` sets them:
/// on any `AttributeError` whose fields are both still unset.
#[cold]
pub(crate) fn with_attribute_context(err: PyErr, obj: &Value, name: &ObjRef) -> PyErr {
    if !err.matches(types().attribute_error) {
        return err;
    }
    if let Some(ObjKind::Instance(inst)) = err.exc.kind() {
        if let Ok(mut fields) = inst.attrs_mut() {
            let [(name_key, name_hash), (obj_key, obj_hash)] = field_keys();
            let unset = fields.get_str("name", *name_hash).is_none()
                && fields.get_str("obj", *obj_hash).is_none();
            if unset {
                fields.set_str(
                    name_key.value(),
                    "name",
                    *name_hash,
                    Value::Obj(name.clone()),
                );
                fields.set_str(obj_key.value(), "obj", *obj_hash, obj.clone());
            }
        }
    }
    err
}

/// The keys of the `name` and `obj` fields, with their hashes, made once.
fn field_keys() -> &'static [(FrozenRef, i64); 2] {
    static KEYS: OnceLock<[(FrozenRef, i64); 2]> = OnceLock::new();
    KEYS.get_or_init(|| ["name", "obj"].map(|k| (frozen_str(k), hash_text(k))))
}

/// A field an exception keeps in its attribute dict, if it was set.
fn own_field(inst: &Instance, field: &str) -> Option<Value> {
    inst.attrs().get_str(field, hash_text(field)).cloned()
}

/// The `name` field when it is set to a `str` (not a subclass), as the
/// hints require.
fn name_field(inst: &Instance) -> Option<String> {
    str_text(&own_field(inst, "name")?)
}

/// The text of a `str` (not a subclass); None for anything else.
fn str_text(v: &Value) -> Option<String> {
    match v.kind() {
        Some(ObjKind::Str(s)) => Some(s.as_str().to_string()),
        _ => None,
    }
}

/// The hint of a `NameError`: the closest of the innermost frame's
/// variable names, else of its globals' names, else of the builtins'.
fn name_error_suggestion(vm: &Vm, inst: &Instance) -> Option<String> {
    let name = name_field(inst)?;
    let (code, scope) = {
        let st = inst.exc.as_ref()?.try_borrow().ok()?;
        let innermost = st.traceback.first()?;
        (innermost.code.clone(), st.name_scope.clone())
    };
    let varnames: Vec<String> = code.python_varnames().map(|v| v.to_string()).collect();
    if let Some(found) = closest(&name, &varnames) {
        return Some(found.to_string());
    }
    // Frozen globals are a worker thread's snapshot, which holds only the
    // globals its code names: the candidates CPython weighs are not all
    // there, and a hint from the rest (or the builtins) could be wrong.
    let scope = scope.filter(|g| g.as_obj().is_some_and(|g| !g.is_frozen()))?;
    if let Some(found) = dict_names(&scope).and_then(|g| closest(&name, &g).map(str::to_string)) {
        return Some(found);
    }
    let builtins = builtin_names(vm)?;
    closest(&name, &builtins).map(str::to_string)
}

/// The hint of an `AttributeError`: the closest of `dir(obj)`.
fn attribute_error_suggestion(vm: &mut Vm, inst: &Instance) -> Option<String> {
    let name = name_field(inst)?;
    let obj = own_field(inst, "obj")?;
    let dir = dict_value(&Value::Obj(vm.builtins.clone()), "dir")?;
    let listed = vm.call(&dir, &[obj], &[]).ok()?;
    let items = vm.collect(&listed).ok()?;
    let names = items.iter().map(str_text).collect::<Option<Vec<_>>>()?;
    closest(&name, &names).map(str::to_string)
}

/// The value of a str key of a dict value.
fn dict_value(dict: &Value, key: &str) -> Option<Value> {
    let Some(ObjKind::Dict(cell)) = dict.kind() else {
        return None;
    };
    let d = dict.as_obj()?.get().read(cell);
    d.get_str(key, hash_text(key)).cloned()
}

/// The keys of a dict, in its order; None when one is not a str (CPython
/// then gives no hint from that dict).
fn dict_names(dict: &Value) -> Option<Vec<String>> {
    let Some(ObjKind::Dict(cell)) = dict.kind() else {
        return None;
    };
    let d = dict.as_obj()?.get().read(cell);
    d.iter().map(|e| str_text(&e.key)).collect()
}

/// The builtins' names in the order of CPython's builtins dict (which
/// decides between candidates at the same distance); names CPython lacks
/// come last.
fn builtin_names(vm: &Vm) -> Option<Vec<String>> {
    let names = dict_names(&Value::Obj(vm.builtins.clone()))?;
    let mut ranked: Vec<(usize, String)> = names
        .into_iter()
        .map(|n| {
            let rank = CPYTHON_BUILTINS.iter().position(|b| *b == n);
            (rank.unwrap_or(usize::MAX), n)
        })
        .collect();
    crate::small_sort::sort_small_by_key(&mut ranked, |r| r.0);
    Some(ranked.into_iter().map(|(_, n)| n).collect())
}

/// The names of CPython 3.11's builtins module, in its dict's order.
#[rustfmt::skip]
const CPYTHON_BUILTINS: &[&str] = &[
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__",
    "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr",
    "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id",
    "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next",
    "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars",
    "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray",
    "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset",
    "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod",
    "str", "super", "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup",
    "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError",
    "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
    "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
    "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning",
    "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
    "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
    "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError",
    "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
    "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
    "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError",
    "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError",
    "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup",
    "EnvironmentError", "IOError", "open", "quit", "exit", "copyright", "credits", "license",
    "help",
];

/// The candidate closest to `name` (never `name` itself), if one is close
/// enough: at most a third of the bytes of both may need changing, and of
/// candidates at the same distance the first wins. A group of
/// [`MAX_CANDIDATE_ITEMS`] or more gives none.
fn closest<'a>(name: &str, candidates: &'a [String]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates.iter().filter(|c| *c != name) {
        let limit = (name.len() + item.len() + 3) * MOVE_COST / 6;
        let limit = best.map_or(limit, |(_, d)| limit.min(d.saturating_sub(1)));
        let d = distance(name.as_bytes(), item.as_bytes(), limit);
        if d <= limit {
            best = Some((item.as_str(), d));
        }
    }
    best.map(|(item, _)| item)
}

/// The cost of replacing byte `a` by byte `b`.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b` (see [`MOVE_COST`] and
/// [`CASE_COST`]), or anything over `max_cost` once it is sure to exceed
/// it.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (short, long) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (long.len() - short.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the classic matrix, updated in place: row[i] is the cost
    // from the part of `long` done so far to short[..=i].
    let mut buffer = [0; MAX_STRING_SIZE];
    let row = &mut buffer[..short.len()];
    for (i, cell) in row.iter_mut().enumerate() {
        *cell = (i + 1) * MOVE_COST;
    }
    let mut result = 0;
    for (done, &byte) in long.iter().enumerate() {
        let mut diagonal = done * MOVE_COST;
        result = diagonal;
        let mut row_min = usize::MAX;
        for (cell, &other) in row.iter_mut().zip(short) {
            let substitute = diagonal + substitution_cost(byte, other);
            diagonal = *cell;
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            *cell = result;
            row_min = row_min.min(result);
        }
        if row_min > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::str_value;

    fn names(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    fn full_distance(a: &str, b: &str) -> usize {
        distance(a.as_bytes(), b.as_bytes(), usize::MAX / 2)
    }

    #[test]
    fn distances_weigh_case_flips_half() {
        assert_eq!(full_distance("length", "length"), 0);
        assert_eq!(full_distance("lenght", "length"), 4);
        assert_eq!(full_distance("Value", "value"), 1);
        assert_eq!(full_distance("valu", "value"), 2);
        assert_eq!(full_distance("", "abc"), 6);
        assert_eq!(full_distance("kitten", "sitting"), 6);
    }

    #[test]
    fn long_names_compare_only_what_differs() {
        let long = "a".repeat(60);
        let typo = format!("{}b{}", "a".repeat(30), "a".repeat(29));
        assert_eq!(full_distance(&long, &typo), 2);
        let other = "c".repeat(41);
        assert!(full_distance(&other, &"d".repeat(41)) > 1000);
    }

    #[test]
    fn closest_takes_the_first_of_equals_and_skips_the_name() {
        let c = names(&["valu", "vale", "value"]);
        assert_eq!(closest("valuee", &c), Some("value"));
        assert_eq!(closest("valx", &names(&["vals", "valy"])), Some("vals"));
        assert_eq!(closest("x", &names(&["x"])), None);
        assert_eq!(closest("abc", &names(&["xyz"])), None);
    }

    #[test]
    fn too_many_candidates_give_no_hint() {
        let mut many: Vec<String> = (0..MAX_CANDIDATE_ITEMS - 1)
            .map(|i| format!("n{i}"))
            .collect();
        many.push("length".to_string());
        assert_eq!(closest("lenght", &many), None);
        many.pop();
        many.insert(0, "length".to_string());
        many.pop();
        assert_eq!(closest("lenght", &many), Some("length"));
    }

    fn str_obj(text: &str) -> ObjRef {
        match str_value(text) {
            Value::Obj(o) => o,
            _ => unreachable!("a str is an object"),
        }
    }

    /// The `name` and `obj` fields an exception has set.
    fn fields(err: &PyErr) -> (Option<String>, Option<Value>) {
        match err.exc.kind() {
            Some(ObjKind::Instance(inst)) => (name_field(inst), own_field(inst, "obj")),
            _ => (None, None),
        }
    }

    #[test]
    fn attribute_context_is_set_once() {
        let err = PyErr::attribute_error("x");
        let err = with_attribute_context(err, &Value::Int(3), &str_obj("real"));
        let err = with_attribute_context(err, &Value::None, &str_obj("imag"));
        let (name, obj) = fields(&err);
        assert_eq!(name.as_deref(), Some("real"));
        assert!(matches!(obj, Some(Value::Int(3))));
        let other = with_attribute_context(PyErr::type_error("t"), &Value::None, &str_obj("a"));
        assert!(matches!(fields(&other), (None, None)));
    }
}
