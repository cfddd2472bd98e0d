//! `int` arithmetic: 64-bit fast paths that overflow into big integers,
//! with Python's floor division, modulo, power and bit operations.

use crate::error::{PyErr, PyResult};
use crate::object::ObjKind;
use crate::runtime::Poll;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Makes an int value, inline when it fits in 64 bits.
pub fn int_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::obj(ObjKind::BigInt(b)),
    }
}

/// The integer in a value (bool counts as int), as a big integer.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match o.kind() {
            ObjKind::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The integer in a value (bool counts as int) when it fits in 128 bits.
pub fn to_i128(v: &Value) -> Option<i128> {
    match v {
        Value::Int(i) => Some(i128::from(*i)),
        Value::Bool(b) => Some(i128::from(*b)),
        Value::Obj(o) => match o.kind() {
            ObjKind::BigInt(b) => b.to_i128(),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a value is an int (or bool).
pub fn is_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.kind(), ObjKind::BigInt(_)),
        _ => false,
    }
}

/// Converts a big integer to float, as `float(int)` does.
pub fn bigint_to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(PyErr::overflow("int too large to convert to float"));
    }
    Ok(f)
}

/// Floor division.
pub fn floordiv(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(PyErr::zero_division("integer division or modulo by zero"));
    }
    Ok(a.div_floor(b))
}

/// Modulo with the sign of the divisor.
pub fn modulo(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(PyErr::zero_division("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// Results bigger than this many bits poll for interrupts at every step of
/// a power: each step then costs far more than the poll.
const POLL_BITS: u64 = 1 << 14;

/// `a ** b` for a non-negative exponent (negative ones become floats at the
/// caller). Results over `max_bits` are a MemoryError; big ones are built
/// by square-and-multiply, calling `poll` between steps.
pub fn pow(a: &BigInt, b: &BigInt, max_bits: u64, poll: Poll<'_>) -> PyResult<BigInt> {
    if b.is_zero() {
        return Ok(BigInt::one());
    }
    if a.is_one() || a.is_zero() {
        return Ok(a.clone());
    }
    if *a == BigInt::from(-1) {
        return Ok(if b.is_even() {
            BigInt::one()
        } else {
            a.clone()
        });
    }
    let Some(e) = b.to_u64() else {
        return Err(PyErr::memory_error());
    };
    let bits = a.bits().saturating_mul(e);
    if bits > max_bits {
        return Err(PyErr::memory_error());
    }
    if bits <= POLL_BITS {
        let e32 = u32::try_from(e).map_err(|_| PyErr::memory_error())?;
        return Ok(num_traits::pow(a.clone(), e32 as usize));
    }
    // Left to right over the exponent's bits: square, and multiply by the
    // (small) base where the bit is set.
    let mut r = a.clone();
    for i in (0..u64::BITS - 1 - e.leading_zeros()).rev() {
        poll()?;
        r = &r * &r;
        if e >> i & 1 == 1 {
            r *= a;
        }
    }
    Ok(r)
}

/// Three-argument `pow(a, b, m)`. Small cases are one `modpow`; others run
/// square-and-multiply with a reduction per step, calling `poll` between
/// steps (a huge exponent can take minutes, in CPython too).
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt, poll: Poll<'_>) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if b.is_negative() {
        mod_inverse(a, m)
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?
    } else {
        a.clone()
    };
    let e = b.abs();
    let mm = m.abs();
    let base = base.mod_floor(&mm);
    let r = if e.bits().saturating_mul(mm.bits()) <= POLL_BITS * 64 {
        base.modpow(&e, &mm)
    } else {
        let mut r = BigInt::one();
        for i in (0..e.bits()).rev() {
            poll()?;
            r = (&r * &r) % &mm;
            if e.bit(i) {
                r = (r * &base) % &mm;
            }
        }
        r
    };
    // Python gives the result the sign of the modulus.
    if m.is_negative() && !r.is_zero() {
        Ok(r + m)
    } else {
        Ok(r)
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// `a << n`.
pub fn lshift(a: &BigInt, n: &BigInt, max_bits: u64) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let n = n
        .to_u64()
        .filter(|n| a.bits() + n <= max_bits)
        .ok_or_else(PyErr::memory_error)?;
    Ok(a << n)
}

/// `a >> n` (floor semantics for negatives).
pub fn rshift(a: &BigInt, n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    match n.to_u64() {
        Some(n) => Ok(a >> n),
        None => Ok(if a.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}
