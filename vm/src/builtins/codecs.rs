//! The codecs taipan knows (UTF-8, UTF-8 with a BOM, ASCII, Latin-1),
//! shared by `str.encode`, `bytes.decode`, `str(b, encoding)` and text
//! files, with CPython's error handlers and `UnicodeError` messages and
//! attributes (`encoding`, `object`, `start`, `end`, `reason`).
//!
//! taipan's `str` cannot hold lone surrogates, so `surrogateescape` and
//! `surrogatepass` encode as `strict` does (there is nothing for them to
//! act on) and decode only what decodes cleanly: a byte that CPython would
//! turn into a lone surrogate raises `UnicodeDecodeError` saying so.

use crate::error::{str_value, PyErr, PyResult};
use crate::object::ObjKind;
use crate::types::types;
use crate::value::Value;

/// The encodings taipan knows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    /// UTF-8.
    Utf8,
    /// UTF-8 whose encoder writes a byte order mark first and whose decoder
    /// skips one at the start (`utf-8-sig`).
    Utf8Sig,
    /// ASCII.
    Ascii,
    /// ISO-8859-1.
    Latin1,
}

/// The byte order mark that `utf-8-sig` writes and skips.
pub const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

impl Codec {
    /// The codec an encoding name stands for (CPython's spellings and
    /// aliases, any case, `_` or space for `-`); `LookupError: unknown
    /// encoding: name` for any other.
    pub fn lookup(name: &str) -> PyResult<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| {
                if c == '_' || c == ' ' {
                    '-'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
            "utf-8-sig" | "utf8-sig" => Ok(Codec::Utf8Sig),
            "ascii" | "us-ascii" | "646" | "us" => Ok(Codec::Ascii),
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" | "csisolatin1" => Ok(Codec::Latin1),
            _ => Err(PyErr::new(
                types().lookup_error,
                format!("unknown encoding: {name}"),
            )),
        }
    }

    /// The name error messages give the codec (`utf-8-sig` reports its
    /// errors as `utf-8`, as CPython does).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The first code point the codec cannot encode.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }

    /// How many bytes the codec encodes `text` to (text that it can
    /// encode), not counting a byte order mark.
    pub fn encoded_len(self, text: &str) -> usize {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => text.len(),
            Codec::Ascii | Codec::Latin1 => text.chars().count(),
        }
    }

    /// Encodes `text` with the error handler `errors`; `utf-8-sig` puts a
    /// byte order mark first.
    pub fn encode(self, text: &str, errors: &str) -> PyResult<Vec<u8>> {
        match self {
            Codec::Utf8 => Ok(text.as_bytes().to_vec()),
            Codec::Utf8Sig => Ok([UTF8_BOM, text.as_bytes()].concat()),
            Codec::Ascii | Codec::Latin1 => encode_narrow(self, text, errors),
        }
    }

    /// Decodes all of `data` with the error handler `errors`; `utf-8-sig`
    /// skips a byte order mark at the start.
    pub fn decode(self, data: &[u8], errors: &str) -> PyResult<String> {
        match self {
            Codec::Latin1 => Ok(data.iter().map(|&b| char::from(b)).collect()),
            Codec::Ascii => decode_ascii(data, errors),
            Codec::Utf8 => decode_utf8(data, errors),
            Codec::Utf8Sig => decode_utf8(data.strip_prefix(UTF8_BOM).unwrap_or(data), errors),
        }
    }

    /// Decodes a piece of a stream's bytes: all of `data` when `last`,
    /// else all but an unfinished UTF-8 sequence at its end, which a later
    /// call gets again with the bytes that follow. Returns the text and
    /// how many bytes it used. A byte order mark is not skipped here.
    pub fn decode_part(self, data: &[u8], errors: &str, last: bool) -> PyResult<(String, usize)> {
        let utf8 = matches!(self, Codec::Utf8 | Codec::Utf8Sig);
        let used = if utf8 && !last {
            data.len() - unfinished_utf8(data)
        } else {
            data.len()
        };
        let codec = if utf8 { Codec::Utf8 } else { self };
        let text = codec.decode(data.get(..used).unwrap_or(data), errors)?;
        Ok((text, used))
    }
}

/// How many bytes at the end of `data` start a UTF-8 sequence that the
/// bytes after them could still complete (0 to 3).
fn unfinished_utf8(data: &[u8]) -> usize {
    let from = data.len().saturating_sub(3);
    let lead = (from..data.len())
        .rev()
        .find(|&i| data.get(i).is_some_and(|b| b & 0xc0 != 0x80));
    let Some(i) = lead else { return 0 };
    match std::str::from_utf8(data.get(i..).unwrap_or(&[])) {
        Err(e) if e.valid_up_to() == 0 && e.error_len().is_none() => data.len() - i,
        _ => 0,
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode_text(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    Codec::lookup(encoding)?.encode(text, errors)
}

/// `bytes.decode(encoding, errors)`.
pub fn decode_bytes(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    Codec::lookup(encoding)?.decode(data, errors)
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        types().lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as `backslashreplace` and the error
/// messages write a character.
fn escape_char(c: char) -> String {
    let code = u32::from(c);
    if code <= 0xff {
        format!("\\x{code:02x}")
    } else if code <= 0xffff {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}

/// Encodes with ASCII or Latin-1, whose bytes are the code points below
/// the codec's limit.
fn encode_narrow(codec: Codec, text: &str, errors: &str) -> PyResult<Vec<u8>> {
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut rest: &[char] = &chars;
    let mut position = 0usize;
    while let Some((&c, tail)) = rest.split_first() {
        if let Ok(byte) = u8::try_from(u32::from(c)) {
            if u32::from(byte) < limit {
                out.push(byte);
                rest = tail;
                position += 1;
                continue;
            }
        }
        let run = rest
            .iter()
            .take_while(|&&d| u32::from(d) >= limit)
            .count()
            .max(1);
        let (bad, after) = rest.split_at(run.min(rest.len()));
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(encode_error(codec, text, bad, position))
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', bad.len())),
            "backslashreplace" => bad.iter().for_each(|&d| out.extend(escape_char(d).bytes())),
            "xmlcharrefreplace" => bad
                .iter()
                .for_each(|&d| out.extend(format!("&#{};", u32::from(d)).bytes())),
            _ => return Err(unknown_handler(errors)),
        }
        position += bad.len();
        rest = after;
    }
    Ok(out)
}

/// The `UnicodeEncodeError` for the characters `bad`, at `start` in `text`.
fn encode_error(codec: Codec, text: &str, bad: &[char], start: usize) -> PyErr {
    let reason = format!("ordinal not in range({})", codec.limit());
    let end = start + bad.len();
    let msg = match bad {
        [c] => format!(
            "'{}' codec can't encode character '{}' in position {start}: {reason}",
            codec.name(),
            escape_char(*c)
        ),
        _ => format!(
            "'{}' codec can't encode characters in position {start}-{}: {reason}",
            codec.name(),
            end.saturating_sub(1)
        ),
    };
    unicode_error_attrs(
        PyErr::new(types().unicode_encode_error, msg),
        codec,
        str_value(text),
        (start, end),
        &reason,
    )
}

/// Sets the attributes CPython's `UnicodeError`s carry on `err`.
fn unicode_error_attrs(
    err: PyErr,
    codec: Codec,
    object: Value,
    (start, end): (usize, usize),
    reason: &str,
) -> PyErr {
    let index = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    err.with_attr("encoding", str_value(codec.name()))
        .with_attr("object", object)
        .with_attr("start", index(start))
        .with_attr("end", index(end))
        .with_attr("reason", str_value(reason))
}

fn decode_ascii(data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        if b.is_ascii() {
            out.push(char::from(b));
        } else {
            let bad = DecodeFailure {
                codec: Codec::Ascii,
                data,
                start: i,
                end: i + 1,
                reason: "ordinal not in range(128)",
            };
            bad.handle(errors, &mut out)?;
        }
    }
    Ok(out)
}

fn decode_utf8(data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::new();
    let mut pos = 0usize;
    loop {
        let tail = data.get(pos..).unwrap_or(&[]);
        match std::str::from_utf8(tail) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(tail.get(..good).unwrap_or(&[])) {
                    out.push_str(s);
                }
                let start = pos + good;
                let (len, reason) = match e.error_len() {
                    None => (tail.len() - good, "unexpected end of data"),
                    Some(n) => {
                        let lead = data.get(start).copied().unwrap_or(0);
                        let invalid_start = n == 1 && !(0xc2..=0xf4).contains(&lead);
                        let reason = if invalid_start {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (n, reason)
                    }
                };
                let len = len.max(1);
                let bad = DecodeFailure {
                    codec: Codec::Utf8,
                    data,
                    start,
                    end: start + len,
                    reason,
                };
                bad.handle(errors, &mut out)?;
                pos = start + len;
            }
        }
    }
}

/// Bytes that a codec could not decode.
struct DecodeFailure<'a> {
    codec: Codec,
    data: &'a [u8],
    start: usize,
    end: usize,
    reason: &'static str,
}

impl DecodeFailure<'_> {
    /// Applies the error handler: raises, or appends a replacement.
    fn handle(&self, errors: &str, out: &mut String) -> PyResult<()> {
        match errors {
            "strict" => Err(self.error(self.reason.to_string())),
            "surrogateescape" | "surrogatepass" => Err(self.error(format!(
                "{} (taipan's str cannot hold the lone surrogates that \
                 errors='{errors}' would decode it to)",
                self.reason
            ))),
            "ignore" => Ok(()),
            "replace" => {
                out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in self.bytes() {
                    out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            _ => Err(unknown_handler(errors)),
        }
    }

    fn bytes(&self) -> &[u8] {
        self.data.get(self.start..self.end).unwrap_or(&[])
    }

    /// The `UnicodeDecodeError`, with `reason` after the position.
    fn error(&self, reason: String) -> PyErr {
        let (codec, start) = (self.codec.name(), self.start);
        let msg = match self.bytes() {
            [b] => {
                format!("'{codec}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            }
            _ => format!(
                "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
                self.end.saturating_sub(1)
            ),
        };
        let object = Value::obj(ObjKind::Bytes(self.data.to_vec().into()));
        unicode_error_attrs(
            PyErr::new(types().unicode_decode_error, msg),
            self.codec,
            object,
            (self.start, self.end),
            &reason,
        )
    }
}
