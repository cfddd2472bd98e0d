//! The native half of `re` (`_re`): compiles patterns with our own parser
//! and compiler, runs the backtracking matcher and makes the `re.Match`
//! objects. `py/re.py` builds the rest of the Python API (Pattern, sub
//! templates, flags) on top of it.
//!
//! A compiled pattern (`_re.Regex`) is immutable and shared by reference,
//! so a pattern compiled at module level works in worker threads. Each
//! thread keeps its own cache of recently compiled patterns.

mod ast;
mod chars;
mod compile;
mod escape;
mod exec;
mod match_obj;
mod parse;
mod source;
mod text;

use exec::{Matcher, Mode, Stop, UNSET};
use match_obj::Match;
use parse::ParseError;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use taipan_vm::builtins::args::{arg_int, check_positional, rest};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{native_class, native_self, NativeObject};
use taipan_vm::types::{native_function, types};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};
use text::{code_points, make_value, Text};

/// A compiled pattern's shared, immutable part.
struct Compiled {
    prog: compile::Program,
    source: String,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    is_str: bool,
}

/// `_re.Regex`: a handle on a compiled pattern.
struct Regex(Arc<Compiled>);

impl NativeObject for Regex {
    fn class(&self) -> FrozenRef {
        regex_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(Regex(self.0.clone())))
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("exec", regex_exec),
    ("scan", regex_scan),
    ("findall", regex_findall),
    ("subn", regex_subn),
    ("split", regex_split),
    ("info", regex_info),
];

fn regex_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| native_class("Regex", "_re", None, METHODS))
}

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_re");
    vm.module_set(&m, "compile", native_function("compile", re_compile, false))?;
    vm.module_set(&m, "purge", native_function("purge", re_purge, false))?;
    vm.module_set(&m, "Regex", regex_class().value())?;
    vm.module_set(&m, "Match", match_obj::match_class().value())?;
    Ok(m)
}

/// Compiled patterns cached per thread, by (pattern, is str, flags).
type Cache = HashMap<(Vec<u32>, bool, u32), Arc<Compiled>>;

/// Patterns cached per thread before the cache is emptied.
const CACHE_SIZE: usize = 512;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(HashMap::new());
}

fn re_purge(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("purge", args, 0, 0)?;
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

/// `_re.compile(pattern, flags)`: a Regex, or `(msg, pos)` for a pattern
/// that `re` must report as `re.error`.
fn re_compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("compile", args, 2, 2)?;
    let Some((cps, is_str)) = code_points(&args.pos[0]) else {
        return Err(PyErr::type_error(
            "first argument must be string or compiled pattern",
        ));
    };
    let flags = arg_int(vm, &args.pos[1])? as u32;
    let key = (cps, is_str, flags);
    if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(Value::obj(ObjKind::Native(Box::new(Regex(hit)))));
    }
    let chars: Vec<char> = key
        .0
        .iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect();
    let parsed = match parse::parse(&chars, is_str, flags) {
        Ok(p) => p,
        Err(ParseError::Re(msg, pos)) => {
            let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(Value::obj(ObjKind::Tuple(Box::new([str_value(msg), pos]))));
        }
        Err(ParseError::Overflow(msg)) => return Err(PyErr::overflow(msg)),
        Err(ParseError::Value(msg)) => return Err(PyErr::value_error(msg)),
        Err(ParseError::Recursion) => {
            return Err(PyErr::new(
                types().recursion_error,
                "maximum recursion depth exceeded while parsing the regular expression",
            ))
        }
    };
    let prog = compile::compile(&parsed.node, parsed.flags, parsed.groups);
    let source = vm.repr(&args.pos[0])?;
    let compiled = Arc::new(Compiled {
        prog,
        source,
        flags: parsed.flags,
        groups: parsed.groups,
        names: parsed.names,
        is_str,
    });
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_SIZE {
            c.clear();
        }
        c.insert(key, compiled.clone());
    });
    Ok(Value::obj(ObjKind::Native(Box::new(Regex(compiled)))))
}

fn compiled<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a Arc<Compiled>> {
    native_self::<Regex>(method, args).map(|r| &r.0)
}

/// `regex.info()`: `(flags, groups, [(name, index), ...])`.
fn regex_info(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = compiled("info", &args)?;
    let names = c
        .names
        .iter()
        .map(|(name, g)| {
            Value::obj(ObjKind::Tuple(Box::new([
                str_value(name.as_str()),
                Value::Int(*g as i64),
            ])))
        })
        .collect();
    let names = taipan_vm::builtins::new_list(names);
    Ok(Value::obj(ObjKind::Tuple(Box::new([
        Value::Int(i64::from(c.flags)),
        Value::Int(c.groups as i64),
        names,
    ]))))
}

/// Runs one search with the runtime's interrupt check, turning a runaway
/// into a RuntimeError.
fn run(
    vm: &mut Vm,
    c: &Compiled,
    m: &mut Matcher<'_>,
    text: &Text<'_>,
    span: (usize, usize),
    mode: Mode,
    reject_empty_at: usize,
) -> PyResult<bool> {
    let mut check = || vm.check_interrupt();
    let (pos, end) = span;
    let result = match text {
        Text::Narrow { data, .. } => m.exec(&data[..], pos, end, mode, reject_empty_at, &mut check),
        Text::Wide(w) => m.exec(&w[..], pos, end, mode, reject_empty_at, &mut check),
    };
    match result {
        Ok(found) => Ok(found),
        Err(Stop::Interrupted(e)) => Err(e),
        Err(Stop::Backtracking) => Err(PyErr::runtime_error(format!(
            "the regular expression {} backtracked too much (over {} steps from one position); \
             simplify nested repetitions",
            c.source,
            exec::STEP_BUDGET
        ))),
    }
}

/// The common arguments `(string, pos, endpos)` after self, clamped
/// (`endpos` None: the end), of a method taking `min..=max` arguments.
fn subject_args<'a>(
    vm: &mut Vm,
    c: &Compiled,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<(Text<'a>, usize, usize)> {
    let a = rest(*args);
    check_positional("Regex method", a, min, max)?;
    let text = Text::from_value(vm, &a.pos[0], !c.is_str)?;
    let len = text.len() as i64;
    let pos = arg_int(vm, &a.pos[1])?.clamp(0, len) as usize;
    let end = match &a.pos[2] {
        Value::None => len,
        v => arg_int(vm, v)?.clamp(0, len),
    } as usize;
    Ok((text, pos, end))
}

/// `regex.exec(string, pos, endpos, mode, must_advance, pattern)`: mode 0
/// match, 1 fullmatch, 2 search; a `re.Match` for `pattern` (the
/// `re.Pattern`) or None.
fn regex_exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = compiled("exec", &args)?.clone();
    let (text, pos, end) = subject_args(vm, &c, &args, 6, 6)?;
    let a = rest(args);
    let mode = match arg_int(vm, &a.pos[3])? {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    let reject = if vm.truthy(&a.pos[4])? { pos } else { UNSET };
    let mut m = Matcher::new(&c.prog);
    let found = run(vm, &c, &mut m, &text, (pos, end), mode, reject)?;
    Ok(if found {
        Match::value(&c, &a.pos[5], &a.pos[0], (pos, end), &m)
    } else {
        Value::None
    })
}

/// Calls `each` on every successive match (CPython 3.7+ rules for empty
/// matches), at most `limit` of them (0: no limit).
fn for_each_match(
    vm: &mut Vm,
    c: &Compiled,
    text: &Text<'_>,
    span: (usize, usize),
    limit: usize,
    each: &mut dyn FnMut(&mut Vm, &Matcher<'_>) -> PyResult<()>,
) -> PyResult<()> {
    let mut m = Matcher::new(&c.prog);
    let (mut pos, end) = span;
    let mut reject = UNSET;
    let mut n = 0;
    while (limit == 0 || n < limit) && pos <= end {
        if !run(vm, c, &mut m, text, (pos, end), Mode::Search, reject)? {
            break;
        }
        each(vm, &m)?;
        n += 1;
        let (ms, me) = (m.slots[0], m.slots[1]);
        reject = if ms == me { me } else { UNSET };
        pos = me;
    }
    Ok(())
}

/// `regex.scan(string, pos, endpos, limit, pattern)`: the `re.Match` of
/// every successive match (at most `limit`; 0: all).
fn regex_scan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = compiled("scan", &args)?.clone();
    let (text, pos, end) = subject_args(vm, &c, &args, 5, 5)?;
    let a = rest(args);
    let limit = arg_int(vm, &a.pos[3])?.max(0) as usize;
    let (pattern, string) = (&a.pos[4], &a.pos[0]);
    let mut out = Vec::new();
    for_each_match(vm, &c, &text, (pos, end), limit, &mut |_, m| {
        out.push(Match::value(&c, pattern, string, (pos, end), m));
        Ok(())
    })?;
    Ok(taipan_vm::builtins::new_list(out))
}

/// `regex.findall(string, pos, endpos)`: as `re.findall`.
fn regex_findall(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = compiled("findall", &args)?.clone();
    let (text, pos, end) = subject_args(vm, &c, &args, 3, 3)?;
    let mut out = Vec::new();
    let piece = |m: &Matcher<'_>, g: usize| match m.span(g) {
        Some((s, e)) => text.slice(s, e),
        None => text.slice(0, 0),
    };
    for_each_match(vm, &c, &text, (pos, end), 0, &mut |_, m| {
        let item = match c.groups {
            0 => piece(m, 0),
            1 => piece(m, 1),
            n => Value::obj(ObjKind::Tuple((1..=n).map(|g| piece(m, g)).collect())),
        };
        out.push(item);
        Ok(())
    })?;
    Ok(taipan_vm::builtins::new_list(out))
}

/// `regex.subn(parts, string, count)`: `parts` is a list of literal
/// pieces (str/bytes) and group numbers; returns `(result, n)`.
fn regex_subn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = compiled("subn", &args)?.clone();
    let a = rest(args);
    check_positional("subn", a, 3, 3)?;
    let parts: Vec<Result<Vec<u32>, usize>> = match a.pos[0].kind() {
        Some(ObjKind::List(l)) => l
            .borrow()
            .iter()
            .map(|p| match p {
                Value::Int(g) => Ok(Err(*g as usize)),
                v => code_points(v)
                    .map(|(cps, _)| Ok(cps))
                    .ok_or_else(|| PyErr::type_error("bad template part")),
            })
            .collect::<PyResult<_>>()?,
        _ => return Err(PyErr::type_error("subn() needs a list of parts")),
    };
    let text = Text::from_value(vm, &a.pos[1], !c.is_str)?;
    let count = arg_int(vm, &a.pos[2])?.max(0) as usize;
    let len = text.len();
    let mut out: Vec<u32> = Vec::with_capacity(len);
    let mut last = 0;
    let mut n = 0;
    for_each_match(vm, &c, &text, (0, len), count, &mut |_, m| {
        let (s, e) = (m.slots[0], m.slots[1]);
        text.push_slice(&mut out, last, s);
        for part in &parts {
            match part {
                Ok(lit) => out.extend_from_slice(lit),
                Err(g) => {
                    if let Some((gs, ge)) = m.span(*g) {
                        text.push_slice(&mut out, gs, ge);
                    }
                }
            }
        }
        last = e;
        n += 1;
        Ok(())
    })?;
    text.push_slice(&mut out, last, len);
    let result = make_value(&out, text.is_str());
    Ok(Value::obj(ObjKind::Tuple(Box::new([
        result,
        Value::Int(n),
    ]))))
}

/// `regex.split(string, maxsplit)`: as `re.split` (maxsplit >= 0).
fn regex_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = compiled("split", &args)?.clone();
    let a = rest(args);
    check_positional("split", a, 2, 2)?;
    let text = Text::from_value(vm, &a.pos[0], !c.is_str)?;
    let limit = arg_int(vm, &a.pos[1])?.max(0) as usize;
    let len = text.len();
    let mut out = Vec::new();
    let mut last = 0;
    for_each_match(vm, &c, &text, (0, len), limit, &mut |_, m| {
        out.push(text.slice(last, m.slots[0]));
        for g in 1..=c.groups {
            out.push(m.span(g).map_or(Value::None, |(s, e)| text.slice(s, e)));
        }
        last = m.slots[1];
        Ok(())
    })?;
    out.push(text.slice(last, len));
    Ok(taipan_vm::builtins::new_list(out))
}

#[cfg(test)]
mod tests;
