//! `re.Match`: the result of a successful match, made by the matcher
//! itself (a lexer's `finditer` loop makes one per token, so it is native:
//! written in Python, a match and its `group()` cost three times what the
//! search did).

use super::exec::Matcher;
use super::text::Text;
use super::Compiled;
use std::sync::{Arc, OnceLock};
use taipan_vm::builtins::args::{check_positional, parse_args, rest};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{
    native_class_with_properties, native_self, NativeCopy, NativeObject,
};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// One match: the pattern and subject it was made from, and where each
/// group matched.
pub struct Match {
    /// The compiled pattern (group count and names).
    regex: Arc<Compiled>,
    /// The `re.Pattern` object (`m.re`).
    pattern: Value,
    /// The subject (`m.string`).
    string: Value,
    /// The `pos` and `endpos` the search was given.
    bounds: (usize, usize),
    /// The last group that matched (0: none).
    lastindex: usize,
    /// Start and end of each group, group 0 first; None where it did not
    /// match.
    spans: Box<[Option<(usize, usize)>]>,
}

impl NativeObject for Match {
    fn class(&self) -> FrozenRef {
        match_class()
    }
    fn for_each_child(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.pattern);
        f(&self.string);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    /// A match never changes: one in a shared global is frozen with its
    /// pattern and subject.
    fn thread_safe(&self) -> bool {
        true
    }
    /// A worker's result or a queue item crosses as a copy (of the
    /// pattern and the subject, as any other value would).
    fn copy_parts(&self) -> Option<NativeCopy> {
        let (regex, bounds, lastindex) = (self.regex.clone(), self.bounds, self.lastindex);
        let spans = self.spans.clone();
        Some(NativeCopy {
            values: vec![self.pattern.clone(), self.string.clone()],
            rebuild: Box::new(move |values| {
                let mut values = values.into_iter();
                Box::new(Match {
                    regex: regex.clone(),
                    pattern: values.next().unwrap_or(Value::None),
                    string: values.next().unwrap_or(Value::None),
                    bounds,
                    lastindex,
                    spans: spans.clone(),
                })
            }),
        })
    }
}

impl Match {
    /// A `re.Match` for the match `m` found in `string` between `bounds`,
    /// for `pattern`.
    pub fn value(
        regex: &Arc<Compiled>,
        pattern: &Value,
        string: &Value,
        bounds: (usize, usize),
        m: &Matcher<'_>,
    ) -> Value {
        let spans = (0..=regex.groups).map(|g| m.span(g)).collect();
        Value::obj(ObjKind::Native(Box::new(Match {
            regex: regex.clone(),
            pattern: pattern.clone(),
            string: string.clone(),
            bounds,
            lastindex: m.lastindex,
            spans,
        })))
    }

    /// The group that `g` names: a number in range or a group name.
    fn index(&self, vm: &mut Vm, g: &Value) -> PyResult<usize> {
        let groups = self.regex.groups;
        let number = match g {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(i64::from(*b)),
            _ => match g.kind() {
                Some(ObjKind::Str(name)) => {
                    let name = name.as_str();
                    if let Some((_, i)) = self.regex.names.iter().find(|(n, _)| n == name) {
                        return Ok(*i);
                    }
                    None
                }
                // An int subclass (an IntEnum member) counts as its value.
                _ if taipan_vm::types::is_subclass(
                    &vm.type_of(g),
                    &taipan_vm::types::types().int.to_ref(),
                ) =>
                {
                    vm.index_of(g).ok()
                }
                _ => None,
            },
        };
        match number {
            Some(i) if (0..=groups as i64).contains(&i) => Ok(i as usize),
            _ => Err(PyErr::index_error("no such group")),
        }
    }

    /// Group `index`'s text, or `default` where it did not match. The
    /// subject is read as it is now: a bytearray shortened since the match
    /// gives what is left of the span, as in CPython.
    fn piece(&self, vm: &Vm, index: usize, default: &Value) -> PyResult<Value> {
        match self.spans.get(index).copied().flatten() {
            Some((s, e)) => {
                let text = Text::from_value(vm, &self.string, !self.regex.is_str)?;
                let len = text.len();
                Ok(text.slice(s.min(len), e.min(len)))
            }
            None => Ok(default.clone()),
        }
    }

    /// Group `index`'s span, (-1, -1) where it did not match.
    fn span_of(&self, index: usize) -> (i64, i64) {
        match self.spans.get(index).copied().flatten() {
            Some((s, e)) => (s as i64, e as i64),
            None => (-1, -1),
        }
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("group", match_group),
    ("__getitem__", match_getitem),
    ("groups", match_groups),
    ("groupdict", match_groupdict),
    ("start", match_start),
    ("end", match_end),
    ("span", match_span),
    ("expand", match_expand),
    ("__repr__", match_repr),
    ("__copy__", match_copy),
    ("__deepcopy__", match_copy),
];

const PROPERTIES: &[(&str, NativeFn)] = &[
    ("re", match_re),
    ("string", match_string),
    ("pos", match_pos),
    ("endpos", match_endpos),
    ("lastindex", match_lastindex),
    ("lastgroup", match_lastgroup),
    ("regs", match_regs),
];

/// The class `re.Match`.
pub fn match_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| native_class_with_properties("Match", "re", None, METHODS, PROPERTIES))
}

fn this<'a>(method: &str, args: &Args<'a>) -> PyResult<&'a Match> {
    native_self::<Match>(method, args)
}

fn int_pair((a, b): (i64, i64)) -> Value {
    Value::obj(ObjKind::Tuple(Box::new([Value::Int(a), Value::Int(b)])))
}

/// `m.group(*groups)`: group 0, one group, or a tuple of several.
fn match_group(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("group", &args)?;
    let groups = rest(args);
    if !groups.kw.is_empty() {
        return Err(PyErr::type_error("group() takes no keyword arguments"));
    }
    match groups.pos {
        [] => m.piece(vm, 0, &Value::None),
        [g] => {
            let i = m.index(vm, g)?;
            m.piece(vm, i, &Value::None)
        }
        many => {
            let mut out = Vec::with_capacity(many.len());
            for g in many {
                let i = m.index(vm, g)?;
                out.push(m.piece(vm, i, &Value::None)?);
            }
            Ok(Value::obj(ObjKind::Tuple(out.into_boxed_slice())))
        }
    }
}

fn match_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("__getitem__", &args)?;
    check_positional("__getitem__", rest(args), 1, 1)?;
    let i = m.index(vm, &args.pos[1])?;
    m.piece(vm, i, &Value::None)
}

/// The `default` argument of `groups` and `groupdict` (None when absent).
fn default_arg(func: &str, args: Args<'_>) -> PyResult<Value> {
    let mut parsed = parse_args(func, rest(args), &["default"], 0)?;
    Ok(parsed.pop().flatten().unwrap_or(Value::None))
}

fn match_groups(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("groups", &args)?;
    let default = default_arg("groups", args)?;
    let items = (1..=m.regex.groups)
        .map(|i| m.piece(vm, i, &default))
        .collect::<PyResult<Box<[Value]>>>()?;
    Ok(Value::obj(ObjKind::Tuple(items)))
}

fn match_groupdict(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("groupdict", &args)?;
    let default = default_arg("groupdict", args)?;
    let dict = taipan_vm::builtins::new_dict();
    for (name, i) in &m.regex.names {
        let piece = m.piece(vm, *i, &default)?;
        vm.setitem(&dict, str_value(name.as_str()), piece)?;
    }
    Ok(dict)
}

/// The group a `start`/`end`/`span` call asks about (0 when absent).
fn group_arg(vm: &mut Vm, func: &str, m: &Match, args: Args<'_>) -> PyResult<usize> {
    let a = rest(args);
    check_positional(func, a, 0, 1)?;
    match a.pos.first() {
        Some(g) => m.index(vm, g),
        None => Ok(0),
    }
}

fn match_start(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("start", &args)?;
    let i = group_arg(vm, "start", m, args)?;
    Ok(Value::Int(m.span_of(i).0))
}

fn match_end(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("end", &args)?;
    let i = group_arg(vm, "end", m, args)?;
    Ok(Value::Int(m.span_of(i).1))
}

fn match_span(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("span", &args)?;
    let i = group_arg(vm, "span", m, args)?;
    Ok(int_pair(m.span_of(i)))
}

/// `m.expand(template)`: `re.py`'s template expansion.
fn match_expand(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("expand", &args)?;
    check_positional("expand", rest(args), 1, 1)?;
    let re = vm.import_module("re")?;
    let expand = vm.getattr_str(&re, "_expand")?;
    vm.call(&expand, &args.pos[..2], &[])
}

fn match_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("__repr__", &args)?;
    let (s, e) = m.span_of(0);
    let whole = m.piece(vm, 0, &Value::None)?;
    let text = vm.repr(&whole)?;
    let cut: String = text.chars().take(50).collect();
    Ok(str_value(format!(
        "<re.Match object; span=({s}, {e}), match={cut}>"
    )))
}

fn match_copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("__copy__", &args)?;
    Ok(args.pos[0].clone())
}

fn match_re(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this("re", &args)?.pattern.clone())
}

fn match_string(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this("string", &args)?.string.clone())
}

fn match_pos(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this("pos", &args)?.bounds.0 as i64))
}

fn match_endpos(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this("endpos", &args)?.bounds.1 as i64))
}

fn match_lastindex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("lastindex", &args)?;
    Ok(match m.lastindex {
        0 => Value::None,
        i => Value::Int(i as i64),
    })
}

fn match_lastgroup(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("lastgroup", &args)?;
    let name = m
        .regex
        .names
        .iter()
        .find(|(_, i)| *i == m.lastindex && m.lastindex != 0);
    Ok(name.map_or(Value::None, |(n, _)| str_value(n.as_str())))
}

fn match_regs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this("regs", &args)?;
    let regs = (0..=m.regex.groups)
        .map(|i| int_pair(m.span_of(i)))
        .collect();
    Ok(Value::obj(ObjKind::Tuple(regs)))
}
