//! printf-style `%` formatting (`"%5.2f" % x`), a port of CPython 3.11's
//! `PyUnicode_Format` (Objects/unicodeobject.c).
//!
//! The work is split so that this module never sees a Python object:
//!
//! 1. [`printf_parse`] (or the lazy [`printf_pieces`]) splits the format
//!    string into literal text and [`PrintfSpec`]s.
//! 2. For each spec the VM fetches, in this order: the `*` width argument,
//!    the `*` precision argument, then the value (from the tuple, or from
//!    the mapping by [`PrintfSpec::key`]), and calls
//!    [`PrintfSpec::resolve_stars`] when the spec has a `*`.
//! 3. The VM renders the value: [`printf_int`] for an `int` (`bool` too,
//!    except for `%s`/`%r`/`%a`, whose text is `True`/`False`),
//!    [`printf_float`] for a `float`, [`printf_str`] for a `str`. For `%s`,
//!    `%r` and `%a` of any other object the VM computes `str()`, `repr()`
//!    or `ascii()` and passes the text to [`printf_str`]. For numeric
//!    conversions of other objects it applies `__index__`/`__int__`/
//!    `__float__` as CPython does (or raises the `TypeError` CPython
//!    raises), then renders the number.
//! 4. The VM raises "not enough arguments for format string" and "not all
//!    arguments converted during string formatting" itself.
//!
//! Errors come in CPython's order when the VM walks the lazy
//! [`printf_pieces`] and checks [`PrintfSpec::conversion_error`] after
//! fetching each value; the one remaining difference is that CPython
//! fetches a `*` argument before it notices that the same spec is
//! incomplete (`"%*" % ()` is a `TypeError` there, "incomplete format"
//! here). The eager [`printf_parse`] reports any malformed spec before
//! any argument is looked at.
//!
//! `%c` of a lone surrogate (`"%c" % 0xd800`) cannot be held in a Rust
//! string: the renderers return a `ValueError` message for it.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::float_repr::{double_to_string, float_repr, DtoaFlags};
use super::spec::{int_to_char, push_fill};
use super::{check_field_size, IntArg};

/// A width or precision as written in a `%` spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintfCount {
    /// A number written in the format string.
    Fixed(usize),
    /// `*`: taken from the next argument (see [`PrintfSpec::resolve_stars`]).
    Star,
}

/// One `%` conversion spec: `%[(key)][flags][width][.precision][hlL]conversion`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintfSpec {
    /// The mapping key of `%(key)s`, if any.
    pub key: Option<String>,
    /// `-`: left-justify in the field.
    pub left: bool,
    /// `+`: a sign before every number.
    pub plus: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: the alternate form (`0x`/`0o` prefixes, a kept decimal point).
    pub alternate: bool,
    /// `0`: zero padding for numbers.
    pub zero: bool,
    /// The minimum field width, if given.
    pub width: Option<PrintfCount>,
    /// The precision, if given (`%.f` has `Fixed(0)`).
    pub precision: Option<PrintfCount>,
    /// The conversion character: one of `d i o u x X e E f F g G c r s a`
    /// (any other only from [`printf_pieces`], see
    /// [`PrintfSpec::conversion_error`]).
    pub conversion: char,
    /// The index (in code points) of the conversion character in the
    /// format string.
    pub index: usize,
}

/// A piece of a `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintfPiece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(String),
    /// A conversion that consumes an argument.
    Spec(PrintfSpec),
}

/// An iterator over the pieces of a `%` format string, made by
/// [`printf_pieces`]. Yields `Err` with CPython's `ValueError` message at
/// the first malformed spec, then stops.
///
/// A spec whose conversion character is not supported is yielded as a
/// [`PrintfPiece::Spec`] all the same, because CPython fetches its
/// argument (and may raise "not enough arguments") before it complains:
/// check [`PrintfSpec::conversion_error`] after fetching the argument.
/// (Every renderer also returns that error.)
#[derive(Clone, Debug)]
pub struct PrintfPieces {
    chars: Vec<char>,
    pos: usize,
    done: bool,
}

/// Lazily splits a `%` format string into pieces, so the VM can format the
/// specs before a malformed one (and raise their errors first) as CPython
/// does. See [`PrintfPieces`] for specs with an unsupported conversion.
pub fn printf_pieces(fmt: &str) -> PrintfPieces {
    PrintfPieces {
        chars: fmt.chars().collect(),
        pos: 0,
        done: false,
    }
}

/// Splits a `%` format string into literal text and conversion specs.
/// Errors are CPython's `ValueError` messages: "incomplete format",
/// "incomplete format key", "unsupported format character 'y' (0x79) at
/// index 3", "width too big", "precision too big".
pub fn printf_parse(fmt: &str) -> Result<Vec<PrintfPiece>, String> {
    printf_pieces(fmt)
        .map(|piece| match piece {
            Ok(PrintfPiece::Spec(spec)) => match spec.conversion_error() {
                Some(e) => Err(e),
                None => Ok(PrintfPiece::Spec(spec)),
            },
            other => other,
        })
        .collect()
}

impl Iterator for PrintfPieces {
    type Item = Result<PrintfPiece, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.chars.len() {
            return None;
        }
        let mut literal = String::new();
        while let Some(&c) = self.chars.get(self.pos) {
            if c != '%' {
                literal.push(c);
                self.pos += 1;
                continue;
            }
            if self.chars.get(self.pos + 1) == Some(&'%') {
                literal.push('%');
                self.pos += 2;
                continue;
            }
            if !literal.is_empty() {
                return Some(Ok(PrintfPiece::Literal(literal)));
            }
            return match self.parse_spec() {
                Ok(spec) => Some(Ok(PrintfPiece::Spec(spec))),
                Err(e) => {
                    self.done = true;
                    Some(Err(e))
                }
            };
        }
        Some(Ok(PrintfPiece::Literal(literal)))
    }
}

impl PrintfPieces {
    /// Parses the spec starting at the `%` at `self.pos`
    /// (`unicode_format_arg_parse`).
    fn parse_spec(&mut self) -> Result<PrintfSpec, String> {
        let chars = &self.chars;
        let n = chars.len();
        let mut i = self.pos + 1;
        let mut spec = PrintfSpec {
            key: None,
            left: false,
            plus: false,
            space: false,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            conversion: '\0',
            index: 0,
        };

        if chars.get(i) == Some(&'(') {
            i += 1;
            let start = i;
            let mut depth = 1;
            while depth > 0 && i < n {
                match chars[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err("incomplete format key".to_string());
            }
            spec.key = Some(chars[start..i - 1].iter().collect());
        }

        while let Some(&c) = chars.get(i) {
            match c {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }

        match chars.get(i) {
            Some('*') => {
                spec.width = Some(PrintfCount::Star);
                i += 1;
            }
            Some(c) if c.is_ascii_digit() => {
                let mut width: usize = 0;
                while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    let d = d as usize;
                    if width > (isize::MAX as usize - d) / 10 {
                        return Err("width too big".to_string());
                    }
                    width = width * 10 + d;
                    i += 1;
                }
                spec.width = Some(PrintfCount::Fixed(width));
            }
            _ => {}
        }

        if chars.get(i) == Some(&'.') {
            i += 1;
            match chars.get(i) {
                Some('*') => {
                    spec.precision = Some(PrintfCount::Star);
                    i += 1;
                }
                Some(c) if c.is_ascii_digit() => {
                    let mut prec: usize = 0;
                    while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                        let d = d as usize;
                        if prec > (i32::MAX as usize - d) / 10 {
                            return Err("precision too big".to_string());
                        }
                        prec = prec * 10 + d;
                        i += 1;
                    }
                    spec.precision = Some(PrintfCount::Fixed(prec));
                }
                _ => spec.precision = Some(PrintfCount::Fixed(0)),
            }
        }

        if matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }

        let Some(&conversion) = chars.get(i) else {
            return Err("incomplete format".to_string());
        };
        spec.conversion = conversion;
        spec.index = i;
        self.pos = i + 1;
        Ok(spec)
    }
}

fn unsupported_character(c: char, index: usize) -> String {
    let code = c as u32;
    let shown = if (31..=126).contains(&code) { c } else { '?' };
    format!("unsupported format character '{shown}' ({code:#x}) at index {index}")
}

impl PrintfSpec {
    /// This spec with its `*` width and precision replaced by the values
    /// the VM fetched for them (`None` where the spec has no `*`): a
    /// negative width left-justifies, a negative precision counts as 0, as
    /// in CPython. Errors are CPython's `OverflowError` messages for values
    /// that do not fit a C `ssize_t` (width) or `int` (precision).
    pub fn resolve_stars(
        &self,
        width: Option<&BigInt>,
        precision: Option<&BigInt>,
    ) -> Result<PrintfSpec, String> {
        let mut out = self.clone();
        if let (Some(PrintfCount::Star), Some(w)) = (self.width, width) {
            let w = w
                .to_i64()
                .ok_or_else(|| "Python int too large to convert to C ssize_t".to_string())?;
            if w < 0 {
                out.left = true;
            }
            out.width = Some(PrintfCount::Fixed(w.unsigned_abs() as usize));
        }
        if let (Some(PrintfCount::Star), Some(p)) = (self.precision, precision) {
            let p = p
                .to_i32()
                .ok_or_else(|| "Python int too large to convert to C int".to_string())?;
            out.precision = Some(PrintfCount::Fixed(p.max(0) as usize));
        }
        Ok(out)
    }

    /// The resolved width and precision (-1 when absent).
    fn counts(&self) -> Result<(i64, i64), String> {
        let get = |c: Option<PrintfCount>| match c {
            None => Ok(-1),
            Some(PrintfCount::Fixed(n)) => Ok(n as i64),
            Some(PrintfCount::Star) => Err(
                "'*' in a % format spec was not resolved (PrintfSpec::resolve_stars)".to_string(),
            ),
        };
        Ok((get(self.width)?, get(self.precision)?))
    }

    fn unsupported(&self) -> String {
        unsupported_character(self.conversion, self.index)
    }

    /// CPython's `ValueError` message ("unsupported format character 'y'
    /// (0x79) at index 3") when the conversion character is not one of
    /// `d i o u x X e E f F g G c r s a`; `None` when it is. Only specs from
    /// the lazy [`printf_pieces`] can have one.
    pub fn conversion_error(&self) -> Option<String> {
        (!"diouxXeEfFgGcrsa".contains(self.conversion)).then(|| self.unsupported())
    }
}

/// `unicode_format_arg_output`: pads `text` into the field. `numeric` is
/// CPython's `arg->sign`: the text is a number whose sign the flags govern.
fn output(text: &str, spec: &PrintfSpec, numeric: bool) -> Result<String, String> {
    let (mut width, prec) = spec.counts()?;
    check_field_size(usize::try_from(width).ok())?;
    if width == -1 && prec == -1 && !(spec.plus || spec.space) {
        return Ok(text.to_string());
    }
    let mut len = text.chars().count() as i64;
    // Only `s r a` cut their text to the precision; numbers keep theirs.
    let truncated = matches!(spec.conversion, 's' | 'r' | 'a') && prec >= 0 && len > prec;
    if (width == -1 || width <= len) && !truncated && !(spec.plus || spec.space) {
        return Ok(text.to_string());
    }
    if truncated {
        len = prec;
    }
    let chars: Vec<char> = text.chars().collect();
    let fill = if numeric && spec.zero { '0' } else { ' ' };

    let mut pindex = 0usize;
    let mut signchar = None;
    let mut sign = numeric;
    if sign {
        match chars.first() {
            Some(&c) if c == '-' || c == '+' => {
                signchar = Some(c);
                len -= 1;
                pindex += 1;
            }
            _ if spec.plus => signchar = Some('+'),
            _ if spec.space => signchar = Some(' '),
            _ => sign = false,
        }
    }
    if width < len {
        width = len;
    }

    let mut out = String::with_capacity(width.max(0) as usize + 1);
    let alt_prefix = spec.alternate && matches!(spec.conversion, 'x' | 'X' | 'o');
    if sign {
        if fill != ' ' {
            out.extend(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(spec.conversion);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !spec.left {
        push_fill(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.extend(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(spec.conversion);
            pindex += 2;
        }
    }
    let end = (pindex as i64 + len.max(0)).clamp(0, chars.len() as i64) as usize;
    out.extend(chars.get(pindex.min(end)..end).unwrap_or(&[]));
    if width > len {
        push_fill(&mut out, ' ', width - len);
    }
    Ok(out)
}

/// `_PyUnicode_FormatLong`: the digits of `%d %o %x %X`, with the `0x`
/// prefix under `#` and zeros up to the precision.
fn format_long(
    value: IntArg<'_>,
    alternate: bool,
    prec: i64,
    conversion: char,
) -> Result<String, String> {
    if prec > i64::from(i32::MAX) - 3 {
        return Err("precision too large".to_string());
    }
    let (base, prefix) = match conversion {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = value.magnitude_digits(base);
    let mut out = String::with_capacity(digits.len() + 3 + prec.max(0) as usize);
    if value.is_negative() {
        out.push('-');
    }
    if alternate {
        out.push_str(prefix);
    }
    push_fill(&mut out, '0', prec - digits.len() as i64);
    out.push_str(&digits);
    if conversion == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

fn render_int(value: IntArg<'_>, spec: &PrintfSpec) -> Result<String, String> {
    let (_, prec) = spec.counts()?;
    check_field_size(usize::try_from(prec).ok())?;
    let text = format_long(value, spec.alternate, prec, spec.conversion)?;
    output(&text, spec, true)
}

fn render_float(value: f64, spec: &PrintfSpec) -> Result<String, String> {
    let (_, prec) = spec.counts()?;
    check_field_size(usize::try_from(prec).ok())?;
    let prec = if prec < 0 { 6 } else { prec as usize };
    let flags = DtoaFlags {
        alt: spec.alternate,
        ..DtoaFlags::default()
    };
    let text = double_to_string(value, spec.conversion, prec, flags);
    output(&text, spec, true)
}

fn render_char(c: char, spec: &PrintfSpec) -> Result<String, String> {
    let mut buf = [0u8; 4];
    output(c.encode_utf8(&mut buf), spec, false)
}

/// Renders one `%` spec for an `int` value (a resolved spec: see
/// [`PrintfSpec::resolve_stars`]).
///
/// `d i u o x X` format the integer; `e E f F g G` convert it to a float
/// first; `c` takes it as a code point; `s r a` write it in decimal (pass
/// `bool`s to [`printf_str`] as `True`/`False` for those). Errors are
/// CPython's messages (see [`super::error_kind`]).
pub fn printf_int<'a>(value: impl Into<IntArg<'a>>, spec: &PrintfSpec) -> Result<String, String> {
    printf_int_arg(value.into(), spec)
}

fn printf_int_arg(value: IntArg<'_>, spec: &PrintfSpec) -> Result<String, String> {
    match spec.conversion {
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => render_int(value, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = value
                .to_f64()
                .ok_or_else(|| "int too large to convert to float".to_string())?;
            render_float(x, spec)
        }
        'c' => {
            // formatchar() reads the value with overflow detection, so a
            // huge int gets the range error, not "too large for C long".
            if value.to_i64().is_none() {
                return Err("%c arg not in range(0x110000)".to_string());
            }
            render_char(int_to_char(value)?, spec)
        }
        's' | 'r' | 'a' => output(&value.to_string(), spec, false),
        _ => Err(spec.unsupported()),
    }
}

/// Renders one `%` spec for a `float` value (a resolved spec).
///
/// `e E f F g G` format the float; `d i u` truncate it to an int first
/// (as `int(x)`); `s r a` write its repr; `o x X` and `c` raise CPython's
/// `TypeError`s.
pub fn printf_float(value: f64, spec: &PrintfSpec) -> Result<String, String> {
    match spec.conversion {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => render_float(value, spec),
        'd' | 'i' | 'u' => {
            if value.is_nan() {
                return Err("cannot convert float NaN to integer".to_string());
            }
            if value.is_infinite() {
                return Err("cannot convert float infinity to integer".to_string());
            }
            render_int(IntArg::Big(&float_to_bigint(value.trunc())), spec)
        }
        'o' | 'x' | 'X' => Err(format!(
            "%{} format: an integer is required, not float",
            spec.conversion
        )),
        'c' => Err("%c requires int or char".to_string()),
        's' | 'r' | 'a' => output(&float_repr(value), spec, false),
        _ => Err(spec.unsupported()),
    }
}

/// Renders one `%` spec for text (a resolved spec): the value of a `str`,
/// or the `str()`/`repr()`/`ascii()` the VM computed for `%s`/`%r`/`%a`.
///
/// `s r a` pad and truncate it; `c` takes a one-character string; numeric
/// conversions raise CPython's `TypeError` for a `str` argument.
pub fn printf_str(value: &str, spec: &PrintfSpec) -> Result<String, String> {
    match spec.conversion {
        's' | 'r' | 'a' => output(value, spec, false),
        'c' => {
            let mut chars = value.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => render_char(c, spec),
                _ => Err("%c requires int or char".to_string()),
            }
        }
        'o' | 'x' | 'X' => Err(format!(
            "%{} format: an integer is required, not str",
            spec.conversion
        )),
        'd' | 'i' | 'u' => Err(format!(
            "%{} format: a real number is required, not str",
            spec.conversion
        )),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => Err("must be real number, not str".to_string()),
        _ => Err(spec.unsupported()),
    }
}

/// The exact integer value of an integral, finite float.
fn float_to_bigint(x: f64) -> BigInt {
    if x.abs() < 9.0e15 {
        return BigInt::from(x as i64);
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let magnitude = BigInt::from(mantissa);
    let magnitude = if exponent >= 0 {
        magnitude << exponent as usize
    } else {
        magnitude >> (-exponent) as usize
    };
    if x < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}
