//! Operators: arithmetic, comparison, truth, hashing, containment and
//! subscripting, with fast paths for the builtin types and the dunder
//! protocol for user classes and native object types (see [`has_python_dunders`]).

use super::Vm;
use crate::compiler::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::error::{str_value, PyErr, PyResult};
use crate::hash;
use crate::object::ObjKind;
use crate::objects::int::{self, bigint_to_f64, int_value, to_bigint};
use crate::objects::memoryview::{as_memoryview, resize_guarded};
use crate::types::types;
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// Largest result, in bits, that int arithmetic may build before MemoryError.
const MAX_INT_BITS: u64 = 1 << 32;

/// The dunder names of a binary operator: (forward, reflected, in-place).
pub fn dunder_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

/// The symbol of a binary operator, for error messages.
pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
        BinOp::MatMul => "@",
    }
}

/// A float from an int or float value (None for anything else).
pub fn as_f64(v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Obj(o) => match o.kind() {
            ObjKind::BigInt(b) => Some(bigint_to_f64(b)?),
            _ => None,
        },
        _ => None,
    })
}

fn float_op(op: BinOp, a: f64, b: f64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(PyErr::zero_division("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(PyErr::zero_division("float modulo"));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => return float_pow(a, b).map(|f| Some(Value::Float(f))),
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

/// Python's float divmod (floor quotient, remainder with the divisor's sign).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Python's float power.
pub fn float_pow(a: f64, b: f64) -> PyResult<f64> {
    if a == 0.0 && b < 0.0 {
        return Err(PyErr::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return Err(PyErr::value_error(
            "a negative number raised to a fractional power is complex, which taipan does not support",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PyErr::new(
            types().overflow_error,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

fn small_int_op(op: BinOp, a: i64, b: i64) -> Option<PyResult<Value>> {
    Some(Ok(Value::Int(match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => {
            if b == 0 {
                return Some(Err(PyErr::zero_division(
                    "integer division or modulo by zero",
                )));
            }
            let q = a.checked_div(b)?;
            if (a % b != 0) && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod => {
            if b == 0 {
                return Some(Err(PyErr::zero_division("integer modulo by zero")));
            }
            let r = a.checked_rem(b)?;
            if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            }
        }
        BinOp::TrueDiv => {
            if b == 0 {
                return Some(Err(PyErr::zero_division("division by zero")));
            }
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                return Some(Ok(Value::Float(a as f64 / b as f64)));
            }
            return None;
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            if !(0..63).contains(&b) {
                return None;
            }
            let r = a.checked_shl(b as u32)?;
            if r >> b != a {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        BinOp::Pow => {
            if b < 0 {
                return None;
            }
            a.checked_pow(u32::try_from(b).ok()?)?
        }
        BinOp::MatMul => return None,
    })))
}

/// `a op b` for ints that fit in 128 bits when the result does too: the
/// overflow of 64-bit hashing and generator arithmetic (`(x * A + C) %
/// 2**64`) without big-integer allocation and division. None for the
/// general path (other operators, division by zero, overflow).
fn wide_int_op(op: BinOp, a: i128, b: i128) -> Option<Value> {
    use num_integer::Integer;
    let r = match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv | BinOp::Mod if b == 0 || (a == i128::MIN && b == -1) => return None,
        BinOp::FloorDiv => Integer::div_floor(&a, &b),
        BinOp::Mod => Integer::mod_floor(&a, &b),
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::RShift if b >= 0 => a >> b.min(127),
        _ => return None,
    };
    Some(match i64::try_from(r) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::obj(ObjKind::BigInt(BigInt::from(r))),
    })
}

/// `a op b` for ints of any size; `poll` lets a long power stop early.
fn big_int_op(
    op: BinOp,
    a: &BigInt,
    b: &BigInt,
    poll: crate::runtime::Poll<'_>,
) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => int_value(a + b),
        BinOp::Sub => int_value(a - b),
        BinOp::Mul => {
            if a.bits() + b.bits() > MAX_INT_BITS {
                return Err(PyErr::memory_error());
            }
            int_value(a * b)
        }
        BinOp::FloorDiv => int_value(int::floordiv(a, b)?),
        BinOp::Mod => int_value(int::modulo(a, b)?),
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(PyErr::zero_division("division by zero"));
            }
            Value::Float(int_true_div(a, b)?)
        }
        BinOp::And => int_value(a & b),
        BinOp::Or => int_value(a | b),
        BinOp::Xor => int_value(a ^ b),
        BinOp::LShift => int_value(int::lshift(a, b, MAX_INT_BITS)?),
        BinOp::RShift => int_value(int::rshift(a, b)?),
        BinOp::Pow => {
            if b.is_negative() {
                let fa = bigint_to_f64(a)?;
                let fb = bigint_to_f64(b)?;
                return float_pow(fa, fb).map(Value::Float);
            }
            int_value(int::pow(a, b, MAX_INT_BITS, poll)?)
        }
        BinOp::MatMul => return Err(PyErr::type_error("unsupported operand type(s) for @")),
    })
}

/// Correctly rounded int / int.
fn int_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    if a.is_zero() {
        // 0 / negative is -0.0, as in CPython.
        return Ok(if b.is_negative() { -0.0 } else { 0.0 });
    }
    // Work on magnitudes (the sticky bit below must make the truncated
    // quotient's magnitude odd), then give the result its sign.
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (&a.abs(), &b.abs());
    // Scale so the quotient has 64+ significant bits, then round once.
    let shift = 64i64 + b.bits() as i64 - a.bits() as i64;
    let (num, den) = if shift > 0 {
        (a << shift as u64, b.clone())
    } else {
        (a.clone(), b << (-shift) as u64)
    };
    let q = &num / &den;
    let r = &num % &den;
    let mut qf = q.to_f64().unwrap_or(f64::INFINITY);
    if !r.is_zero() && qf.is_finite() {
        // Make the sticky bit visible when q is exactly representable.
        let q_odd = &q | BigInt::from(1);
        qf = q_odd.to_f64().unwrap_or(qf);
    }
    let result = qf * 2f64.powi(-(shift as i32).clamp(-1100, 1100));
    let result = if negative { -result } else { result };
    if result.is_infinite() {
        return Err(PyErr::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(result)
}

/// How the source wrote a binary operator, for error messages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Spelling {
    /// `a + b`.
    Plain,
    /// `a += b`.
    Augmented,
}

impl Vm {
    /// `a op b`.
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.binary_op_spelled(op, a, b, Spelling::Plain)
    }

    /// `a op b`, with the operator spelled as the source wrote it (`+` or
    /// `+=`) in the error for operands that do not support it.
    fn binary_op_spelled(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        spelling: Spelling,
    ) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) if op != BinOp::MatMul => {
                if let Some(r) = small_int_op(op, *x, *y) {
                    return r;
                }
                return big_int_op(op, &BigInt::from(*x), &BigInt::from(*y), &|| {
                    self.check_interrupt()
                });
            }
            (Value::Float(x), Value::Float(y)) => {
                if let Some(v) = float_op(op, *x, *y)? {
                    return Ok(v);
                }
            }
            (Value::Float(x), Value::Int(y)) => {
                if let Some(v) = float_op(op, *x, *y as f64)? {
                    return Ok(v);
                }
            }
            (Value::Int(x), Value::Float(y)) => {
                if let Some(v) = float_op(op, *x as f64, *y)? {
                    return Ok(v);
                }
            }
            _ => {}
        }
        if let Some(v) = self.builtin_binary(op, a, b)? {
            return Ok(v);
        }
        let (fwd, rev, _) = dunder_names(op);
        self.dunder_binary(op, a, b, (fwd, rev), spelling)
    }

    fn dunder_binary(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        (fwd, rev): (&str, &str),
        spelling: Spelling,
    ) -> PyResult<Value> {
        let a_type = self.type_of(a);
        let b_type = self.type_of(b);
        let b_is_subclass = !a_type.ptr_eq(&b_type) && crate::types::is_subclass(&b_type, &a_type);
        if b_is_subclass {
            if let Some(r) = self.try_dunder(b, rev, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.try_dunder(a, fwd, b)? {
            return Ok(r);
        }
        if !b_is_subclass && !a_type.ptr_eq(&b_type) {
            if let Some(r) = self.try_dunder(b, rev, a)? {
                return Ok(r);
            }
        }
        // Instances of builtin subclasses take part as the builtin value
        // they wrap (`(0,) + t`, `2 * t`, `p + p` for a tuple subclass).
        let (a_payload, b_payload) = (payload_of(a), payload_of(b));
        if a_payload.is_some() || b_payload.is_some() {
            let x = a_payload.unwrap_or_else(|| a.clone());
            let y = b_payload.unwrap_or_else(|| b.clone());
            if let Some(v) = self.builtin_binary(op, &x, &y)? {
                return Ok(v);
            }
        }
        if op == BinOp::Mul {
            if let Some(v) = self.repeat_by_index(a, b)? {
                return Ok(v);
            }
        }
        if op == BinOp::Or && is_union_operand(a) && is_union_operand(b) {
            // `int | None`: the `types` module builds the union.
            let types_module = self.import_module("types")?;
            let make = self.getattr_str(&types_module, "_union")?;
            return self.call(&make, &[a.clone(), b.clone()], &[]);
        }
        if op == BinOp::Add {
            if let Some(kind @ ("list" | "tuple" | "str")) = a.kind().map(|k| match k {
                ObjKind::List(_) => "list",
                ObjKind::Tuple(_) => "tuple",
                ObjKind::Str(_) => "str",
                _ => "",
            }) {
                let msg = if kind == "str" {
                    format!(
                        "can only concatenate str (not \"{}\") to str",
                        self.type_name(b)
                    )
                } else {
                    format!(
                        "can only concatenate {kind} (not \"{}\") to {kind}",
                        self.type_name(b)
                    )
                };
                return Err(PyErr::type_error(msg));
            }
            if let Some(kind @ ("bytes" | "bytearray")) = a.kind().map(|k| match k {
                ObjKind::Bytes(_) => "bytes",
                ObjKind::ByteArray(_) => "bytearray",
                _ => "",
            }) {
                return Err(PyErr::type_error(format!(
                    "can't concat {} to {kind}",
                    self.type_name(b)
                )));
            }
        }
        let augmented = if spelling == Spelling::Augmented {
            "="
        } else {
            ""
        };
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {}{augmented}: '{}' and '{}'",
            op_symbol(op),
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// `seq * n` or `n * seq` for a sequence and an `n` that is not an
    /// int: repeated when `n` has `__index__` (a NumPy integer), refused
    /// with CPython's message otherwise. `None` when neither side is a
    /// sequence.
    fn repeat_by_index(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (sequence, count) = if is_repeatable_sequence(a) {
            (a, b)
        } else if is_repeatable_sequence(b) {
            (b, a)
        } else {
            return Ok(None);
        };
        let n = match self.size_of(count) {
            Ok(n) => n,
            Err(e) if e.matches(types().type_error) => {
                return Err(PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(count)
                )))
            }
            Err(e) => return Err(e),
        };
        self.builtin_binary(BinOp::Mul, sequence, &Value::Int(n))
    }

    /// Calls `obj.<name>(arg)` if the type defines it and it does not return NotImplemented.
    pub(crate) fn try_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        arg: &Value,
    ) -> PyResult<Option<Value>> {
        if !self.is_user_object(obj) {
            return Ok(None);
        }
        let Some(method) = self.lookup_type_attr(obj, name) else {
            return Ok(None);
        };
        let r = self.call_method_value(&method, obj, std::slice::from_ref(arg))?;
        if self.is_not_implemented(&r) {
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// Whether a value's class can hold dunders that operators must call:
    /// [`has_python_dunders`], or a class (its metaclass's dunders).
    pub(crate) fn is_user_object(&self, v: &Value) -> bool {
        has_python_dunders(v) || matches!(v.kind(), Some(ObjKind::Class(_)))
    }

    /// Whether `v` is the NotImplemented singleton.
    pub fn is_not_implemented(&self, v: &Value) -> bool {
        match (v, crate::builtins::constant_singleton(0)) {
            (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(&b),
            _ => false,
        }
    }

    /// `a op b` as the builtin types compute it, without dunder dispatch
    /// (an instance of a builtin subclass counts as the value it wraps):
    /// what explicit calls like `int.__add__(a, b)` compute. None when no
    /// builtin type combines `a` and `b` that way.
    pub fn builtin_binary_only(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        self.builtin_binary(op, a.data(), b.data())
    }

    fn builtin_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        // bool & | ^ bool stays bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::Bool(x & y))),
                BinOp::Or => return Ok(Some(Value::Bool(x | y))),
                BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        // Ints of any size (and bools); `@` falls through to the
        // error that names both types.
        if int::is_int(a) && int::is_int(b) && op != BinOp::MatMul {
            if let (Some(x), Some(y)) = (int::to_i128(a), int::to_i128(b)) {
                if let Some(v) = wide_int_op(op, x, y) {
                    return Ok(Some(v));
                }
            }
            let (x, y) = (
                to_bigint(a).unwrap_or_default(),
                to_bigint(b).unwrap_or_default(),
            );
            return big_int_op(op, &x, &y, &|| self.check_interrupt()).map(Some);
        }
        // Mixed int/float.
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            if let (Some(x), Some(y)) = (as_f64(a)?, as_f64(b)?) {
                if let Some(v) = float_op(op, x, y)? {
                    return Ok(Some(v));
                }
            }
        }
        let (Value::Obj(ao), _) = (a, b) else {
            // int * sequence
            if op == BinOp::Mul {
                if let (Some(n), Value::Obj(_)) = (small_int(a), b) {
                    return self.repeat(b, n);
                }
            }
            return Ok(None);
        };
        match (ao.kind(), op) {
            (ObjKind::Str(x), BinOp::Add) => {
                if let Some(ObjKind::Str(y)) = b.kind() {
                    return Ok(Some(Value::obj(ObjKind::Str(x.concat(y)))));
                }
                Ok(None)
            }
            (ObjKind::Bytes(x), BinOp::Mod) => self.bytes_percent_format(x, b, false).map(Some),
            (ObjKind::ByteArray(x), BinOp::Mod) => {
                let data = ao.get().read(x).clone();
                self.bytes_percent_format(&data, b, true).map(Some)
            }
            (ObjKind::Str(x), BinOp::Mod) => {
                let fmt = x.as_str().to_string();
                self.percent_format(&fmt, b).map(Some)
            }
            (ObjKind::Bytes(x), BinOp::Add) => {
                let y = match b.kind() {
                    Some(ObjKind::Bytes(y)) => y.to_vec(),
                    Some(ObjKind::ByteArray(y)) => y.borrow().clone(),
                    _ if as_memoryview(b).is_some() => self.bytes_of(b)?,
                    _ => return Ok(None),
                };
                let mut v = x.to_vec();
                v.extend(y);
                Ok(Some(Value::obj(ObjKind::Bytes(v.into()))))
            }
            (ObjKind::ByteArray(x), BinOp::Add) => {
                let y = match b.kind() {
                    Some(ObjKind::Bytes(y)) => y.to_vec(),
                    Some(ObjKind::ByteArray(y)) => y.borrow().clone(),
                    _ if as_memoryview(b).is_some() => self.bytes_of(b)?,
                    _ => return Ok(None),
                };
                let mut v = x.borrow().clone();
                v.extend(y);
                Ok(Some(Value::obj(ObjKind::ByteArray(
                    std::cell::RefCell::new(v),
                ))))
            }
            (ObjKind::List(x), BinOp::Add) => {
                if let Some(ObjKind::List(y)) = b.kind() {
                    let mut v = ao.get().read(x).to_vec();
                    v.extend(
                        b.as_obj()
                            .map(|o| o.get().read(y).to_vec())
                            .unwrap_or_default(),
                    );
                    return Ok(Some(crate::builtins::new_list(v)));
                }
                Ok(None)
            }
            (ObjKind::Tuple(x), BinOp::Add) => {
                if let Some(ObjKind::Tuple(y)) = b.kind() {
                    let mut v = x.to_vec();
                    v.extend(y.iter().cloned());
                    return Ok(Some(crate::builtins::new_tuple(v)));
                }
                Ok(None)
            }
            (
                ObjKind::Str(_)
                | ObjKind::List(_)
                | ObjKind::Tuple(_)
                | ObjKind::Bytes(_)
                | ObjKind::ByteArray(_),
                BinOp::Mul,
            ) => match small_int(b) {
                Some(n) => self.repeat(a, n),
                None => Ok(None),
            },
            (ObjKind::Dict(_), BinOp::Or) => {
                if !matches!(b.kind(), Some(ObjKind::Dict(_))) {
                    return Ok(None);
                }
                let d = self.dict_copy(a)?;
                self.dict_update_from(&d, b, None)?;
                Ok(Some(d))
            }
            (
                ObjKind::Set(_) | ObjKind::FrozenSet(_),
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            ) => {
                if !matches!(
                    b.kind(),
                    Some(ObjKind::Set(_)) | Some(ObjKind::FrozenSet(_))
                ) {
                    return Ok(None);
                }
                self.set_binary(op, a, b).map(Some)
            }
            (ObjKind::DictView(_, _), BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) => {
                let left = self.collect(a)?;
                let left = self.new_set(left)?;
                let right = self.collect(b)?;
                let right = self.new_set(right)?;
                self.set_binary(op, &left, &right).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// `seq * n`.
    fn repeat(&mut self, seq: &Value, n: i64) -> PyResult<Option<Value>> {
        let n = n.max(0) as usize;
        let len = self.len_of_builtin(seq).unwrap_or(0);
        let item_bytes = match seq.kind() {
            Some(ObjKind::List(_) | ObjKind::Tuple(_)) => std::mem::size_of::<Value>(),
            _ => 1,
        };
        self.check_alloc(len.saturating_mul(n), item_bytes)?;
        Ok(Some(match seq.kind() {
            Some(ObjKind::Str(s)) => str_value(s.as_str().repeat(n)),
            Some(ObjKind::List(l)) => {
                let items = seq
                    .as_obj()
                    .map(|o| o.get().read(l).to_vec())
                    .unwrap_or_default();
                crate::builtins::new_list(repeat_values(&items, n))
            }
            Some(ObjKind::Tuple(t)) => crate::builtins::new_tuple(repeat_values(t, n)),
            Some(ObjKind::Bytes(b)) => Value::obj(ObjKind::Bytes(b.repeat(n).into())),
            Some(ObjKind::ByteArray(b)) => Value::obj(ObjKind::ByteArray(std::cell::RefCell::new(
                b.borrow().repeat(n),
            ))),
            _ => return Ok(None),
        }))
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (&a, b) {
            if let Some(r) = small_int_op(op, *x, *y) {
                return r;
            }
        }
        if let Value::Obj(o) = &a {
            match (o.kind(), op) {
                (ObjKind::List(_), BinOp::Add) => {
                    let items = self.collect(b)?;
                    self.list_extend(&a, items)?;
                    return Ok(a);
                }
                (ObjKind::List(_), BinOp::Mul) => {
                    if let Some(n) = small_int(b) {
                        let Some(Value::Obj(r)) = self.repeat(&a, n)? else {
                            return Ok(a);
                        };
                        if let (ObjKind::List(dst), ObjKind::List(src)) = (o.kind(), r.kind()) {
                            let items = std::mem::take(&mut *src.borrow_mut());
                            *o.get()
                                .write(dst)
                                .map_err(|e| PyErr::from_write(e, "list"))? = items;
                        }
                        return Ok(a);
                    }
                }
                (ObjKind::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                    if matches!(
                        b.kind(),
                        Some(ObjKind::Set(_)) | Some(ObjKind::FrozenSet(_))
                    ) {
                        self.set_inplace(op, &a, b)?;
                        return Ok(a);
                    }
                }
                (ObjKind::Dict(_), BinOp::Or) => {
                    self.dict_update_from(&a, b, None)?;
                    return Ok(a);
                }
                (ObjKind::ByteArray(x), BinOp::Add) => {
                    let extra = self.bytes_of(b)?;
                    let mut buf = o
                        .get()
                        .write(x)
                        .map_err(|e| PyErr::from_write(e, "bytearray"))?;
                    resize_guarded(o.addr(), &mut buf, |buf| {
                        buf.extend(extra);
                        Ok(())
                    })?;
                    drop(buf);
                    return Ok(a);
                }
                (ObjKind::ByteArray(x), BinOp::Mul) => {
                    if let Some(n) = small_int(b) {
                        let repeated = match self.repeat(&a, n)? {
                            Some(r) => self.bytes_of(&r)?,
                            None => Vec::new(),
                        };
                        let mut buf = o
                            .get()
                            .write(x)
                            .map_err(|e| PyErr::from_write(e, "bytearray"))?;
                        resize_guarded(o.addr(), &mut buf, |buf| {
                            *buf = repeated;
                            Ok(())
                        })?;
                        drop(buf);
                        return Ok(a);
                    }
                }
                (ObjKind::Instance(_) | ObjKind::Native(_), _) => {
                    let (_, _, iname) = dunder_names(op);
                    // A list/dict/set/bytearray subclass without its own
                    // in-place method changes its value in place and stays
                    // itself (`a += [x]` keeps the subclass and aliases).
                    let payload = a.data();
                    let mutable_payload = !payload.is(&a)
                        && matches!(
                            payload.kind(),
                            Some(ObjKind::List(_) | ObjKind::Dict(_) | ObjKind::Set(_))
                                | Some(ObjKind::ByteArray(_))
                        );
                    let overridden = matches!(
                        self.lookup_type_attr(&a, iname)
                            .as_ref()
                            .and_then(Value::kind),
                        Some(ObjKind::Function(_))
                    );
                    if mutable_payload && !overridden {
                        let payload = payload.clone();
                        let r = self.inplace_op(op, payload.clone(), b)?;
                        return Ok(if r.is(&payload) { a } else { r });
                    }
                    if let Some(r) = self.try_dunder(&a, iname, b)? {
                        return Ok(r);
                    }
                }
                _ => {}
            }
        }
        self.binary_op_spelled(op, &a, b, Spelling::Augmented)
    }

    /// A unary operator.
    pub fn unary_op(&mut self, op: UnaryOp, a: &Value) -> PyResult<Value> {
        match (op, a) {
            (UnaryOp::Not, _) => return Ok(Value::Bool(!self.truthy(a)?)),
            (UnaryOp::Neg, Value::Int(i)) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => int_value(-BigInt::from(*i)),
                })
            }
            (UnaryOp::Neg, Value::Float(f)) => return Ok(Value::Float(-f)),
            (UnaryOp::Neg, Value::Bool(b)) => return Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Pos, Value::Int(_) | Value::Float(_)) => return Ok(a.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => return Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => return Ok(Value::Int(!(*b as i64))),
            _ => {}
        }
        if let Some(ObjKind::BigInt(b)) = a.kind() {
            return Ok(match op {
                UnaryOp::Neg => int_value(-b),
                UnaryOp::Pos => a.clone(),
                _ => int_value(-b - 1),
            });
        }
        let name = match op {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            _ => "__invert__",
        };
        if self.is_user_object(a) {
            if let Some(m) = self.lookup_type_attr(a, name) {
                return self.call_method_value(&m, a, &[]);
            }
        }
        let sym = match op {
            UnaryOp::Neg => "unary -",
            UnaryOp::Pos => "unary +",
            _ => "unary ~",
        };
        Err(PyErr::type_error(format!(
            "bad operand type for {sym}: '{}'",
            self.type_name(a)
        )))
    }

    /// Python truth.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Unbound => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => match o.kind() {
                ObjKind::Str(s) => s.char_len() != 0,
                ObjKind::BigInt(_) => true,
                ObjKind::List(l) => l.try_len().map_or(true, |n| n != 0),
                ObjKind::Tuple(t) => !t.is_empty(),
                ObjKind::Dict(d) => !o.get().read(d).is_empty(),
                ObjKind::Set(s) => !o.get().read(s).is_empty(),
                ObjKind::FrozenSet(s) => !s.is_empty(),
                ObjKind::Bytes(b) => !b.is_empty(),
                ObjKind::ByteArray(b) => !o.get().read(b).is_empty(),
                ObjKind::Range { .. } => self.len_of_builtin(v).unwrap_or(0) != 0,
                ObjKind::Instance(_) | ObjKind::Native(_) => {
                    if let Some(m) = self.lookup_type_attr(v, "__bool__") {
                        let r = self.call_method_value(&m, v, &[])?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => Err(PyErr::type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&r)
                            ))),
                        };
                    }
                    if let Some(m) = self.lookup_type_attr(v, "__len__") {
                        let r = self.call_method_value(&m, v, &[])?;
                        return Ok(self.index_of(&r)? != 0);
                    }
                    true
                }
                ObjKind::DictView(d, _) => self.truthy(&d.clone())?,
                _ => true,
            },
        })
    }

    /// `a op b` for comparisons, as a value.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(cmp_holds(op, x.cmp(y)))),
            (Value::Float(x), Value::Float(y)) => return Ok(Value::Bool(ordered_cmp(op, *x, *y))),
            (Value::Obj(x), Value::Obj(y)) => {
                if let (ObjKind::Str(s), ObjKind::Str(t)) = (x.kind(), y.kind()) {
                    return Ok(Value::Bool(str_compare(
                        op,
                        x.ptr_eq(y),
                        s.as_str(),
                        t.as_str(),
                    )));
                }
            }
            _ => {}
        }
        if let Some(r) = self.builtin_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        let (fwd, rev) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        };
        let a_type = self.type_of(a);
        let b_type = self.type_of(b);
        let b_first = !a_type.ptr_eq(&b_type) && crate::types::is_subclass(&b_type, &a_type);
        if b_first {
            if let Some(r) = self.try_dunder(b, rev, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.try_dunder(a, fwd, b)? {
            return Ok(r);
        }
        if !b_first {
            if let Some(r) = self.try_dunder(b, rev, a)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => {
                // Default __ne__ inverts __eq__ (of either operand).
                let a_eq = self.is_user_object(a) && self.lookup_type_attr(a, "__eq__").is_some();
                let b_eq = self.is_user_object(b) && self.lookup_type_attr(b, "__eq__").is_some();
                if a_eq || b_eq {
                    let r = self.compare(CmpOp::Eq, a, b)?;
                    return Ok(Value::Bool(!self.truthy(&r)?));
                }
                Ok(Value::Bool(!a.is(b)))
            }
            _ => {
                let sym = match op {
                    CmpOp::Lt => "<",
                    CmpOp::Le => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                Err(PyErr::type_error(format!(
                    "'{sym}' not supported between instances of '{}' and '{}'",
                    self.type_name(a),
                    self.type_name(b)
                )))
            }
        }
    }

    /// Python `==` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    /// Equality as containers use it: identity first, then `==`.
    pub fn eq_item(&mut self, stored: &Value, probe: &Value) -> PyResult<bool> {
        if let Some(eq) = plain_eq(stored, probe) {
            return Ok(eq);
        }
        self.eq(stored, probe)
    }

    fn builtin_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        // Numbers.
        let a_num = int::is_int(a) || matches!(a, Value::Float(_));
        let b_num = int::is_int(b) || matches!(b, Value::Float(_));
        if a_num && b_num {
            return Ok(Some(cmp_holds_opt(op, numeric_cmp(a, b))));
        }
        let (Some(ak), Some(bk)) = (a.kind(), b.kind()) else {
            if a_num != b_num || a.is_none() || b.is_none() {
                return Ok(match op {
                    CmpOp::Eq if !self.is_user_object(a) && !self.is_user_object(b) => {
                        Some(a.is(b))
                    }
                    CmpOp::Ne if !self.is_user_object(a) && !self.is_user_object(b) => {
                        Some(!a.is(b))
                    }
                    _ => None,
                });
            }
            return Ok(None);
        };
        let ord = match (ak, bk) {
            // Two strs never get here: `compare` settles them first.
            // Bound methods are equal when bound to the same object and
            // their functions are equal (`a.m == a.m`).
            (ObjKind::BoundMethod(x), ObjKind::BoundMethod(y))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let same = x.self_value.is(&y.self_value) && self.eq(&x.func, &y.func)?;
                return Ok(Some(same == (op == CmpOp::Eq)));
            }
            (
                ObjKind::Bytes(_) | ObjKind::ByteArray(_),
                ObjKind::Bytes(_) | ObjKind::ByteArray(_),
            ) => Some(self.bytes_of(a)?.cmp(&self.bytes_of(b)?)),
            (ObjKind::Slice(x), ObjKind::Slice(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                return self.sequence_compare(op, &x, &y).map(Some);
            }
            (ObjKind::DictView(_, k), ObjKind::Set(_) | ObjKind::FrozenSet(_))
                if *k != crate::object::DictViewKind::Values =>
            {
                let x = self.collect(a)?;
                let x = self.new_set(x)?;
                return self.set_compare(op, &x, b).map(Some);
            }
            (ObjKind::Set(_) | ObjKind::FrozenSet(_), ObjKind::DictView(_, k))
                if *k != crate::object::DictViewKind::Values =>
            {
                let y = self.collect(b)?;
                let y = self.new_set(y)?;
                return self.set_compare(op, a, &y).map(Some);
            }
            (ObjKind::Tuple(_), ObjKind::Tuple(_)) => {
                if let Some(ord) = plain_order(a, b, 0) {
                    return Ok(Some(cmp_holds(op, ord)));
                }
                // Tuples are immutable: hold the objects, borrow their items.
                let (ao, bo) = (a.as_obj().cloned(), b.as_obj().cloned());
                if let (Some(ao), Some(bo)) = (&ao, &bo) {
                    if let (ObjKind::Tuple(x), ObjKind::Tuple(y)) = (ao.kind(), bo.kind()) {
                        return self.sequence_compare(op, x, y).map(Some);
                    }
                }
                None
            }
            (ObjKind::List(x), ObjKind::List(y)) => {
                let x = a
                    .as_obj()
                    .map(|o| o.get().read(x).to_vec())
                    .unwrap_or_default();
                let y = b
                    .as_obj()
                    .map(|o| o.get().read(y).to_vec())
                    .unwrap_or_default();
                return self.sequence_compare(op, &x, &y).map(Some);
            }
            (ObjKind::Dict(_), ObjKind::Dict(_)) => {
                return match op {
                    CmpOp::Eq => self.dict_eq(a, b).map(Some),
                    CmpOp::Ne => self.dict_eq(a, b).map(|r| Some(!r)),
                    _ => Ok(None),
                };
            }
            (ObjKind::Set(_) | ObjKind::FrozenSet(_), ObjKind::Set(_) | ObjKind::FrozenSet(_)) => {
                return self.set_compare(op, a, b).map(Some);
            }
            (ObjKind::Range { .. }, ObjKind::Range { .. }) => {
                let x = self.collect(a)?;
                let y = self.collect(b)?;
                return match op {
                    CmpOp::Eq | CmpOp::Ne => {
                        let eq = self.sequence_compare(CmpOp::Eq, &x, &y)?;
                        Ok(Some(eq == (op == CmpOp::Eq)))
                    }
                    _ => Ok(None),
                };
            }
            (ObjKind::DictView(_, k1), ObjKind::DictView(_, k2))
                if *k1 != crate::object::DictViewKind::Values && k1 == k2 =>
            {
                let x = self.collect(a)?;
                let y = self.collect(b)?;
                let x = self.new_set(x)?;
                let y = self.new_set(y)?;
                return self.set_compare(op, &x, &y).map(Some);
            }
            _ => None,
        };
        match ord {
            Some(o) => Ok(Some(cmp_holds(op, o))),
            None => {
                if self.is_user_object(a) || self.is_user_object(b) {
                    return Ok(None);
                }
                Ok(match op {
                    CmpOp::Eq => Some(a.is(b)),
                    CmpOp::Ne => Some(!a.is(b)),
                    _ => None,
                })
            }
        }
    }

    /// Lexicographic comparison of two sequences.
    pub fn sequence_compare(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        self.nested(" in comparison", |vm| vm.compare_items(op, x, y))
    }

    /// [`Vm::sequence_compare`] one level down.
    fn compare_items(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        for (a, b) in x.iter().zip(y.iter()) {
            if !self.eq_item(a, b)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(op, a, b)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(cmp_holds(op, x.len().cmp(&y.len())))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match o.kind() {
                ObjKind::Str(s) => {
                    return match item.data_kind() {
                        Some(ObjKind::Str(sub)) => {
                            Ok(crate::objects::str_ops::contains(s.as_str(), sub.as_str()))
                        }
                        _ => Err(PyErr::type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        ))),
                    }
                }
                ObjKind::Dict(_) => return self.dict_get(container, item).map(|v| v.is_some()),
                ObjKind::Set(_) | ObjKind::FrozenSet(_) => {
                    return self.set_contains(container, item)
                }
                ObjKind::DictView(d, crate::object::DictViewKind::Keys) => {
                    return self.dict_get(d, item).map(|v| v.is_some())
                }
                ObjKind::Range { start, stop, step } => {
                    if let Value::Int(i) = item {
                        let (start, stop, step) = (*start, *stop, *step);
                        let inside = if step > 0 {
                            *i >= start && *i < stop
                        } else {
                            *i <= start && *i > stop
                        };
                        return Ok(inside && (i - start) % step == 0);
                    }
                }
                ObjKind::Bytes(_) | ObjKind::ByteArray(_) => {
                    let hay = self.bytes_of(container)?;
                    return match item {
                        Value::Int(i) => Ok(hay.contains(&(*i as u8)) && (0..256).contains(i)),
                        _ => {
                            let needle = self.bytes_of(item)?;
                            Ok(memchr::memmem::find(&hay, &needle).is_some())
                        }
                    };
                }
                ObjKind::Tuple(items) => {
                    for v in items.iter() {
                        if self.eq_item(v, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                ObjKind::List(cell) => {
                    // Items whose comparison runs no Python code are
                    // compared in place; from the first other item on,
                    // index by index, re-reading the list each time: an
                    // `__eq__` may grow or shrink it, as in CPython.
                    let mut i = 0;
                    for v in o.get().read(cell).iter() {
                        match plain_eq(v, item) {
                            Some(true) => return Ok(true),
                            Some(false) => i += 1,
                            None => break,
                        }
                    }
                    loop {
                        let Some(v) = o.get().read(cell).get(i).cloned() else {
                            return Ok(false);
                        };
                        if self.eq_item(&v, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                ObjKind::Instance(_) | ObjKind::Native(_) => {
                    if let Some(m) = self.lookup_type_attr(container, "__contains__") {
                        let r =
                            self.call_method_value(&m, container, std::slice::from_ref(item))?;
                        return self.truthy(&r);
                    }
                }
                ObjKind::Class(_) => {
                    let args = std::slice::from_ref(item);
                    if let Some(r) = self.class_protocol(container, "__class_contains__", args)? {
                        return self.truthy(&r);
                    }
                }
                _ => {}
            }
        }
        let it = self.get_iter(container).map_err(|_| {
            PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))
        })?;
        while let Some(v) = self.next(&it)? {
            if self.eq_item(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Python `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x5f3759df,
            Value::Unbound => 0,
            Value::Bool(b) => hash::hash_bool(*b),
            Value::Int(i) => hash::hash_i64(*i),
            Value::Float(f) => hash::hash_f64(*f, 0),
            Value::Obj(o) => match o.kind() {
                ObjKind::Str(s) => s.hash(),
                ObjKind::BigInt(b) => hash::hash_bigint(b),
                ObjKind::Bytes(b) => hash::hash_bytes(b),
                ObjKind::Tuple(items) => {
                    let hashes: Vec<i64> =
                        self.nested("", |vm| items.iter().map(|item| vm.hash(item)).collect())?;
                    hash::hash_tuple(hashes, items.len())
                }
                ObjKind::FrozenSet(s) => hash::hash_frozenset(s.iter().map(|(_, h)| h), s.len()),
                ObjKind::List(_) | ObjKind::Dict(_) | ObjKind::Set(_) | ObjKind::ByteArray(_) => {
                    return Err(PyErr::type_error(format!(
                        "unhashable type: '{}'",
                        self.type_name(v)
                    )))
                }
                ObjKind::Instance(_) | ObjKind::Native(_) => {
                    if let Some(m) = self.lookup_type_attr(v, "__hash__") {
                        if m.is_none() {
                            return Err(PyErr::type_error(format!(
                                "unhashable type: '{}'",
                                self.type_name(v)
                            )));
                        }
                        let r = self.call_method_value(&m, v, &[])?;
                        return match &r {
                            Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
                            _ => match to_bigint(&r) {
                                Some(b) => Ok(hash::hash_bigint(&b)),
                                None => Err(PyErr::type_error(
                                    "__hash__ method should return an integer",
                                )),
                            },
                        };
                    }
                    if self.lookup_type_attr(v, "__eq__").is_some() {
                        return Err(PyErr::type_error(format!(
                            "unhashable type: '{}'",
                            self.type_name(v)
                        )));
                    }
                    hash::hash_identity(o.addr())
                }
                _ => hash::hash_identity(o.addr()),
            },
        })
    }

    /// [`Vm::index_of`] for a size or a count (a repeat count, what
    /// `__len__` returned): an int beyond 64 bits is CPython's
    /// OverflowError there, not the IndexError that indexing gives.
    pub fn size_of(&mut self, v: &Value) -> PyResult<i64> {
        self.index_of(v).map_err(|e| {
            if e.matches(types().index_error) {
                PyErr::overflow("cannot fit 'int' into an index-sized integer")
            } else {
                e
            }
        })
    }

    /// The integer value of an index-like value (`__index__`).
    pub fn index_of(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match o.kind() {
                ObjKind::BigInt(_) => Err(PyErr::new(
                    types().index_error,
                    "cannot fit 'int' into an index-sized integer",
                )),
                ObjKind::Instance(_) | ObjKind::Native(_) => {
                    if let Some(m) = self.lookup_type_attr(v, "__index__") {
                        let r = self.call_method_value(&m, v, &[])?;
                        // An int subclass counts as its int; anything else
                        // is refused (never asked for its own __index__, so
                        // a native returning itself cannot recurse).
                        let r = payload_of(&r).filter(int::is_int).unwrap_or(r);
                        if !int::is_int(&r) {
                            return Err(PyErr::type_error(format!(
                                "__index__ returned non-int (type {})",
                                self.type_name(&r)
                            )));
                        }
                        return self.index_of(&r);
                    }
                    Err(self.not_an_index(v))
                }
                _ => Err(self.not_an_index(v)),
            },
            _ => Err(self.not_an_index(v)),
        }
    }

    fn not_an_index(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        ))
    }

    /// The length of a builtin container, without calling Python code.
    pub fn len_of_builtin(&self, v: &Value) -> Option<usize> {
        let o = v.as_obj()?;
        Some(match o.kind() {
            ObjKind::Str(s) => s.char_len(),
            ObjKind::List(l) => l.try_len().ok()?,
            ObjKind::Tuple(t) => t.len(),
            ObjKind::Dict(d) => o.get().read(d).len(),
            ObjKind::Set(s) => o.get().read(s).len(),
            ObjKind::FrozenSet(s) => s.len(),
            ObjKind::Bytes(b) => b.len(),
            ObjKind::ByteArray(b) => o.get().read(b).len(),
            ObjKind::Range { start, stop, step } => range_len(*start, *stop, *step),
            ObjKind::DictView(d, _) => return self.len_of_builtin(d),
            _ => return None,
        })
    }

    /// Python `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(n) = self.len_of_builtin(v) {
            return Ok(n);
        }
        if self.is_user_object(v) {
            let method = self.lookup_type_attr(v, "__len__");
            let r = match method {
                Some(m) => Some(self.call_method_value(&m, v, &[])?),
                None => self.class_protocol(v, "__class_len__", &[])?,
            };
            if let Some(r) = r {
                // The sign is checked first: a huge negative is a
                // ValueError, a huge positive an OverflowError.
                let huge_negative = matches!(r.kind(),
                    Some(ObjKind::BigInt(b)) if num_traits::Signed::is_negative(b));
                let n = if huge_negative { -1 } else { self.size_of(&r)? };
                if n < 0 {
                    return Err(PyErr::value_error("__len__() should return >= 0"));
                }
                return Ok(n as usize);
            }
        }
        Err(PyErr::type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }
}

/// The number of items in a range.
pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    let (lo, hi, st) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / st + 1) as usize
    }
}

fn repeat_values(items: &[Value], n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    out
}

/// A small int (or bool) value.
pub fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// `a <op> b` for two strs; `same` says they are one object (interned
/// names and constants often are), which settles `==` and `!=` at once.
#[inline]
fn str_compare(op: CmpOp, same: bool, a: &str, b: &str) -> bool {
    match op {
        CmpOp::Eq => same || a == b,
        CmpOp::Ne => !same && a != b,
        _ => cmp_holds(op, a.cmp(b)),
    }
}

fn cmp_holds(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

fn cmp_holds_opt(op: CmpOp, o: Option<Ordering>) -> bool {
    match o {
        Some(o) => cmp_holds(op, o),
        None => op == CmpOp::Ne,
    }
}

/// `x op y` for values with a built-in partial order (ints, floats).
#[inline(always)]
pub(crate) fn ordered_cmp<T: PartialOrd>(op: CmpOp, x: T, y: T) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// Exact comparison of two numbers (ints of any size, floats); None if a NaN is involved.
pub fn numeric_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), _) => int_float_cmp(&to_bigint(b)?, *x).map(Ordering::reverse),
        (_, Value::Float(y)) => int_float_cmp(&to_bigint(a)?, *y),
        _ => Some(to_bigint(a)?.cmp(&to_bigint(b)?)),
    }
}

fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = f.trunc();
    let ti = num_bigint::BigInt::from_f64_exact(t)?;
    match i.cmp(&ti) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

trait FromF64Exact: Sized {
    fn from_f64_exact(f: f64) -> Option<Self>;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> Option<BigInt> {
        num_traits::FromPrimitive::from_f64(f)
    }
}

/// Is `v` a str object equal to `s`?
pub fn is_str(v: &Value, s: &str) -> bool {
    matches!(v.kind(), Some(ObjKind::Str(p)) if p.as_str() == s)
}

/// Whether a value takes part in the dunder protocols through its class:
/// an instance of a Python class, or a native object (whose frozen class
/// holds the native methods its module registered, dunders included).
/// Builtin values answer operators natively and are never asked.
pub fn has_python_dunders(v: &Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Instance(_) | ObjKind::Native(_)))
}

/// The class of a value, for type checks.
pub fn class_of(v: &Value) -> Option<&ObjRef> {
    match v.kind() {
        Some(ObjKind::Instance(i)) => Some(&i.class),
        _ => None,
    }
}

/// The builtin value an instance of a builtin subclass wraps.
fn payload_of(v: &Value) -> Option<Value> {
    match v.kind() {
        Some(ObjKind::Instance(inst)) => inst.payload.as_deref().cloned(),
        _ => None,
    }
}

/// The order of two values made only of ints, floats other than NaN, strs
/// and tuples of these, for which Python's comparison runs no user code and
/// is a total order: tuples compare lexicographically, as their rule (the
/// first items that are not `==` decide) gives for such items. None for
/// anything else, and past a few levels of nesting: the general path
/// decides those.
pub(crate) fn plain_order(a: &Value, b: &Value, depth: u32) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Obj(x), Value::Obj(y)) => match (x.kind(), y.kind()) {
            (ObjKind::Str(s), ObjKind::Str(t)) => Some(s.as_str().cmp(t.as_str())),
            (ObjKind::Tuple(s), ObjKind::Tuple(t)) if depth < 4 => {
                for (p, q) in s.iter().zip(t.iter()) {
                    match plain_order(p, q, depth + 1)? {
                        std::cmp::Ordering::Equal => {}
                        decided => return Some(decided),
                    }
                }
                Some(s.len().cmp(&t.len()))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` can be an operand of a class union (`int | None`).
fn is_union_operand(v: &Value) -> bool {
    matches!(v, Value::None) || matches!(v.kind(), Some(ObjKind::Class(_)))
}

/// A list, tuple, str, bytes or bytearray: the builtin sequences `*`
/// repeats.
pub fn is_repeatable_sequence(v: &Value) -> bool {
    matches!(
        v.kind(),
        Some(
            ObjKind::List(_)
                | ObjKind::Tuple(_)
                | ObjKind::Str(_)
                | ObjKind::Bytes(_)
                | ObjKind::ByteArray(_)
        )
    )
}

/// `stored == probe` for a container look-up (identity first, as CPython's
/// containers compare) when it needs no Python code: the same object or
/// value, two ints, or two strs; None when `__eq__` may have to run.
#[inline]
fn plain_eq(stored: &Value, probe: &Value) -> Option<bool> {
    if stored.is(probe) {
        return Some(true);
    }
    match (stored, probe) {
        (Value::Int(a), Value::Int(b)) => Some(a == b),
        (Value::Obj(a), Value::Obj(b)) => match (a.kind(), b.kind()) {
            (ObjKind::Str(x), ObjKind::Str(y)) => Some(x.as_str() == y.as_str()),
            _ => None,
        },
        _ => None,
    }
}
