//! The format-spec mini-language of `format()`, `str.format` and f-strings.
//!
//! A port of CPython 3.11's Python/formatter_unicode.c: the parser
//! (`parse_internal_render_format_spec`), the number layout
//! (`calc_number_widths`, `fill_number`, `_PyUnicode_InsertThousandsGrouping`)
//! and the three renderers for `int`, `float` and `str`. Locale-dependent
//! `'n'` behaves as in the C locale (no grouping, `.` as decimal point),
//! which is what CPython does unless a script calls `locale.setlocale`.

use super::float_repr::{double_to_string, DtoaFlags};
use super::{check_field_size, unicode_decimal_value, IntArg};

/// Where the value goes inside the field (`<`, `>`, `^` or `=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`: left-aligned, padding after the value.
    Left,
    /// `>`: right-aligned, padding before the value.
    Right,
    /// `^`: centred; an odd padding puts the extra fill character after.
    Center,
    /// `=`: padding between the sign (and `0x`-style prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The sign option of a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-`: a sign only for negative numbers (the default behaviour).
    Minus,
    /// `+`: a sign for every number.
    Plus,
    /// ` `: a space before non-negative numbers, `-` before negative ones.
    Space,
}

/// A parsed format spec:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Fields hold what the spec says; defaults that depend on the value's type
/// (the default alignment, what the `0` flag implies) are applied by the
/// renderers ([`format_int`], [`format_float`], [`format_str`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when one was written before the alignment.
    pub fill: Option<char>,
    /// The alignment, when one was written.
    pub align: Option<Align>,
    /// The sign option, when one was written.
    pub sign: Option<Sign>,
    /// `z`: coerce a negative zero result to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: the alternate form (`0x` prefixes, a decimal point kept).
    pub alternate: bool,
    /// `0` before the width: zero padding (fill `0`; `=` alignment for
    /// numbers unless an alignment was written).
    pub zero: bool,
    /// The minimum field width, in code points.
    pub width: Option<usize>,
    /// The grouping option, `,` or `_`.
    pub grouping: Option<char>,
    /// The precision (digits for floats, maximum length for strings).
    pub precision: Option<usize>,
    /// The presentation type (any single character; renderers reject the
    /// ones they do not know).
    pub ty: Option<char>,
}

/// How digits are grouped: group size and separator.
type Grouping = Option<(usize, char)>;

/// CPython's `get_integer`: reads a run of (Unicode) decimal digits.
/// Returns the number of digits read and their value.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), String> {
    let mut value: usize = 0;
    let mut count = 0;
    while let Some(&c) = chars.get(*pos) {
        let Some(d) = unicode_decimal_value(c) else {
            break;
        };
        let d = d as usize;
        // CPython caps at PY_SSIZE_T_MAX.
        if value > (isize::MAX as usize - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        value = value * 10 + d;
        count += 1;
        *pos += 1;
    }
    Ok((count, value))
}

/// The message for a presentation type a type does not support.
pub(crate) fn unknown_presentation_type(ty: char, type_name: &str) -> String {
    let code = ty as u32;
    if code > 32 && code < 128 {
        format!("Unknown format code '{ty}' for object of type '{type_name}'")
    } else {
        format!("Unknown format code '\\x{code:x}' for object of type '{type_name}'")
    }
}

fn invalid_thousands_separator_type(sep: char, ty: char) -> String {
    let code = ty as u32;
    if code > 32 && code < 128 {
        format!("Cannot specify '{sep}' with '{ty}'.")
    } else {
        format!("Cannot specify '{sep}' with '\\x{code:x}'.")
    }
}

/// Parses a format spec, with CPython's messages for the errors that do
/// not depend on the value's type.
///
/// The one message that names a type ("Invalid format specifier 'abc' for
/// object of type 'int'") is given here without the type part; use
/// [`parse_for`] to get CPython's exact text.
pub fn parse(spec: &str) -> Result<FormatSpec, String> {
    parse_impl(spec, None)
}

/// Parses a format spec for a value whose Python type is called
/// `type_name` (`"int"`, `"float"`, `"str"`, or a subclass's name); the
/// messages are CPython 3.11's, word for word.
///
/// Every error is a `ValueError` in CPython.
pub fn parse_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    parse_impl(spec, Some(type_name))
}

fn parse_impl(spec: &str, type_name: Option<&str>) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();

    // [[fill]align]
    if end >= 2 {
        if let Some(align) = Align::from_char(chars[1]) {
            out.fill = Some(chars[0]);
            out.align = Some(align);
            pos = 2;
        }
    }
    if pos == 0 && end >= 1 {
        if let Some(align) = Align::from_char(chars[0]) {
            out.align = Some(align);
            pos = 1;
        }
    }

    // [sign]
    match chars.get(pos) {
        Some('+') => out.sign = Some(Sign::Plus),
        Some('-') => out.sign = Some(Sign::Minus),
        Some(' ') => out.sign = Some(Sign::Space),
        _ => {}
    }
    if out.sign.is_some() {
        pos += 1;
    }

    // [z]
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }

    // [#]
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }

    // [0]: only when no fill character was given.
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero = true;
        pos += 1;
    }

    // [width]
    let (count, width) = get_integer(&chars, &mut pos)?;
    if count > 0 {
        out.width = Some(width);
    }

    // [grouping]
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }

    // [.precision]
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        let (count, precision) = get_integer(&chars, &mut pos)?;
        if count == 0 {
            return Err("Format specifier missing precision".to_string());
        }
        out.precision = Some(precision);
    }

    // [type]
    if end - pos > 1 {
        return Err(match type_name {
            Some(name) => {
                format!("Invalid format specifier '{spec}' for object of type '{name}'")
            }
            None => format!("Invalid format specifier '{spec}'"),
        });
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }

    // Grouping is allowed with these types only (PEP 378, PEP 515). A
    // missing type is allowed here; format_str rejects it for strings,
    // whose default type is 's'.
    if let Some(sep) = out.grouping {
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(ty) => return Err(invalid_thousands_separator_type(sep, ty)),
        }
    }
    Ok(out)
}

impl FormatSpec {
    /// The spec parsed from `spec` (see [`parse`]).
    pub fn parse(spec: &str) -> Result<FormatSpec, String> {
        parse(spec)
    }

    /// The fill character in effect: the written one, else `0` after the
    /// `0` flag, else a space.
    fn effective_fill(&self) -> char {
        match self.fill {
            Some(c) => c,
            None if self.zero => '0',
            None => ' ',
        }
    }

    /// The alignment in effect for a type whose default is `default`.
    fn effective_align(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }

    /// The width as CPython's signed field width (-1: none).
    fn width_i64(&self) -> i64 {
        self.width.map_or(-1, |w| w as i64)
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII, most
/// significant first) and pads them on the left with zeros up to
/// `min_width` characters, zeros grouped too.
fn group_digits(digits: &[u8], min_width: i64, grouping: Grouping) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut digits_pos = digits.len();
    // Built right to left, reversed at the end.
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + digits.len() / 3 + 1);
    let mut use_separator = false;

    let mut emit = |rev: &mut Vec<char>, n_chars: i64, n_zeros: i64, sep: Option<char>| {
        if let Some(sep) = sep {
            rev.push(sep);
        }
        for _ in 0..n_chars {
            digits_pos -= 1;
            rev.push(digits[digits_pos] as char);
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };

    let mut loop_broken = false;
    if let Some((size, sep)) = grouping {
        let size = size as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, n_chars, n_zeros, use_separator.then_some(sep));
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = match grouping {
            Some((_, sep)) if use_separator => Some(sep),
            _ => None,
        };
        emit(&mut rev, n_chars, n_zeros, sep);
    }
    rev.iter().rev().collect()
}

/// The pieces of a formatted number, as `calc_number_widths` sees them.
struct NumberParts<'a> {
    /// Whether the number is negative (its `-` is not in `digits`).
    negative: bool,
    /// `0x`-style prefix (already in the right case).
    prefix: &'a str,
    /// The integer digits, which get grouped and zero-padded.
    digits: &'a str,
    /// Whether a decimal point follows the digits.
    has_decimal: bool,
    /// Everything after the decimal point (or after the digits when there
    /// is none): fraction, exponent, `%`, or the `c` character.
    remainder: &'a str,
}

/// `calc_number_widths` + `fill_number`: lays out a number in its field.
fn fill_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    grouping: Grouping,
) -> Result<String, String> {
    check_field_size(spec.width)?;
    let fill = spec.effective_fill();
    let align = spec.effective_align(Align::Right);
    let width = spec.width_i64();

    let sign = match spec.sign {
        Some(Sign::Plus) => Some(if parts.negative { '-' } else { '+' }),
        Some(Sign::Space) => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_decimal = i64::from(parts.has_decimal);
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit_non_padding = n_sign + n_prefix + n_decimal + n_remainder;

    let min_width = if fill == '0' && align == Align::AfterSign {
        width - n_non_digit_non_padding
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits.as_bytes(), min_width, grouping)
    };
    let n_grouped = grouped.chars().count() as i64;

    let n_padding = width - (n_non_digit_non_padding + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }

    let total = lpad + spad + rpad + n_non_digit_non_padding + n_grouped;
    let mut out = String::with_capacity(total.max(0) as usize);
    push_fill(&mut out, fill, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, fill, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, fill, rpad);
    Ok(out)
}

pub(crate) fn push_fill(out: &mut String, fill: char, count: i64) {
    for _ in 0..count.max(0) {
        out.push(fill);
    }
}

/// `format(value, spec)` for an `int` (CPython's `int.__format__`).
///
/// Types `b c d o x X n` and none format the integer; `e E f F g G %`
/// convert it to a float first (correctly rounded, an `OverflowError`
/// "int too large to convert to float" when it does not fit). Errors are
/// CPython's messages; see [`super::error_kind`] for their exception class.
pub fn format_int<'a>(value: impl Into<IntArg<'a>>, spec: &FormatSpec) -> Result<String, String> {
    format_int_for(value, spec, "int")
}

/// [`format_int`] for a value whose type is called `type_name` (an `int`
/// subclass such as `bool`), which appears in "Unknown format code"
/// messages.
pub fn format_int_for<'a>(
    value: impl Into<IntArg<'a>>,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, String> {
    format_int_arg(value.into(), spec, type_name)
}

fn format_int_arg(value: IntArg<'_>, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(value, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = value
                .to_f64()
                .ok_or_else(|| "int too large to convert to float".to_string())?;
            format_float_internal(x, spec)
        }
        _ => Err(unknown_presentation_type(ty, type_name)),
    }
}

fn format_long_internal(value: IntArg<'_>, spec: &FormatSpec, ty: char) -> Result<String, String> {
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }

    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let c = int_to_char(value)?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: c.encode_utf8(&mut buf),
        };
        return fill_number(&parts, spec, None);
    }

    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude_digits(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = match (ty, spec.grouping) {
        // 'n' uses the locale's grouping: none in the C locale.
        ('n', _) | (_, None) => None,
        ('b' | 'o' | 'x' | 'X', Some(sep)) => Some((4, sep)),
        (_, Some(sep)) => Some((3, sep)),
    };
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    fill_number(&parts, spec, grouping)
}

/// The character with code point `value`, as `format(n, 'c')` takes it;
/// CPython's `OverflowError` messages when out of range.
pub(crate) fn int_to_char(value: IntArg<'_>) -> Result<char, String> {
    let Some(x) = value.to_i64() else {
        return Err("Python int too large to convert to C long".to_string());
    };
    if !(0..=0x10ffff).contains(&x) {
        return Err("%c arg not in range(0x110000)".to_string());
    }
    char::from_u32(x as u32).ok_or_else(|| {
        format!("%c arg {x:#x} is a lone surrogate, which taipan strings cannot hold")
    })
}

/// `format(value, spec)` for a `float` (CPython's `float.__format__`).
///
/// Types `e E f F g G n %` and none (like `repr`, or with a precision like
/// `g` that keeps at least one fractional digit). Errors are CPython's
/// `ValueError` messages.
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_for(value, spec, "float")
}

/// [`format_float`] for a value whose type is called `type_name` (a
/// `float` subclass), which appears in "Unknown format code" messages.
pub fn format_float_for(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(value, spec)
        }
        Some(ty) => Err(unknown_presentation_type(ty, type_name)),
    }
}

/// `format_float_internal` of formatter_unicode.c.
fn format_float_internal(value: f64, spec: &FormatSpec) -> Result<String, String> {
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => return Err("precision too big".to_string()),
        p => p,
    };
    check_field_size(precision)?;
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut ty = spec.ty.unwrap_or('\0');
    let mut default_precision = 6;
    if ty == '\0' {
        // Like repr without a precision, else like 'g' keeping a '.0'.
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut value = value;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        value *= 100.0;
        add_pct = true;
    }
    let precision = match precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };

    let mut buf = double_to_string(value, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }

    // Split off the sign, the integer digits, the decimal point and the rest.
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = match (spec.ty, spec.grouping) {
        (Some('n'), _) | (_, None) => None,
        (_, Some(sep)) => Some((3, sep)),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    fill_number(&parts, spec, grouping)
}

/// `format(value, spec)` for a `str` (CPython's `str.__format__`): type `s`
/// or none, precision truncates, width counts code points, left-aligned by
/// default. Errors are CPython's `ValueError` messages.
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, String> {
    format_str_for(value, spec, "str")
}

/// [`format_str`] for a value whose type is called `type_name` (a `str`
/// subclass), which appears in "Unknown format code" messages.
pub fn format_str_for(value: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    // The parser checked grouping against an explicit type only; a
    // string's default type is 's'.
    if let (Some(sep), None) = (spec.grouping, spec.ty) {
        return Err(invalid_thousands_separator_type(sep, 's'));
    }
    match spec.ty {
        None | Some('s') => {}
        Some(ty) => return Err(unknown_presentation_type(ty, type_name)),
    }
    match spec.sign {
        Some(Sign::Space) => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let align = spec.effective_align(Align::Left);
    if align == Align::AfterSign {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }

    check_field_size(spec.width)?;
    let len = value.chars().count();
    let shown = match spec.precision {
        Some(p) if p < len => p,
        _ => len,
    };
    let width = spec.width.unwrap_or(0);
    if width <= shown && shown == len {
        return Ok(value.to_string());
    }
    let text: &str = match value.char_indices().nth(shown) {
        Some((byte, _)) => &value[..byte],
        None => value,
    };
    let total = width.max(shown);
    let padding = (total - shown) as i64;
    let lpad = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        _ => 0,
    };
    let fill = spec.effective_fill();
    let mut out = String::with_capacity(text.len() + padding as usize);
    push_fill(&mut out, fill, lpad);
    out.push_str(text);
    push_fill(&mut out, fill, padding - lpad);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn fmt_int(v: i64, spec: &str) -> Result<String, String> {
        format_int(&BigInt::from(v), &parse_for(spec, "int")?)
    }
    fn fmt_float(v: f64, spec: &str) -> Result<String, String> {
        format_float(v, &parse_for(spec, "float")?)
    }
    fn fmt_str(v: &str, spec: &str) -> Result<String, String> {
        format_str(v, &parse_for(spec, "str")?)
    }

    #[test]
    fn parses_every_field() {
        let s = parse("*^+z#012_.3f").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.sign, Some(Sign::Plus));
        assert!(s.no_neg_zero && s.alternate);
        // With a fill character, '0' is part of the width, not a flag.
        assert!(!s.zero);
        assert_eq!(s.width, Some(12));
        assert!(parse("012").unwrap().zero);
        assert_eq!(s.grouping, Some('_'));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        assert_eq!(parse("").unwrap(), FormatSpec::default());
        // A fill that is itself an alignment character; Unicode digits.
        assert_eq!(parse("<<5").unwrap().fill, Some('<'));
        assert_eq!(parse("\u{665}").unwrap().width, Some(5));
    }

    #[test]
    fn parse_errors() {
        let err = |s: &str| parse_for(s, "int").unwrap_err();
        assert_eq!(
            err("abc"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(parse("abc").unwrap_err(), "Invalid format specifier 'abc'");
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(err(",x"), "Cannot specify ',' with 'x'.");
        assert_eq!(err("_n"), "Cannot specify '_' with 'n'.");
        assert_eq!(err(",\u{e9}"), "Cannot specify ',' with '\\xe9'.");
        assert_eq!(
            err("99999999999999999999"),
            "Too many decimal digits in format string"
        );
    }

    #[test]
    fn ints() {
        assert_eq!(fmt_int(1234567, ",").unwrap(), "1,234,567");
        assert_eq!(fmt_int(-1234567, "_").unwrap(), "-1_234_567");
        assert_eq!(fmt_int(0xdeadbeef, "_x").unwrap(), "dead_beef");
        assert_eq!(fmt_int(255, "#X").unwrap(), "0XFF");
        assert_eq!(fmt_int(-255, "#010x").unwrap(), "-0x00000ff");
        assert_eq!(fmt_int(1234, "08,").unwrap(), "0,001,234");
        assert_eq!(fmt_int(1234, "010,").unwrap(), "00,001,234");
        assert_eq!(fmt_int(42, "*^+8").unwrap(), "**+42***");
        assert_eq!(fmt_int(42, " ").unwrap(), " 42");
        assert_eq!(fmt_int(65, "05c").unwrap(), "0000A");
        assert_eq!(fmt_int(5, "b").unwrap(), "101");
        assert_eq!(fmt_int(1, "%").unwrap(), "100.000000%");
        assert_eq!(fmt_int(-3, "=5").unwrap(), "-   3");
        assert_eq!(
            fmt_int(1, ".2").unwrap_err(),
            "Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fmt_int(1, "z").unwrap_err(),
            "Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fmt_int(-1, "c").unwrap_err(),
            "%c arg not in range(0x110000)"
        );
        assert_eq!(
            fmt_int(1, "y").unwrap_err(),
            "Unknown format code 'y' for object of type 'int'"
        );
        assert_eq!(
            fmt_int(1, "\u{1}").unwrap_err(),
            "Unknown format code '\\x1' for object of type 'int'"
        );
        let big = BigInt::from(2).pow(1100u32);
        assert_eq!(
            format_int(&big, &parse("e").unwrap()).unwrap_err(),
            "int too large to convert to float"
        );
    }

    #[test]
    fn floats() {
        assert_eq!(fmt_float(-0.0, "z").unwrap(), "0.0");
        assert_eq!(fmt_float(-0.0001, "z.2f").unwrap(), "0.00");
        assert_eq!(fmt_float(f64::NEG_INFINITY, "z").unwrap(), "-inf");
        assert_eq!(fmt_float(1e20, "#").unwrap(), "1.e+20");
        assert_eq!(fmt_float(100.0, ".3").unwrap(), "1e+02");
        assert_eq!(fmt_float(10.0, ".3").unwrap(), "10.0");
        assert_eq!(fmt_float(f64::INFINITY, "010").unwrap(), "0000000inf");
        assert_eq!(fmt_float(f64::NAN, "F").unwrap(), "NAN");
        assert_eq!(fmt_float(1234567.891, ",.2f").unwrap(), "1,234,567.89");
        assert_eq!(fmt_float(0.5, ".1%").unwrap(), "50.0%");
        assert_eq!(fmt_float(1.5, "+08.2e").unwrap(), "+1.50e+00");
        assert_eq!(fmt_float(1.0, "g").unwrap(), "1");
        assert_eq!(fmt_float(1.0, "#g").unwrap(), "1.00000");
        assert_eq!(fmt_float(1e-5, "").unwrap(), "1e-05");
        assert_eq!(
            fmt_float(1.0, "d").unwrap_err(),
            "Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            fmt_float(1.0, ".3000000000f").unwrap_err(),
            "precision too big"
        );
    }

    #[test]
    fn strings() {
        assert_eq!(fmt_str("ab", "05").unwrap(), "ab000");
        assert_eq!(fmt_str("ab", "^5").unwrap(), " ab  ");
        assert_eq!(fmt_str("abcdef", ".3").unwrap(), "abc");
        assert_eq!(fmt_str("h\u{e9}llo", "x>7.2s").unwrap(), "xxxxxh\u{e9}");
        assert_eq!(
            fmt_str("a", ",").unwrap_err(),
            "Cannot specify ',' with 's'."
        );
        assert_eq!(
            fmt_str("a", "+").unwrap_err(),
            "Sign not allowed in string format specifier"
        );
        assert_eq!(
            fmt_str("a", " ").unwrap_err(),
            "Space not allowed in string format specifier"
        );
        assert_eq!(
            fmt_str("a", "=").unwrap_err(),
            "'=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fmt_str("a", "d").unwrap_err(),
            "Unknown format code 'd' for object of type 'str'"
        );
    }
}
