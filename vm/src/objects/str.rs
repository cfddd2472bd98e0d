//! `str`: immutable text with its length in code points and a cached hash.

use std::sync::atomic::{AtomicI64, Ordering};

/// The payload of a `str` object.
pub struct PyStr {
    text: Box<str>,
    char_len: usize,
    /// 0 until computed. Relaxed atomics: a frozen string may be hashed by
    /// several threads at once; they all store the same number.
    hash: AtomicI64,
}

impl PyStr {
    /// Wraps text.
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            char_len,
            hash: AtomicI64::new(0),
        }
    }

    /// `self + other`, with the length in code points added rather than
    /// counted again.
    pub fn concat(&self, other: &PyStr) -> PyStr {
        let mut text = String::with_capacity(self.text.len() + other.text.len());
        text.push_str(&self.text);
        text.push_str(&other.text);
        PyStr {
            text: text.into_boxed_str(),
            char_len: self.char_len + other.char_len,
            hash: AtomicI64::new(0),
        }
    }

    /// Appends `other` to this string, in place: only for a string that
    /// nothing else refers to, where no one can see it change (`s += t` in
    /// a loop is then linear, not quadratic). The buffer grows by
    /// `realloc`, which usually extends it where it lies.
    pub fn push(&mut self, other: &PyStr) {
        let mut text = std::mem::take(&mut self.text).into_string();
        text.reserve_exact(other.text.len());
        text.push_str(&other.text);
        self.text = text.into_boxed_str();
        self.char_len += other.char_len;
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
        self.char_len
    }

    /// Whether every character is ASCII (then byte and character indexes agree).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
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

    /// The byte offset of the code point at `index` (`index <= char_len`).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            return index.min(self.text.len());
        }
        self.text
            .char_indices()
            .nth(index)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// The code point at `index` (`index < char_len`).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            return self.text.as_bytes().get(index).map(|&b| b as char);
        }
        self.text.chars().nth(index)
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
