//! `unicode_escape` and `raw_unicode_escape`: text as Latin-1 bytes with
//! Python's backslash escapes, with CPython's escapes, error reasons and
//! positions (`truncated \xXX escape`, `\ at end of string`, ...).
//!
//! An escape that names a lone surrogate (`\ud800`) decodes in CPython to
//! a character taipan's str cannot hold: it raises `UnicodeDecodeError`
//! whatever the error handler, saying so.

use super::{Codec, DecodeFailure};
use crate::error::PyResult;
use taipan_parser::escapes::{
    cut_short, raw_escape_at, raw_step, unicode_step, Step, LONE_SURROGATE,
};

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

/// Whether a run of backslashes starts at `pos` (none before it) and
/// goes on to the end of `data`.
fn ends_in_backslashes(data: &[u8], pos: usize) -> bool {
    let starts_run = pos == 0 || data.get(pos - 1) != Some(&b'\\');
    starts_run
        && data
            .get(pos..)
            .is_some_and(|rest| rest.iter().all(|&b| b == b'\\'))
}

/// Decodes `data` with the error handler `errors`: all of it when
/// `last`, else all but an escape its end cuts short, which waits for the
/// bytes after it. Returns the text and how many bytes it used.
pub fn decode(data: &[u8], kind: Escapes, errors: &str, last: bool) -> PyResult<(String, usize)> {
    let codec = Codec::Escapes(kind);
    let mut out = String::with_capacity(data.len());
    let mut pos = 0usize;
    while let Some(&b) = data.get(pos) {
        if b == b'\\' && kind == Escapes::Raw && !last && ends_in_backslashes(data, pos) {
            // Whether these backslashes escape a `u` depends on the bytes
            // after them: the whole run waits for the next piece.
            return Ok((out, pos));
        }
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
                if reason == LONE_SURROGATE {
                    bad.handle("strict", &mut out)?;
                }
                bad.handle(errors, &mut out)?;
                pos = end;
            }
        }
    }
    Ok((out, data.len()))
}
