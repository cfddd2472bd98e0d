//! UTF-16 and UTF-32: code units of 2 or 4 bytes, in either byte order,
//! with CPython's error reasons (`truncated data`, `illegal encoding`,
//! `illegal UTF-16 surrogate`, `unexpected end of data`, and the code
//! point ranges of UTF-32).

use super::{Codec, DecodeFailure};
use crate::error::PyResult;

/// The byte order of a UTF-16 or UTF-32 codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    /// The plain form (`utf-16`, `utf-32`): the encoder writes a byte
    /// order mark, then little-endian (the native order); the decoder
    /// follows a mark at the start, and reads little-endian without one.
    Bom,
    /// Little-endian, no byte order mark (`utf-16-le`, `utf-32-le`).
    Little,
    /// Big-endian, no byte order mark (`utf-16-be`, `utf-32-be`).
    Big,
}

/// The byte order mark's code point.
const BOM: u32 = 0xfeff;

/// Appends the code unit `unit` as `width` bytes.
fn put_unit(out: &mut Vec<u8>, unit: u32, width: usize, big: bool) {
    if big {
        let bytes = unit.to_be_bytes();
        out.extend(bytes.get(4 - width..).unwrap_or(&bytes));
    } else {
        let bytes = unit.to_le_bytes();
        out.extend(bytes.get(..width).unwrap_or(&bytes));
    }
}

/// The code unit of `width` bytes at the start of `data`, if it holds one.
fn unit_at(data: &[u8], width: usize, big: bool) -> Option<u32> {
    let bytes = data.get(..width)?;
    let fold = |acc: u32, &b: &u8| acc << 8 | u32::from(b);
    Some(if big {
        bytes.iter().fold(0, fold)
    } else {
        bytes.iter().rev().fold(0, fold)
    })
}

/// The unit width and whether it is big-endian, for a UTF-16 or UTF-32
/// codec (the plain forms read as little-endian).
fn layout(codec: Codec) -> (usize, bool) {
    match codec {
        Codec::Utf32(endian) => (4, endian == Endian::Big),
        Codec::Utf16(endian) => (2, endian == Endian::Big),
        _ => (1, false),
    }
}

/// Encodes `text` in units of `width` bytes (2 for UTF-16, 4 for UTF-32);
/// the plain form puts a little-endian byte order mark first.
pub fn encode(text: &str, width: usize, endian: Endian) -> Vec<u8> {
    let big = endian == Endian::Big;
    let mut out = Vec::with_capacity(width * (text.len() + 1));
    if endian == Endian::Bom {
        put_unit(&mut out, BOM, width, big);
    }
    for c in text.chars() {
        if width == 4 {
            put_unit(&mut out, u32::from(c), width, big);
        } else {
            let mut units = [0u16; 2];
            for &unit in c.encode_utf16(&mut units).iter() {
                put_unit(&mut out, u32::from(unit), width, big);
            }
        }
    }
    out
}

/// The codec (`make` applied to the byte order) that decodes `data` after
/// a byte order mark of `width`-byte units at its start, and the mark's
/// length; little-endian from the start where there is no mark.
pub fn sniff(data: &[u8], width: usize, make: fn(Endian) -> Codec) -> (Codec, usize) {
    for endian in [Endian::Little, Endian::Big] {
        if unit_at(data, width, endian == Endian::Big) == Some(BOM) {
            return (make(endian), width);
        }
    }
    (make(Endian::Little), 0)
}

/// Whether `data` starts with a code unit of `codec` that is a surrogate
/// (what `errors='surrogatepass'` would decode).
pub fn surrogate_at(codec: Codec, data: &[u8]) -> bool {
    let (width, big) = layout(codec);
    unit_at(data, width, big).is_some_and(|u| (0xd800..0xe000).contains(&u))
}

/// One step of decoding.
enum Step {
    /// A character, from this many bytes.
    Char(char, usize),
    /// This many bytes that do not decode, and why.
    Bad(usize, &'static str),
    /// The bytes end before the character does, and why that fails at
    /// the end of the input.
    Short(&'static str),
}

/// Decodes the UTF-16 character at the start of `data`.
fn step16(data: &[u8], big: bool) -> Step {
    let Some(unit) = unit_at(data, 2, big) else {
        return Step::Short("truncated data");
    };
    match unit {
        0xdc00..=0xdfff => Step::Bad(2, "illegal encoding"),
        0xd800..=0xdbff => match unit_at(data.get(2..).unwrap_or(&[]), 2, big) {
            None => Step::Short("unexpected end of data"),
            Some(low @ 0xdc00..=0xdfff) => {
                let code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                char::from_u32(code).map_or(Step::Bad(4, "illegal encoding"), |c| Step::Char(c, 4))
            }
            Some(_) => Step::Bad(2, "illegal UTF-16 surrogate"),
        },
        _ => char::from_u32(unit).map_or(Step::Bad(2, "illegal encoding"), |c| Step::Char(c, 2)),
    }
}

/// Decodes the UTF-32 character at the start of `data`.
fn step32(data: &[u8], big: bool) -> Step {
    let Some(code) = unit_at(data, 4, big) else {
        return Step::Short("truncated data");
    };
    match char::from_u32(code) {
        Some(c) => Step::Char(c, 4),
        None if (0xd800..0xe000).contains(&code) => Step::Bad(
            4,
            "code point in surrogate code point range(0xd800, 0xe000)",
        ),
        None => Step::Bad(4, "code point not in range(0x110000)"),
    }
}

/// Decodes `data` from `from` (past a byte order mark) with `codec`, a
/// UTF-16 or UTF-32 codec: all of it when `last`, else all but an
/// unfinished unit or surrogate pair at its end. Error positions count
/// from the start of `data`, mark included, as CPython's do. Returns the
/// text and how many bytes of `data` it used.
pub fn decode(
    codec: Codec,
    data: &[u8],
    from: usize,
    errors: &str,
    last: bool,
) -> PyResult<(String, usize)> {
    let (width, big) = layout(codec);
    let mut out = String::with_capacity(data.len() / width);
    let mut pos = from;
    while let Some(rest) = data.get(pos..).filter(|r| !r.is_empty()) {
        let step = if width == 4 {
            step32(rest, big)
        } else {
            step16(rest, big)
        };
        let (len, reason) = match step {
            Step::Char(c, len) => {
                out.push(c);
                pos += len;
                continue;
            }
            Step::Bad(len, reason) => (len, reason),
            Step::Short(_) if !last => break,
            Step::Short(reason) => (rest.len(), reason),
        };
        let failure = DecodeFailure {
            codec,
            data,
            start: pos,
            end: pos + len,
            reason,
        };
        failure.handle(errors, &mut out)?;
        pos += len;
    }
    Ok((out, pos))
}
