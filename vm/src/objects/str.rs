//! `str`: immutable text with its length in code points and a cached hash.
//!
//! The text is UTF-8, so the code point at an index is not at a fixed byte
//! offset. Long text that is not all ASCII therefore knows its length in
//! code points and, once it is first indexed or sliced, keeps a table of the
//! byte offset of every [`STRIDE`]th code point: indexing and slicing it by
//! code point cost a short walk, not a scan from the start (a loop over
//! `s[i]` stays linear, as in CPython). Building, joining and splitting text
//! never pays for a table it does not use.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

/// Text of at most this many bytes keeps no table: it is scanned when a
/// length or an offset is asked for.
const SHORT: usize = 64;
/// Code points between two entries of a [`CharIndex`].
const STRIDE: usize = 32;

/// Where the code points of long non-ASCII text lie.
struct CharIndex {
    /// Length in code points.
    char_len: usize,
    /// `offsets[k]` is the byte offset of code point `k * STRIDE`; built
    /// on first use (by any of the threads a frozen string is shared with).
    offsets: OnceLock<Vec<usize>>,
}

impl CharIndex {
    /// The table of `text`, built now if it was not.
    fn offsets(&self, text: &str) -> &[usize] {
        self.offsets.get_or_init(|| {
            let mut offsets = Vec::with_capacity(self.char_len / STRIDE + 1);
            add_offsets(&mut offsets, text, 0, 0);
            offsets
        })
    }
}

/// Appends to `offsets` the byte offset of every [`STRIDE`]th code point of
/// `text[from..]`, which starts at code point `first`.
fn add_offsets(offsets: &mut Vec<usize>, text: &str, from: usize, first: usize) {
    for (n, (offset, _)) in text[from..].char_indices().enumerate() {
        if (first + n).is_multiple_of(STRIDE) {
            offsets.push(from + offset);
        }
    }
}

/// The payload of a `str` object.
pub struct PyStr {
    text: Box<str>,
    /// None for short or all-ASCII text (long text without an index is
    /// ASCII).
    index: Option<Box<CharIndex>>,
    /// 0 until computed. Relaxed atomics: a frozen string may be hashed by
    /// several threads at once; they all store the same number.
    hash: AtomicI64,
}

impl PyStr {
    /// Wraps text.
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        PyStr::from_text(text.into())
    }

    /// [`PyStr::new`], once for every kind of text (kept out of line: it is
    /// called from hundreds of places).
    #[inline(never)]
    fn from_text(text: Box<str>) -> PyStr {
        let char_len = if text.len() > SHORT {
            super::str_ops::char_len(&text)
        } else {
            text.len()
        };
        PyStr::with_char_len(text, char_len)
    }

    /// Wraps text whose length in code points is known (it is only looked
    /// at for long text: fewer code points than bytes means non-ASCII).
    fn with_char_len(text: Box<str>, char_len: usize) -> PyStr {
        let index = (text.len() > SHORT && char_len < text.len()).then(|| {
            Box::new(CharIndex {
                char_len,
                offsets: OnceLock::new(),
            })
        });
        PyStr {
            text,
            index,
            hash: AtomicI64::new(0),
        }
    }

    /// `self + other`.
    pub fn concat(&self, other: &PyStr) -> PyStr {
        let mut text = String::with_capacity(self.text.len() + other.text.len());
        text.push_str(&self.text);
        text.push_str(&other.text);
        PyStr::new(text)
    }

    /// Appends `other` to this string, in place: only for a string that
    /// nothing else refers to, where no one can see it change (`s += t` in
    /// a loop is then linear, not quadratic). The buffer grows by
    /// `realloc`, which usually extends it where it lies.
    pub fn push(&mut self, other: &PyStr) {
        let old_chars = self.char_len();
        let mut text = std::mem::take(&mut self.text).into_string();
        let from = text.len();
        text.reserve_exact(other.text.len());
        text.push_str(&other.text);
        match &mut self.index {
            Some(index) => {
                index.char_len += other.char_len();
                if let Some(offsets) = index.offsets.get_mut() {
                    add_offsets(offsets, &text, from, old_chars);
                }
            }
            None => {
                let chars = old_chars + other.char_len();
                *self = PyStr::with_char_len(text.into_boxed_str(), chars);
                return;
            }
        }
        self.text = text.into_boxed_str();
        *self.hash.get_mut() = 0;
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        match &self.index {
            Some(index) => index.char_len,
            None if self.text.len() > SHORT => self.text.len(),
            None => super::str_ops::char_len(&self.text),
        }
    }

    /// Whether every character is ASCII (then byte and character indexes agree).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.index.is_none() && (self.text.len() > SHORT || self.text.is_ascii())
    }

    /// The bytes the text and its index take (counting the table, built
    /// or not, so that the charge does not change when it is built).
    pub fn heap_bytes(&self) -> usize {
        self.text.len()
            + self.index.as_ref().map_or(0, |index| {
                std::mem::size_of::<CharIndex>()
                    + (index.char_len / STRIDE + 1) * std::mem::size_of::<usize>()
            })
    }

    /// The Python hash of this string, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        let h = hash_text(&self.text);
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// The byte offset of the code point at `index` (the text's length in
    /// bytes for `index >= char_len`).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            return index.min(self.text.len());
        }
        let (from, skip) = match &self.index {
            Some(table) => match table.offsets(&self.text).get(index / STRIDE) {
                Some(&offset) => (offset, index % STRIDE),
                None => return self.text.len(),
            },
            None => (0, index),
        };
        self.text[from..]
            .char_indices()
            .nth(skip)
            .map_or(self.text.len(), |(b, _)| from + b)
    }

    /// The code point at `index` (`index < char_len`).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            return self.text.as_bytes().get(index).map(|&b| b as char);
        }
        self.text[self.byte_offset(index)..].chars().next()
    }

    /// The code points `start..stop` (`start <= stop`, both clamped to the
    /// length).
    pub fn substring(&self, start: usize, stop: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(stop);
        &self.text[a..b.max(a)]
    }

    /// The code points `start..stop` as a new string (both clamped to the
    /// length; empty when `start >= stop`), without counting them again.
    pub fn slice(&self, start: usize, stop: usize) -> PyStr {
        if self.is_ascii() {
            // Code points are bytes: one check instead of counting the
            // text and walking it for each bound.
            let len = self.text.len();
            let (a, b) = (start.min(len), stop.min(len));
            let piece = &self.text[a..b.max(a)];
            return PyStr::with_char_len(piece.into(), piece.len());
        }
        let len = self.char_len();
        let chars = stop.min(len) - start.min(stop).min(len);
        PyStr::with_char_len(self.substring(start, stop).into(), chars)
    }
}

/// The hash of a string as `str` objects report it (never 0, so that 0 can
/// mean "not computed yet" in the cache).
#[inline]
pub fn hash_text(text: &str) -> i64 {
    let h = crate::hash::hash_str(text);
    if h == 0 {
        1
    } else {
        h
    }
}

/// A one-character str. ASCII characters come from a table of frozen,
/// process-wide objects (as CPython caches its one-character strings), so
/// indexing and iterating over text allocates nothing for them.
pub fn char_value(c: char) -> crate::value::Value {
    use crate::object::ObjKind;
    use crate::value::Value;
    if c.is_ascii() {
        return ascii_char_value(c as u8);
    }
    let mut buf = [0u8; 4];
    Value::obj(ObjKind::Str(PyStr::new(&*c.encode_utf8(&mut buf))))
}

/// A str holding a copy of `text`; one ASCII character comes from the
/// shared table of [`ascii_char_value`] (split pieces, slices of one).
pub fn text_value(text: &str) -> crate::value::Value {
    match text.as_bytes() {
        [b] if b.is_ascii() => ascii_char_value(*b),
        _ => crate::error::str_value(text),
    }
}

/// The one-character string of an ASCII byte (`b < 128`): one shared
/// frozen object per character, as CPython shares its Latin-1 characters.
#[inline]
pub fn ascii_char_value(b: u8) -> crate::value::Value {
    use crate::object::ObjKind;
    use crate::value::{FrozenRef, ObjRef};
    static ASCII: std::sync::OnceLock<Vec<FrozenRef>> = std::sync::OnceLock::new();
    let table = ASCII.get_or_init(|| {
        (0u8..128)
            .map(|b| ObjRef::new_frozen(ObjKind::Str(PyStr::new((b as char).to_string()))))
            .collect()
    });
    table[usize::from(b)].value()
}
