//! Python's backslash escapes, as string literals and the
//! `unicode_escape` codec read them (`\n`, `\x41`, `\u00e9`, `\N{BULLET}`,
//! `\101` ...), and as `raw_unicode_escape` reads its two (`\uXXXX`,
//! `\UXXXXXXXX`), with CPython's reasons for a bad one.
//!
//! The escapes are read from bytes whose escapes are ASCII: Latin-1 bytes
//! for the codecs, UTF-8 source text for literals.

/// Why an escape that names a lone surrogate stands for no character of
/// taipan's str (CPython's str holds one).
pub const LONE_SURROGATE: &str =
    "escape names a lone surrogate, which taipan's str cannot hold (CPython decodes it to one)";

/// What one escape stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// These characters (one, or a backslash and the unknown escape's
    /// character), and where the bytes after the escape start.
    Text(char, Option<char>, usize),
    /// Nothing (an escaped newline); the bytes after it start here.
    Skip(usize),
    /// A bad escape: where its bytes end, and why.
    Bad(usize, &'static str),
}

/// The character an escape's code point stands for, or why it stands for
/// none.
fn code_point(code: u32, out_of_range: &'static str) -> Result<char, &'static str> {
    match code {
        0xd800..=0xdfff => Err(LONE_SURROGATE),
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

/// Reads the escape whose backslash is at `start`, as a string literal
/// and the `unicode_escape` codec do.
pub fn unicode_step(data: &[u8], start: usize) -> Step {
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
        _ => match char::from(c) {
            ch if ch.is_ascii() => Step::Text('\\', Some(ch), next),
            // The first byte of a character of UTF-8 text: left for the
            // caller to copy.
            _ => Step::Text('\\', None, start + 1),
        },
    }
}

/// Reads `\o`, `\oo` or `\ooo` (up to `\777`) whose backslash is at
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

/// Reads `\N{NAME}`, `at` being just after the `N`.
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

/// Reads the `raw_unicode_escape` escape whose backslash is at `start`,
/// known to be followed by `u` or `U` ([`raw_escape_at`]).
pub fn raw_step(data: &[u8], start: usize) -> Step {
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
pub fn raw_escape_at(data: &[u8], at: usize) -> bool {
    let run = data
        .get(..=at)
        .map_or(0, |d| d.iter().rev().take_while(|&&b| b == b'\\').count());
    run % 2 == 1 && matches!(data.get(at + 1), Some(b'u' | b'U'))
}

/// Whether a bad escape's reason says the bytes ran out (so that more
/// bytes could still finish it).
pub fn cut_short(reason: &str) -> bool {
    reason.starts_with("truncated")
        || reason.starts_with("malformed")
        || reason.ends_with("end of string")
}

/// The text of a string literal's body with its escapes read: the text,
/// or the byte offset in `body` of the first bad escape and why it is bad.
pub fn unescape(body: &str) -> Result<String, (usize, &'static str)> {
    let data = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut pos = 0usize;
    while let Some(at) = data
        .get(pos..)
        .and_then(|rest| rest.iter().position(|&b| b == b'\\'))
    {
        let start = pos + at;
        out.push_str(body.get(pos..start).unwrap_or(""));
        pos = match unicode_step(data, start) {
            Step::Text(first, second, next) => {
                out.push(first);
                out.extend(second);
                next
            }
            Step::Skip(next) => next,
            Step::Bad(_, reason) => return Err((start, reason)),
        };
    }
    out.push_str(body.get(pos..).unwrap_or(""));
    Ok(out)
}

/// The byte offset in `text` (the source of one or more adjacent string
/// literals, with the comments and line breaks between them) of the first
/// escape that names a lone surrogate in a literal that reads escapes (not
/// raw, not bytes).
pub fn find_lone_surrogate(text: &str) -> Option<usize> {
    let data = text.as_bytes();
    let mut i = 0usize;
    while let Some(&c) = data.get(i) {
        if c == b'#' {
            i += data.iter().skip(i).take_while(|&&b| b != b'\n').count();
            continue;
        }
        if c != b'\'' && c != b'"' {
            i += 1;
            continue;
        }
        let prefix: Vec<u8> = data
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic())
            .map(u8::to_ascii_lowercase)
            .collect();
        let reads_escapes = !prefix.contains(&b'r') && !prefix.contains(&b'b');
        let (found, end) = scan_literal(data, i, reads_escapes);
        if found.is_some() {
            return found;
        }
        i = end;
    }
    None
}

/// Scans the literal whose opening quote is at `open`: the offset of an
/// escape in it that names a lone surrogate (when `reads_escapes`), and
/// where the literal ends.
fn scan_literal(data: &[u8], open: usize, reads_escapes: bool) -> (Option<usize>, usize) {
    let quote = data.get(open).copied().unwrap_or(b'"');
    let triple = data.get(open..open + 3) == Some(&[quote; 3][..]);
    let delim_len = if triple { 3 } else { 1 };
    let mut i = open + delim_len;
    while let Some(&c) = data.get(i) {
        if c == b'\\' {
            if reads_escapes
                && matches!(unicode_step(data, i), Step::Bad(_, r) if r == LONE_SURROGATE)
            {
                return (Some(i), i);
            }
            i += 2;
            continue;
        }
        let closes = if triple {
            data.get(i..i + 3) == Some(&[quote; 3][..])
        } else {
            c == quote || c == b'\n'
        };
        if closes {
            return (None, i + delim_len);
        }
        i += 1;
    }
    (None, data.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescapes_literal_bodies() {
        assert_eq!(
            unescape(r"a\tb\u00e9\x41\N{BULLET}\q\101é"),
            Ok("a\tbéA•\\qAé".to_string())
        );
        assert_eq!(unescape(r"\x4"), Err((0, "truncated \\xXX escape")));
        assert_eq!(unescape("\\é"), Ok("\\é".to_string()));
    }

    #[test]
    fn finds_lone_surrogates_in_literals_that_read_escapes() {
        assert_eq!(find_lone_surrogate(r#""ab\ud800""#), Some(3));
        assert_eq!(find_lone_surrogate(r#"r"\ud800" b"\ud800""#), None);
        assert_eq!(find_lone_surrogate(r#""\\ud800" '\"' # "\udc00""#), None);
        assert_eq!(
            find_lone_surrogate("\"\"\"a\"\n\"\"\" f'{x}\\udfff'"),
            Some(15)
        );
        assert_eq!(find_lone_surrogate(r#""\U0001f600\u00e9""#), None);
    }
}
