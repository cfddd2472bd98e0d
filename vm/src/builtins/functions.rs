//! The functions of the `builtins` module (`print`, `len`, `sorted`,
//! `isinstance` …), with CPython 3.11's semantics and error messages, and the
//! argument-count helpers they share with the constructors.
//!
//! Not here: `open` (in `file.rs`), `__build_class__` (the class builder),
//! and `globals()` / `locals()` (taipan keeps locals in slots).

use crate::builtins::args::parse_args;
use crate::builtins::number_methods::{float_to_int, index_bigint, index_clamped, plain_int};
use crate::builtins::{new_list, new_tuple};
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::iter::new_iter;
use crate::interp::ops::{as_f64, float_divmod, has_python_dunders, range_len, small_int};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::dict::Dict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::{self, int_value, is_int, to_bigint};
use crate::objects::iter::IterState;
use crate::types::{is_subclass, types};
use crate::value::{FrozenRef, ObjRef, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};
use std::ops::ControlFlow;

/// The builtin functions, by name.
pub static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("sum", sum),
    ("min", min),
    ("max", max),
    ("sorted", sorted),
    ("reversed", reversed),
    ("enumerate", enumerate),
    ("zip", zip),
    ("map", map),
    ("filter", filter),
    ("iter", iter),
    ("next", next),
    ("any", any),
    ("all", all),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("hash", hash),
    ("id", id),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("input", input),
    ("open", crate::builtins::file::open),
    ("vars", vars),
    ("dir", dir),
    ("format", format),
    ("exit", crate::builtins::sys_module::sys_exit),
    ("quit", crate::builtins::sys_module::sys_exit),
];

// ---------------------------------------------------------------------------
// Argument helpers (also used by the constructors).
// ---------------------------------------------------------------------------

/// Checks the number of positional arguments, with the message CPython's
/// `_PyArg_CheckPositional` gives: `"range expected at most 3 arguments, got 4"`.
pub fn expect_args(func: &str, args: Args<'_>, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let (qualifier, count) = match (n < min, min == max) {
        (_, true) => ("", min),
        (true, false) => ("at least ", min),
        (false, false) => ("at most ", max),
    };
    Err(PyErr::type_error(format!(
        "{func} expected {qualifier}{count} argument{}, got {n}",
        if count == 1 { "" } else { "s" }
    )))
}

/// Refuses keyword arguments: `"len() takes no keyword arguments"`.
pub fn no_keywords(func: &str, args: Args<'_>) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{func}() takes no keyword arguments"
        )))
    }
}

/// The single argument of a one-argument builtin (`len`, `abs`, `chr` …),
/// with CPython's `"len() takes exactly one argument (2 given)"`.
#[inline]
pub fn one_arg<'a>(func: &str, args: Args<'a>) -> PyResult<&'a Value> {
    match args.pos {
        [v] if args.kw.is_empty() => Ok(v),
        _ => Err(one_arg_error(func, args)),
    }
}

/// Why [`one_arg`] refused `args`.
#[cold]
#[inline(never)]
fn one_arg_error(func: &str, args: Args<'_>) -> PyErr {
    match no_keywords(func, args) {
        Err(e) => e,
        Ok(()) => PyErr::type_error(format!(
            "{func}() takes exactly one argument ({} given)",
            args.pos.len()
        )),
    }
}

/// Matches keyword arguments against the keyword-only parameters of a
/// builtin; one slot per name. An unknown name gives CPython's
/// `"'x' is an invalid keyword argument for print()"`.
pub fn keyword_args<const N: usize>(
    func: &str,
    kw: &[(Value, Value)],
    names: &[&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut slots: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (k, v) in kw {
        let key = match k.kind() {
            Some(ObjKind::Str(s)) => s.as_str(),
            _ => "",
        };
        match names.iter().position(|n| *n == key) {
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{key}' is an invalid keyword argument for {func}()"
                )))
            }
        }
    }
    Ok(slots)
}

/// A builtin exception class without a field in `Types` (`EOFError` …).
fn exception_class(name: &str) -> FrozenRef {
    types().exception_named(name).unwrap_or(types().exception)
}

/// An I/O failure of the runtime's streams as a Python exception.
fn io_error(e: std::io::Error) -> PyErr {
    if e.kind() == std::io::ErrorKind::InvalidData {
        return PyErr::new(
            types().unicode_decode_error,
            "'utf-8' codec can't decode the input",
        );
    }
    PyErr::new(types().os_error, e.to_string())
}

/// A dunder method defined by the type of a Python or native object (not
/// looked up on builtin values, whose behaviour is native).
fn user_method(vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    if has_python_dunders(v) {
        vm.lookup_type_attr(v, name)
    } else {
        None
    }
}

/// Calls `f` on each item of an iterable, in order, until it breaks. A list
/// is read by index (seeing changes made meanwhile, as its iterator does)
/// and a tuple directly, without making an iterator object.
fn for_each_item(
    vm: &mut Vm,
    iterable: &Value,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<ControlFlow<()>>,
) -> PyResult<()> {
    if let Value::Obj(o) = iterable {
        match o.kind() {
            ObjKind::List(cell) => {
                for i in 0.. {
                    let item = match o.get().read(cell).get(i) {
                        Some(v) => v.clone(),
                        None => break,
                    };
                    vm.check_interrupt()?;
                    if f(vm, item)?.is_break() {
                        break;
                    }
                }
                return Ok(());
            }
            ObjKind::Tuple(items) => {
                for item in items.iter() {
                    vm.check_interrupt()?;
                    if f(vm, item.clone())?.is_break() {
                        break;
                    }
                }
                return Ok(());
            }
            _ => {}
        }
    }
    let it = vm.get_iter(iterable)?;
    while let Some(item) = vm.next(&it)? {
        vm.check_interrupt()?;
        if f(vm, item)?.is_break() {
            break;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// print, input
// ---------------------------------------------------------------------------

/// A `sep` / `end` argument of `print`: None or a str.
fn text_option(vm: &Vm, v: Option<&Value>, name: &str, default: &str) -> PyResult<String> {
    match v {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(v) => match v.data_kind() {
            Some(ObjKind::Str(s)) => Ok(s.as_str().to_string()),
            _ => Err(PyErr::type_error(format!(
                "{name} must be None or a string, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// The text `print` writes: the `str()` of each value, `sep` between, `end`
/// after. If a `str()` raises, the text so far (without `end`) comes back
/// with the error, because CPython has written that much before failing.
fn render_line(vm: &mut Vm, values: &[Value], sep: &str, end: &str) -> (String, Option<PyErr>) {
    let mut line = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            line.push_str(sep);
        }
        match vm.to_str(v) {
            Ok(s) => line.push_str(&s),
            Err(e) => return (line, Some(e)),
        }
    }
    line.push_str(end);
    (line, None)
}

/// `print(*values, sep=' ', end='\n', file=None, flush=False)`.
///
/// To the runtime's stdout and to file objects (`sys.stdout`,
/// `sys.stderr`, `open()` files) the whole line goes in one write, so lines
/// from many threads never interleave. Any other object with a `write`
/// method gets one `write` call per piece, in CPython's order.
fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let opts = keyword_args("print", args.kw, &["sep", "end", "file", "flush"])?;
    let sep = text_option(vm, opts[0].as_ref(), "sep", " ")?;
    let end = text_option(vm, opts[1].as_ref(), "end", "\n")?;
    let file = match opts[2].clone() {
        Some(f) if !f.is_none() => f,
        _ => redirected_stdout(vm).unwrap_or(Value::None),
    };
    let flush = match &opts[3] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if file.is_none() {
        let (line, failure) = render_line(vm, args.pos, &sep, &end);
        if !line.is_empty() {
            vm.ctx.stdout.write_str(&line).map_err(io_error)?;
        }
        if let Some(e) = failure {
            return Err(e);
        }
        if flush {
            vm.ctx.stdout.flush().map_err(io_error)?;
        }
        return Ok(Value::None);
    }
    let write = vm.getattr_str(&file, "write")?;
    if matches!(file.kind(), Some(ObjKind::File(_))) {
        let (line, failure) = render_line(vm, args.pos, &sep, &end);
        if !line.is_empty() {
            vm.call(&write, &[str_value(line)], &[])?;
        }
        if let Some(e) = failure {
            return Err(e);
        }
    } else {
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                vm.call(&write, &[str_value(sep.as_str())], &[])?;
            }
            let text = vm.to_str(v)?;
            vm.call(&write, &[str_value(text)], &[])?;
        }
        vm.call(&write, &[str_value(end.as_str())], &[])?;
    }
    if flush {
        let flush_method = vm.getattr_str(&file, "flush")?;
        vm.call(&flush_method, &[], &[])?;
    }
    Ok(Value::None)
}

/// `sys.stdout` when the script replaced it (`contextlib.redirect_stdout`,
/// `sys.stdout = io.StringIO()`): `print()` then writes there. `None`
/// while it is the runtime's own stdout, or `sys` was never imported.
fn redirected_stdout(vm: &mut Vm) -> Option<Value> {
    let sys = vm.module_get("sys")?;
    let out = vm.getattr_str(&sys, "stdout").ok()?;
    let original = match (out.as_obj(), out.kind()) {
        (Some(o), Some(ObjKind::File(f))) => {
            matches!(
                o.get().read(f).handle,
                crate::objects::file::FileHandle::Stdout
            )
        }
        _ => false,
    };
    (!original).then_some(out)
}

/// `input(prompt='')`: writes the prompt, reads a line from stdin without
/// its newline; `EOFError` at end of input.
fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("input", args)?;
    expect_args("input", args, 0, 1)?;
    if let Some(prompt) = args.pos.first() {
        let text = vm.to_str(prompt)?;
        vm.ctx.stdout.write_str(&text).map_err(io_error)?;
    }
    vm.ctx.stdout.flush().map_err(io_error)?;
    let mut line = read_input_line(vm)?;
    if line.is_empty() {
        return Err(PyErr::new(
            exception_class("EOFError"),
            "EOF when reading a line",
        ));
    }
    // CPython's stdin translates no newlines on POSIX: only "\n" goes.
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(str_value(line))
}

/// The next line of input, with its `\n`; empty at the end of the input.
/// Once `sys` is imported the line comes from `sys.stdin.readline()`, as
/// in CPython, so that `input()` continues where reads of `sys.stdin`
/// stopped (and reads a replacement such as an `io.StringIO`).
fn read_input_line(vm: &mut Vm) -> PyResult<String> {
    let stdin = vm
        .module_get("sys")
        .and_then(|sys| vm.getattr_str(&sys, "stdin").ok());
    let Some(stdin) = stdin else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map_err(io_error)?;
        return Ok(line);
    };
    let readline = vm.getattr_str(&stdin, "readline")?;
    let line = vm.call(&readline, &[], &[])?;
    match line.kind() {
        Some(ObjKind::Str(s)) => Ok(s.as_str().to_string()),
        _ => Err(PyErr::type_error(format!(
            "object.readline() returned non-string ({})",
            vm.type_name(&line)
        ))),
    }
}

// ---------------------------------------------------------------------------
// len, repr, ascii, format, hash, id
// ---------------------------------------------------------------------------

/// `len(obj)`.
fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg("len", args)?;
    let n = vm.len(v)?;
    i64::try_from(n)
        .map(Value::Int)
        .map_err(|_| PyErr::overflow("Python int too large to convert to C ssize_t"))
}

/// `repr(obj)`.
fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg("repr", args)?;
    Ok(str_value(vm.repr(v)?))
}

/// `ascii(obj)`: the repr with non-ASCII characters escaped.
fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg("ascii", args)?;
    let r = vm.repr(v)?;
    Ok(str_value(crate::interp::repr::ascii_escape(&r)))
}

/// `format(value, format_spec='')`.
fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("format", args)?;
    expect_args("format", args, 1, 2)?;
    let spec = match args.pos.get(1) {
        None => "",
        Some(v) => match v.kind() {
            Some(ObjKind::Str(s)) => s.as_str(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    Ok(str_value(vm.format(&args.pos[0], spec)?))
}

/// `hash(obj)`.
fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg("hash", args)?;
    Ok(Value::Int(vm.hash(v)?))
}

/// `id(obj)`: the address of a heap object; for an inline value (None,
/// bool, small int, float) a number above every address, derived from the
/// value, so that `id(a) == id(b)` exactly when `a is b`.
fn id(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inline =
        |tag: u64, payload: u64| int_value((BigInt::from(tag) << 64u32) | BigInt::from(payload));
    Ok(match one_arg("id", args)? {
        Value::Obj(o) => Value::Int(o.addr() as i64),
        Value::None | Value::Unbound => inline(1, 0),
        Value::Bool(b) => inline(2, u64::from(*b)),
        Value::Int(i) => inline(3, *i as u64),
        Value::Float(f) => inline(4, f.to_bits()),
    })
}

// ---------------------------------------------------------------------------
// Numbers: abs, round, divmod, pow, sum, hex/oct/bin, chr, ord
// ---------------------------------------------------------------------------

/// `abs(x)`.
fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg("abs", args)?;
    match x {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int_value(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => {
            if let Some(ObjKind::BigInt(b)) = x.kind() {
                return Ok(int_value(b.abs()));
            }
            if let Some(m) = user_method(vm, x, "__abs__") {
                return vm.call_method_value(&m, x, &[]);
            }
            Err(PyErr::type_error(format!(
                "bad operand type for abs(): '{}'",
                vm.type_name(x)
            )))
        }
    }
}

/// `round(x, n)` for an int: unchanged for `n >= 0`, else rounded to a
/// multiple of `10**-n`, ties to even.
fn round_int(x: &Value, ndigits: i64) -> Value {
    if ndigits >= 0 {
        return plain_int(x);
    }
    let b = to_bigint(x).unwrap_or_default();
    let k = ndigits.unsigned_abs();
    // |x| < 2**bits <= 10**k / 2 once k > bits / 3 + 1: the result is 0.
    if k > b.bits() / 3 + 2 {
        return Value::Int(0);
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (mut q, r) = b.div_mod_floor(&p);
    let twice: BigInt = r << 1u32;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1u32;
    }
    int_value(q * p)
}

/// `round(x, n)` for a float, correctly rounded as CPython's (it rounds the
/// exact binary value to `n` decimals, ties to even, then reads the decimal
/// back).
fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    // CPython's NDIGITS_MAX and NDIGITS_MIN.
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        // Rust's fixed-precision formatting is exact, ties to even.
        format!("{:.*}", ndigits as usize, x)
    } else {
        round_float_to_tens(x, ndigits.unsigned_abs() as u32)
    };
    let rounded: f64 = text
        .parse()
        .map_err(|_| PyErr::runtime_error("round(): internal formatting error"))?;
    if rounded.is_infinite() {
        return Err(PyErr::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// The exact value of `x` rounded to a multiple of `10**k` (ties to even),
/// as decimal text.
fn round_float_to_tens(x: f64, k: u32) -> String {
    let (negative, m, e) = crate::builtins::number_methods::float_parts(x);
    let mut num = BigInt::from(m);
    let mut den = num_traits::pow(BigInt::from(10), k as usize);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= e.unsigned_abs() as usize;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    format!("{}{q}e{k}", if negative { "-" } else { "" })
}

/// `round(x, ndigits)` for the builtin numbers (`None` when `x` is not
/// an int, bool or float); shared with `int.__round__` / `float.__round__`.
pub(crate) fn round_builtin(
    vm: &mut Vm,
    x: &Value,
    ndigits: Option<&Value>,
) -> PyResult<Option<Value>> {
    if let Value::Float(f) = x {
        return Ok(Some(match ndigits {
            None => float_to_int(f.round_ties_even())?,
            Some(n) => {
                let n = index_clamped(vm, n)?;
                Value::Float(round_float(*f, n)?)
            }
        }));
    }
    if is_int(x) {
        return Ok(Some(match ndigits {
            None => plain_int(x),
            Some(n) => round_int(x, index_clamped(vm, n)?),
        }));
    }
    Ok(None)
}

/// `round(number, ndigits=None)`.
pub(crate) fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, ndigits) = match (args.pos, args.kw.is_empty()) {
        ([x], true) => (x.clone(), None),
        ([x, n], true) => (x.clone(), Some(n.clone())),
        _ => {
            let a = parse_args("round", args, &["number", "ndigits"], 1)?;
            (a[0].clone().unwrap_or(Value::None), a[1].clone())
        }
    };
    let ndigits = ndigits.filter(|v| !v.is_none());
    if let Some(r) = round_builtin(vm, &x, ndigits.as_ref())? {
        return Ok(r);
    }
    if let Some(m) = user_method(vm, &x, "__round__") {
        let extra: Vec<Value> = ndigits.into_iter().collect();
        return vm.call_method_value(&m, &x, &extra);
    }
    Err(PyErr::type_error(format!(
        "type {} doesn't define __round__ method",
        vm.type_name(&x)
    )))
}

/// `divmod(a, b)`.
pub(crate) fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("divmod", args)?;
    expect_args("divmod", args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    // Subclasses of int and float divide as their values, as in CPython.
    let (x, y) = (a.data(), b.data());
    if is_int(x) && is_int(y) {
        let q = vm.binary_op(BinOp::FloorDiv, x, y)?;
        let r = vm.binary_op(BinOp::Mod, x, y)?;
        return Ok(new_tuple(vec![q, r]));
    }
    let numeric = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
    if numeric(x) && numeric(y) {
        if let (Some(x), Some(y)) = (as_f64(x)?, as_f64(y)?) {
            if y == 0.0 {
                return Err(PyErr::zero_division("float divmod()"));
            }
            let (q, r) = float_divmod(x, y);
            return Ok(new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    if let Some(r) = vm.try_dunder(a, "__divmod__", b)? {
        return Ok(r);
    }
    if let Some(r) = vm.try_dunder(b, "__rdivmod__", a)? {
        return Ok(r);
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

/// `pow(base, exp, mod=None)`.
fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = parse_args("pow", args, &["base", "exp", "mod"], 2)?;
    let base = a[0].clone().unwrap_or(Value::None);
    let exp = a[1].clone().unwrap_or(Value::None);
    let modulus = match &a[2] {
        None | Some(Value::None) => return vm.binary_op(BinOp::Pow, &base, &exp),
        Some(m) => m.clone(),
    };
    if let (Some(x), Some(e), Some(m)) = (to_bigint(&base), to_bigint(&exp), to_bigint(&modulus)) {
        return Ok(int_value(int::pow_mod(&x, &e, &m, &|| {
            vm.check_interrupt()
        })?));
    }
    if let Some(method) = user_method(vm, &base, "__pow__") {
        let r = vm.call_method_value(&method, &base, &[exp, modulus])?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(PyErr::type_error(
        "pow() 3rd argument not allowed unless all arguments are integers",
    ))
}

/// The running total of `sum`: CPython keeps a C long while every item is
/// an int that fits, a C double while every item is a float (or an int that
/// fits), and otherwise adds with `+`. Plain left-to-right addition in every
/// case, so the result is the same as CPython 3.11's.
enum Total {
    Int(i64),
    Float(f64),
    Any(Value),
}

impl Total {
    fn from_value(v: Value) -> Total {
        match v {
            Value::Int(i) => Total::Int(i),
            Value::Float(f) => Total::Float(f),
            other => Total::Any(other),
        }
    }

    fn into_value(self) -> Value {
        match self {
            Total::Int(i) => Value::Int(i),
            Total::Float(f) => Value::Float(f),
            Total::Any(v) => v,
        }
    }

    fn add(&mut self, vm: &mut Vm, item: &Value) -> PyResult<()> {
        *self = match std::mem::replace(self, Total::Int(0)) {
            Total::Int(i) => match small_int(item).and_then(|b| i.checked_add(b)) {
                Some(s) => Total::Int(s),
                None => Total::from_value(vm.binary_op(BinOp::Add, &Value::Int(i), item)?),
            },
            Total::Float(f) => match item {
                Value::Float(g) => Total::Float(f + g),
                Value::Int(g) => Total::Float(f + *g as f64),
                Value::Bool(g) => Total::Float(f + f64::from(u8::from(*g))),
                _ => Total::from_value(vm.binary_op(BinOp::Add, &Value::Float(f), item)?),
            },
            Total::Any(v) => Total::from_value(vm.binary_op(BinOp::Add, &v, item)?),
        };
        Ok(())
    }
}

/// `sum(iterable, /, start=0)`.
fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(PyErr::type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let a = parse_args("sum", args, &["iterable", "start"], 1)?;
    let iterable = a[0].clone().unwrap_or(Value::None);
    let start = a[1].clone().unwrap_or(Value::Int(0));
    let refuse = match start.kind() {
        Some(ObjKind::Str(_)) => Some("sum() can't sum strings [use ''.join(seq) instead]"),
        Some(ObjKind::Bytes(_)) => Some("sum() can't sum bytes [use b''.join(seq) instead]"),
        Some(ObjKind::ByteArray(_)) => {
            Some("sum() can't sum bytearray [use b''.join(seq) instead]")
        }
        _ => None,
    };
    if let Some(msg) = refuse {
        return Err(PyErr::type_error(msg));
    }
    let mut total = Total::from_value(start);
    for_each_item(vm, &iterable, |vm, item| {
        total.add(vm, &item)?;
        Ok(ControlFlow::Continue(()))
    })?;
    Ok(total.into_value())
}

/// `hex(x)`, `oct(x)`, `bin(x)`.
fn int_in_base(vm: &mut Vm, args: Args<'_>, func: &str, base: u32) -> PyResult<Value> {
    let v = one_arg(func, args)?;
    let text = match v {
        Value::Int(i) => crate::format::int_to_base_string(*i, base, true),
        _ => crate::format::int_to_base_string(&index_bigint(vm, v)?, base, true),
    };
    Ok(str_value(text))
}

/// `hex(x)`.
fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_in_base(vm, args, "hex", 16)
}

/// `oct(x)`.
fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_in_base(vm, args, "oct", 8)
}

/// `bin(x)`.
fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_in_base(vm, args, "bin", 2)
}

/// `chr(i)`.
fn chr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg("chr", args)?;
    let too_big = || PyErr::overflow("Python int too large to convert to C int");
    let code = index_bigint(vm, v)?.to_i32().ok_or_else(too_big)?;
    let code = u32::try_from(code)
        .ok()
        .filter(|c| *c < 0x11_0000)
        .ok_or_else(|| PyErr::value_error("chr() arg not in range(0x110000)"))?;
    match char::from_u32(code) {
        Some(c) => Ok(str_value(c.to_string())),
        None => Err(PyErr::value_error(format!(
            "chr() arg {code:#x} is a lone surrogate, which taipan strings (UTF-8) cannot hold"
        ))),
    }
}

/// `ord(c)`.
fn ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg("ord", args)?;
    let wrong_length = |n: usize| {
        PyErr::type_error(format!(
            "ord() expected a character, but string of length {n} found"
        ))
    };
    match v.data_kind() {
        Some(ObjKind::Str(s)) => match (s.char_len(), s.as_str().chars().next()) {
            (1, Some(c)) => Ok(Value::Int(i64::from(u32::from(c)))),
            (n, _) => Err(wrong_length(n)),
        },
        Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => match vm.bytes_of(v)?.as_slice() {
            [b] => Ok(Value::Int(i64::from(*b))),
            other => Err(wrong_length(other.len())),
        },
        _ => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

// ---------------------------------------------------------------------------
// min, max, sorted
// ---------------------------------------------------------------------------

/// `min` and `max`: `op` is `Lt` for min, `Gt` for max (the first of equal
/// extremes wins, as in CPython).
fn min_max(vm: &mut Vm, args: Args<'_>, func: &str, op: CmpOp) -> PyResult<Value> {
    let opts = keyword_args(func, args.kw, &["key", "default"])?;
    let key = opts[0].clone().filter(|k| !k.is_none());
    let default = opts[1].clone();
    expect_args(func, args, 1, usize::MAX)?;
    if args.pos.len() > 1 && default.is_some() {
        return Err(PyErr::type_error(format!(
            "Cannot specify a default for {func}() with multiple positional arguments"
        )));
    }
    // (item, its key)
    let mut best: Option<(Value, Value)> = None;
    let mut consider = |vm: &mut Vm, item: Value| -> PyResult<()> {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => {
                let r = vm.compare(op, &k, best_key)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((item, k));
        }
        Ok(())
    };
    if let [iterable] = args.pos {
        for_each_item(vm, iterable, |vm, item| {
            consider(vm, item)?;
            Ok(ControlFlow::Continue(()))
        })?;
    } else {
        for item in args.pos {
            consider(vm, item.clone())?;
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None => {
            default.ok_or_else(|| PyErr::value_error(format!("{func}() arg is an empty sequence")))
        }
    }
}

/// `min(iterable, *, key=None, default=...)` / `min(a, b, *args, key=None)`.
fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

/// `max(iterable, *, key=None, default=...)` / `max(a, b, *args, key=None)`.
fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`: a new list, sorted by
/// the same stable timsort as `list.sort`.
fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    expect_args("sorted", args, 1, 1)?;
    let opts = keyword_args("sort", args.kw, &["key", "reverse"])?;
    let key = opts[0].clone().filter(|k| !k.is_none());
    let reverse = match &opts[1] {
        Some(v) => vm.index_of(v)? != 0,
        None => false,
    };
    let items = vm.collect(&args.pos[0])?;
    let (items, outcome) =
        crate::builtins::list_methods::sort_items(vm, items, key.as_ref(), reverse);
    outcome?;
    Ok(new_list(items))
}

// ---------------------------------------------------------------------------
// Iterators: reversed, enumerate, zip, map, filter, iter, next, any, all
// ---------------------------------------------------------------------------

/// An iterator over a list of values made in advance.
fn snapshot(items: Vec<Value>) -> Value {
    new_iter(IterState::Snapshot { items, index: 0 })
}

/// `reversed(range(...))` without materialising the range.
fn reversed_range(start: i64, stop: i64, step: i64) -> Value {
    let n = range_len(start, stop, step);
    let last = i128::from(start) + (n as i128 - 1) * i128::from(step);
    match (step.checked_neg(), i64::try_from(last)) {
        (Some(back), Ok(last)) if n > 0 => new_iter(IterState::Range {
            next: last,
            remaining: n as u64,
            step: back,
        }),
        _ if n == 0 => snapshot(Vec::new()),
        // step == i64::MIN: at most two items.
        _ => {
            let items = (0..n as i128)
                .rev()
                .filter_map(|i| i64::try_from(i128::from(start) + i * i128::from(step)).ok())
                .map(Value::Int)
                .collect();
            snapshot(items)
        }
    }
}

/// `reversed(seq)` for an object without a builtin fast path: its
/// `__reversed__`, or `__len__` and `__getitem__` from the end.
fn reversed_protocol(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    let not_reversible =
        |vm: &Vm| PyErr::type_error(format!("'{}' object is not reversible", vm.type_name(seq)));
    if let Some(r) = vm.class_protocol(seq, "__class_reversed__", &[])? {
        return vm.get_iter(&r);
    }
    if let Some(m) = user_method(vm, seq, "__reversed__") {
        if m.is_none() {
            return Err(not_reversible(vm));
        }
        return vm.call_method_value(&m, seq, &[]);
    }
    if user_method(vm, seq, "__len__").is_none() || user_method(vm, seq, "__getitem__").is_none() {
        return Err(not_reversible(vm));
    }
    let n = vm.len(seq)?;
    let mut items = Vec::with_capacity(n.min(1 << 16));
    for i in (0..n).rev() {
        let index = Value::Int(i64::try_from(i).unwrap_or(i64::MAX));
        match vm.getitem(seq, &index) {
            Ok(v) => items.push(v),
            Err(e) if e.matches(types().index_error) || e.matches(types().stop_iteration) => break,
            Err(e) => return Err(e),
        }
    }
    Ok(snapshot(items))
}

/// `reversed(seq)`.
fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("reversed", args)?;
    expect_args("reversed", args, 1, 1)?;
    let seq = &args.pos[0];
    let Value::Obj(o) = seq else {
        return reversed_protocol(vm, seq);
    };
    Ok(match o.kind() {
        ObjKind::List(l) => new_iter(IterState::ListReversed {
            seq: seq.clone(),
            next: o.get().read(l).len(),
        }),
        ObjKind::Tuple(t) => snapshot(t.iter().rev().cloned().collect()),
        ObjKind::Str(s) => snapshot(
            s.as_str()
                .chars()
                .rev()
                .map(|c| str_value(c.to_string()))
                .collect(),
        ),
        ObjKind::Bytes(_) | ObjKind::ByteArray(_) => snapshot(
            vm.bytes_of(seq)?
                .iter()
                .rev()
                .map(|b| Value::Int(i64::from(*b)))
                .collect(),
        ),
        ObjKind::Range { start, stop, step } => reversed_range(*start, *stop, *step),
        ObjKind::Dict(_) | ObjKind::DictView(..) => {
            let mut items = vm.collect(seq)?;
            items.reverse();
            snapshot(items)
        }
        _ => return reversed_protocol(vm, seq),
    })
}

/// `enumerate(iterable, start=0)`.
/// The builtin iterator classes that are called to make their iterators
/// (`enumerate(xs)`), with the function that makes one.
pub(crate) const ITERATOR_CONSTRUCTORS: [(&str, NativeFn); 5] = [
    ("enumerate", enumerate),
    ("zip", zip),
    ("map", map),
    ("filter", filter),
    ("reversed", reversed),
];

fn enumerate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let kw = keyword_args("enumerate", args.kw, &["iterable", "start"])?;
    let mut slots = [args.pos.first().cloned(), args.pos.get(1).cloned()];
    for (i, (slot, by_name)) in slots.iter_mut().zip(kw).enumerate() {
        if let Some(v) = by_name {
            if slot.is_some() {
                let name = ["iterable", "start"][i];
                return Err(PyErr::type_error(format!(
                    "argument for enumerate() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            *slot = Some(v);
        }
    }
    let [iterable, start] = slots;
    let Some(iterable) = iterable else {
        return Err(PyErr::type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let count = match &start {
        None => Value::Int(0),
        Some(v) if is_int(v) => plain_int(v),
        Some(v) => int_value(index_bigint(vm, v)?),
    };
    let inner = vm.get_iter(&iterable)?;
    Ok(new_iter(IterState::Enumerate { inner, count }))
}

/// `zip(*iterables, strict=False)`.
fn zip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let opts = keyword_args("zip", args.kw, &["strict"])?;
    let strict = match &opts[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut inners = Vec::with_capacity(args.pos.len());
    for iterable in args.pos {
        inners.push(vm.get_iter(iterable)?);
    }
    Ok(new_iter(IterState::Zip { inners, strict }))
}

/// `map(func, *iterables)`.
fn map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("map", args)?;
    let [func, iterables @ ..] = args.pos else {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    };
    if iterables.is_empty() {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut inners = Vec::with_capacity(iterables.len());
    for iterable in iterables {
        inners.push(vm.get_iter(iterable)?);
    }
    Ok(new_iter(IterState::Map {
        func: func.clone(),
        inners,
    }))
}

/// `filter(function, iterable)` (a None function keeps truthy items).
fn filter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("filter", args)?;
    expect_args("filter", args, 2, 2)?;
    let inner = vm.get_iter(&args.pos[1])?;
    Ok(new_iter(IterState::Filter {
        func: args.pos[0].clone(),
        inner,
    }))
}

/// `iter(obj)` / `iter(callable, sentinel)`.
fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("iter", args)?;
    expect_args("iter", args, 1, 2)?;
    match args.pos {
        [obj] => vm.get_iter(obj),
        [func, sentinel, ..] => {
            if !is_callable(vm, func) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            Ok(new_iter(IterState::Callable {
                func: func.clone(),
                sentinel: sentinel.clone(),
            }))
        }
        [] => Err(PyErr::type_error(
            "iter expected at least 1 argument, got 0",
        )),
    }
}

/// `next(iterator[, default])`. A generator's return value and a
/// `StopIteration` raised by a Python `__next__` reach the caller intact.
fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("next", args)?;
    expect_args("next", args, 1, 2)?;
    let it = &args.pos[0];
    let default = args.pos.get(1);
    match it.kind() {
        Some(ObjKind::Generator(_)) => match vm.resume_generator(it, Value::None)? {
            Ok(v) => Ok(v),
            Err(returned) => match default {
                Some(d) => Ok(d.clone()),
                None => Err(PyErr::stop_iteration(match returned {
                    Value::None | Value::Unbound => None,
                    v => Some(v),
                })),
            },
        },
        Some(ObjKind::Instance(_) | ObjKind::Native(_)) => {
            let Some(m) = vm.lookup_type_attr(it, "__next__") else {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not an iterator",
                    vm.type_name(it)
                )));
            };
            match (vm.call_method_value(&m, it, &[]), default) {
                (Err(e), Some(d)) if e.matches(types().stop_iteration) => Ok(d.clone()),
                (r, _) => r,
            }
        }
        _ => match vm.next(it)? {
            Some(v) => Ok(v),
            None => default.cloned().ok_or_else(|| PyErr::stop_iteration(None)),
        },
    }
}

/// `any(iterable)` (`want` true) and `all(iterable)` (`want` false): stops
/// at the first item whose truth is `want`.
fn any_all(vm: &mut Vm, args: Args<'_>, func: &str, want: bool) -> PyResult<Value> {
    let iterable = one_arg(func, args)?;
    let mut found = false;
    for_each_item(vm, iterable, |vm, item| {
        if vm.truthy(&item)? == want {
            found = true;
            return Ok(ControlFlow::Break(()));
        }
        Ok(ControlFlow::Continue(()))
    })?;
    Ok(Value::Bool(if found { want } else { !want }))
}

/// `any(iterable)`.
fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    any_all(vm, args, "any", true)
}

/// `all(iterable)`.
fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    any_all(vm, args, "all", false)
}

// ---------------------------------------------------------------------------
// Types and attributes
// ---------------------------------------------------------------------------

/// Nesting of class tuples beyond which `isinstance` gives up, as CPython's
/// recursion limit stops it.
const MAX_CLASS_TUPLE_DEPTH: usize = 500;

/// What `isinstance` or `issubclass` asks about: the class it checks, and
/// how to ask a class that answers for itself (see [`Vm::class_check`]).
struct ClassQuery<'a> {
    /// The class of the instance, or the class itself.
    class: &'a ObjRef,
    /// What the class hook receives: the instance, or the class.
    subject: &'a Value,
    /// `"isinstance"` or `"issubclass"`.
    func: &'a str,
    /// The hook a target class may define.
    hook: &'a str,
    /// The method through which a target that is no class may answer
    /// (`typing.Mapping`'s `__instancecheck__`).
    dunder: &'a str,
    /// How the error message names a valid target (`"a type"`, `"types"`).
    what: (&'a str, &'a str),
}

/// Whether the query's class is a subclass of the class (or any class in
/// the nested tuple of classes) `spec`, or `spec` says it counts as one.
fn class_matches(vm: &mut Vm, q: &ClassQuery<'_>, spec: &Value, depth: usize) -> PyResult<bool> {
    let (func, what) = (q.func, q.what);
    if depth > MAX_CLASS_TUPLE_DEPTH {
        return Err(PyErr::new(
            types().recursion_error,
            format!("maximum recursion depth exceeded in {func}()"),
        ));
    }
    let Value::Obj(target) = spec.data() else {
        return Err(PyErr::type_error(format!(
            "{func}() arg 2 must be {}, a tuple of {}, or a union",
            what.0, what.1
        )));
    };
    if let Some(args) = union_args(target) {
        return class_matches(vm, q, &args, depth + 1);
    }
    match target.kind() {
        // Every value is an object, native types included.
        ObjKind::Class(_) => {
            if target.ptr_eq(&types().object.to_ref()) || is_subclass(q.class, target) {
                return Ok(true);
            }
            vm.class_check(target, q.hook, q.subject)
        }
        ObjKind::Tuple(items) => {
            for item in items.iter() {
                if class_matches(vm, q, item, depth + 1)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => match user_method(vm, spec, q.dunder) {
            Some(m) if !m.is_none() => {
                let answer = vm.call_method_value(&m, spec, std::slice::from_ref(q.subject))?;
                vm.truthy(&answer)
            }
            _ => Err(PyErr::type_error(format!(
                "{func}() arg 2 must be {}, a tuple of {}, or a union",
                what.0, what.1
            ))),
        },
    }
}

/// The classes of a `types.UnionType` (`int | None`), as a tuple.
fn union_args(target: &ObjRef) -> Option<Value> {
    let ObjKind::Instance(inst) = target.kind() else {
        return None;
    };
    let ObjKind::Class(class) = inst.class.kind() else {
        return None;
    };
    if class.name != "UnionType" || class.module != "types" {
        return None;
    }
    let args = crate::interp::eval::dict_get_name(
        &inst.dict,
        &crate::interp::eval::local_name("__args__"),
    )?;
    matches!(args.kind(), Some(ObjKind::Tuple(_))).then_some(args)
}

/// `isinstance(obj, class_or_tuple)`.
fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("isinstance", args)?;
    expect_args("isinstance", args, 2, 2)?;
    is_instance(vm, &args.pos[0], &args.pos[1]).map(Value::Bool)
}

/// `isinstance(obj, class_or_tuple)` for native callers.
pub(crate) fn is_instance(vm: &mut Vm, obj: &Value, class_or_tuple: &Value) -> PyResult<bool> {
    let class = vm.type_of(obj);
    let query = ClassQuery {
        class: &class,
        subject: obj,
        func: "isinstance",
        hook: "__class_instancecheck__",
        dunder: "__instancecheck__",
        what: ("a type", "types"),
    };
    class_matches(vm, &query, class_or_tuple, 0)
}

/// `issubclass(cls, class_or_tuple)`.
fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("issubclass", args)?;
    expect_args("issubclass", args, 2, 2)?;
    let Some(class) = args.pos[0]
        .as_obj()
        .filter(|o| matches!(o.kind(), ObjKind::Class(_)))
    else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    let query = ClassQuery {
        class,
        subject: &args.pos[0],
        func: "issubclass",
        hook: "__class_subclasscheck__",
        dunder: "__subclasscheck__",
        what: ("a class", "classes"),
    };
    class_matches(vm, &query, &args.pos[1], 0).map(Value::Bool)
}

/// Whether calling `v` can work.
pub(crate) fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v.kind() {
        Some(
            ObjKind::Function(_)
            | ObjKind::NativeFunction(_)
            | ObjKind::BoundMethod(_)
            | ObjKind::Class(_)
            | ObjKind::StaticMethod(_),
        ) => true,
        Some(ObjKind::Instance(_) | ObjKind::Native(_)) => {
            vm.lookup_type_attr(v, "__call__").is_some()
        }
        _ => false,
    }
}

/// `callable(obj)`.
fn callable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg("callable", args)?;
    Ok(Value::Bool(is_callable(vm, v)))
}

/// The name argument of `getattr` and friends: a str object.
fn attr_name(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v.data() {
        Value::Obj(o) if matches!(o.kind(), ObjKind::Str(_)) => Ok(o.clone()),
        _ => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `getattr(obj, name[, default])`.
fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("getattr", args)?;
    expect_args("getattr", args, 2, 3)?;
    let obj = &args.pos[0];
    let name = attr_name(vm, &args.pos[1])?;
    let Some(default) = args.pos.get(2) else {
        return vm.getattr(obj, &name);
    };
    match vm.getattr_opt(obj, &name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(default.clone()),
        Err(e) if e.matches(types().attribute_error) => Ok(default.clone()),
        Err(e) => Err(e),
    }
}

/// `hasattr(obj, name)`.
fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("hasattr", args)?;
    expect_args("hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    match vm.getattr_opt(&args.pos[0], &name) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(e) if e.matches(types().attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// `setattr(obj, name, value)`.
fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("setattr", args)?;
    expect_args("setattr", args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

/// `delattr(obj, name)`.
fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("delattr", args)?;
    expect_args("delattr", args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

/// `vars(obj)`: the object's `__dict__` (for instances and classes a copy;
/// for modules the live namespace). `vars()` without an argument would need
/// the caller's locals, which taipan keeps in slots.
fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("vars", args)?;
    expect_args("vars", args, 0, 1)?;
    let Some(obj) = args.pos.first() else {
        return Err(PyErr::type_error(
            "vars() without an argument is not supported by taipan (it would need the caller's locals)",
        ));
    };
    let no_dict = || PyErr::type_error("vars() argument must have __dict__ attribute");
    match obj.kind() {
        Some(
            ObjKind::Instance(_) | ObjKind::Class(_) | ObjKind::Module(_) | ObjKind::Function(_),
        ) => match vm.getattr_str(obj, "__dict__") {
            // An instance of a class with `__slots__` and no `__dict__`.
            Err(e) if e.matches(types().attribute_error) => Err(no_dict()),
            r => r,
        },
        _ => Err(no_dict()),
    }
}

/// Appends the str keys of a namespace.
fn push_names(d: &Dict, out: &mut Vec<String>) {
    for e in d.iter() {
        if let Some(ObjKind::Str(s)) = e.key.kind() {
            out.push(s.as_str().to_string());
        }
    }
}

/// Appends the names defined by a class and the classes of its MRO.
fn push_class_names(class: &ObjRef, out: &mut Vec<String>) {
    let ObjKind::Class(c) = class.kind() else {
        return;
    };
    push_names(&class.get().read(&c.dict), out);
    for base in &c.mro {
        if let ObjKind::Class(b) = base.kind() {
            push_names(&base.get().read(&b.dict), out);
        }
    }
}

/// The keyword under which the compiler hands `dir()` (no argument) the
/// caller's namespace; no Python call can spell it.
pub(crate) const DIR_NAMESPACE_KEYWORD: &str = "$namespace";

/// `dir(obj)`: the sorted names of the object's namespace and its class's
/// (or, for a class, its own and its bases'); a Python `__dir__` is used
/// when the class defines one. `dir()`: the sorted names of the caller's
/// namespace, which the compiler passes (see [`DIR_NAMESPACE_KEYWORD`]).
fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let [(key, namespace)] = args.kw {
        let is_namespace =
            key.as_obj().map(crate::interp::eval::str_of) == Some(DIR_NAMESPACE_KEYWORD);
        if args.pos.is_empty() && is_namespace {
            let mut names = Vec::new();
            if let (Some(ObjKind::Dict(cell)), Some(d)) = (namespace.kind(), namespace.as_obj()) {
                push_names(&d.get().read(cell), &mut names);
            }
            return Ok(sorted_names(names));
        }
    }
    no_keywords("dir", args)?;
    expect_args("dir", args, 0, 1)?;
    let Some(obj) = args.pos.first() else {
        return Err(PyErr::type_error("dir() takes 0 or 1 arguments"));
    };
    if let Some(m) = user_method(vm, obj, "__dir__") {
        if matches!(m.kind(), Some(ObjKind::Function(_))) {
            let r = vm.call_method_value(&m, obj, &[])?;
            let items = vm.collect(&r)?;
            let (items, outcome) =
                crate::builtins::list_methods::sort_items(vm, items, None, false);
            outcome?;
            return Ok(new_list(items));
        }
    }
    let mut names: Vec<String> = Vec::new();
    match obj.as_obj().map(|o| (o, o.kind())) {
        Some((o, ObjKind::Module(m))) => {
            let namespace = vm.module_namespace(o, m)?;
            if let (Some(ObjKind::Dict(cell)), Some(d)) = (namespace.kind(), namespace.as_obj()) {
                push_names(&d.get().read(cell), &mut names);
            }
        }
        Some((o, ObjKind::Class(_))) => push_class_names(o, &mut names),
        Some((_, ObjKind::Instance(inst))) => {
            push_names(
                &crate::objects::class::read_namespace(&inst.namespace()),
                &mut names,
            );
            push_class_names(&inst.class, &mut names);
        }
        _ => push_class_names(&vm.type_of(obj), &mut names),
    }
    Ok(sorted_names(names))
}

/// The names sorted, without repeats, as a list of str.
fn sorted_names(mut names: Vec<String>) -> Value {
    names.sort_unstable();
    names.dedup();
    new_list(names.into_iter().map(str_value).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_of(v: &Value) -> BigInt {
        to_bigint(v).unwrap_or_default()
    }

    #[test]
    fn round_int_ties_to_even() {
        let cases = [
            (15, -1, 20),
            (25, -1, 20),
            (-25, -1, -20),
            (-15, -1, -20),
            (5, -1, 0),
            (-5, -1, 0),
            (1234, -2, 1200),
            (7, 3, 7),
        ];
        for (x, n, want) in cases {
            assert_eq!(
                int_of(&round_int(&Value::Int(x), n)),
                BigInt::from(want),
                "round({x}, {n})"
            );
        }
        assert_eq!(
            int_of(&round_int(&Value::Int(5), i64::MIN)),
            BigInt::from(0)
        );
    }

    #[test]
    fn round_float_matches_cpython() {
        let cases = [
            (2.675, 2, 2.67),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (-0.4, 0, -0.0),
            (123.456, -2, 100.0),
            (1e300, -299, 1e300),
            (2.5, 400, 2.5),
            (2.5, -400, 0.0),
            (150.0, -2, 200.0),
            (250.0, -2, 200.0),
        ];
        for (x, n, want) in cases {
            let got = round_float(x, n).unwrap_or(f64::NAN);
            assert_eq!(got.to_bits(), f64::to_bits(want), "round({x}, {n}) = {got}");
        }
        assert!(round_float(1.7976931348623157e308, -308).is_err());
    }
}
