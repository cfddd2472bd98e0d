//! `_json`: the scanner behind `json.loads` (hooks and parse functions
//! included), and the encoder behind `json.dumps`/`dump` for plain values.
//! The scanner reads the UTF-8 text in place, byte by byte, and reports
//! errors with CPython's messages and code point positions.
//! The encoder writes what the Python encoder writes, and hands everything
//! else back to it (other types, `default`, skipped keys, errors to raise).

use std::fmt::Write as _;

use num_bigint::BigInt;
use taipan_vm::builtins::args::{arg_int, check_positional};
use taipan_vm::builtins::{new_dict, new_list, new_tuple};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::format::float_repr;
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::objects::int::int_value;
use taipan_vm::objects::str_ops::char_len;
use taipan_vm::types::native_function;
use taipan_vm::{Value, Vm};

/// Builds the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_json");
    vm.module_set(&m, "scan", native_function("scan", scan, false))?;
    vm.module_set(&m, "encode", native_function("encode", encode, false))?;
    Ok(m)
}

/// Why a scan stopped.
enum Stop {
    /// Malformed JSON: a message and the byte offset it is about.
    Syntax(&'static str, usize),
    /// A string (its opening quote's byte offset) with an unpaired
    /// surrogate escape, which a taipan str cannot hold.
    LoneSurrogate(usize),
    /// A Python exception (RecursionError).
    Raised(PyErr),
}

impl From<PyErr> for Stop {
    fn from(e: PyErr) -> Stop {
        Stop::Raised(e)
    }
}

type Scanned = Result<(Value, usize), Stop>;

/// `_json.scan(doc, idx, strict, error, object_hook, object_pairs_hook,
/// parse_float, parse_int, parse_constant)`: `(value, end)` for the JSON
/// value at code point `idx` of `doc`; malformed text raises `error(msg,
/// doc, pos)` (json.JSONDecodeError). A hook or parse function given as
/// None is not called (the plain values are built directly).
fn scan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("scan", args, 9, 9)?;
    let Some(ObjKind::Str(doc)) = args.pos[0].kind() else {
        return Err(PyErr::type_error("scan() argument 1 must be str"));
    };
    let idx = usize::try_from(arg_int(vm, &args.pos[1])?).unwrap_or(usize::MAX);
    let strict = vm.truthy(&args.pos[2])?;
    let text = doc.as_str();
    let to_char = |at: usize| {
        if doc.is_ascii() {
            at
        } else {
            char_len(&text[..at])
        }
    };
    let scanned = if idx > doc.char_len() {
        Err(Stop::Syntax("Expecting value", text.len()))
    } else {
        let hook = |i: usize| Some(args.pos[i].clone()).filter(|v| !v.is_none());
        let scanner = Scanner {
            text: text.as_bytes(),
            strict,
            object_hook: hook(4),
            object_pairs_hook: hook(5),
            parse_float: hook(6),
            parse_int: hook(7),
            parse_constant: hook(8),
        };
        scanner.value(vm, doc.byte_offset(idx))
    };
    match scanned {
        Ok((value, end)) => Ok(new_tuple(vec![value, Value::Int(to_char(end) as i64)])),
        Err(Stop::Raised(e)) => Err(e),
        Err(Stop::LoneSurrogate(at)) => Err(PyErr::value_error(format!(
            "JSON string at char {} holds a lone surrogate, which taipan strings (UTF-8) \
             cannot hold",
            to_char(at)
        ))),
        Err(Stop::Syntax(msg, at)) => {
            let pos = if idx > doc.char_len() {
                idx
            } else {
                to_char(at)
            };
            let exc = vm.call(
                &args.pos[3],
                &[str_value(msg), args.pos[0].clone(), Value::Int(pos as i64)],
                &[],
            )?;
            Err(PyErr { exc })
        }
    }
}

/// One scan of one document.
struct Scanner<'a> {
    text: &'a [u8],
    /// Control characters inside strings are errors.
    strict: bool,
    /// Called with each decoded object (a dict); its result replaces it.
    object_hook: Option<Value>,
    /// Called with each object's `(key, value)` pairs as a list instead
    /// (it takes precedence over `object_hook`).
    object_pairs_hook: Option<Value>,
    /// Called with the text of each float, int and NaN/Infinity/-Infinity.
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
}

impl Scanner<'_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.text.get(i).copied()
    }

    fn skip_whitespace(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        i
    }

    fn has(&self, i: usize, word: &str) -> bool {
        self.text[i.min(self.text.len())..].starts_with(word.as_bytes())
    }

    /// The value starting exactly at `i`, and the offset after it.
    fn value(&self, vm: &mut Vm, i: usize) -> Scanned {
        let constant = |vm: &mut Vm, v: Value, name: &str| match &self.parse_constant {
            Some(parse) => Ok((vm.call(parse, &[str_value(name)], &[])?, i + name.len())),
            None => Ok((v, i + name.len())),
        };
        match self.at(i) {
            Some(b'"') => self.string(i + 1).map(|(s, end)| (str_value(s), end)),
            Some(b'{') => self.nested(
                vm,
                " while decoding a JSON object from a unicode string",
                |s, vm| s.object(vm, i + 1),
            ),
            Some(b'[') => self.nested(
                vm,
                " while decoding a JSON array from a unicode string",
                |s, vm| s.array(vm, i + 1),
            ),
            Some(b'n') if self.has(i, "null") => Ok((Value::None, i + 4)),
            Some(b't') if self.has(i, "true") => Ok((Value::Bool(true), i + 4)),
            Some(b'f') if self.has(i, "false") => Ok((Value::Bool(false), i + 5)),
            Some(b'N') if self.has(i, "NaN") => constant(vm, Value::Float(f64::NAN), "NaN"),
            Some(b'I') if self.has(i, "Infinity") => {
                constant(vm, Value::Float(f64::INFINITY), "Infinity")
            }
            Some(b'-') if self.has(i, "-Infinity") => {
                constant(vm, Value::Float(f64::NEG_INFINITY), "-Infinity")
            }
            _ => self.number(vm, i),
        }
    }

    /// Runs `f` one level deeper, as a nested call counts against the
    /// recursion limit.
    fn nested(
        &self,
        vm: &mut Vm,
        context: &str,
        f: impl FnOnce(&Self, &mut Vm) -> Scanned,
    ) -> Scanned {
        vm.nested(context, |vm| Ok(f(self, vm)))?
    }

    fn digits(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some(b'0'..=b'9')) {
            i += 1;
        }
        i
    }

    fn number(&self, vm: &mut Vm, start: usize) -> Scanned {
        let mut i = start;
        if self.at(i) == Some(b'-') {
            i += 1;
        }
        match self.at(i) {
            Some(b'1'..=b'9') => i = self.digits(i + 1),
            Some(b'0') => i += 1,
            _ => return Err(Stop::Syntax("Expecting value", start)),
        }
        let integer_end = i;
        if self.at(i) == Some(b'.') && matches!(self.at(i + 1), Some(b'0'..=b'9')) {
            i = self.digits(i + 2);
        }
        if matches!(self.at(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(self.at(j), Some(b'+' | b'-')) {
                j += 1;
            }
            let k = self.digits(j);
            if k > j {
                i = k;
            }
        }
        let text = &self.text[start..i];
        // The bytes are ASCII digits, signs, '.' and 'e': valid UTF-8.
        let text = std::str::from_utf8(text).unwrap_or("0");
        let parse = if i == integer_end {
            &self.parse_int
        } else {
            &self.parse_float
        };
        if let Some(parse) = parse {
            return Ok((vm.call(parse, &[str_value(text)], &[])?, i));
        }
        let value = if i == integer_end {
            match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => int_value(text.parse::<BigInt>().unwrap_or_default()),
            }
        } else {
            Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
        };
        Ok((value, i))
    }

    /// The string whose opening quote is just before `i`, and the offset
    /// after its closing quote.
    fn string(&self, mut i: usize) -> Result<(String, usize), Stop> {
        let begin = i - 1;
        let mut out = String::new();
        let mut lone_surrogate = false;
        loop {
            let start = i;
            while let Some(b) = self.at(i) {
                if b == b'"' || b == b'\\' || (self.strict && b < 0x20) {
                    break;
                }
                i += 1;
            }
            // The run ends at an ASCII byte (or the end): a char boundary.
            out.push_str(std::str::from_utf8(&self.text[start..i]).unwrap_or_default());
            match self.at(i) {
                None => return Err(Stop::Syntax("Unterminated string starting at", begin)),
                Some(b'"') => {
                    if lone_surrogate {
                        return Err(Stop::LoneSurrogate(begin));
                    }
                    return Ok((out, i + 1));
                }
                Some(b'\\') => {}
                Some(_) => return Err(Stop::Syntax("Invalid control character at", i)),
            }
            i += 1;
            let escaped = match self.at(i) {
                None => return Err(Stop::Syntax("Unterminated string starting at", begin)),
                Some(b'u') => {
                    let (code, end) = self.unicode_escape(i)?;
                    i = end;
                    match char::from_u32(code) {
                        Some(c) => c,
                        None => {
                            lone_surrogate = true;
                            continue;
                        }
                    }
                }
                Some(c) => {
                    i += 1;
                    match c {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        _ => return Err(Stop::Syntax("Invalid \\escape", i - 2)),
                    }
                }
            };
            out.push(escaped);
        }
    }

    /// The four hex digits at `i`, if they are that.
    fn hex4(&self, i: usize) -> Option<u32> {
        let digits = self.text.get(i..i + 4)?;
        let digits = std::str::from_utf8(digits).ok()?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }

    /// The code point of the `\uXXXX` escape (or surrogate pair) whose `u`
    /// is at `u`, and the offset after it.
    fn unicode_escape(&self, u: usize) -> Result<(u32, usize), Stop> {
        let mut end = u + 5;
        let invalid = |at| Stop::Syntax("Invalid \\uXXXX escape", at);
        if end >= self.text.len() {
            return Err(invalid(u));
        }
        let mut code = self.hex4(u + 1).ok_or(invalid(u))?;
        if (0xd800..=0xdbff).contains(&code) && end + 6 < self.text.len() && self.has(end, "\\u") {
            let low = self.hex4(end + 2).ok_or(invalid(end + 1))?;
            if (0xdc00..=0xdfff).contains(&low) {
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                end += 6;
            }
        }
        Ok((code, end))
    }

    /// The object whose `{` is just before `i`.
    fn object(&self, vm: &mut Vm, i: usize) -> Scanned {
        let mut pairs = Vec::new();
        let mut i = self.skip_whitespace(i);
        if self.at(i) == Some(b'}') {
            return Ok((self.finish_object(vm, pairs)?, i + 1));
        }
        loop {
            if self.at(i) != Some(b'"') {
                return Err(Stop::Syntax(
                    "Expecting property name enclosed in double quotes",
                    i,
                ));
            }
            let (key, end) = self.string(i + 1)?;
            i = self.skip_whitespace(end);
            if self.at(i) != Some(b':') {
                return Err(Stop::Syntax("Expecting ':' delimiter", i));
            }
            let start = self.skip_whitespace(i + 1);
            let (value, end) = self.value(vm, start)?;
            pairs.push((str_value(key), value));
            i = self.skip_whitespace(end);
            match self.at(i) {
                Some(b'}') => return Ok((self.finish_object(vm, pairs)?, i + 1)),
                Some(b',') => i = self.skip_whitespace(i + 1),
                _ => return Err(Stop::Syntax("Expecting ',' delimiter", i)),
            }
        }
    }

    /// The Python value of an object's pairs: a dict, or what the hooks
    /// make of them.
    fn finish_object(&self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        if let Some(hook) = &self.object_pairs_hook {
            let pairs = pairs.into_iter().map(|(k, v)| new_tuple(vec![k, v]));
            return vm.call(hook, &[new_list(pairs.collect())], &[]);
        }
        let d = new_dict();
        for (key, value) in pairs {
            vm.dict_set(&d, key, value)?;
        }
        match &self.object_hook {
            Some(hook) => vm.call(hook, &[d], &[]),
            None => Ok(d),
        }
    }

    /// The array whose `[` is just before `i`.
    fn array(&self, vm: &mut Vm, i: usize) -> Scanned {
        let mut items = Vec::new();
        let mut i = self.skip_whitespace(i);
        if self.at(i) == Some(b']') {
            return Ok((new_list(items), i + 1));
        }
        loop {
            let (value, end) = self.value(vm, i)?;
            items.push(value);
            i = self.skip_whitespace(end);
            match self.at(i) {
                Some(b']') => return Ok((new_list(items), i + 1)),
                Some(b',') => i = self.skip_whitespace(i + 1),
                _ => return Err(Stop::Syntax("Expecting ',' delimiter", i)),
            }
        }
    }
}

/// The encoder's settings.
struct Encoder<'a> {
    /// Nesting deeper than the recursion limit allows is left to the
    /// Python encoder (which reports a circular reference or RecursionError
    /// as CPython does).
    max_depth: usize,
    ensure_ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<&'a str>,
    item_separator: &'a str,
    key_separator: &'a str,
}

/// `_json.encode(obj, ensure_ascii, allow_nan, sort_keys, indent,
/// item_separator, key_separator)`: the JSON text of `obj` (`indent` a str
/// or None), or None when the Python encoder must write it.
fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("encode", args, 7, 7)?;
    fn text(v: &Value) -> Option<&str> {
        match v.kind() {
            Some(ObjKind::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }
    let (Some(item_separator), Some(key_separator)) = (text(&args.pos[5]), text(&args.pos[6]))
    else {
        return Ok(Value::None);
    };
    let indent = match &args.pos[4] {
        Value::None => None,
        v => match text(v) {
            Some(indent) => Some(indent),
            None => return Ok(Value::None),
        },
    };
    let encoder = Encoder {
        max_depth: vm.recursion_headroom(),
        ensure_ascii: vm.truthy(&args.pos[1])?,
        allow_nan: vm.truthy(&args.pos[2])?,
        sort_keys: vm.truthy(&args.pos[3])?,
        indent,
        item_separator,
        key_separator,
    };
    let mut out = String::new();
    Ok(match encoder.value(&mut out, &args.pos[0], 0) {
        Some(()) => str_value(out),
        None => Value::None,
    })
}

impl Encoder<'_> {
    /// Writes `v`; None when the Python encoder must take over.
    fn value(&self, out: &mut String, v: &Value, level: usize) -> Option<()> {
        if level > self.max_depth {
            return None;
        }
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&self.float(*f)?),
            Value::Obj(o) => match o.kind() {
                ObjKind::Str(s) => self.quote(out, s.as_str()),
                ObjKind::BigInt(b) => {
                    let _ = write!(out, "{b}");
                }
                ObjKind::List(items) => self.array(out, &o.get().read(items), level)?,
                ObjKind::Tuple(items) => self.array(out, items, level)?,
                ObjKind::Dict(d) => self.object(out, &o.get().read(d), level)?,
                _ => return None,
            },
            Value::Unbound => return None,
        }
        Some(())
    }

    /// A float's text (None for NaN and the infinities when they are not
    /// allowed: the Python encoder raises).
    fn float(&self, f: f64) -> Option<String> {
        if f.is_finite() {
            return Some(float_repr(f));
        }
        if !self.allow_nan {
            return None;
        }
        Some(
            if f.is_nan() {
                "NaN"
            } else if f > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            }
            .to_string(),
        )
    }

    /// The separator before each item at `level` (and the text that closes
    /// the container, after its last item).
    fn layout(&self, level: usize) -> (String, String) {
        match self.indent {
            None => (self.item_separator.to_string(), String::new()),
            Some(indent) => (
                format!("{}\n{}", self.item_separator, indent.repeat(level + 1)),
                format!("\n{}", indent.repeat(level)),
            ),
        }
    }

    /// The opening of a non-empty container at `level`.
    fn open(&self, out: &mut String, bracket: char, level: usize) {
        out.push(bracket);
        if let Some(indent) = self.indent {
            out.push('\n');
            out.push_str(&indent.repeat(level + 1));
        }
    }

    fn array(&self, out: &mut String, items: &[Value], level: usize) -> Option<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Some(());
        }
        let (separator, close) = self.layout(level);
        self.open(out, '[', level);
        for (k, item) in items.iter().enumerate() {
            if k > 0 {
                out.push_str(&separator);
            }
            self.value(out, item, level + 1)?;
        }
        out.push_str(&close);
        out.push(']');
        Some(())
    }

    fn object(
        &self,
        out: &mut String,
        d: &taipan_vm::objects::dict::Dict,
        level: usize,
    ) -> Option<()> {
        let mut entries: Vec<(String, &Value)> = Vec::new();
        for e in d.iter() {
            let key = match &e.key {
                Value::Obj(o) => match o.kind() {
                    ObjKind::Str(s) => s.as_str().to_string(),
                    ObjKind::BigInt(b) if !self.sort_keys => b.to_string(),
                    _ => return None,
                },
                // Sorting mixed keys is the Python encoder's (it may raise).
                _ if self.sort_keys => return None,
                Value::Int(i) => i.to_string(),
                Value::Float(f) => self.float(*f)?,
                Value::Bool(b) => (if *b { "true" } else { "false" }).to_string(),
                Value::None => "null".to_string(),
                Value::Unbound => return None,
            };
            entries.push((key, &e.value));
        }
        if entries.is_empty() {
            out.push_str("{}");
            return Some(());
        }
        if self.sort_keys {
            // UTF-8 byte order is code point order, as str comparison.
            entries.sort_by(|a, b| a.0.cmp(&b.0));
        }
        let (separator, close) = self.layout(level);
        self.open(out, '{', level);
        for (k, (key, value)) in entries.iter().enumerate() {
            if k > 0 {
                out.push_str(&separator);
            }
            self.quote(out, key);
            out.push_str(self.key_separator);
            self.value(out, value, level + 1)?;
        }
        out.push_str(&close);
        out.push('}');
        Some(())
    }

    /// `s` as a JSON string.
    fn quote(&self, out: &mut String, s: &str) {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 || (self.ensure_ascii && c as u32 >= 0x7f) => {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        let _ = write!(out, "\\u{unit:04x}");
                    }
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}
