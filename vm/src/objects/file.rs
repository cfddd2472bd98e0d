//! Open files, as returned by `open()`, and the standard streams.

use crate::builtins::codecs::Codec;
use std::fs::File;
use std::io::{BufReader, BufWriter};

/// How a file was opened.
pub enum FileHandle {
    /// Open for reading.
    Read(BufReader<File>),
    /// Open for writing or appending.
    Write(BufWriter<File>),
    /// Open for reading and writing (a `+` mode): reads are buffered,
    /// writes go straight to the file at the position of the reading.
    Update(BufReader<File>),
    /// The process's standard input.
    Stdin,
    /// The runtime's standard output.
    Stdout,
    /// The runtime's standard error.
    Stderr,
    /// Closed.
    Closed,
}

/// How a text file ends lines (`open`'s `newline`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: reading ends lines at `\r`, `\n` and `\r\n` and turns each
    /// into `\n`; writing writes `\n` as it is (Linux's `os.linesep`).
    Universal,
    /// `''`: reading ends lines at all three and leaves them as they are;
    /// writing writes `\n` as it is.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: reading ends lines only there, leaving
    /// them as they are; writing turns every `\n` into it.
    Fixed(&'static str),
}

/// The text layer of a text file: the codec, and what has been read from
/// the file but not yet by the script.
pub struct TextState {
    /// What `.encoding` reports (the name given to `open`, or `UTF-8`).
    pub encoding: String,
    /// The codec `encoding` names.
    pub codec: Codec,
    /// The codec that decodes the next bytes read: `codec` at the start
    /// of the stream (where a byte order mark may be skipped or followed),
    /// then what it chose ([`Codec::decode_part`]).
    pub decoder: Codec,
    /// The codec that encodes the next text written: `codec` at the start
    /// of the file (where a byte order mark may be written), then
    /// [`Codec::after_start`].
    pub encoder: Codec,
    /// The error handler (`.errors`).
    pub errors: String,
    /// How lines end.
    pub newline: Newline,
    /// Decoded (and, with universal newlines, translated) text.
    pub buf: String,
    /// The byte index in `buf` of the first character not yet read.
    pub pos: usize,
    /// The byte indexes in `buf` of the `\n`s that stand for a `\r\n` in
    /// the file (so that `tell` can count the bytes that are still unread).
    pub crlf: Vec<usize>,
    /// Bytes read from the file but not yet decoded (an unfinished
    /// sequence, a byte order mark not yet whole).
    pub raw: Vec<u8>,
    /// A `\r` read at the end of the last piece, kept back until the next
    /// piece says whether a `\n` follows it.
    pub held_cr: bool,
    /// The file has been read to its end.
    pub eof: bool,
    /// CPython's text layer holds a snapshot of its decoder (after reading
    /// a piece, or a seek), so `tell` packs the decoder's state into the
    /// position it gives; reading all the rest or writing drops it.
    pub snapshot: bool,
}

impl TextState {
    /// A text layer with nothing read yet.
    pub fn new(encoding: String, codec: Codec, errors: String, newline: Newline) -> TextState {
        TextState {
            encoding,
            codec,
            decoder: codec,
            encoder: codec,
            errors,
            newline,
            buf: String::new(),
            pos: 0,
            crlf: Vec::new(),
            raw: Vec::new(),
            held_cr: false,
            eof: false,
            snapshot: false,
        }
    }
}

/// The state of an open file.
pub struct FileState {
    /// The path given to `open`.
    pub name: String,
    /// The mode as `.mode` reports it.
    pub mode: String,
    /// The handle.
    pub handle: FileHandle,
    /// The text layer; `None` for a binary file.
    pub text: Option<TextState>,
}

impl FileState {
    /// Whether the file was opened in binary mode.
    pub fn binary(&self) -> bool {
        self.text.is_none()
    }

    /// The name of the file's Python type.
    pub fn type_name(&self) -> &'static str {
        match &self.text {
            Some(_) => "TextIOWrapper",
            None if self.mode.contains('+') => "BufferedRandom",
            None if self.mode.starts_with('r') => "BufferedReader",
            None => "BufferedWriter",
        }
    }
}
