//! The text layer of text files (CPython's `TextIOWrapper`): decoding the
//! file's bytes piece by piece, universal newlines, reading by characters
//! and lines, encoding what is written, and the byte position of what the
//! script has read (`tell`).
//!
//! As in CPython, the bytes are decoded 8 KB at a time (so a decoding
//! error anywhere in a piece is raised by the read that decodes it, and
//! its position counts from the start of the piece), and a `\r` at the end
//! of a piece is kept back until the next piece says whether `\n` follows.

use crate::builtins::codecs::{Codec, Endian};
use crate::error::PyResult;
use crate::objects::file::{Newline, TextState};
use std::borrow::Cow;

/// How many bytes one step of reading decodes (CPython's `_CHUNK_SIZE`).
pub const CHUNK: usize = 8192;

impl TextState {
    /// Whether reading ends lines at `\r`, `\n` and `\r\n` alike.
    fn universal(&self) -> bool {
        matches!(self.newline, Newline::Universal | Newline::Untranslated)
    }

    /// The text decoded but not yet read.
    fn unread(&self) -> &str {
        self.buf.get(self.pos..).unwrap_or("")
    }

    /// Adds `bytes` (a piece of the file; `last` when it reaches the end)
    /// to what has been read: decodes what can be decoded and appends it
    /// to the buffer.
    pub fn feed(&mut self, bytes: &[u8], last: bool) -> PyResult<()> {
        self.raw.extend_from_slice(bytes);
        let Some(part) = self.decoder.decode_part(&self.raw, &self.errors, last)? else {
            self.eof = last;
            return Ok(());
        };
        self.decoder = part.next;
        self.raw.drain(..part.used.min(self.raw.len()));
        self.push_text(part.text, last);
        self.eof = last;
        Ok(())
    }

    /// Appends decoded text to the buffer, translating line ends for
    /// universal newlines and keeping a final `\r` back unless `last`.
    fn push_text(&mut self, text: String, last: bool) {
        self.compact();
        let mut text = if std::mem::take(&mut self.held_cr) {
            format!("\r{text}")
        } else {
            text
        };
        if self.universal() && !last && text.ends_with('\r') {
            text.pop();
            self.held_cr = true;
        }
        if self.newline != Newline::Universal {
            self.buf.push_str(&text);
            return;
        }
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '\r' {
                self.buf.push(c);
                continue;
            }
            if chars.peek() == Some(&'\n') {
                chars.next();
                self.crlf.push(self.buf.len());
            }
            self.buf.push('\n');
        }
    }

    /// Drops the text already read from the front of the buffer.
    fn compact(&mut self) {
        if self.pos == 0 {
            return;
        }
        let pos = self.pos;
        self.buf.drain(..pos);
        self.crlf.retain(|&i| i >= pos);
        self.crlf.iter_mut().for_each(|i| *i -= pos);
        self.pos = 0;
    }

    /// Takes the next `len` bytes of the buffer's unread text.
    fn take(&mut self, len: usize) -> String {
        let end = (self.pos + len).min(self.buf.len());
        let out = self.buf.get(self.pos..end).unwrap_or("").to_string();
        self.pos = end;
        out
    }

    /// The length in bytes of the first `n` characters of the unread
    /// text, or `None` when it holds fewer.
    fn chars_len(&self, n: usize) -> Option<usize> {
        if n == 0 {
            return Some(0);
        }
        self.unread()
            .char_indices()
            .nth(n - 1)
            .map(|(i, c)| i + c.len_utf8())
    }

    /// Takes up to `n` characters (all the rest when `None`) if the buffer
    /// holds enough of them or the file is at its end; else `None`, and the
    /// caller reads more.
    pub fn take_chars(&mut self, n: Option<usize>) -> Option<String> {
        match n.map(|n| self.chars_len(n)) {
            Some(Some(len)) => Some(self.take(len)),
            _ if self.eof => Some(self.take(self.unread().len())),
            _ => None,
        }
    }

    /// Takes the next line (with at most `limit` characters) if the buffer
    /// holds all of it or the file is at its end; else `None`.
    pub fn take_line(&mut self, limit: Option<usize>) -> Option<String> {
        let end = line_end(self.unread(), self.newline);
        let cut = limit.and_then(|n| self.chars_len(n));
        match (end, cut) {
            (Some(e), Some(c)) => Some(self.take(e.min(c))),
            (Some(len), None) | (None, Some(len)) => Some(self.take(len)),
            (None, None) if self.eof => Some(self.take(self.unread().len())),
            (None, None) => None,
        }
    }

    /// How many bytes of the file have been read from it but not yet
    /// handed to the script: the byte position of the script's reading is
    /// the file's position less this.
    pub fn unread_bytes(&self) -> usize {
        let crlf = self.crlf.iter().filter(|&&i| i >= self.pos).count();
        let cr = self.decoder.encoded_len("\r");
        self.decoder.encoded_len(self.unread())
            + (crlf + usize::from(self.held_cr)) * cr
            + self.raw.len()
    }

    /// Forgets what was read ahead, after a seek to `position`: the codec
    /// starts afresh at the start of the file (a byte order mark to skip
    /// or to write there) and carries on anywhere else.
    pub fn reset(&mut self, position: u64) {
        self.drop_read_ahead();
        let codec = if position == 0 {
            self.codec
        } else {
            self.codec.after_start()
        };
        self.decoder = codec;
        self.encoder = codec;
        self.snapshot = true;
    }

    /// The decoder state CPython's `tell` packs above bit 64 of the byte
    /// position: 1 while a plain UTF-16 or UTF-32 stream is read
    /// big-endian (0, the native order, leaves a plain position), shifted
    /// one bit further where lines are read with universal newlines (as
    /// CPython's newline decoder does to the state of its codec).
    pub fn cookie_flags(&self) -> u64 {
        let big = matches!(
            self.decoder,
            Codec::Utf16(Endian::Big) | Codec::Utf32(Endian::Big)
        );
        let flag = u64::from(self.snapshot && big && self.decoder != self.codec);
        flag << u32::from(self.universal())
    }

    /// After a seek to a position that [`TextState::cookie_flags`] packed
    /// `flags` into: decodes in the byte order they say (2: looks for a
    /// byte order mark again).
    pub fn restore_cookie_flags(&mut self, flags: u64) {
        let state = if self.universal() { flags >> 1 } else { flags };
        self.decoder = match (state, self.codec) {
            (1, Codec::Utf16(Endian::Bom)) => Codec::Utf16(Endian::Big),
            (1, Codec::Utf32(Endian::Bom)) => Codec::Utf32(Endian::Big),
            (2, codec) => codec,
            _ => self.decoder,
        };
    }

    /// Forgets what was read ahead, before a write where the reading is;
    /// as in CPython, the decoder starts afresh (looking for a byte order
    /// mark where the next read starts).
    pub fn drop_read_ahead(&mut self) {
        self.buf.clear();
        self.pos = 0;
        self.crlf.clear();
        self.raw.clear();
        self.held_cr = false;
        self.eof = false;
        self.decoder = self.codec;
        self.snapshot = false;
    }

    /// The bytes to write for `text`: line ends turned into `newline`,
    /// then encoded (with a byte order mark first for `utf-8-sig` and the
    /// plain UTF-16 and UTF-32 at the start of the file).
    pub fn encode(&mut self, text: &str) -> PyResult<Vec<u8>> {
        let text = match self.newline {
            Newline::Fixed(nl) if nl != "\n" => Cow::Owned(text.replace('\n', nl)),
            _ => Cow::Borrowed(text),
        };
        let bytes = self.encoder.encode(&text, &self.errors)?;
        self.encoder = self.encoder.after_start();
        Ok(bytes)
    }
}

/// The length in bytes of the first line of `text`, with its end, when
/// `text` holds its end. A `\r` at the very end of the text is a whole
/// line end because [`TextState::push_text`] keeps back a `\r` that a `\n`
/// might still follow.
fn line_end(text: &str, newline: Newline) -> Option<usize> {
    match newline {
        Newline::Universal => text.find('\n').map(|i| i + 1),
        Newline::Untranslated => {
            let i = text.find(['\r', '\n'])?;
            let crlf = text.get(i..).is_some_and(|t| t.starts_with("\r\n"));
            Some(i + if crlf { 2 } else { 1 })
        }
        Newline::Fixed(nl) => text.find(nl).map(|i| i + nl.len()),
    }
}
