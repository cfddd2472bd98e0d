//! Decimal digits of a float and CPython's layout of them.
//!
//! This is a port of the layout half of CPython's `format_float_short`
//! (Python/pystrtod.c, 3.11): the digits come from Rust's own float
//! formatting, which is exact (correctly rounded, ties to even on the exact
//! binary value), so the result matches CPython's `_Py_dg_dtoa` digit for
//! digit:
//!
//! * mode 0 (shortest round-trip digits) comes from `{:e}`,
//! * mode 2 (`n` significant digits) comes from `{:.*e}`,
//! * mode 3 (`n` digits after the point) comes from `{:.*}`.

/// How the digits of a finite float are chosen (the `mode` of `_Py_dg_dtoa`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// The shortest digit string that reads back as the same float.
    Shortest,
    /// This many significant digits (at least one), correctly rounded.
    Significant(usize),
    /// This many digits after the decimal point, correctly rounded.
    Fixed(usize),
}

/// The decimal digits of a float's magnitude: `0.d1d2d3... * 10**decpt`.
///
/// `digits` holds ASCII digits with no leading zero and no trailing zero,
/// except that zero (or a value rounded to zero) is `"0"` with `decpt == 1`,
/// as `_Py_dg_dtoa` reports it.
struct Decimal {
    digits: Vec<u8>,
    decpt: i64,
}

/// Splits Rust's `{:e}` output (`"1.2345e-7"`, `"5e0"`) into digits and
/// the decimal-point position.
fn from_exp_notation(s: &str) -> Decimal {
    let (mantissa, exp) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    normalize(digits, exp + 1)
}

/// Splits Rust's `{:.*}` output (`"123.4500"`) into digits and the
/// decimal-point position.
fn from_fixed_notation(s: &str) -> Decimal {
    let (int_part, frac_part) = s.split_once('.').unwrap_or((s, ""));
    let mut digits: Vec<u8> = Vec::with_capacity(int_part.len() + frac_part.len());
    digits.extend(int_part.bytes().filter(u8::is_ascii_digit));
    let decpt = digits.len() as i64;
    digits.extend(frac_part.bytes().filter(u8::is_ascii_digit));
    normalize(digits, decpt)
}

/// Strips leading and trailing zeros; an all-zero string becomes `"0"`
/// with the point after it.
fn normalize(mut digits: Vec<u8>, mut decpt: i64) -> Decimal {
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    if leading == digits.len() {
        return Decimal {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    digits.drain(..leading);
    decpt -= leading as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Decimal { digits, decpt }
}

/// The digits of `|x|` for a finite `x`, chosen by `mode`.
fn decimal_digits(x: f64, mode: Mode) -> Decimal {
    let x = x.abs();
    match mode {
        Mode::Shortest => {
            // Rust finds the shortest length, but when two strings of that
            // length read back as `x` it may pick the farther one, where
            // dtoa picks the nearest (ties to even): the correctly rounded
            // string of that length, whenever it reads back as `x`.
            let shortest = format!("{:e}", x);
            let n = shortest
                .bytes()
                .take_while(|&b| b != b'e')
                .filter(u8::is_ascii_digit)
                .count();
            let nearest = format!("{:.*e}", n.max(1) - 1, x);
            if nearest != shortest && nearest.parse::<f64>() == Ok(x) {
                from_exp_notation(&nearest)
            } else {
                from_exp_notation(&shortest)
            }
        }
        Mode::Significant(n) => from_exp_notation(&format!("{:.*e}", n.max(1) - 1, x)),
        Mode::Fixed(n) => from_fixed_notation(&format!("{:.*}", n, x)),
    }
}

/// Options of [`double_to_string`], CPython's `Py_DTSF_*` flags.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct DtoaFlags {
    /// `Py_DTSF_SIGN`: write `+` before a non-negative number.
    pub always_add_sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: write `.0` after an integral value shown
    /// without an exponent (and, for `'g'`, switch to an exponent one
    /// digit earlier).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` flag; keep trailing zeros in `'g'` and a
    /// trailing decimal point everywhere.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` flag; drop the sign of a result that
    /// rounds to zero.
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string`: formats `val` with `code` (one of
/// `e E f F g G r`) and `precision` (ignored for `'r'`).
///
/// `precision` must be small enough for the caller to afford the output
/// (CPython refuses anything above `i32::MAX` before calling it).
pub(crate) fn double_to_string(val: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let plain = !(flags.always_add_sign || flags.add_dot_0 || flags.alt || flags.no_neg_0);
    if code == 'f' && plain && val.is_finite() {
        // `%.Nf` with no flags is Rust's fixed formatting as it stands
        // (correctly rounded, ties to even, the sign of -0.0 kept): the
        // layout below would take it apart and put it back unchanged.
        return format!("{val:.precision$}");
    }
    laid_out(val, code, precision, flags)
}

/// [`double_to_string`] by way of the digits and CPython's layout rules.
fn laid_out(val: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();

    if !val.is_finite() {
        let mut out = String::with_capacity(4);
        if val.is_nan() {
            // The sign of a nan is ignored.
            if flags.always_add_sign {
                out.push('+');
            }
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if val < 0.0 {
                out.push('-');
            } else if flags.always_add_sign {
                out.push('+');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return out;
    }

    // The mode and the (adjusted) precision, as PyOS_double_to_string
    // passes them to format_float_short.
    let (mode, precision) = match code {
        'e' => {
            let p = precision.saturating_add(1);
            (Mode::Significant(p), p)
        }
        'f' => (Mode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (Mode::Significant(p), p)
        }
        _ => (Mode::Shortest, 0),
    };
    let precision = precision as i64;

    let Decimal { digits, decpt } = decimal_digits(val, mode);
    let mut decpt = decpt;
    let digits_len = digits.len() as i64;
    let mut negative = val.is_sign_negative();
    if flags.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }

    // Which slice of the infinite zero-padded digit string to show, and
    // whether to use an exponent.
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r': switch to an exponent at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let capacity = (vdigits_end - vdigits_start).max(0) as usize + 8;
    let mut out: Vec<u8> = Vec::with_capacity(capacity);
    if negative {
        out.push(b'-');
    } else if flags.always_add_sign {
        out.push(b'+');
    }

    let zeros = |out: &mut Vec<u8>, n: i64| {
        if n > 0 {
            out.resize(out.len() + n as usize, b'0');
        }
    };

    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push(b'.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }

    // The digits, with the decimal point if it falls among them.
    if 0 < decpt && decpt <= digits_len {
        let d = decpt as usize;
        out.extend_from_slice(&digits[..d]);
        out.push(b'.');
        out.extend_from_slice(&digits[d..]);
    } else {
        out.extend_from_slice(&digits);
    }

    // Zeros on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push(b'.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }

    // Drop a trailing decimal point unless '#' asked for it.
    if out.last() == Some(&b'.') && !flags.alt {
        out.pop();
    }

    let mut text = String::from_utf8(out).unwrap_or_default();
    if use_exp {
        text.push(if upper { 'E' } else { 'e' });
        text.push(if exp < 0 { '-' } else { '+' });
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            text.push('0');
        }
        text.push_str(&magnitude.to_string());
    }
    text
}

/// Python's `repr(x)` (and `str(x)`) of a float: the shortest digits that
/// read back as `x`, in fixed notation when the decimal exponent is in
/// `-4 <= exp < 16` (always with a fractional part, as in `100.0`), else in
/// scientific notation with a signed exponent of at least two digits
/// (`1e+16`, `1e-05`); `inf`, `-inf` and `nan` for the special values.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (100.0, "100.0"),
            (-2.5, "-2.5"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e300, "1.5e+300"),
            (1.5e-300, "1.5e-300"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (123456789.125, "123456789.125"),
            // Two 17-digit strings read back as this value; dtoa takes the
            // nearer one (here a tie, broken to even).
            (-2055416301901691.0 - 0.25, "-2055416301901691.2"),
            (83885738396982.0 + 0.125, "83885738396982.12"),
            (1.0 / 3.0, "0.3333333333333333"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
    }

    #[test]
    fn fixed_and_exponent_rounding_is_correct() {
        let plain = DtoaFlags::default();
        assert_eq!(double_to_string(0.5, 'f', 0, plain), "0");
        assert_eq!(double_to_string(1.5, 'f', 0, plain), "2");
        assert_eq!(double_to_string(2.5, 'f', 0, plain), "2");
        assert_eq!(double_to_string(0.125, 'f', 2, plain), "0.12");
        assert_eq!(double_to_string(0.375, 'f', 2, plain), "0.38");
        assert_eq!(double_to_string(0.125, 'e', 1, plain), "1.2e-01");
        assert_eq!(
            double_to_string(1e22, 'f', 0, plain),
            "10000000000000000000000"
        );
        assert_eq!(double_to_string(9.995, 'f', 2, plain), "9.99");
        assert_eq!(double_to_string(9.9999, 'e', 2, plain), "1.00e+01");
        assert_eq!(double_to_string(123456.0, 'g', 3, plain), "1.23e+05");
        assert_eq!(double_to_string(0.0001, 'g', 6, plain), "0.0001");
        assert_eq!(double_to_string(0.00001, 'G', 6, plain), "1E-05");
    }

    #[test]
    fn plain_fixed_shortcut_matches_the_layout() {
        let plain = DtoaFlags::default();
        let mut bits: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut values = vec![
            0.0, -0.0, 0.5, -0.5, 2.5, 0.125, -0.001, 9.995, 1e22, 1e300, 5e-324,
        ];
        for _ in 0..4000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            let x = f64::from_bits(bits);
            if x.is_finite() {
                values.push(x);
                // Also values of an everyday magnitude.
                values.push((x.to_bits() % 2_000_000) as f64 / 997.0 - 1000.0);
            }
        }
        for &x in &values {
            for precision in [0, 1, 2, 3, 6, 10, 17, 25] {
                assert_eq!(
                    double_to_string(x, 'f', precision, plain),
                    laid_out(x, 'f', precision, plain),
                    "%.{precision}f of {x:e}"
                );
            }
        }
    }
}
