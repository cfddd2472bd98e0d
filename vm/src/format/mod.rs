//! Text formatting of numbers and strings, exactly as CPython 3.11 does it.
//!
//! Pure functions with no dependency on the rest of the VM:
//!
//! * [`float_repr`]: `repr(float)` / `str(float)`.
//! * The format-spec mini-language of `format()`, `str.format` and
//!   f-strings: [`parse_for`] (or [`parse`]) gives a [`FormatSpec`], which
//!   [`format_int`], [`format_float`] and [`format_str`] render.
//! * printf-style `%` formatting: [`printf_parse`] (or the lazy
//!   [`printf_pieces`]) splits a format string into [`PrintfPiece`]s; the VM
//!   fetches the arguments (resolving `*` with [`PrintfSpec::resolve_stars`])
//!   and renders each spec with [`printf_int`], [`printf_float`] or
//!   [`printf_str`].
//! * [`int_to_base_string`] for `hex()`, `oct()` and `bin()`.
//!
//! Errors are `String`s holding CPython's message; [`error_kind`] says which
//! exception class CPython raises with each (most are `ValueError`).
//!
//! Notes for callers:
//!
//! * An empty spec means `str(value)` in CPython, before any of this: for
//!   exact `int`, `float` and `str` the renderers give that result, but
//!   `format(True, '')` is `'True'` (while `format(True, 'd')` is `'1'`),
//!   so a subclass with an empty spec should go through `str()`.
//! * The `*_for` variants take the Python type name for the messages that
//!   name it (a subclass, `bool`); the plain ones say `int`, `float`,
//!   `str`.
//!
//! Not covered here:
//!
//! * lone surrogates: `format(0xd800, 'c')` and `"%c" % 0xd800` give a
//!   `ValueError` message, as a Rust string cannot hold the result;
//! * `sys.set_int_max_str_digits`: CPython refuses to write decimal ints
//!   of more than 4300 digits by default; that limit is the VM's to apply
//!   to `str(int)` and `format(int)` alike;
//! * locales other than "C" for the `n` type;
//! * fields wider than [`MAX_FIELD`]: a `MemoryError` message here, where
//!   CPython would try to allocate them.

mod float_repr;
mod printf;
mod spec;

pub use float_repr::float_repr;
pub use printf::{
    printf_float, printf_int, printf_parse, printf_pieces, printf_str, PrintfCount, PrintfPiece,
    PrintfPieces, PrintfSpec,
};
pub use spec::{
    format_float, format_float_for, format_int, format_int_for, format_str, format_str_for, parse,
    parse_for, Align, FormatSpec, Sign,
};

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// The Python exception class that CPython raises with an error message
/// returned by this module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`: a bad format spec or format string (most errors).
    ValueError,
    /// `OverflowError`: a number that does not fit where it must go
    /// (`%c` out of range, an int too large for a float, a huge `*`).
    OverflowError,
    /// `TypeError`: a `%` conversion given the wrong kind of value.
    TypeError,
    /// `MemoryError`: a field wider (or a precision larger) than
    /// [`MAX_FIELD`]; CPython would try to build it.
    MemoryError,
}

/// The widest field, and the largest precision that pads with zeros, that
/// this module builds (2**28 code points); beyond it the renderers return
/// a `MemoryError` message instead of trying to allocate gigabytes, as a
/// user-written format string could ask.
pub const MAX_FIELD: usize = 1 << 28;

const FIELD_TOO_LARGE: &str = "format field too large";

/// Refuses a width or precision above [`MAX_FIELD`].
pub(crate) fn check_field_size(n: Option<usize>) -> Result<(), String> {
    match n {
        Some(n) if n > MAX_FIELD => Err(format!(
            "{FIELD_TOO_LARGE}: {n} characters (taipan's limit is {MAX_FIELD})"
        )),
        _ => Ok(()),
    }
}

/// Which exception class CPython raises with `message`, an error returned
/// by any function of this module.
pub fn error_kind(message: &str) -> ErrorKind {
    const OVERFLOW: &[&str] = &[
        "int too large to convert to float",
        "%c arg not in range(0x110000)",
        "Python int too large to convert to C long",
        "Python int too large to convert to C int",
        "Python int too large to convert to C ssize_t",
        "cannot convert float infinity to integer",
        "precision too large",
    ];
    if message.starts_with(FIELD_TOO_LARGE) {
        ErrorKind::MemoryError
    } else if OVERFLOW.contains(&message) {
        ErrorKind::OverflowError
    } else if message == "%c requires int or char"
        || message.contains(" format: an integer is required, not ")
        || message.contains(" format: a real number is required, not ")
        || message.starts_with("must be real number, not ")
    {
        ErrorKind::TypeError
    } else {
        ErrorKind::ValueError
    }
}

/// An int for the renderers: a machine word or a big one. Nearly every int
/// a script formats is a machine word, and its digits are written directly
/// (building a `BigInt` first cost more than the rest of the formatting).
#[derive(Clone, Copy, Debug)]
pub enum IntArg<'a> {
    /// An int that fits in 64 bits.
    Word(i64),
    /// Any int.
    Big(&'a BigInt),
}

impl From<i64> for IntArg<'_> {
    fn from(value: i64) -> Self {
        IntArg::Word(value)
    }
}

impl<'a> From<&'a BigInt> for IntArg<'a> {
    fn from(value: &'a BigInt) -> Self {
        IntArg::Big(value)
    }
}

impl std::fmt::Display for IntArg<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IntArg::Word(v) => v.fmt(f),
            IntArg::Big(b) => b.fmt(f),
        }
    }
}

impl IntArg<'_> {
    /// Whether the int is below zero.
    pub(crate) fn is_negative(self) -> bool {
        match self {
            IntArg::Word(v) => v < 0,
            IntArg::Big(b) => b.is_negative(),
        }
    }

    /// The digits of the absolute value in `base` (2 to 36), lowercase.
    pub(crate) fn magnitude_digits(self, base: u32) -> String {
        match self {
            IntArg::Word(v) => {
                let m = v.unsigned_abs();
                match base {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    10 => m.to_string(),
                    _ => num_bigint::BigUint::from(m).to_str_radix(base),
                }
            }
            IntArg::Big(b) => b.magnitude().to_str_radix(base),
        }
    }

    /// The value, when it fits in 64 bits.
    pub(crate) fn to_i64(self) -> Option<i64> {
        match self {
            IntArg::Word(v) => Some(v),
            IntArg::Big(b) => b.to_i64(),
        }
    }

    /// `float(value)`, correctly rounded; None when it overflows.
    pub(crate) fn to_f64(self) -> Option<f64> {
        match self {
            IntArg::Word(v) => bigint_to_f64(&BigInt::from(v)),
            IntArg::Big(b) => bigint_to_f64(b),
        }
    }
}

/// `value` written in `base` (2 to 36, lowercase digits), with the `0b`,
/// `0o` or `0x` prefix after the sign when `prefix` is set and the base is
/// 2, 8 or 16: `int_to_base_string(-31, 16, true)` is `-0x1f`, as `hex()`
/// writes it. A base outside 2..=36 is treated as 10.
pub fn int_to_base_string<'a>(value: impl Into<IntArg<'a>>, base: u32, prefix: bool) -> String {
    let value = value.into();
    let base = if (2..=36).contains(&base) { base } else { 10 };
    let digits = value.magnitude_digits(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if value.is_negative() {
        out.push('-');
    }
    if prefix {
        match base {
            2 => out.push_str("0b"),
            8 => out.push_str("0o"),
            16 => out.push_str("0x"),
            _ => {}
        }
    }
    out.push_str(&digits);
    out
}

/// `float(value)` for an int: correctly rounded (ties to even), `None`
/// when the result would overflow (CPython's "int too large to convert to
/// float").
pub(crate) fn bigint_to_f64(value: &BigInt) -> Option<f64> {
    let magnitude = value.magnitude();
    let bits = magnitude.bits();
    let result = if bits <= 64 {
        magnitude.to_u64()? as f64
    } else {
        // Keep the top 64 bits plus a sticky bit for everything below:
        // rounding those to 53 bits rounds the whole number correctly.
        let shift = bits - 64;
        let mut top = (magnitude >> shift).to_u64()?;
        if magnitude.trailing_zeros().is_some_and(|tz| tz < shift) {
            top |= 1;
        }
        if shift > 1023 {
            return None;
        }
        let scale = f64::from_bits((shift + 1023) << 52);
        top as f64 * scale
    };
    if result.is_infinite() {
        return None;
    }
    Some(if value.is_negative() && !result.is_zero() {
        -result
    } else {
        result
    })
}

/// The decimal value of `c` if it is a Unicode decimal digit (category Nd,
/// Unicode 14.0 as in CPython 3.11), as `Py_UNICODE_TODECIMAL` reads it.
pub(crate) fn unicode_decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    // The zero of every run of ten Nd digits (each run is 0..=9 in order).
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
        0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
        0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
        0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
    ];
    let code = c as u32;
    let i = ZEROS.partition_point(|&z| z <= code);
    let zero = *ZEROS.get(i.checked_sub(1)?)?;
    (code - zero < 10).then_some(code - zero)
}

#[cfg(test)]
pub(crate) mod tests;
