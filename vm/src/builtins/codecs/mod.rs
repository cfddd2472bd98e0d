//! The codecs taipan knows (UTF-8, UTF-8 with a BOM, UTF-16 and UTF-32 in
//! their three forms each, ASCII, Latin-1, the code pages of
//! [`charmap`] and the backslash escapes of [`escape`]), shared by
//! `str.encode`, `bytes.decode`, `str(b, encoding)` and text files, with
//! CPython's names, error handlers and `UnicodeError` messages and
//! attributes (`encoding`, `object`, `start`, `end`, `reason`).
//!
//! taipan's `str` cannot hold lone surrogates, so `surrogateescape` and
//! `surrogatepass` encode as `strict` does (there is nothing for them to
//! act on) and decode only what decodes cleanly: bytes that CPython would
//! turn into a lone surrogate raise `UnicodeDecodeError` saying so.

mod charmap;
mod escape;
mod wide;

pub use charmap::CodePage;
pub use escape::Escapes;
pub use wide::Endian;

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
    /// UTF-16 in a byte order, or led by a byte order mark.
    Utf16(Endian),
    /// UTF-32 in a byte order, or led by a byte order mark.
    Utf32(Endian),
    /// A single-byte code page.
    CodePage(CodePage),
    /// `unicode_escape` or `raw_unicode_escape`.
    Escapes(Escapes),
}

/// The byte order mark that `utf-8-sig` writes and skips.
pub const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// Every codec, with the name of its module in CPython's `encodings`
/// package (a name `lookup` takes) and the name `codecs.lookup` reports.
const CODECS: [(Codec, &str, &str); 16] = [
    (Codec::Utf8, "utf_8", "utf-8"),
    (Codec::Utf8Sig, "utf_8_sig", "utf-8-sig"),
    (Codec::Ascii, "ascii", "ascii"),
    (Codec::Latin1, "latin_1", "iso8859-1"),
    (Codec::Utf16(Endian::Bom), "utf_16", "utf-16"),
    (Codec::Utf16(Endian::Little), "utf_16_le", "utf-16-le"),
    (Codec::Utf16(Endian::Big), "utf_16_be", "utf-16-be"),
    (Codec::Utf32(Endian::Bom), "utf_32", "utf-32"),
    (Codec::Utf32(Endian::Little), "utf_32_le", "utf-32-le"),
    (Codec::Utf32(Endian::Big), "utf_32_be", "utf-32-be"),
    (Codec::CodePage(CodePage::Cp1252), "cp1252", "cp1252"),
    (Codec::CodePage(CodePage::Cp1251), "cp1251", "cp1251"),
    (
        Codec::CodePage(CodePage::Latin9),
        "iso8859_15",
        "iso8859-15",
    ),
    (Codec::CodePage(CodePage::Cp437), "cp437", "cp437"),
    (
        Codec::Escapes(Escapes::Unicode),
        "unicode_escape",
        "unicode-escape",
    ),
    (
        Codec::Escapes(Escapes::Raw),
        "raw_unicode_escape",
        "raw-unicode-escape",
    ),
];

/// CPython's other names for the codecs (`encodings.aliases`), normalized.
const ALIASES: &[(&str, Codec)] = &[
    ("u8", Codec::Utf8),
    ("utf", Codec::Utf8),
    ("utf8", Codec::Utf8),
    ("utf8_ucs2", Codec::Utf8),
    ("utf8_ucs4", Codec::Utf8),
    ("cp65001", Codec::Utf8),
    ("646", Codec::Ascii),
    ("ansi_x3.4_1968", Codec::Ascii),
    ("ansi_x3_4_1968", Codec::Ascii),
    ("ansi_x3.4_1986", Codec::Ascii),
    ("cp367", Codec::Ascii),
    ("csascii", Codec::Ascii),
    ("ibm367", Codec::Ascii),
    ("iso646_us", Codec::Ascii),
    ("iso_646.irv_1991", Codec::Ascii),
    ("iso_ir_6", Codec::Ascii),
    ("us", Codec::Ascii),
    ("us_ascii", Codec::Ascii),
    ("8859", Codec::Latin1),
    ("cp819", Codec::Latin1),
    ("csisolatin1", Codec::Latin1),
    ("ibm819", Codec::Latin1),
    ("iso8859", Codec::Latin1),
    ("iso8859_1", Codec::Latin1),
    ("iso_8859_1", Codec::Latin1),
    ("iso_8859_1_1987", Codec::Latin1),
    ("iso_ir_100", Codec::Latin1),
    ("l1", Codec::Latin1),
    ("latin", Codec::Latin1),
    ("latin1", Codec::Latin1),
    ("u16", Codec::Utf16(Endian::Bom)),
    ("utf16", Codec::Utf16(Endian::Bom)),
    ("utf_16le", Codec::Utf16(Endian::Little)),
    ("unicodelittleunmarked", Codec::Utf16(Endian::Little)),
    ("utf_16be", Codec::Utf16(Endian::Big)),
    ("unicodebigunmarked", Codec::Utf16(Endian::Big)),
    ("u32", Codec::Utf32(Endian::Bom)),
    ("utf32", Codec::Utf32(Endian::Bom)),
    ("utf_32le", Codec::Utf32(Endian::Little)),
    ("utf_32be", Codec::Utf32(Endian::Big)),
    ("1252", Codec::CodePage(CodePage::Cp1252)),
    ("windows_1252", Codec::CodePage(CodePage::Cp1252)),
    ("1251", Codec::CodePage(CodePage::Cp1251)),
    ("windows_1251", Codec::CodePage(CodePage::Cp1251)),
    ("iso_8859_15", Codec::CodePage(CodePage::Latin9)),
    ("l9", Codec::CodePage(CodePage::Latin9)),
    ("latin9", Codec::CodePage(CodePage::Latin9)),
    ("437", Codec::CodePage(CodePage::Cp437)),
    ("cspc8codepage437", Codec::CodePage(CodePage::Cp437)),
    ("ibm437", Codec::CodePage(CodePage::Cp437)),
];

/// An encoding name as CPython's `encodings` package looks it up: lower
/// case, each run of characters other than letters, digits and `.` one
/// `_`, none at either end.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// A piece of a stream that [`Codec::decode_part`] decoded.
pub struct Part {
    /// The text.
    pub text: String,
    /// How many bytes it used.
    pub used: usize,
    /// The codec that decodes the pieces that follow (the byte order a
    /// byte order mark chose, say).
    pub next: Codec,
}

impl Codec {
    /// The codec an encoding name stands for (CPython's spellings and
    /// aliases, in any case, with any punctuation between the words);
    /// `LookupError: unknown encoding: name` for any other.
    pub fn lookup(name: &str) -> PyResult<Codec> {
        // The names scripts spell most (`utf-8`, `utf_8`, `ascii`) first,
        // without normalizing: `str.encode()` in a loop pays for no more.
        if let Some(c) = CODECS.iter().find(|c| c.2 == name || c.1 == name) {
            return Ok(c.0);
        }
        let norm = normalize(name);
        let alias = |n: &str| ALIASES.iter().find(|(a, _)| *a == n).map(|a| a.1);
        let module = || CODECS.iter().find(|c| c.1 == norm).map(|c| c.0);
        alias(&norm)
            .or_else(|| alias(&norm.replace('.', "_")))
            .or_else(module)
            .ok_or_else(|| PyErr::new(types().lookup_error, format!("unknown encoding: {name}")))
    }

    /// The name `codecs.lookup(...).name` reports (`iso8859-1` for
    /// Latin-1, `utf-16` for the plain UTF-16).
    pub fn canonical_name(self) -> &'static str {
        CODECS.iter().find(|c| c.0 == self).map_or("utf-8", |c| c.2)
    }

    /// The name error messages give the codec: `utf-8-sig` reports its
    /// errors as `utf-8`, the plain UTF-16 and UTF-32 as the byte order
    /// they decode in, the code pages as `charmap`, as CPython does.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Endian::Big) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(Endian::Big) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
            Codec::CodePage(_) => "charmap",
            Codec::Escapes(Escapes::Unicode) => "unicodeescape",
            Codec::Escapes(Escapes::Raw) => "rawunicodeescape",
        }
    }

    /// The codec that carries on after the start of a stream: the one
    /// that neither writes nor looks for a byte order mark (the plain
    /// UTF-16 and UTF-32 go on in the native byte order, little-endian).
    pub fn after_start(self) -> Codec {
        match self {
            Codec::Utf8Sig => Codec::Utf8,
            Codec::Utf16(Endian::Bom) => Codec::Utf16(Endian::Little),
            Codec::Utf32(Endian::Bom) => Codec::Utf32(Endian::Little),
            c => c,
        }
    }

    /// How many bytes the codec encodes `text` to (text that it can
    /// encode), not counting a byte order mark.
    pub fn encoded_len(self, text: &str) -> usize {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => text.len(),
            Codec::Utf16(_) => 2 * text.chars().map(char::len_utf16).sum::<usize>(),
            Codec::Utf32(_) => 4 * text.chars().count(),
            Codec::Ascii | Codec::Latin1 | Codec::CodePage(_) => text.chars().count(),
            Codec::Escapes(kind) => escape::encode(text, kind).len(),
        }
    }

    /// Encodes `text` with the error handler `errors`; `utf-8-sig` and the
    /// plain UTF-16 and UTF-32 put a byte order mark first.
    pub fn encode(self, text: &str, errors: &str) -> PyResult<Vec<u8>> {
        match self {
            Codec::Utf8 => Ok(text.as_bytes().to_vec()),
            Codec::Utf8Sig => Ok([UTF8_BOM, text.as_bytes()].concat()),
            Codec::Utf16(endian) => Ok(wide::encode(text, 2, endian)),
            Codec::Utf32(endian) => Ok(wide::encode(text, 4, endian)),
            Codec::Ascii | Codec::Latin1 | Codec::CodePage(_) => encode_narrow(self, text, errors),
            Codec::Escapes(kind) => Ok(escape::encode(text, kind)),
        }
    }

    /// Decodes all of `data` with the error handler `errors`; `utf-8-sig`
    /// skips a byte order mark at the start, and the plain UTF-16 and
    /// UTF-32 follow one (little-endian without one).
    pub fn decode(self, data: &[u8], errors: &str) -> PyResult<String> {
        self.decode_with(data, errors, true).map(|part| part.text)
    }

    /// The codec that decodes `data` after its byte order mark, and the
    /// length of the mark (0 where there is none).
    fn after_bom(self, data: &[u8]) -> (Codec, usize) {
        match self {
            Codec::Utf8Sig if data.starts_with(UTF8_BOM) => (Codec::Utf8, UTF8_BOM.len()),
            Codec::Utf16(Endian::Bom) => wide::sniff(data, 2, Codec::Utf16),
            Codec::Utf32(Endian::Bom) => wide::sniff(data, 4, Codec::Utf32),
            c => (c.after_start(), 0),
        }
    }

    /// Decodes `data` past its byte order mark: all of it when `last`,
    /// else all but an unfinished sequence at its end.
    fn decode_with(self, data: &[u8], errors: &str, last: bool) -> PyResult<Part> {
        let (codec, bom) = self.after_bom(data);
        let (text, used) = match codec {
            Codec::Utf8 => {
                // utf-8-sig counts error positions from after its mark.
                let body = data.get(bom..).unwrap_or(&[]);
                let (text, len) = decode_utf8(body, errors, last)?;
                (text, bom + len)
            }
            Codec::Utf16(_) | Codec::Utf32(_) => wide::decode(codec, data, bom, errors, last)?,
            Codec::Escapes(kind) => escape::decode(data, kind, errors, last)?,
            _ => (decode_narrow(codec, data, errors)?, data.len()),
        };
        Ok(Part {
            text,
            used,
            next: codec,
        })
    }

    /// Decodes a piece of a stream's bytes, `self` being the stream's
    /// codec at this point: the named one at the start of the stream
    /// (where `utf-8-sig` skips a byte order mark and the plain UTF-16
    /// and UTF-32 look for one, which must be there, as in CPython's
    /// streams), [`Part::next`] after. Decodes all of `data` when `last`,
    /// else all but an unfinished sequence at its end, which a later call
    /// gets again with the bytes that follow. `None` while the bytes are
    /// too few to say whether a byte order mark starts them (for
    /// `utf-8-sig`, even at the end: CPython's decoder drops them there).
    pub fn decode_part(self, data: &[u8], errors: &str, last: bool) -> PyResult<Option<Part>> {
        // The plain UTF-16 and UTF-32 need a whole code unit to decide.
        let unit = match self {
            Codec::Utf16(Endian::Bom) => 2,
            Codec::Utf32(Endian::Bom) => 4,
            _ => 0,
        };
        let waiting = match self {
            // Even at the end, as CPython's utf-8-sig decoder waits.
            Codec::Utf8Sig => data.len() < UTF8_BOM.len() && UTF8_BOM.starts_with(data),
            _ => data.len() < unit && !last,
        };
        if waiting {
            return Ok(None);
        }
        let mut part = self.decode_with(data, errors, last)?;
        if unit > 0 && self.after_bom(data).1 == 0 {
            if part.used >= unit {
                let unicode_error = types().exception_named("UnicodeError");
                let kind = if let Codec::Utf16(_) = self {
                    "UTF-16"
                } else {
                    "UTF-32"
                };
                return Err(PyErr::new(
                    unicode_error.unwrap_or(types().value_error),
                    format!("{kind} stream does not start with BOM"),
                ));
            }
            // Nothing decoded yet: the mark may still come.
            part.next = self;
        }
        Ok(Some(part))
    }

    /// The byte `c` encodes to in a single-byte codec; `None` where the
    /// codec has none (and for the others).
    fn encode_byte(self, c: char) -> Option<u8> {
        match self {
            Codec::Ascii => u8::try_from(c).ok().filter(u8::is_ascii),
            Codec::Latin1 => u8::try_from(c).ok(),
            Codec::CodePage(page) => page.encode_char(c),
            _ => None,
        }
    }

    /// The character `byte` decodes to in a single-byte codec; `None`
    /// where it stands for none (and for the others).
    fn decode_byte(self, byte: u8) -> Option<char> {
        match self {
            Codec::Ascii => byte.is_ascii().then_some(char::from(byte)),
            Codec::Latin1 => Some(char::from(byte)),
            Codec::CodePage(page) => page.decode_byte(byte),
            _ => None,
        }
    }

    /// Why a single-byte codec cannot encode or decode a character or byte.
    fn narrow_reason(self) -> &'static str {
        match self {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            _ => "character maps to <undefined>",
        }
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode_text(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    Codec::lookup(encoding)?
        .encode(text, errors)
        .map_err(|e| through_registry(e, "encoding", encoding))
}

/// `bytes.decode(encoding, errors)`.
pub fn decode_bytes(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    Codec::lookup(encoding)?
        .decode(data, errors)
        .map_err(|e| through_registry(e, "decoding", encoding))
}

/// Whether CPython's `str.encode` and `bytes.decode` call the codec
/// `encoding` names directly: its built-in UTF-8, UTF-16, UTF-32, ASCII
/// and Latin-1, under these spellings of their names only.
fn called_directly(encoding: &str) -> bool {
    let name: String = encoding
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let utf = name
        .strip_prefix("utf")
        .map(|n| n.strip_prefix('_').unwrap_or(n));
    matches!(utf, Some("8" | "16" | "32"))
        || matches!(
            name.as_str(),
            "ascii" | "us_ascii" | "latin1" | "latin_1" | "iso_8859_1" | "iso8859_1"
        )
}

/// The error of a codec that CPython calls through its codec registry,
/// which wraps an error handler's `LookupError` or `TypeError` in one of
/// the same class that says what failed: `decoding with 'cp1252' codec
/// failed (LookupError: unknown error handler name 'x')`.
fn through_registry(err: PyErr, doing: &str, encoding: &str) -> PyErr {
    let wrapped = [types().lookup_error, types().type_error];
    let Some(class) = wrapped.into_iter().find(|&c| err.matches(c)) else {
        return err;
    };
    if called_directly(encoding) {
        return err;
    }
    let message = crate::error::exc_state(&err.exc).and_then(|state| {
        let state = state.borrow();
        match state.args.first().and_then(Value::kind) {
            Some(ObjKind::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        }
    });
    let kind = if class == types().lookup_error {
        "LookupError"
    } else {
        "TypeError"
    };
    PyErr::new(
        class,
        format!(
            "{doing} with '{encoding}' codec failed ({kind}: {})",
            message.unwrap_or_default()
        ),
    )
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

/// `\N{NAME}`, as `namereplace` writes a character, or
/// [`escape_char`]'s escape for one without a name.
fn name_escape(c: char) -> String {
    unicode_names2::name(c).map_or_else(|| escape_char(c), |name| format!("\\N{{{name}}}"))
}

/// Encodes with a single-byte codec (ASCII, Latin-1, a code page).
fn encode_narrow(codec: Codec, text: &str, errors: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut rest: &[char] = &chars;
    let mut position = 0usize;
    while let Some((&c, tail)) = rest.split_first() {
        if let Some(byte) = codec.encode_byte(c) {
            out.push(byte);
            rest = tail;
            position += 1;
            continue;
        }
        let run = rest
            .iter()
            .take_while(|&&d| codec.encode_byte(d).is_none())
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
            "namereplace" => bad.iter().for_each(|&d| out.extend(name_escape(d).bytes())),
            _ => return Err(unknown_handler(errors)),
        }
        position += bad.len();
        rest = after;
    }
    Ok(out)
}

/// The `UnicodeEncodeError` for the characters `bad`, at `start` in `text`.
fn encode_error(codec: Codec, text: &str, bad: &[char], start: usize) -> PyErr {
    let reason = codec.narrow_reason();
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
        reason,
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

/// Decodes with a single-byte codec (ASCII, Latin-1, a code page), whose
/// failures are one byte each.
fn decode_narrow(codec: Codec, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        match codec.decode_byte(b) {
            Some(c) => out.push(c),
            None => {
                let bad = DecodeFailure {
                    codec,
                    data,
                    start: i,
                    end: i + 1,
                    reason: codec.narrow_reason(),
                };
                bad.handle(errors, &mut out)?;
            }
        }
    }
    Ok(out)
}

/// Decodes UTF-8: all of `data` when `last`, else all but a sequence at
/// its end that the bytes after it could still finish. Returns the text
/// and how many bytes it used.
fn decode_utf8(data: &[u8], errors: &str, last: bool) -> PyResult<(String, usize)> {
    let mut out = String::new();
    let mut pos = 0usize;
    loop {
        let tail = data.get(pos..).unwrap_or(&[]);
        match std::str::from_utf8(tail) {
            Ok(s) => {
                out.push_str(s);
                return Ok((out, data.len()));
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(tail.get(..good).unwrap_or(&[])) {
                    out.push_str(s);
                }
                let start = pos + good;
                let (len, reason) = match e.error_len() {
                    // A sequence the bytes after `data` could finish.
                    None if !last => return Ok((out, start)),
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
pub(super) struct DecodeFailure<'a> {
    /// The codec, which names itself in the error.
    pub(super) codec: Codec,
    /// All the bytes being decoded.
    pub(super) data: &'a [u8],
    /// Where the bytes it could not decode start in `data`.
    pub(super) start: usize,
    /// Where they end.
    pub(super) end: usize,
    /// Why it could not decode them.
    pub(super) reason: &'static str,
}

impl DecodeFailure<'_> {
    /// Applies the error handler: raises, or appends a replacement.
    pub(super) fn handle(&self, errors: &str, out: &mut String) -> PyResult<()> {
        match errors {
            "surrogateescape" | "surrogatepass" if self.makes_surrogate(errors) => {
                Err(self.error(format!(
                    "{} (taipan's str cannot hold the lone surrogates that \
                     errors='{errors}' would decode it to)",
                    self.reason
                )))
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                Err(self.error(self.reason.to_string()))
            }
            "xmlcharrefreplace" | "namereplace" => Err(PyErr::type_error(
                "don't know how to handle UnicodeDecodeError in error callback",
            )),
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

    /// The bytes it could not decode.
    fn bytes(&self) -> &[u8] {
        self.data.get(self.start..self.end).unwrap_or(&[])
    }

    /// Whether CPython's handler `errors` (`surrogateescape` or
    /// `surrogatepass`) would decode the failed bytes to lone surrogates
    /// (rather than give up and raise the codec's error): a byte of 0x80
    /// or more first, or a surrogate encoded in the codec's own way.
    fn makes_surrogate(&self, errors: &str) -> bool {
        let at = self.data.get(self.start..).unwrap_or(&[]);
        if errors == "surrogateescape" {
            return at.first().is_some_and(|&b| b >= 0x80);
        }
        match self.codec {
            Codec::Utf8 | Codec::Utf8Sig => {
                matches!(at, [0xed, 0xa0..=0xbf, 0x80..=0xbf, ..])
            }
            Codec::Utf16(_) | Codec::Utf32(_) => wide::surrogate_at(self.codec, at),
            _ => false,
        }
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
