//! Which floating-point errors an element-wise result met, found from the
//! operands and the result as the CPU's status flags would have said:
//! a NaN from operands that were not NaN is `invalid`, an infinity from
//! finite operands is `divide` (at a pole: `x / 0`, `log(0)`) or `over`,
//! a tiny inexact result is `under`. Integers meet `divide` in `//` and `%`
//! by zero and `over` in `MIN // -1`; operators on NumPy integer scalars
//! also report overflow, as NumPy's scalar math does (arrays wrap
//! silently).
//!
//! The checks run after the kernels, so that these stay tight loops: a
//! float result with no NaN, infinity (or, when underflow is watched, tiny
//! value) in it needs one pass over the result and nothing more.

use super::arith::Arith;
use super::array::NdArray;
use super::dtype::{DType, Kind};
use super::element::{Element, Scalar};
use super::errstate::FpErrors;
use super::ops::{map1, map2, typed, Op, Unary};
use std::cell::Cell;
use taipan_vm::error::PyResult;

/// The smallest normal value of a float dtype (below it lies underflow).
fn tiny(dtype: DType) -> f64 {
    match dtype {
        DType::Float16 => 6.103_515_625e-5,
        DType::Float32 => f64::from(f32::MIN_POSITIVE),
        _ => f64::MIN_POSITIVE,
    }
}

/// The errors of `r = x op y` on floats, widened to f64.
fn float_binary(op: Op, x: f64, y: f64, r: f64, tiny: f64) -> FpErrors {
    if r.is_nan() {
        return FpErrors::INVALID.when(!x.is_nan() && !y.is_nan());
    }
    if r.is_infinite() {
        if !(x.is_finite() && y.is_finite()) {
            return FpErrors::NONE;
        }
        let pole = match op {
            Op::TrueDiv | Op::FloorDiv => y == 0.0,
            Op::Pow => x == 0.0,
            _ => false,
        };
        return if pole {
            FpErrors::DIVIDE
        } else {
            FpErrors::OVER
        };
    }
    FpErrors::UNDER.when(underflowed(op, x, y, r, tiny))
}

/// The errors among `watch` of `r = x op y` on two float scalars of
/// `dtype` (values widened to f64).
pub fn float_scalar_errors(op: Op, dtype: DType, (x, y, r): (f64, f64, f64), watch: FpErrors) -> FpErrors {
    float_binary(op, x, y, r, tiny(dtype)).intersection(watch)
}

/// Whether `r = x op y` is tiny and inexact (`x`, `y` as floats).
fn underflowed(op: Op, x: f64, y: f64, r: f64, tiny: f64) -> bool {
    if r.abs() >= tiny || x == 0.0 || !x.is_finite() || !y.is_finite() {
        return false;
    }
    match op {
        // The fused forms give the rounding error exactly.
        Op::Mul => y != 0.0 && (r == 0.0 || x.mul_add(y, -r) != 0.0),
        Op::TrueDiv => r == 0.0 || (-r).mul_add(y, x) != 0.0,
        Op::Pow => true,
        _ => false,
    }
}

/// The errors of `r = x op y` on integers of one type.
fn int_binary<T: Arith>(op: Op, x: T, y: T, r: T) -> FpErrors {
    let zero = T::default();
    match op {
        Op::FloorDiv | Op::Mod if y == zero => FpErrors::DIVIDE,
        // Two negatives give a negative quotient only by wrapping.
        Op::FloorDiv => FpErrors::OVER.when(x < zero && y < zero && r < zero),
        _ => FpErrors::NONE,
    }
}

/// The errors of `r = f(x)` for a float function (`pole`: it is infinite
/// at a finite point, like `log` at 0, which is a division by zero).
fn float_unary(pole: bool, x: f64, r: f64, tiny: f64) -> FpErrors {
    if r.is_nan() {
        return FpErrors::INVALID.when(!x.is_nan());
    }
    if r.is_infinite() {
        return match (x.is_finite(), pole) {
            (false, _) => FpErrors::NONE,
            (true, true) => FpErrors::DIVIDE,
            (true, false) => FpErrors::OVER,
        };
    }
    FpErrors::UNDER.when(x.is_finite() && r.abs() < tiny && r != x)
}

/// Calls `classify` on each `(x, y, r)` of two broadcast operands and the
/// fresh C-ordered result `out`, and gathers the errors.
fn walk2<T: Element, R: Element>(
    a: &NdArray,
    b: &NdArray,
    out: &NdArray,
    classify: impl Fn(T, T, R) -> FpErrors,
) -> PyResult<FpErrors> {
    let data = out.buf.read();
    let results = typed::<R>(&data);
    // `map2` calls its function once per element, in the C order of the
    // result it builds, which is `out`'s order.
    let next = Cell::new(0usize);
    let flags = map2::<T, u8>(a, b, |x, y| {
        let i = next.get();
        next.set(i + 1);
        results.get(i).map_or(0, |&r| classify(x, y, r).bits())
    })?;
    Ok(gather(&flags))
}

/// [`walk2`] for a one-operand function.
fn walk1<T: Element, R: Element>(
    a: &NdArray,
    out: &NdArray,
    classify: impl Fn(T, R) -> FpErrors,
) -> PyResult<FpErrors> {
    let data = out.buf.read();
    let results = typed::<R>(&data);
    let next = Cell::new(0usize);
    let flags = map1::<T, u8>(a, |x| {
        let i = next.get();
        next.set(i + 1);
        results.get(i).map_or(0, |&r| classify(x, r).bits())
    })?;
    Ok(gather(&flags))
}

/// The union of a flags array.
fn gather(flags: &NdArray) -> FpErrors {
    let data = flags.buf.read();
    let bits = typed::<u8>(&data).iter().fold(0u8, |acc, &b| acc | b);
    FpErrors::from_bits(bits)
}

/// Whether a float result holds anything an error could have made: a
/// NaN, an infinity, or (when underflow is watched) a tiny value.
///
/// The scan is the cost every float operation pays while errors are
/// watched, so it runs over blocks without stopping early inside one (a
/// loop the compiler vectorises), and only stops between blocks.
fn suspicious<T: Arith>(out: &NdArray, watch: FpErrors) -> bool {
    const BLOCK: usize = 1024;
    let data = out.buf.read();
    let results = typed::<T>(&data);
    if watch.contains(FpErrors::UNDER) {
        let tiny = tiny(out.dtype);
        return results.chunks(BLOCK).any(|block| {
            block.iter().fold(false, |acc, r| {
                let r = r.f64();
                acc | !r.is_finite() | (r.abs() < tiny)
            })
        });
    }
    results.chunks(BLOCK).any(|block| {
        block
            .iter()
            .fold(false, |acc, r| acc | !r.f64().is_finite())
    })
}

fn float_errors<T: Arith>(
    op: Op,
    a: &NdArray,
    b: &NdArray,
    out: &NdArray,
    w: FpErrors,
) -> PyResult<FpErrors> {
    if !suspicious::<T>(out, w) {
        return Ok(FpErrors::NONE);
    }
    let tiny = tiny(out.dtype);
    walk2::<T, T>(a, b, out, |x, y, r| {
        float_binary(op, x.f64(), y.f64(), r.f64(), tiny)
    })
}

fn int_errors<T: Arith>(op: Op, a: &NdArray, b: &NdArray, out: &NdArray) -> PyResult<FpErrors> {
    if !matches!(op, Op::FloorDiv | Op::Mod) {
        return Ok(FpErrors::NONE);
    }
    walk2::<T, T>(a, b, out, |x, y, r| int_binary(op, x, y, r))
}

/// The errors among `watch` that `out = a op b` met; `a` and `b` are the
/// operands cast to the computing dtype and broadcast, `out` the fresh
/// result (`MemoryError` when the walk's flags do not fit).
pub fn binary_errors(
    op: Op,
    a: &NdArray,
    b: &NdArray,
    out: &NdArray,
    watch: FpErrors,
) -> PyResult<FpErrors> {
    if watch.is_empty() || out.dtype != a.dtype || out.size() == 0 {
        return Ok(FpErrors::NONE);
    }
    let found = match a.dtype {
        DType::Bool => FpErrors::NONE,
        DType::Float16 => float_errors::<half::f16>(op, a, b, out, watch)?,
        DType::Float32 => float_errors::<f32>(op, a, b, out, watch)?,
        DType::Float64 => float_errors::<f64>(op, a, b, out, watch)?,
        DType::Int8 => int_errors::<i8>(op, a, b, out)?,
        DType::Int16 => int_errors::<i16>(op, a, b, out)?,
        DType::Int32 => int_errors::<i32>(op, a, b, out)?,
        DType::Int64 => int_errors::<i64>(op, a, b, out)?,
        DType::UInt8 => int_errors::<u8>(op, a, b, out)?,
        DType::UInt16 => int_errors::<u16>(op, a, b, out)?,
        DType::UInt32 => int_errors::<u32>(op, a, b, out)?,
        DType::UInt64 => int_errors::<u64>(op, a, b, out)?,
    };
    Ok(found.intersection(watch))
}

fn float_fn_errors<T: Arith>(
    a: &NdArray,
    out: &NdArray,
    pole: bool,
    w: FpErrors,
) -> PyResult<FpErrors> {
    if !suspicious::<T>(out, w) {
        return Ok(FpErrors::NONE);
    }
    let tiny = tiny(out.dtype);
    walk1::<T, T>(a, out, |x, r| float_unary(pole, x.f64(), r.f64(), tiny))
}

/// The errors among `watch` that `out = f(a)` met for a float function
/// (`a` already in `out`'s dtype; `pole`: see [`float_unary`];
/// `MemoryError` when the walk's flags do not fit).
pub fn float_fn_errors_of(
    a: &NdArray,
    out: &NdArray,
    pole: bool,
    watch: FpErrors,
) -> PyResult<FpErrors> {
    if watch.is_empty() || out.dtype != a.dtype || out.size() == 0 {
        return Ok(FpErrors::NONE);
    }
    let found = match a.dtype {
        DType::Float16 => float_fn_errors::<half::f16>(a, out, pole, watch)?,
        DType::Float32 => float_fn_errors::<f32>(a, out, pole, watch)?,
        DType::Float64 => float_fn_errors::<f64>(a, out, pole, watch)?,
        _ => FpErrors::NONE,
    };
    Ok(found.intersection(watch))
}

/// An integer value, exactly.
fn wide(s: Scalar) -> i128 {
    match s {
        Scalar::Bool(b) => i128::from(b),
        Scalar::Int(i) => i128::from(i),
        Scalar::UInt(u) => i128::from(u),
        // Not reached for integer dtypes.
        Scalar::Float(f) => f as i128,
    }
}

/// Whether an exact integer value lies outside `dtype`'s range.
fn out_of_range(exact: Option<i128>, dtype: DType) -> bool {
    match (exact, dtype.int_range()) {
        (Some(v), Some((lo, hi))) => v < lo || v > hi,
        (None, _) => true,
        (Some(_), None) => false,
    }
}

/// Overflow of `a op b` on two NumPy integer scalars (0-d, of the
/// computing dtype), which NumPy's scalar math reports and arrays do not.
pub fn scalar_overflow(op: Op, a: &NdArray, b: &NdArray) -> FpErrors {
    if !matches!(a.dtype.kind(), Kind::Int | Kind::UInt) || a.size() != 1 || b.size() != 1 {
        return FpErrors::NONE;
    }
    let (x, y) = (wide(a.first()), wide(b.first()));
    let exact = match op {
        Op::Add => x.checked_add(y),
        Op::Sub => x.checked_sub(y),
        Op::Mul => x.checked_mul(y),
        _ => return FpErrors::NONE,
    };
    FpErrors::OVER.when(out_of_range(exact, a.dtype))
}

/// Overflow of `-a` or `abs(a)` on a NumPy integer scalar.
pub fn scalar_unary_overflow(op: Unary, a: &NdArray) -> FpErrors {
    if !a.scalar || !matches!(a.dtype.kind(), Kind::Int | Kind::UInt) {
        return FpErrors::NONE;
    }
    let x = wide(a.first());
    let exact = match op {
        Unary::Neg => -x,
        Unary::Abs => x.abs(),
        _ => return FpErrors::NONE,
    };
    FpErrors::OVER.when(out_of_range(Some(exact), a.dtype))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_division_errors() {
        let t = f64::MIN_POSITIVE;
        assert_eq!(
            float_binary(Op::TrueDiv, 1.0, 0.0, f64::INFINITY, t),
            FpErrors::DIVIDE
        );
        assert_eq!(
            float_binary(Op::TrueDiv, 0.0, 0.0, f64::NAN, t),
            FpErrors::INVALID
        );
        assert_eq!(
            float_binary(Op::Mul, 1e308, 10.0, f64::INFINITY, t),
            FpErrors::OVER
        );
        assert_eq!(
            float_binary(Op::Add, f64::NAN, 1.0, f64::NAN, t),
            FpErrors::NONE
        );
        assert_eq!(
            float_binary(Op::Mul, 1e-200, 1e-200, 0.0, t),
            FpErrors::UNDER
        );
        assert_eq!(
            float_binary(Op::Mul, 1e-310, 1.0, 1e-310, t),
            FpErrors::NONE
        );
        assert_eq!(
            float_binary(Op::TrueDiv, 1e-308, 10.0, 1e-309, t),
            FpErrors::UNDER
        );
    }

    #[test]
    fn integer_errors() {
        assert_eq!(int_binary::<i8>(Op::FloorDiv, 1, 0, 0), FpErrors::DIVIDE);
        assert_eq!(int_binary::<i8>(Op::Mod, 1, 0, 0), FpErrors::DIVIDE);
        assert_eq!(
            int_binary::<i8>(Op::FloorDiv, -128, -1, -128),
            FpErrors::OVER
        );
        assert_eq!(int_binary::<i8>(Op::FloorDiv, -7, -2, 3), FpErrors::NONE);
        assert_eq!(int_binary::<u8>(Op::Add, 255, 1, 0), FpErrors::NONE);
    }

    #[test]
    fn function_errors() {
        let t = f64::MIN_POSITIVE;
        assert_eq!(
            float_unary(true, 0.0, f64::NEG_INFINITY, t),
            FpErrors::DIVIDE
        );
        assert_eq!(float_unary(true, -1.0, f64::NAN, t), FpErrors::INVALID);
        assert_eq!(float_unary(false, 1000.0, f64::INFINITY, t), FpErrors::OVER);
        assert_eq!(float_unary(false, -1000.0, 0.0, t), FpErrors::UNDER);
        assert_eq!(
            float_unary(false, f64::INFINITY, f64::INFINITY, t),
            FpErrors::NONE
        );
    }
}
