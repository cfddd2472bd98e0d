//! The native methods of `int` (and `bool`) and `float`, and the numeric
//! conversions that the builtin functions and constructors share
//! (float → int, exact float decomposition, `__index__` as a big int).

use crate::builtins::args::{parse_args, rest, self_arg};
use crate::builtins::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::{int_value, is_int, to_bigint};
use crate::types::types;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, Zero};

/// The native methods of `int` (also found by `bool`).
pub static INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("to_bytes", int_to_bytes),
    ("from_bytes", int_from_bytes),
    ("conjugate", int_conjugate),
    ("as_integer_ratio", int_as_integer_ratio),
    ("__round__", number_round),
];

/// The native methods of `float`.
pub static FLOAT_METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("conjugate", float_conjugate),
    ("hex", float_hex),
    ("fromhex", float_fromhex),
    ("__repr__", float_repr),
    ("__round__", number_round),
];

// ---------------------------------------------------------------------------
// Shared numeric helpers.
// ---------------------------------------------------------------------------

/// The exact parts of a float: `(negative, m, e)` with `|x| == m * 2**e`
/// (`m == 0` for zeros). Meaningless for infinities and NaNs.
pub fn float_parts(x: f64) -> (bool, u64, i32) {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (negative, fraction, -1074)
    } else {
        (negative, fraction | (1u64 << 52), exp_bits - 1075)
    }
}

/// `m * 2**e` correctly rounded (half to even) to the nearest float, as a
/// magnitude; `None` when it is too large for a float. Values below the
/// smallest subnormal round to zero.
pub fn scaled_to_f64(m: &num_bigint::BigUint, e: i64) -> Option<f64> {
    let bits = i64::try_from(m.bits()).ok()?;
    if bits == 0 {
        return Some(0.0);
    }
    // The value lies in [2**top, 2**(top + 1)).
    let top = bits.checked_add(e)?.checked_sub(1)?;
    if top > 1023 {
        return None;
    }
    // The exponent of the last bit a float keeps at this magnitude.
    let mut lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let mut q: u64 = if shift <= 0 {
        // Exact: at most 53 significant bits.
        let q = m << usize::try_from(-shift).ok()?;
        num_traits::ToPrimitive::to_u64(&q)?
    } else if shift > bits + 1 {
        // Less than a quarter of the smallest subnormal: rounds to zero.
        0
    } else {
        let shift = usize::try_from(shift).ok()?;
        let kept = m >> shift;
        let mut q = num_traits::ToPrimitive::to_u64(&kept)?;
        let half = num_bigint::BigUint::one() << (shift - 1);
        let rest = m - (&kept << shift);
        if rest > half || (rest == half && q & 1 == 1) {
            q += 1;
        }
        q
    };
    if q == 1u64 << 53 {
        q >>= 1;
        lsb += 1;
    }
    if lsb == -1074 {
        // Subnormal, or the smallest normal exponent: the bits are `q`.
        return Some(f64::from_bits(q));
    }
    let biased = u64::try_from(lsb + 52 + 1023).ok()?;
    if biased > 2046 {
        return None;
    }
    Some(f64::from_bits((biased << 52) | (q & ((1u64 << 52) - 1))))
}

/// The exact integer value of a finite float with no fractional part.
fn integral_float_to_bigint(x: f64) -> BigInt {
    let (negative, m, e) = float_parts(x);
    if m == 0 {
        return BigInt::zero();
    }
    let magnitude = if e >= 0 {
        BigInt::from(m) << (e as usize)
    } else {
        // An integral value has no set bits below 2**0.
        BigInt::from(m.checked_shr(e.unsigned_abs()).unwrap_or(0))
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// `int(x)` for a float: truncates toward zero; `ValueError` for NaN and
/// `OverflowError` for infinities, with CPython's messages.
pub fn float_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    // Every float in [-2**63, 2**63) converts to i64 exactly.
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t) {
        return Ok(Value::Int(t as i64));
    }
    Ok(int_value(integral_float_to_bigint(t)))
}

/// `n` zero bytes, or `MemoryError` when the allocation fails (rather
/// than aborting the process).
pub fn zeroed_bytes(n: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    out.try_reserve_exact(n)
        .map_err(|_| PyErr::memory_error())?;
    out.resize(n, 0);
    Ok(out)
}

/// An int value with `bool` turned into a plain `int` (what `int(True)`,
/// `True.conjugate()` and `round(True)` give).
pub fn plain_int(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        _ => v.clone(),
    }
}

/// An integer argument that may be any size, clamped to the i64 range
/// (CPython clamps `round(x, ndigits)` and similar this way).
pub fn index_clamped(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(ObjKind::BigInt(b)) = v.kind() {
        return Ok(if b.is_negative() { i64::MIN } else { i64::MAX });
    }
    vm.index_of(v)
}

/// The integer value of an int or of an object with `__index__`, at any size.
pub fn index_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = to_bigint(v) {
        return Ok(b);
    }
    if crate::interp::ops::has_python_dunders(v) {
        if let Some(m) = vm.lookup_type_attr(v, "__index__") {
            let r = vm.call_method_value(&m, v, &[])?;
            return to_bigint(&r).ok_or_else(|| {
                PyErr::type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))
            });
        }
    }
    Err(PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

// ---------------------------------------------------------------------------
// int methods.
// ---------------------------------------------------------------------------

/// The `self` of an int method, as a big integer.
fn int_self(vm: &Vm, func: &str, args: &Args<'_>) -> PyResult<BigInt> {
    let s = self_arg(func, args)?;
    to_bigint(s).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{func}' requires a 'int' object but received a '{}'",
            vm.type_name(s)
        ))
    })
}

/// Refuses any argument after `self`.
fn no_more_args(func: &str, args: &Args<'_>) -> PyResult<()> {
    let extra = args.pos.len().saturating_sub(1);
    if extra > 0 || !args.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{func}() takes no arguments ({} given)",
            extra + args.kw.len()
        )));
    }
    Ok(())
}

/// `int.bit_length()`.
fn int_bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_more_args("bit_length", &args)?;
    let n = int_self(vm, "bit_length", &args)?;
    Ok(Value::Int(n.bits() as i64))
}

/// `int.bit_count()`.
fn int_bit_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_more_args("bit_count", &args)?;
    let n = int_self(vm, "bit_count", &args)?;
    let ones: u64 = n
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::Int(ones as i64))
}

/// `int.conjugate()`: the int itself (a plain int for bools).
fn int_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_more_args("conjugate", &args)?;
    let n = int_self(vm, "conjugate", &args)?;
    Ok(int_value(n))
}

/// `int.as_integer_ratio()`: `(self, 1)`.
fn int_as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_more_args("as_integer_ratio", &args)?;
    let n = int_self(vm, "as_integer_ratio", &args)?;
    Ok(new_tuple(vec![int_value(n), Value::Int(1)]))
}

/// Reads a `byteorder` argument: true for big-endian.
fn byteorder_arg(vm: &Vm, func: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(true);
    };
    match v.kind() {
        Some(ObjKind::Str(s)) => match s.as_str() {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
        _ => Err(PyErr::type_error(format!(
            "{func}() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// Refuses more than `max` positional arguments after `self`.
fn max_positional(func: &str, args: &Args<'_>, max: usize) -> PyResult<()> {
    if args.pos.len() > max {
        return Err(PyErr::type_error(format!(
            "{func}() takes at most {max} positional arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

/// The big-endian bytes of `n` in exactly `length` bytes, as
/// `int.to_bytes` writes them (CPython's `_PyLong_AsByteArray`).
pub fn int_to_bytes_be(n: &BigInt, length: usize, signed: bool) -> PyResult<Vec<u8>> {
    if !signed && n.is_negative() {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let (mut bytes, fill) = if signed {
        (
            n.to_signed_bytes_be(),
            if n.is_negative() { 0xffu8 } else { 0 },
        )
    } else {
        (n.magnitude().to_bytes_be(), 0u8)
    };
    // Drop leading bytes that only repeat the sign (CPython lets 0 and -1
    // fit in zero bytes).
    let mut skip = 0;
    while skip < bytes.len() && bytes[skip] == fill {
        let next_sign_ok = match bytes.get(skip + 1) {
            None => true,
            Some(b) => !signed || (b & 0x80) == (fill & 0x80),
        };
        if !next_sign_ok {
            break;
        }
        skip += 1;
    }
    bytes.drain(..skip);
    if bytes.len() > length {
        return Err(PyErr::overflow("int too big to convert"));
    }
    let mut out = zeroed_bytes(length - bytes.len())?;
    out.fill(fill);
    out.extend_from_slice(&bytes);
    Ok(out)
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_self(vm, "to_bytes", &args)?;
    let a = rest(args);
    max_positional("to_bytes", &a, 2)?;
    let opts = parse_args("to_bytes", a, &["length", "byteorder", "signed"], 0)?;
    let length = match &opts[0] {
        None => 1,
        Some(v) => index_clamped(vm, v)?,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder_arg(vm, "to_bytes", opts[1].as_ref())?;
    let signed = match &opts[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let length = usize::try_from(length).map_err(|_| PyErr::memory_error())?;
    vm.check_alloc(length, 1)?;
    let mut bytes = int_to_bytes_be(&n, length, signed)?;
    if !big_endian {
        bytes.reverse();
    }
    Ok(Value::obj(ObjKind::Bytes(bytes.into_boxed_slice())))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, a class
/// method. Accepts the class as the first argument (`int.from_bytes` bound
/// to its class), an int instance (`(5).from_bytes(...)`), or neither (the
/// plain function looked up on the class).
fn int_from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class_is_bool, a) = match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.kind(), ObjKind::Class(_)) => {
            (o.ptr_eq(&types().bool_.to_ref()), rest(args))
        }
        Some(v) if is_int(v) => (matches!(v, Value::Bool(_)), rest(args)),
        _ => (false, args),
    };
    max_positional("from_bytes", &a, 2)?;
    let opts = parse_args("from_bytes", a, &["bytes", "byteorder", "signed"], 1)?;
    let source = opts[0].clone().unwrap_or(Value::None);
    let mut bytes = crate::builtins::constructors::bytes_from_object(vm, &source, false)?;
    let big_endian = byteorder_arg(vm, "from_bytes", opts[1].as_ref())?;
    let signed = match &opts[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !big_endian {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &bytes)
    };
    if class_is_bool {
        return Ok(Value::Bool(!n.is_zero()));
    }
    Ok(int_value(n))
}

/// `int.__round__(ndigits=None)` and `float.__round__(ndigits=None)`.
fn number_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = self_arg("__round__", &args)?;
    let a = parse_args("__round__", rest(args), &["ndigits"], 0)?;
    let ndigits = a[0].clone().filter(|v| !v.is_none());
    match crate::builtins::functions::round_builtin(vm, x, ndigits.as_ref())? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!(
            "descriptor '__round__' requires a number but received a '{}'",
            vm.type_name(x)
        ))),
    }
}

// ---------------------------------------------------------------------------
// float methods.
// ---------------------------------------------------------------------------

/// The `self` of a float method. A float subclass that keeps its value
/// natively rather than as a float payload (NumPy's `float64`) gives it
/// through its `__float__`.
fn float_self(vm: &mut Vm, func: &str, args: &Args<'_>) -> PyResult<f64> {
    let this = self_arg(func, args)?;
    if let Value::Float(f) = this {
        return Ok(*f);
    }
    if is_float(vm, this) {
        if let Some(m) = vm.lookup_type_attr(this, "__float__") {
            if let Value::Float(f) = vm.call_method_value(&m, this, &[])? {
                return Ok(f);
            }
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor '{func}' for 'float' objects doesn't apply to a '{}' object",
        vm.type_name(this)
    )))
}

/// Whether `v` is a float or an instance of a float subclass.
fn is_float(vm: &Vm, v: &Value) -> bool {
    crate::types::is_subclass(&vm.type_of(v), &types().float.to_ref())
}

/// `float.__repr__(x)`: the float's own text, also for a float subclass
/// whose repr differs (`json` writes `np.float64(2.5)` as `2.5` this way).
fn float_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_more_args("__repr__", &args)?;
    let this = self_arg("__repr__", &args)?;
    if !is_float(vm, this) {
        return Err(PyErr::type_error(format!(
            "descriptor '__repr__' requires a 'float' object but received a '{}'",
            vm.type_name(this)
        )));
    }
    let x = float_self(vm, "__repr__", &args)?;
    vm.repr(&Value::Float(x)).map(crate::error::str_value)
}

/// `float.is_integer()`.
fn float_is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_more_args("is_integer", &args)?;
    let x = float_self(vm, "is_integer", &args)?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

/// `float.conjugate()`: the float itself.
fn float_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_more_args("conjugate", &args)?;
    Ok(Value::Float(float_self(vm, "conjugate", &args)?))
}

/// The exact ratio `(numerator, denominator)` of a finite float, lowest
/// terms, denominator positive.
pub fn float_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    let (negative, mut m, mut e) = float_parts(x);
    if m == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << (e as usize), BigInt::one())
    } else {
        (
            BigInt::from(m),
            BigInt::one() << (e.unsigned_abs() as usize),
        )
    };
    Ok((if negative { -num } else { num }, den))
}

/// `float.as_integer_ratio()`.
fn float_as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_more_args("as_integer_ratio", &args)?;
    let x = float_self(vm, "as_integer_ratio", &args)?;
    let (num, den) = float_ratio(x)?;
    Ok(new_tuple(vec![int_value(num), int_value(den)]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.…p-1022` for
/// subnormals), `inf`, `-inf` or `nan`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

/// `float.hex()`.
fn float_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_more_args("hex", &args)?;
    let x = float_self(vm, "hex", &args)?;
    Ok(crate::error::str_value(float_to_hex(x)))
}

/// Parses the text of `float.fromhex`: `[sign] ['0x'] digits ['.' digits]
/// ['p' [sign] decimal]`, or `inf`/`infinity`/`nan`, surrounded by
/// whitespace. `Err(true)` for an overflow, `Err(false)` for bad text.
pub fn parse_hex_float(text: &str) -> Result<f64, bool> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa_text, exp_text) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa_text.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa_text, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut m = num_bigint::BigUint::default();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        m = (m << 4u32) + d;
    }
    let exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(false);
            }
            // Saturate: any exponent this large over- or underflows.
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    let frac_bits = i64::try_from(frac_part.len()).map_err(|_| false)? * 4;
    let value = scaled_to_f64(&m, exp - frac_bits).ok_or(true)?;
    Ok(signed(value))
}

/// `float.fromhex(s)` (a classmethod: `args.pos[0]` is the class).
fn float_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::args::check_positional("fromhex", rest(args), 1, 1)?;
    let Some(ObjKind::Str(s)) = args.pos[1].kind() else {
        return Err(PyErr::type_error(format!(
            "must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    match parse_hex_float(s.as_str()) {
        Ok(x) => Ok(Value::Float(x)),
        Err(true) => Err(PyErr::overflow(
            "hexadecimal value too large to represent as a float",
        )),
        Err(false) => Err(PyErr::value_error(
            "invalid hexadecimal floating-point string",
        )),
    }
}
