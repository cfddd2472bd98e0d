//! `str()`, `repr()`, `format()` and `%`-formatting of values.

use super::Vm;
use crate::error::{str_value, PyErr, PyResult};
use crate::format::{self, ErrorKind, PrintfPiece, PrintfSpec};
use crate::object::{DictViewKind, ObjKind};
use crate::objects::int::to_bigint;
use crate::objects::str_ops;
use crate::types::types;
use crate::value::Value;
use num_bigint::BigInt;

/// CPython's limit on decimal digits when converting an int to str.
const MAX_STR_DIGITS: usize = 4300;

/// Turns an error message from the format module into the exception CPython raises.
pub fn format_error(msg: String) -> PyErr {
    match format::error_kind(&msg) {
        ErrorKind::ValueError => PyErr::value_error(msg),
        ErrorKind::OverflowError => PyErr::overflow(msg),
        ErrorKind::TypeError => PyErr::type_error(msg),
        ErrorKind::MemoryError => PyErr::memory_error(),
    }
}

/// Decimal text of a big int, refusing more than CPython's digit limit.
pub fn bigint_to_decimal(b: &BigInt) -> PyResult<String> {
    // 3.33 bits per digit: refuse early without converting.
    if b.bits() as f64 / std::f64::consts::LOG2_10 > MAX_STR_DIGITS as f64 + 1.0 {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    let s = b.to_string();
    let digits = s.trim_start_matches('-').len();
    if digits > MAX_STR_DIGITS {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

impl Vm {
    /// `str(v)` as a Rust string.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => match o.kind() {
                ObjKind::Str(s) => Ok(s.as_str().to_string()),
                ObjKind::Instance(inst) => {
                    if let Some(m) = self.lookup_type_attr(v, "__str__") {
                        // Only str has a __str__ of its own among the builtin
                        // value types: for the others, str() is repr(), which
                        // finds a subclass's __repr__.
                        if !is_payload_method(&m) || payload_is_str(inst) {
                            let r = self.call_method_value(&m, v, &[])?;
                            return self.expect_str(r, "__str__");
                        }
                    }
                    if inst.exc.is_some() && self.lookup_type_attr(v, "__repr__").is_none() {
                        return self.exception_str(v);
                    }
                    self.instance_repr(v, inst, "__str__")
                }
                ObjKind::Native(_) => {
                    if let Some(m) = self.lookup_type_attr(v, "__str__") {
                        let r = self.call_method_value(&m, v, &[])?;
                        return self.expect_str(r, "__str__");
                    }
                    self.repr(v)
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `repr()` of an instance: its class's `__repr__`, an exception's
    /// `Name(args)`, or `<... object at 0x...>`. `what` names the method
    /// a non-str result is blamed on: `str()` falling back to `repr()`
    /// says `__str__`, as CPython's object.__str__ does.
    fn instance_repr(
        &mut self,
        v: &Value,
        inst: &crate::objects::class::Instance,
        what: &str,
    ) -> PyResult<String> {
        if let Some(m) = self.lookup_type_attr(v, "__repr__") {
            if is_payload_method(&m) {
                if let Some(r) = self.named_payload_repr(v, inst)? {
                    return Ok(r);
                }
            }
            let r = self.call_method_value(&m, v, &[])?;
            return self.expect_str(r, what);
        }
        if inst.exc.is_some() {
            let args = inst
                .exc
                .as_ref()
                .map(|e| e.borrow().args.clone())
                .unwrap_or_default();
            let name = self.type_name(v);
            return Ok(format!("{name}({})", self.repr_items(&args)?));
        }
        Ok(self.default_repr(v))
    }

    /// The text a `__str__`, `__repr__` or `__format__` (`what`) returned,
    /// or CPython's TypeError for a non-str (worded differently for
    /// `__format__`).
    fn expect_str(&self, r: Value, what: &str) -> PyResult<String> {
        match r.kind() {
            Some(ObjKind::Str(s)) => Ok(s.as_str().to_string()),
            _ if what == "__format__" => Err(PyErr::type_error(format!(
                "__format__ must return a str, not {}",
                self.type_name(&r)
            ))),
            _ => Err(PyErr::type_error(format!(
                "{what} returned non-string (type {})",
                self.type_name(&r)
            ))),
        }
    }

    /// `str(exc)` for an exception: its single arg, or the args tuple.
    pub fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        let args = match v.kind() {
            Some(ObjKind::Instance(i)) => i
                .exc
                .as_ref()
                .map(|e| e.borrow().args.clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let class = self.type_of(v);
        if args.len() == 2 && crate::types::is_subclass(&class, &types().os_error.to_ref()) {
            return self.os_error_str(v, &args);
        }
        if crate::types::is_subclass(&class, &types().syntax_error.to_ref()) {
            if let Some(msg) = instance_attr(v, "msg") {
                return self.syntax_error_str(v, &msg);
            }
        }
        let is_key_error = crate::types::is_subclass(&class, &types().key_error.to_ref());
        match args.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr(&args[0]),
            1 => self.to_str(&args[0]),
            _ => self.repr(&crate::builtins::new_tuple(args)),
        }
    }

    /// `str()` of a `SyntaxError` made by its constructor (which set
    /// `msg`), as CPython's `SyntaxError_str`: `msg`, then ` (file, line N)`
    /// from the base name of `filename` (a str) and `lineno` (an int), or
    /// whichever of the two is there.
    fn syntax_error_str(&mut self, v: &Value, msg: &Value) -> PyResult<String> {
        let msg = self.to_str(msg)?;
        let filename = match instance_attr(v, "filename").unwrap_or(Value::None).kind() {
            Some(ObjKind::Str(s)) => {
                let s = s.as_str();
                Some(s.rsplit('/').next().unwrap_or(s).to_string())
            }
            _ => None,
        };
        let lineno = match instance_attr(v, "lineno") {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        Ok(match (filename, lineno) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        })
    }

    /// `str()` of an `OSError` whose args are `(errno, strerror)`:
    /// `[Errno 2] No such file or directory`, then `: 'name'` for a
    /// filename and ` -> 'other'` for a second one.
    fn os_error_str(&mut self, v: &Value, args: &[Value]) -> PyResult<String> {
        let attr = |name| instance_attr(v, name).unwrap_or(Value::None);
        let (filename, filename2) = (attr("filename"), attr("filename2"));
        let mut out = format!(
            "[Errno {}] {}",
            self.to_str(&args[0])?,
            self.to_str(&args[1])?
        );
        if !filename.is_none() {
            out.push_str(&format!(": {}", self.repr(&filename)?));
            if !filename2.is_none() {
                out.push_str(&format!(" -> {}", self.repr(&filename2)?));
            }
        }
        Ok(out)
    }

    /// `repr(v)` as a Rust string.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Unbound => "None".to_string(),
            Value::Bool(true) => "True".to_string(),
            Value::Bool(false) => "False".to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format::float_repr(*f),
            Value::Obj(o) => {
                // Lists and dicts that contain themselves print `[...]` and
                // `{...}`, as in CPython; any other cycle recurses until
                // the recursion limit.
                let cycle_mark = match o.kind() {
                    ObjKind::List(_) => Some("[...]"),
                    ObjKind::Dict(_) => Some("{...}"),
                    _ => None,
                };
                if let Some(mark) = cycle_mark {
                    if self.repr_guard.contains(&o.addr()) {
                        return Ok(mark.to_string());
                    }
                    self.repr_guard.push(o.addr());
                }
                let r = self.nested(" while getting the repr of an object", |vm| {
                    vm.repr_object(v)
                });
                if cycle_mark.is_some() {
                    self.repr_guard.pop();
                }
                r?
            }
        })
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for item in items {
            parts.push(self.repr(item)?);
        }
        Ok(parts.join(", "))
    }

    fn repr_object(&mut self, v: &Value) -> PyResult<String> {
        let Value::Obj(o) = v else {
            return self.repr(v);
        };
        Ok(match o.kind() {
            ObjKind::Str(s) => str_ops::repr_str(s.as_str()),
            ObjKind::BigInt(b) => bigint_to_decimal(b)?,
            ObjKind::Bytes(b) => str_ops::repr_bytes(b),
            ObjKind::ByteArray(b) => {
                format!("bytearray({})", str_ops::repr_bytes(&o.get().read(b)))
            }
            ObjKind::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    format!("({})", self.repr_items(&t.clone())?)
                }
            }
            ObjKind::List(l) => {
                let items = o.get().read(l).to_vec();
                format!("[{}]", self.repr_items(&items)?)
            }
            ObjKind::Dict(d) => {
                let pairs: Vec<(Value, Value)> = o
                    .get()
                    .read(d)
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                let mut parts = Vec::with_capacity(pairs.len());
                for (k, val) in pairs {
                    parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&val)?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            ObjKind::Set(s) => {
                let items: Vec<Value> = o.get().read(s).iter().map(|(k, _)| k.clone()).collect();
                if items.is_empty() {
                    "set()".to_string()
                } else {
                    format!("{{{}}}", self.repr_items(&items)?)
                }
            }
            ObjKind::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().map(|(k, _)| k.clone()).collect();
                if items.is_empty() {
                    "frozenset()".to_string()
                } else {
                    format!("frozenset({{{}}})", self.repr_items(&items)?)
                }
            }
            ObjKind::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            ObjKind::Slice(p) => {
                let p = p.clone();
                format!(
                    "slice({}, {}, {})",
                    self.repr(&p[0])?,
                    self.repr(&p[1])?,
                    self.repr(&p[2])?
                )
            }
            ObjKind::DictView(d, kind) => {
                let items = self.collect(v)?;
                let name = match kind {
                    DictViewKind::Keys => "dict_keys",
                    DictViewKind::Values => "dict_values",
                    DictViewKind::Items => "dict_items",
                };
                let _ = d;
                format!("{name}([{}])", self.repr_items(&items)?)
            }
            ObjKind::Function(f) => format!("<function {} at {:#x}>", f.code.qualname, o.addr()),
            ObjKind::NativeFunction(n) => format!("<built-in function {}>", n.name),
            ObjKind::BoundMethod(m) => {
                // CPython names a Python function by its qualified name
                // (`C.m` even when bound to a subclass's instance, `f` for
                // a plain function bound by hand).
                let name = match m.func.kind() {
                    Some(ObjKind::Function(f)) => f.code.qualname.to_string(),
                    _ => format!(
                        "{}.{}",
                        self.type_name(&m.self_value),
                        self.function_name(&m.func)
                    ),
                };
                let s = m.self_value.clone();
                format!("<bound method {name} of {}>", self.repr(&s)?)
            }
            ObjKind::Class(c) => {
                if let Some(r) = self.class_protocol(v, "__class_repr__", &[])? {
                    return self.to_str(&r);
                }
                let o = v.as_obj().expect("a class is an object");
                let module = c.label(o, "__module__");
                if module == "builtins" {
                    format!("<class '{}'>", c.label(o, "__name__"))
                } else {
                    format!("<class '{module}.{}'>", c.label(o, "__qualname__"))
                }
            }
            ObjKind::Module(m) => format!("<module '{}'>", m.name),
            ObjKind::Instance(inst) => self.instance_repr(v, inst, "__repr__")?,
            ObjKind::Native(_) => {
                if let Some(m) = self.lookup_type_attr(v, "__repr__") {
                    let r = self.call_method_value(&m, v, &[])?;
                    return self.expect_str(r, "__repr__");
                }
                self.default_repr(v)
            }
            ObjKind::Generator(g) => format!(
                "<generator object {} at {:#x}>",
                o.get().read(g).code.qualname,
                o.addr()
            ),
            ObjKind::File(f) => {
                let st = f.borrow();
                let name = str_ops::repr_str(&st.name);
                match &st.text {
                    Some(t) => format!(
                        "<_io.TextIOWrapper name={name} mode={} encoding={}>",
                        str_ops::repr_str(&st.mode),
                        str_ops::repr_str(&t.encoding)
                    ),
                    None => format!("<_io.{} name={name}>", st.type_name()),
                }
            }
            _ => format!("<{} object at {:#x}>", self.type_name(v), o.addr()),
        })
    }

    /// `object.__repr__`: `<module.Class object at 0x…>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let class = self.type_of(v);
        // The two builtin singletons name themselves.
        if class.ptr_eq(&types().not_implemented_type.to_ref()) {
            return "NotImplemented".to_string();
        }
        if class.ptr_eq(&types().ellipsis_type.to_ref()) {
            return "Ellipsis".to_string();
        }
        let (module, qualname) = match class.kind() {
            ObjKind::Class(c) => (
                c.label(&class, "__module__"),
                c.label(&class, "__qualname__"),
            ),
            _ => (String::new(), String::new()),
        };
        let addr = v.as_obj().map_or(0, |o| o.addr());
        if module == "builtins" {
            format!("<{qualname} object at {addr:#x}>")
        } else {
            format!("<{module}.{qualname} object at {addr:#x}>")
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Bool(b) if spec.is_empty() => Ok(if *b { "True" } else { "False" }.to_string()),
            Value::Int(i) if spec.is_empty() => Ok(i.to_string()),
            Value::Int(i) => {
                let s = format::parse_for(spec, "int").map_err(format_error)?;
                format::format_int_for(*i, &s, "int").map_err(format_error)
            }
            Value::Bool(b) => {
                let s = format::parse_for(spec, "int").map_err(format_error)?;
                format::format_int_for(i64::from(*b), &s, "int").map_err(format_error)
            }
            Value::Float(f) => {
                let s = format::parse_for(spec, "float").map_err(format_error)?;
                format::format_float_for(*f, &s, "float").map_err(format_error)
            }
            Value::Obj(o) => match o.kind() {
                ObjKind::BigInt(b) => {
                    if spec.is_empty() {
                        return bigint_to_decimal(b);
                    }
                    let s = format::parse_for(spec, "int").map_err(format_error)?;
                    format::format_int_for(b, &s, "int").map_err(format_error)
                }
                ObjKind::Str(s) => {
                    let sp = format::parse_for(spec, "str").map_err(format_error)?;
                    format::format_str_for(s.as_str(), &sp, "str").map_err(format_error)
                }
                ObjKind::Instance(inst) => {
                    if let Some(m) = self.lookup_type_attr(v, "__format__") {
                        // A container subclass formats as str(self), which
                        // honours its own __str__/__repr__.
                        let container = is_payload_method(&m)
                            && inst.payload.as_deref().is_some_and(|p| {
                                !matches!(p, Value::Int(_) | Value::Float(_) | Value::Bool(_))
                                    && !matches!(
                                        p.kind(),
                                        Some(ObjKind::Str(_) | ObjKind::BigInt(_))
                                    )
                            });
                        if !container {
                            let r = self.call_method_value(&m, v, &[str_value(spec)])?;
                            return self.expect_str(r, "__format__");
                        }
                    }
                    self.format_default(v, spec)
                }
                ObjKind::Native(_) => {
                    if let Some(m) = self.lookup_type_attr(v, "__format__") {
                        let r = self.call_method_value(&m, v, &[str_value(spec)])?;
                        return self.expect_str(r, "__format__");
                    }
                    self.format_default(v, spec)
                }
                _ => self.format_default(v, spec),
            },
            _ => self.format_default(v, spec),
        }
    }

    fn format_default(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if !spec.is_empty() {
            return Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                self.type_name(v)
            )));
        }
        self.to_str(v)
    }

    /// The f-string step: conversion (0 none, 1 str, 2 repr, 3 ascii) then format.
    pub fn format_value(
        &mut self,
        v: &Value,
        conversion: u32,
        spec: Option<&Value>,
    ) -> PyResult<Value> {
        let converted = match conversion {
            1 => str_value(self.to_str(v)?),
            2 => str_value(self.repr(v)?),
            3 => str_value(ascii_escape(&self.repr(v)?)),
            _ => v.clone(),
        };
        let spec_text = match spec.and_then(|s| s.kind()) {
            Some(ObjKind::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        if spec_text.is_empty() {
            if let Some(ObjKind::Str(_)) = converted.kind() {
                return Ok(converted);
            }
        }
        Ok(str_value(self.format(&converted, &spec_text)?))
    }

    /// `fmt % args` for a str `fmt`.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<Value> {
        Ok(str_value(self.percent_core(fmt, args, false)?))
    }

    /// `fmt % args` for a bytes (or, with `array`, bytearray) `fmt`. The
    /// format runs on the bytes read as Latin-1, one char a byte, and every
    /// piece it produces stays below 256, so it converts back exactly.
    pub fn bytes_percent_format(
        &mut self,
        fmt: &[u8],
        args: &Value,
        array: bool,
    ) -> PyResult<Value> {
        let text: String = fmt.iter().map(|&b| char::from(b)).collect();
        let out: Vec<u8> = self
            .percent_core(&text, args, true)?
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect();
        Ok(if array {
            Value::obj(ObjKind::ByteArray(std::cell::RefCell::new(out)))
        } else {
            Value::obj(ObjKind::Bytes(out.into()))
        })
    }

    /// The engine of `%`-formatting; with `bytes`, the format and the
    /// result are bytes read as Latin-1 and the conversions follow
    /// `bytes.__mod__` (`%s`/`%b` take bytes-like objects, `%r` is `%a`,
    /// mapping keys are bytes).
    fn percent_core(&mut self, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
        // A tuple subclass spreads its items, as a tuple does.
        let tuple_payload = match args.kind() {
            Some(ObjKind::Instance(inst)) => inst
                .payload
                .as_deref()
                .filter(|p| matches!(p.kind(), Some(ObjKind::Tuple(_))))
                .cloned(),
            _ => None,
        };
        let args = tuple_payload.as_ref().unwrap_or(args);
        let (items, mapping): (Vec<Value>, Option<Value>) = match args.kind() {
            Some(ObjKind::Tuple(t)) => (t.to_vec(), None),
            Some(ObjKind::Dict(_)) => (vec![args.clone()], Some(args.clone())),
            _ => (vec![args.clone()], None),
        };
        let mut next = 0usize;
        let mut out = String::new();
        let take = |next: &mut usize| -> PyResult<Value> {
            let v = items
                .get(*next)
                .cloned()
                .ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
            *next += 1;
            Ok(v)
        };
        let mut used_mapping = false;
        for piece in format::printf_pieces(fmt) {
            match piece.map_err(format_error)? {
                PrintfPiece::Literal(s) => out.push_str(&s),
                PrintfPiece::Spec(spec) => {
                    let width = if spec.width == Some(format::PrintfCount::Star) {
                        Some(
                            to_bigint(&take(&mut next)?)
                                .ok_or_else(|| PyErr::type_error("* wants int"))?,
                        )
                    } else {
                        None
                    };
                    let precision = if spec.precision == Some(format::PrintfCount::Star) {
                        Some(
                            to_bigint(&take(&mut next)?)
                                .ok_or_else(|| PyErr::type_error("* wants int"))?,
                        )
                    } else {
                        None
                    };
                    let spec = spec
                        .resolve_stars(width.as_ref(), precision.as_ref())
                        .map_err(format_error)?;
                    let value = match (&spec.key, &mapping) {
                        (Some(key), Some(m)) => {
                            used_mapping = true;
                            let m = m.clone();
                            let key = if bytes {
                                let raw: Vec<u8> = key
                                    .chars()
                                    .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                                    .collect();
                                Value::obj(ObjKind::Bytes(raw.into()))
                            } else {
                                str_value(key.as_str())
                            };
                            self.getitem(&m, &key)?
                        }
                        (Some(_), None) => {
                            return Err(PyErr::type_error("format requires a mapping"))
                        }
                        _ => take(&mut next)?,
                    };
                    let piece = if bytes {
                        self.printf_one_bytes(spec, &value)?
                    } else {
                        self.printf_one(&spec, &value)?
                    };
                    out.push_str(&piece);
                }
            }
        }
        if next < items.len() && !used_mapping && mapping.is_none() {
            return Err(PyErr::type_error(if bytes {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
        Ok(out)
    }

    /// One conversion of bytes `%`-formatting, as Latin-1 text.
    fn printf_one_bytes(&mut self, mut spec: PrintfSpec, value: &Value) -> PyResult<String> {
        let latin1 = |b: &[u8]| -> String { b.iter().map(|&c| char::from(c)).collect() };
        match spec.conversion {
            's' | 'b' => {
                spec.conversion = 's';
                let data = match value.kind() {
                    Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => self.bytes_of(value)?,
                    Some(_)
                        if super::ops::has_python_dunders(value)
                            && self.lookup_type_attr(value, "__bytes__").is_some() =>
                    {
                        crate::builtins::constructors::bytes_from_object(self, value, false)?
                    }
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            self.type_name(value)
                        )))
                    }
                };
                format::printf_str(&latin1(&data), &spec).map_err(format_error)
            }
            'r' | 'a' => {
                spec.conversion = 'a';
                self.printf_one(&spec, value)
            }
            'c' => {
                let byte = match value.kind() {
                    Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => {
                        let data = self.bytes_of(value)?;
                        match data.as_slice() {
                            [b] => Some(*b),
                            _ => None,
                        }
                    }
                    _ => to_bigint(value).and_then(|b| num_traits::ToPrimitive::to_u8(&b)),
                };
                match byte {
                    Some(b) => format::printf_str(&latin1(&[b]), &spec).map_err(format_error),
                    None if to_bigint(value).is_some() => {
                        Err(PyErr::overflow("%c arg not in range(256)"))
                    }
                    None => Err(PyErr::type_error(
                        "%c requires an integer in range(256) or a single byte",
                    )),
                }
            }
            _ => self.printf_one(&spec, value),
        }
    }

    fn printf_one(&mut self, spec: &PrintfSpec, value: &Value) -> PyResult<String> {
        // Objects with `__int__`/`__float__` (NumPy scalars) format as the
        // number they convert to.
        if super::ops::has_python_dunders(value) {
            let hooks: &[&str] = match spec.conversion {
                // As CPython: `int(v)` for these, `operator.index(v)` for those.
                'd' | 'i' | 'u' => &["__int__", "__index__"],
                'o' | 'x' | 'X' | 'c' => &["__index__"],
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => &["__float__"],
                _ => &[],
            };
            if let Some(method) = hooks.iter().find_map(|h| self.lookup_type_attr(value, h)) {
                let converted = self.call_method_value(&method, value, &[])?;
                if !super::ops::has_python_dunders(&converted) {
                    return self.printf_one(spec, &converted);
                }
            }
        }
        match spec.conversion {
            's' => {
                let s = self.to_str(value)?;
                format::printf_str(&s, spec).map_err(format_error)
            }
            'r' | 'a' => {
                let mut s = self.repr(value)?;
                if spec.conversion == 'a' {
                    s = ascii_escape(&s);
                }
                format::printf_str(&s, spec).map_err(format_error)
            }
            'c' => match value.kind() {
                Some(ObjKind::Str(s)) if s.char_len() == 1 => {
                    format::printf_str(s.as_str(), spec).map_err(format_error)
                }
                _ => match to_bigint(value) {
                    Some(b) => format::printf_int(&b, spec).map_err(format_error),
                    None => Err(PyErr::type_error("%c requires int or char")),
                },
            },
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => match value {
                // `d i u` truncate a float; `o x X` refuse it.
                Value::Float(f) => format::printf_float(*f, spec).map_err(format_error),
                Value::Int(i) => format::printf_int(*i, spec).map_err(format_error),
                _ => match to_bigint(value) {
                    Some(b) => format::printf_int(&b, spec).map_err(format_error),
                    None => Err(PyErr::type_error(format!(
                        "%{} format: {} is required, not {}",
                        spec.conversion,
                        if matches!(spec.conversion, 'o' | 'x' | 'X') {
                            "an integer"
                        } else {
                            "a real number"
                        },
                        self.type_name(value)
                    ))),
                },
            },
            _ => match super::ops::as_f64(value)? {
                Some(f) => format::printf_float(f, spec).map_err(format_error),
                None => Err(PyErr::type_error(format!(
                    "must be real number, not {}",
                    self.type_name(value)
                ))),
            },
        }
    }
}

/// `ascii()`: escapes every non-ASCII character of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let code = c as u32;
        if code < 0x80 {
            out.push(c);
        } else if code < 0x100 {
            out.push_str(&format!("\\x{code:02x}"));
        } else if code < 0x10000 {
            out.push_str(&format!("\\u{code:04x}"));
        } else {
            out.push_str(&format!("\\U{code:08x}"));
        }
    }
    out
}

/// Whether a method is a builtin value type's own (it works on the value
/// an instance of a subclass wraps).
impl Vm {
    /// The repr of a bytearray, set or frozenset subclass instance, which
    /// names the subclass (`MySet({1})`); None for other payloads, whose
    /// repr is the builtin's.
    fn named_payload_repr(
        &mut self,
        v: &Value,
        inst: &crate::objects::class::Instance,
    ) -> PyResult<Option<String>> {
        let Some(payload) = inst.payload.as_deref() else {
            return Ok(None);
        };
        let (is_set, empty) = match (payload.as_obj(), payload.kind()) {
            (Some(o), Some(ObjKind::Set(s))) => (true, o.get().read(s).is_empty()),
            (_, Some(ObjKind::ByteArray(_) | ObjKind::FrozenSet(_))) => (false, false),
            _ => return Ok(None),
        };
        let name = self.type_name(v);
        if empty {
            return Ok(Some(format!("{name}()")));
        }
        let inner = self.repr(payload)?;
        Ok(Some(if is_set {
            format!("{name}({inner})")
        } else {
            // `bytearray(b'..')`, `frozenset({..})`: the builtin's name goes.
            let args = inner.find('(').map_or(inner.as_str(), |i| &inner[i..]);
            format!("{name}{args}")
        }))
    }
}

fn is_payload_method(m: &Value) -> bool {
    matches!(m.kind(), Some(ObjKind::NativeFunction(n)) if n.unwraps_payload)
}

/// Whether an instance wraps a str (a subclass of str).
fn payload_is_str(inst: &crate::objects::class::Instance) -> bool {
    matches!(
        inst.payload.as_deref().and_then(|p| p.kind()),
        Some(ObjKind::Str(_))
    )
}

/// The attribute `name` in the instance dict of `v`, if there.
fn instance_attr(v: &Value, name: &str) -> Option<Value> {
    match v.kind() {
        Some(ObjKind::Instance(inst)) => inst
            .attrs()
            .get_str(name, crate::objects::str::hash_text(name))
            .cloned(),
        _ => None,
    }
}
