//! `unicode_escape` and `raw_unicode_escape`: text as Latin-1 bytes with
//! Python's backslash escapes, with CPython's escapes, error reasons and
//! positions (`truncated \xXX escape`, `\ at end of string`, ...).
//!
//! An escape that names a lone surrogate (`\ud800`) decodes in CPython to
//! a character taipan's str cannot hold: it raises `UnicodeDecodeError`
//! whatever the error handler, saying so.

use super::{Codec, DecodeFailure};
use crate::error::PyResult;

/// Which of the two escape codecs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Escapes {
    /// `unicode_escape`: every escape of a Python string literal.
    Unicode,
    /// `raw_unicode_escape`: only `\uXXXX` and `\UXXXXXXXX`, after an odd
    /// number of backslashes.
    Raw,
}

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` for `c`.
fn push_hex(out: &mut Vec<u8>, c: char) {
    let code = u32::from(c);
    let escape = if code <= 0xff {
        format!("\\x{code:02x}")
    } else if code <= 0xffff {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    };
    out.extend(escape.bytes());
}

/// Encodes `text`: printable ASCII as itself, the rest escaped
/// (`unicode_escape`), or every character below U+0100 as its Latin-1
/// byte and the rest escaped (`raw_unicode_escape`).
pub fn encode(text: &str, kind: Escapes) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match (kind, c) {
            (Escapes::Raw, c) => match u8::try_from(c) {
                Ok(b) => out.push(b),
                Err(_) => push_hex(&mut out, c),
            },
            (Escapes::Unicode, '\\') => out.extend(b"\\\\"),
            (Escapes::Unicode, '\t') => out.extend(b"\\t"),
            (Escapes::Unicode, '\n') => out.extend(b"\\n"),
            (Escapes::Unicode, '\r') => out.extend(b"\\r"),
            (Escapes::Unicode, ' '..='~') => out.push(c as u8),
            (Escapes::Unicode, c) => push_hex(&mut out, c),
        }
    }
    out
}

/// The character an escape's code point stands for, or why it stands for
/// none.
fn code_point(code: u32, out_of_range: &'static str) -> Result<char, &'static str> {
    match code {
        0xd800..=0xdfff => Err(
            "escape names a lone surrogate, which taipan's str cannot hold \
             (CPython decodes it to one)",
        ),
        _ => char::from_u32(code).ok_or(out_of_range),
    }
}

/// Reads `count` hex digits from `data[at..]`: the code point, or where
/// the digits stop short (a byte that is not one, or the end of `data`).
fn hex_digits(data: &[u8], at: usize, count: usize) -> Result<u32, usize> {
    let mut code = 0u32;
    for i in at..at + count {
        let digit = data
            .get(i)
            .and_then(|&b| char::from(b).to_digit(16))
            .ok_or(i.min(data.len()))?;
        code = code << 4 | digit;
    }
    Ok(code)
}

/// What one escape decoded to.
enum Step {
    /// These characters, and where the bytes after the escape start.
    Text(char, Option<char>, usize),
    /// Nothing (an escaped newline); the bytes after start here.
    Skip(usize),
    /// A bad escape: where its bytes end, and why.
    Bad(usize, &'static str),
}

/// Decodes the `unicode_escape` escape whose backslash is at `start`.
fn unicode_step(data: &[u8], start: usize) -> Step {
    let Some(&c) = data.get(start + 1) else {
        return Step::Bad(data.len(), "\\ at end of string");
    };
    let next = start + 2;
    let simple = match c {
        b'\n' => return Step::Skip(next),
        b'\\' | b'\'' | b'"' => Some(char::from(c)),
        b'a' => Some('\x07'),
        b'b' => Some('\x08'),
        b'f' => Some('\x0c'),
        b'n' => Some('\n'),
        b'r' => Some('\r'),
        b't' => Some('\t'),
        b'v' => Some('\x0b'),
        _ => None,
    };
    if let Some(ch) = simple {
        return Step::Text(ch, None, next);
    }
    let hex = |count: usize, truncated: &'static str| match hex_digits(data, next, count) {
        Err(stop) => Step::Bad(stop, truncated),
        Ok(code) => match code_point(code, "illegal Unicode character") {
            Ok(ch) => Step::Text(ch, None, next + count),
            Err(reason) => Step::Bad(next + count, reason),
        },
    };
    match c {
        b'0'..=b'7' => octal_step(data, start),
        b'x' => hex(2, "truncated \\xXX escape"),
        b'u' => hex(4, "truncated \\uXXXX escape"),
        b'U' => hex(8, "truncated \\UXXXXXXXX escape"),
        b'N' => name_step(data, next),
        // An unknown escape stays as written.
        _ => Step::Text('\\', Some(char::from(c)), next),
    }
}

/// Decodes `\o`, `\oo` or `\ooo` (up to `\777`) whose backslash is at
/// `start`.
fn octal_step(data: &[u8], start: usize) -> Step {
    let digits = data
        .iter()
        .skip(start + 1)
        .take(3)
        .take_while(|b| (b'0'..=b'7').contains(b))
        .count();
    let code = data
        .iter()
        .skip(start + 1)
        .take(digits)
        .fold(0u32, |acc, &b| acc << 3 | u32::from(b - b'0'));
    // At most 0o777: always a character.
    let ch = char::from_u32(code).unwrap_or('\u{fffd}');
    Step::Text(ch, None, start + 1 + digits)
}

/// Decodes `\N{NAME}`, `at` being just after the `N`.
fn name_step(data: &[u8], at: usize) -> Step {
    const MALFORMED: &str = "malformed \\N character escape";
    if data.get(at) != Some(&b'{') {
        return Step::Bad(at.min(data.len()), MALFORMED);
    }
    let open = at + 1;
    let Some(len) = data.iter().skip(open).position(|&b| b == b'}') else {
        return Step::Bad(data.len(), MALFORMED);
    };
    let close = open + len;
    if len == 0 {
        return Step::Bad(close, MALFORMED);
    }
    let name = data.get(open..close).unwrap_or(&[]);
    let found = std::str::from_utf8(name)
        .ok()
        .and_then(unicode_names2::character);
    match found {
        Some(ch) => Step::Text(ch, None, close + 1),
        None => Step::Bad(close + 1, "unknown Unicode character name"),
    }
}

/// Decodes the `raw_unicode_escape` escape whose backslash is at `start`,
/// known to be followed by `u` or `U`.
fn raw_step(data: &[u8], start: usize) -> Step {
    let wide = data.get(start + 1) == Some(&b'U');
    let (count, truncated) = if wide {
        (8, "truncated \\UXXXXXXXX escape")
    } else {
        (4, "truncated \\uXXXX escape")
    };
    let digits = start + 2;
    match hex_digits(data, digits, count) {
        Err(stop) => Step::Bad(stop, truncated),
        Ok(code) => match code_point(code, "\\Uxxxxxxxx out of range") {
            Ok(ch) => Step::Text(ch, None, digits + count),
            Err(reason) => Step::Bad(digits + count, reason),
        },
    }
}

/// Whether the backslash at `at` starts a `raw_unicode_escape` escape:
/// `u` or `U` follows, and it ends an odd run of backslashes.
fn raw_escape_at(data: &[u8], at: usize) -> bool {
    let run = data
        .get(..=at)
        .map_or(0, |d| d.iter().rev().take_while(|&&b| b == b'\\').count());
    run % 2 == 1 && matches!(data.get(at + 1), Some(b'u' | b'U'))
}

/// Whether a bad escape's reason says the bytes ran out (so that more
/// bytes could still finish it).
fn cut_short(reason: &str) -> bool {
    reason.starts_with("truncated")
        || reason.starts_with("malformed")
        || reason.ends_with("end of string")
}

/// Decodes `data` with the error handler `errors`: all of it when
/// `last`, else all but an escape its end cuts short, which waits for the
/// bytes after it. Returns the text and how many bytes it used.
pub fn decode(data: &[u8], kind: Escapes, errors: &str, last: bool) -> PyResult<(String, usize)> {
    let codec = Codec::Escapes(kind);
    let mut out = String::with_capacity(data.len());
    let mut pos = 0usize;
    while let Some(&b) = data.get(pos) {
        let escape = b == b'\\'
            && match kind {
                Escapes::Unicode => true,
                Escapes::Raw => raw_escape_at(data, pos),
            };
        if !escape {
            out.push(char::from(b));
            pos += 1;
            continue;
        }
        let step = match kind {
            Escapes::Unicode => unicode_step(data, pos),
            Escapes::Raw => raw_step(data, pos),
        };
        match step {
            Step::Text(first, second, next) => {
                out.push(first);
                out.extend(second);
                pos = next;
            }
            Step::Skip(next) => pos = next,
            Step::Bad(end, reason) if !last && end >= data.len() && cut_short(reason) => {
                return Ok((out, pos))
            }
            Step::Bad(end, reason) => {
                let end = end.max(pos + 1);
                let bad = DecodeFailure {
                    codec,
                    data,
                    start: pos,
                    end,
                    reason,
                };
                if reason.contains("surrogate") {
                    bad.handle("strict", &mut out)?;
                }
                bad.handle(errors, &mut out)?;
                pos = end;
            }
        }
    }
    Ok((out, data.len()))
}
