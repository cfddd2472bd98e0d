//! The strings a pattern matches: str (ASCII text as bytes, other text as
//! code points) or bytes-like objects, and the pieces cut from them.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::{Value, Vm};

/// A subject string, indexed by character.
pub enum Text<'a> {
    /// ASCII str or bytes: one byte per character.
    Narrow {
        /// The bytes.
        data: Cow<'a, [u8]>,
        /// Whether the original is a str.
        is_str: bool,
    },
    /// Non-ASCII str, as code points.
    Wide(Rc<[u32]>),
}

/// Text shorter than this many bytes is converted again on each call.
const REUSE_FROM: usize = 256;

thread_local! {
    /// The last long non-ASCII str this thread matched, with its code
    /// points: a lexer's loop of `pattern.match(text, pos)` converts the
    /// text once, not once per token. The str is held, so its identity
    /// cannot pass to another string while it is here.
    static LAST_WIDE: RefCell<Option<(Value, Rc<[u32]>)>> = const { RefCell::new(None) };
}

/// The code points of a non-ASCII str.
fn wide_code_points(v: &Value, text: &str) -> Rc<[u32]> {
    let convert = || text.chars().map(u32::from).collect::<Rc<[u32]>>();
    if text.len() < REUSE_FROM {
        return convert();
    }
    LAST_WIDE
        .try_with(|last| {
            let mut last = last.borrow_mut();
            if let Some((held, points)) = &*last {
                if held.is(v) {
                    return points.clone();
                }
            }
            let points = convert();
            *last = Some((v.clone(), points.clone()));
            points
        })
        .unwrap_or_else(|_| convert())
}

impl<'a> Text<'a> {
    /// The subject for a pattern (`bytes_pattern`: the pattern is bytes).
    pub fn from_value(vm: &Vm, v: &'a Value, bytes_pattern: bool) -> PyResult<Text<'a>> {
        let text = match v.kind() {
            Some(ObjKind::Str(s)) => {
                if bytes_pattern {
                    return Err(PyErr::type_error(
                        "cannot use a bytes pattern on a string-like object",
                    ));
                }
                if s.is_ascii() {
                    Text::Narrow {
                        data: Cow::Borrowed(s.as_str().as_bytes()),
                        is_str: true,
                    }
                } else {
                    Text::Wide(wide_code_points(v, s.as_str()))
                }
            }
            Some(ObjKind::Bytes(b)) => Text::Narrow {
                data: Cow::Borrowed(&b[..]),
                is_str: false,
            },
            Some(ObjKind::ByteArray(b)) => Text::Narrow {
                data: Cow::Owned(b.borrow().clone()),
                is_str: false,
            },
            _ if taipan_vm::objects::memoryview::as_memoryview(v).is_some() => Text::Narrow {
                data: Cow::Owned(vm.bytes_of(v)?),
                is_str: false,
            },
            _ => {
                return Err(PyErr::type_error(format!(
                    "expected string or bytes-like object, got '{}'",
                    vm.type_name(v)
                )))
            }
        };
        let is_str = matches!(text, Text::Wide(_) | Text::Narrow { is_str: true, .. });
        if is_str == bytes_pattern {
            return Err(PyErr::type_error(
                "cannot use a string pattern on a bytes-like object",
            ));
        }
        Ok(text)
    }

    /// Its length in characters.
    pub fn len(&self) -> usize {
        match self {
            Text::Narrow { data, .. } => data.len(),
            Text::Wide(w) => w.len(),
        }
    }

    /// The piece `start..end` as a str or bytes value.
    pub fn slice(&self, start: usize, end: usize) -> Value {
        let end = end.max(start);
        match self {
            Text::Narrow { data, is_str: true } => {
                str_value(String::from_utf8_lossy(&data[start..end]).into_owned())
            }
            Text::Narrow { data, .. } => Value::obj(ObjKind::Bytes(data[start..end].into())),
            Text::Wide(w) => str_value(chars_to_string(&w[start..end])),
        }
    }

    /// Appends the piece `start..end` to a buffer of code points.
    pub fn push_slice(&self, out: &mut Vec<u32>, start: usize, end: usize) {
        match self {
            Text::Narrow { data, .. } => out.extend(data[start..end].iter().map(|&b| u32::from(b))),
            Text::Wide(w) => out.extend_from_slice(&w[start..end]),
        }
    }

    /// Whether the subject is a str.
    pub fn is_str(&self) -> bool {
        matches!(self, Text::Wide(_) | Text::Narrow { is_str: true, .. })
    }
}

/// Code points to a Rust string (lone surrogates, which Rust strings
/// cannot hold, become U+FFFD).
pub fn chars_to_string(cps: &[u32]) -> String {
    cps.iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

/// A str or bytes value built from code points (bytes: each below 256).
pub fn make_value(cps: &[u32], is_str: bool) -> Value {
    if is_str {
        str_value(chars_to_string(cps))
    } else {
        Value::obj(ObjKind::Bytes(cps.iter().map(|&c| c as u8).collect()))
    }
}

/// The code points of a str or bytes value (a pattern or a literal).
pub fn code_points(v: &Value) -> Option<(Vec<u32>, bool)> {
    match v.data_kind() {
        Some(ObjKind::Str(s)) => Some((s.as_str().chars().map(u32::from).collect(), true)),
        Some(ObjKind::Bytes(b)) => Some((b.iter().map(|&c| u32::from(c)).collect(), false)),
        Some(ObjKind::ByteArray(b)) => {
            Some((b.borrow().iter().map(|&c| u32::from(c)).collect(), false))
        }
        _ => None,
    }
}
