//! The text of a source file from its bytes, as PEP 263 says: UTF-8
//! (after an optional byte-order mark) unless a `coding:` comment on the
//! first or second line names another encoding.

use crate::builtins::codecs::Codec;

/// Decodes a source file; `Err` holds the message of the SyntaxError
/// CPython raises for it (an unknown encoding, or bytes that are not in
/// the file's encoding).
pub fn decode_source(data: &[u8], path: &str) -> Result<String, String> {
    let data = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
    if let Some(name) = declared_encoding(data) {
        let codec = Codec::lookup(&name).map_err(|_| format!("encoding problem: {name}"))?;
        return codec
            .decode(data, "strict")
            .map_err(|_| format!("encoding problem: {name}"));
    }
    match std::str::from_utf8(data) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = data[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, but no \
                 encoding declared; see https://peps.python.org/pep-0263/ for details",
                data[at]
            ))
        }
    }
}

/// The encoding a `coding[:=]` comment names on line 1, or on line 2 when
/// line 1 is blank or a comment.
fn declared_encoding(data: &[u8]) -> Option<String> {
    let mut lines = data.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_comment(first) {
        return Some(name);
    }
    let first = trim_start(first);
    if first.is_empty() || first.starts_with(b"#") || first == b"\r" {
        return lines.next().and_then(coding_comment);
    }
    None
}

/// The name in a comment line matching `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn coding_comment(line: &[u8]) -> Option<String> {
    let rest = trim_start(line).strip_prefix(b"#")?;
    let at = rest
        .windows(7)
        .position(|w| w.starts_with(b"coding") && matches!(w[6], b':' | b'='))?;
    let name: String = rest[at + 7..]
        .iter()
        .skip_while(|&&b| b == b' ' || b == b'\t')
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        .map(|&b| char::from(b))
        .collect();
    (!name.is_empty()).then_some(name)
}

fn trim_start(line: &[u8]) -> &[u8] {
    let n = line
        .iter()
        .take_while(|&&b| matches!(b, b' ' | b'\t' | b'\x0c'))
        .count();
    &line[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_by_default_and_bom_dropped() {
        assert_eq!(
            decode_source("é\n".as_bytes(), "f.py").as_deref(),
            Ok("é\n")
        );
        assert_eq!(
            decode_source(b"\xef\xbb\xbfx\n", "f.py").as_deref(),
            Ok("x\n")
        );
    }

    #[test]
    fn cookie_on_first_or_second_line() {
        let latin = b"# -*- coding: latin-1 -*-\ns = '\xe9'\n";
        assert_eq!(
            decode_source(latin, "f.py").as_deref(),
            Ok("# -*- coding: latin-1 -*-\ns = 'é'\n")
        );
        let second = b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n'\x80'\n";
        assert!(decode_source(second, "f.py").is_ok_and(|t| t.ends_with("'€'\n")));
        // Line 1 is code: a cookie on line 2 does not count.
        let late = b"x = 1\n# coding: latin-1\n'\xe9'\n";
        assert!(decode_source(late, "f.py").is_err());
    }

    #[test]
    fn errors_name_the_problem() {
        assert_eq!(
            decode_source(b"# coding: foobar\n", "f.py").unwrap_err(),
            "encoding problem: foobar"
        );
        let bad = decode_source(b"x = 1\ns = '\xe9'\n", "f.py").unwrap_err();
        assert!(bad.starts_with("Non-UTF-8 code starting with '\\xe9' in file f.py on line 2"));
    }
}
