//! Builtin iterators: over lists, tuples, strings, ranges, dicts and sets,
//! and the lazy builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`).

use crate::object::{DictViewKind, ObjKind};
use crate::value::Value;

/// The state of a builtin iterator.
pub enum IterState {
    /// Over a list (sees appends made during iteration, as CPython does).
    List {
        /// The list.
        seq: Value,
        /// Next index.
        index: usize,
    },
    /// Over a list backwards.
    ListReversed {
        /// The list.
        seq: Value,
        /// Index of the next item plus one (0 = done).
        next: usize,
    },
    /// Over a tuple.
    Tuple {
        /// The tuple.
        seq: Value,
        /// Next index.
        index: usize,
    },
    /// Over the characters of a str.
    Str {
        /// The string.
        seq: Value,
        /// Byte offset of the next character.
        offset: usize,
    },
    /// Over the bytes of a bytes or bytearray object.
    Bytes {
        /// The object.
        seq: Value,
        /// Next index.
        index: usize,
    },
    /// Over a range.
    Range {
        /// Next value.
        next: i64,
        /// Remaining count.
        remaining: u64,
        /// Step.
        step: i64,
    },
    /// Over a dict (or one of its views).
    Dict {
        /// The dict.
        dict: Value,
        /// Next slot.
        slot: usize,
        /// What to yield.
        kind: DictViewKind,
        /// The length when iteration began (a change is an error).
        len: usize,
    },
    /// Over a set, in table order; a change of size is an error.
    Set {
        /// The set.
        set: Value,
        /// Next slot.
        slot: usize,
        /// The length when iteration began.
        len: usize,
    },
    /// Over a frozenset (or any fixed list of items), in order.
    Snapshot {
        /// The items.
        items: Vec<Value>,
        /// Next index.
        index: usize,
    },
    /// Through `__getitem__` with 0, 1, 2 … until IndexError.
    GetItem {
        /// The sequence.
        seq: Value,
        /// Next index.
        index: i64,
    },
    /// `enumerate`.
    Enumerate {
        /// The underlying iterator.
        inner: Value,
        /// The next count.
        count: Value,
    },
    /// `zip`.
    Zip {
        /// The underlying iterators.
        inners: Vec<Value>,
        /// `strict=True`.
        strict: bool,
    },
    /// `map`.
    Map {
        /// The function.
        func: Value,
        /// The underlying iterators.
        inners: Vec<Value>,
    },
    /// `filter`.
    Filter {
        /// The predicate (None: truthiness).
        func: Value,
        /// The underlying iterator.
        inner: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        /// The callable.
        func: Value,
        /// The value that ends iteration.
        sentinel: Value,
    },
    /// Exhausted.
    Done,
}

impl IterState {
    /// One step of a range, list, tuple or str iterator, which needs no
    /// interpreter: Some(Some(item)), or Some(None) at the end (a finished
    /// list, tuple or str iterator becomes `Done`, letting go of its
    /// sequence); None for every other kind of iterator.
    #[inline(always)]
    pub fn step_plain(&mut self) -> Option<Option<Value>> {
        let item = match self {
            IterState::Range {
                next,
                remaining,
                step,
            } => {
                if *remaining == 0 {
                    return Some(None);
                }
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                return Some(Some(Value::Int(v)));
            }
            IterState::List { seq, index } => {
                let item = match (seq.as_obj(), seq.kind()) {
                    (Some(_), Some(ObjKind::List(items))) => items.get(*index),
                    _ => None,
                };
                item.inspect(|_| *index += 1)
            }
            IterState::Tuple { seq, index } => {
                let item = match seq.kind() {
                    Some(ObjKind::Tuple(items)) => items.get(*index).cloned(),
                    _ => None,
                };
                item.inspect(|_| *index += 1)
            }
            IterState::Str { seq, offset } => {
                let c = match seq.kind() {
                    Some(ObjKind::Str(s)) => {
                        s.as_str().get(*offset..).and_then(|t| t.chars().next())
                    }
                    _ => None,
                };
                c.map(|c| {
                    *offset += c.len_utf8();
                    crate::objects::str::char_value(c)
                })
            }
            _ => return None,
        };
        if item.is_none() {
            *self = IterState::Done;
        }
        Some(item)
    }

    /// The class name CPython gives this kind of iterator.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::ListReversed { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Str { seq, .. } => match seq.kind() {
                Some(crate::object::ObjKind::Str(s)) if !s.is_ascii() => "str_iterator",
                _ => "str_ascii_iterator",
            },
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { kind, .. } => match kind {
                DictViewKind::Keys => "dict_keyiterator",
                DictViewKind::Values => "dict_valueiterator",
                DictViewKind::Items => "dict_itemiterator",
            },
            IterState::Set { .. } | IterState::Snapshot { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::GetItem { .. } | IterState::Done => "iterator",
        }
    }

    /// Calls `f` on every value the iterator holds.
    pub fn for_each_child(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            IterState::List { seq, .. }
            | IterState::ListReversed { seq, .. }
            | IterState::Tuple { seq, .. }
            | IterState::Str { seq, .. }
            | IterState::Bytes { seq, .. }
            | IterState::GetItem { seq, .. } => f(seq),
            IterState::Dict { dict, .. } => f(dict),
            IterState::Set { set, .. } => f(set),
            IterState::Snapshot { items, .. } => items.iter().for_each(f),
            IterState::Enumerate { inner, count } => {
                f(inner);
                f(count);
            }
            IterState::Zip { inners, .. } => inners.iter().for_each(f),
            IterState::Map { func, inners } => {
                f(func);
                inners.iter().for_each(f);
            }
            IterState::Filter { func, inner } => {
                f(func);
                f(inner);
            }
            IterState::Callable { func, sentinel } => {
                f(func);
                f(sentinel);
            }
            IterState::Range { .. } | IterState::Done => {}
        }
    }
}
