//! A list's items: a borrow-checked cell that keeps up to three ints (or
//! three floats) inside the object itself and everything else in a vector.
//!
//! Preprocessing code holds images as lists of `[r, g, b]` pixels and
//! points as `[x, y, z]`: tens of thousands of three-item lists, each of
//! which would otherwise cost a separate 64-80 byte block for its items on
//! top of the object. Kept inline, such a list costs the object alone. Any
//! write that does not fit (a fourth item, a string, a sort) first moves
//! the items out to a vector, and the list stays a vector from then on.
//!
//! The cell works like `RefCell<Vec<Value>>`: readers get a slice, writers
//! a `Vec`, and a borrow that conflicts with a write fails (`Busy`).

use crate::value::Value;
use std::cell::{Cell, UnsafeCell};
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

/// The most items kept inside the object.
const INLINE_CAPACITY: usize = 3;

/// `shape`: the items live in the vector.
const HEAP: u8 = 0xFF;
/// `shape`: up to three ints inline, their count in the low bits.
const INTS: u8 = 0x00;
/// `shape`: up to three floats inline (as bits), their count in the low bits.
const FLOATS: u8 = 0x10;
/// The low bits of `shape` that count inline items.
const COUNT_MASK: u8 = 0x0F;

/// Where the items are: the vector, or three machine words.
union Slots {
    heap: ManuallyDrop<Vec<Value>>,
    words: [u64; INLINE_CAPACITY],
}

/// A list's items (see the module documentation).
pub struct ListCell {
    /// 0: free; n > 0: n readers of the vector; -1: a writer.
    borrow: Cell<i32>,
    /// [`HEAP`], or [`INTS`] / [`FLOATS`] plus the inline count.
    shape: Cell<u8>,
    slots: UnsafeCell<Slots>,
}

/// The list is borrowed in a way that conflicts with the access asked for.
#[derive(Debug, Clone, Copy)]
pub struct Busy;

/// The panic of a conflicting borrow, as `RefCell`'s (one copy, out of line).
#[cold]
#[inline(never)]
fn busy_panic() -> ! {
    panic!("a list was borrowed while a conflicting borrow was held")
}

/// The inline word for `v` under `kind` ([`INTS`] or [`FLOATS`]), if `v` is
/// an item of that kind.
#[inline]
fn word_of(kind: u8, v: &Value) -> Option<u64> {
    match (kind, v) {
        (INTS, Value::Int(i)) => Some(*i as u64),
        (FLOATS, Value::Float(f)) => Some(f.to_bits()),
        _ => None,
    }
}

/// The inline kind that can hold `v` first, if any.
#[inline]
fn kind_of(v: &Value) -> Option<u8> {
    match v {
        Value::Int(_) => Some(INTS),
        Value::Float(_) => Some(FLOATS),
        _ => None,
    }
}

impl ListCell {
    /// A list of `items`, kept inline when they fit. (Out of line: lists
    /// are made in many places, and this is not the cost that matters.)
    #[inline(never)]
    pub fn new(items: Vec<Value>) -> ListCell {
        match Self::inline_from(&items) {
            Some(cell) => cell,
            None => ListCell {
                borrow: Cell::new(0),
                shape: Cell::new(HEAP),
                slots: UnsafeCell::new(Slots {
                    heap: ManuallyDrop::new(items),
                }),
            },
        }
    }

    /// A list holding copies of `items` inline, when there are at most three
    /// and they are all ints or all floats (plain data: the caller may drop
    /// the originals as it likes).
    #[inline(never)]
    pub fn inline_from(items: &[Value]) -> Option<ListCell> {
        if items.len() > INLINE_CAPACITY {
            return None;
        }
        let kind = items.first().map_or(Some(INTS), kind_of)?;
        let mut words = [0; INLINE_CAPACITY];
        for (word, v) in words.iter_mut().zip(items) {
            *word = word_of(kind, v)?;
        }
        Some(Self::inline(kind | items.len() as u8, words))
    }

    /// An empty list (nothing allocated).
    pub fn empty() -> ListCell {
        Self::inline(INTS, [0; INLINE_CAPACITY])
    }

    fn inline(shape: u8, words: [u64; INLINE_CAPACITY]) -> ListCell {
        ListCell {
            borrow: Cell::new(0),
            shape: Cell::new(shape),
            slots: UnsafeCell::new(Slots { words }),
        }
    }

    /// Whether the items are kept inside the object.
    #[inline]
    pub fn is_inline(&self) -> bool {
        self.shape.get() != HEAP
    }

    /// The inline items as values, or None when they live in the vector.
    #[inline]
    fn inline_values(&self) -> Option<Inline> {
        let shape = self.shape.get();
        if shape == HEAP {
            return None;
        }
        Some(self.copy_inline(shape))
    }

    /// The inline items under `shape` (not HEAP) as values. Kept out of
    /// line: every read of a list would otherwise carry a copy of it.
    #[inline(never)]
    fn copy_inline(&self, shape: u8) -> Inline {
        // SAFETY: a shape other than HEAP says `words` is the live field;
        // words are plain data, and no `&mut` to them is ever handed out.
        let words = unsafe { (*self.slots.get()).words };
        Inline {
            items: ManuallyDrop::new(words.map(|w| Self::value_of(shape, w))),
            len: shape & COUNT_MASK,
        }
    }

    /// The number of items, or `Busy` while a writer holds the list.
    #[inline]
    pub fn try_len(&self) -> Result<usize, Busy> {
        let shape = self.shape.get();
        if shape != HEAP {
            return Ok((shape & COUNT_MASK) as usize);
        }
        if self.borrow.get() < 0 {
            return Err(Busy);
        }
        // SAFETY: HEAP says `heap` is the live field, and no writer holds it
        // (the count is not -1), so reading its length aliases no `&mut`.
        let items: &Vec<Value> = unsafe { &(*self.slots.get()).heap };
        Ok(items.len())
    }

    /// The item at `index`, or None when it is out of range or a writer
    /// holds the list.
    #[inline]
    pub fn get(&self, index: usize) -> Option<Value> {
        let shape = self.shape.get();
        if shape != HEAP {
            if index >= (shape & COUNT_MASK) as usize {
                return None;
            }
            // SAFETY: an inline shape says `words` is the live field.
            let word = unsafe { (*self.slots.get()).words[index] };
            return Some(Self::value_of(shape, word));
        }
        if self.borrow.get() < 0 {
            return None;
        }
        // SAFETY: HEAP says `heap` is the live field, and no writer holds it.
        let items: &Vec<Value> = unsafe { &(*self.slots.get()).heap };
        items.get(index).cloned()
    }

    /// Replaces the item at `index` (in range) with `value` and returns the
    /// old one, when no one holds the list and, for inline items, `value` is
    /// of their kind; otherwise hands `value` back unchanged.
    #[inline]
    pub fn replace(&self, index: usize, value: Value) -> Result<Value, Value> {
        if self.borrow.get() != 0 {
            return Err(value);
        }
        let shape = self.shape.get();
        if shape == HEAP {
            // SAFETY: HEAP says `heap` is the live field, and no borrow is
            // held, so this `&mut` is the only access while it lives.
            let items = unsafe { &mut (*self.slots.get()).heap };
            return match items.get_mut(index) {
                Some(slot) => Ok(std::mem::replace(slot, value)),
                None => Err(value),
            };
        }
        match word_of(shape & !COUNT_MASK, &value) {
            Some(word) if index < (shape & COUNT_MASK) as usize => {
                // SAFETY: an inline shape says `words` is the live field;
                // inline readers hold copies, so nothing aliases it.
                let slot = unsafe { &mut (*self.slots.get()).words[index] };
                Ok(Self::value_of(shape, std::mem::replace(slot, word)))
            }
            _ => Err(value),
        }
    }

    /// The value an inline `word` stands for under `shape`.
    #[inline]
    fn value_of(shape: u8, word: u64) -> Value {
        if shape & !COUNT_MASK == FLOATS {
            Value::Float(f64::from_bits(word))
        } else {
            Value::Int(word as i64)
        }
    }

    /// Borrows the items for reading. (Out of line, as every read of a
    /// list would otherwise carry both ways of reading it.)
    #[inline(never)]
    pub fn try_borrow(&self) -> Result<ListRef<'_>, Busy> {
        let count = self.borrow.get();
        if count < 0 {
            return Err(Busy);
        }
        if let Some(inline) = self.inline_values() {
            return Ok(ListRef::Inline(inline));
        }
        self.borrow.set(count + 1);
        // SAFETY: the shape is HEAP, so `heap` is the live field, and the
        // count just taken keeps writers (who need it at 0) away until the
        // guard drops.
        let items = unsafe { &(*self.slots.get()).heap };
        Ok(ListRef::Heap {
            items,
            count: Some(&self.borrow),
        })
    }

    /// Borrows the items for reading.
    ///
    /// # Panics
    /// While a writer holds the list, as `RefCell::borrow` does.
    #[inline]
    pub fn borrow(&self) -> ListRef<'_> {
        match self.try_borrow() {
            Ok(items) => items,
            Err(Busy) => busy_panic(),
        }
    }

    /// Reads the items of a frozen list without touching the borrow count,
    /// so that many threads may read at once.
    ///
    /// # Safety
    /// The list must never be written again (it belongs to a frozen
    /// object), so no writer can exist while the slice is alive.
    #[inline(never)]
    pub(crate) unsafe fn borrow_frozen(&self) -> ListRef<'_> {
        if let Some(inline) = self.inline_values() {
            return ListRef::Inline(inline);
        }
        // SAFETY: the caller guarantees no writer exists or will; the shape
        // is HEAP, so `heap` is the live field.
        let items = unsafe { &(*self.slots.get()).heap };
        ListRef::Heap { items, count: None }
    }

    /// Borrows the items for writing, moving inline items out to a vector
    /// first. A list that was inline is not watched by the cycle collector:
    /// writers go through [`crate::object::PyObject::write`], which starts
    /// watching it, unless the list is about to be emptied or dropped.
    #[inline]
    pub(crate) fn try_borrow_mut(&self) -> Result<ListMut<'_>, Busy> {
        if self.borrow.get() != 0 {
            return Err(Busy);
        }
        self.spill();
        self.borrow.set(-1);
        Ok(ListMut { cell: self })
    }

    /// Borrows the items for writing.
    ///
    /// # Panics
    /// While the list is borrowed, as `RefCell::borrow_mut` does.
    #[inline]
    pub(crate) fn borrow_mut(&self) -> ListMut<'_> {
        match self.try_borrow_mut() {
            Ok(items) => items,
            Err(Busy) => busy_panic(),
        }
    }

    /// Moves inline items out to a vector (with room to grow).
    #[inline]
    fn spill(&self) {
        if let Some(inline) = self.inline_values() {
            self.spill_cold(inline);
        }
    }

    #[cold]
    fn spill_cold(&self, inline: Inline) {
        let mut items = Vec::with_capacity(INLINE_CAPACITY + 1);
        items.extend(inline.items[..inline.len as usize].iter().cloned());
        // SAFETY: the caller holds no borrow (the count is 0) and the inline
        // words are plain data, so overwriting them loses nothing.
        unsafe {
            self.slots.get().write(Slots {
                heap: ManuallyDrop::new(items),
            })
        };
        self.shape.set(HEAP);
    }

    /// Appends `item` inside the object when the items are inline, there is
    /// room and `item` is of their kind; otherwise hands `item` back (the
    /// caller then appends through a write borrow, which moves the items
    /// out).
    #[inline]
    pub fn push_inline(&self, item: Value) -> Result<(), Value> {
        let shape = self.shape.get();
        let len = shape & COUNT_MASK;
        if shape == HEAP || len as usize >= INLINE_CAPACITY || self.borrow.get() != 0 {
            return Err(item);
        }
        let kind = if len == 0 {
            kind_of(&item)
        } else {
            Some(shape & !COUNT_MASK)
        };
        match kind.and_then(|kind| Some((kind, word_of(kind, &item)?))) {
            Some((kind, word)) => {
                // SAFETY: the shape is inline, so `words` is the live field,
                // and no borrow is held (inline readers hold copies).
                unsafe { (*self.slots.get()).words[len as usize] = word };
                self.shape.set(kind | (len + 1));
                Ok(())
            }
            None => Err(item),
        }
    }

    /// The bytes the items take outside the object, or `Busy` while a
    /// writer holds the list.
    pub fn payload_bytes(&self) -> Result<usize, Busy> {
        if self.is_inline() {
            return Ok(0);
        }
        match self.try_borrow()? {
            ListRef::Heap { items, .. } => Ok(items.capacity() * std::mem::size_of::<Value>()),
            ListRef::Inline(_) => Ok(0),
        }
    }

    /// The items, taking them out of the list.
    pub fn into_inner(self) -> Vec<Value> {
        let this = ManuallyDrop::new(self);
        match this.inline_values() {
            Some(inline) => inline.items[..inline.len as usize].to_vec(),
            // SAFETY: the shape is HEAP, so `heap` is the live field; `this`
            // is never dropped, so the vector is taken exactly once.
            None => unsafe { ManuallyDrop::take(&mut (*this.slots.get()).heap) },
        }
    }
}

impl Drop for ListCell {
    fn drop(&mut self) {
        if self.shape.get() == HEAP {
            // SAFETY: HEAP says `heap` is the live field; the cell is going
            // away, so it is dropped exactly once.
            unsafe { ManuallyDrop::drop(&mut self.slots.get_mut().heap) };
        }
    }
}

/// Inline items copied out as values: ints or floats, which own nothing,
/// so they are never dropped (no drop code at every read).
pub struct Inline {
    items: ManuallyDrop<[Value; INLINE_CAPACITY]>,
    len: u8,
}

/// Read access to a list's items.
pub enum ListRef<'a> {
    /// The vector, with the borrow count to give back (None for a frozen
    /// list, read without counting).
    Heap {
        /// The items.
        items: &'a Vec<Value>,
        /// The count this guard holds a read on.
        count: Option<&'a Cell<i32>>,
    },
    /// A copy of the inline items.
    Inline(Inline),
}

impl Deref for ListRef<'_> {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            ListRef::Heap { items, .. } => items,
            ListRef::Inline(inline) => &inline.items[..inline.len as usize],
        }
    }
}

impl Drop for ListRef<'_> {
    #[inline]
    fn drop(&mut self) {
        if let ListRef::Heap {
            count: Some(count), ..
        } = self
        {
            count.set(count.get() - 1);
        }
    }
}

/// Write access to a list's items, always as a vector.
pub struct ListMut<'a> {
    cell: &'a ListCell,
}

impl Deref for ListMut<'_> {
    type Target = Vec<Value>;
    #[inline]
    fn deref(&self) -> &Vec<Value> {
        // SAFETY: the guard holds the only borrow (-1) and the list was
        // spilled to its vector before the guard was made.
        unsafe { &(*self.cell.slots.get()).heap }
    }
}

impl DerefMut for ListMut<'_> {
    #[inline]
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        // SAFETY: as for `deref`; the borrow is exclusive.
        unsafe { &mut (*self.cell.slots.get()).heap }
    }
}

impl Drop for ListMut<'_> {
    #[inline]
    fn drop(&mut self) {
        self.cell.borrow.set(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(cell: &ListCell) -> Vec<Value> {
        cell.borrow().to_vec()
    }

    #[test]
    fn three_ints_stay_inline_and_a_fourth_moves_them_out() {
        let cell = ListCell::empty();
        for i in 1..=3 {
            assert!(cell.push_inline(Value::Int(i)).is_ok());
        }
        assert!(cell.inline_values().is_some());
        assert_eq!(cell.payload_bytes().unwrap(), 0);
        let fourth = cell.push_inline(Value::Int(4)).unwrap_err();
        cell.borrow_mut().push(fourth);
        assert!(cell.inline_values().is_none());
        let got: Vec<i64> = items(&cell)
            .iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => panic!("not an int"),
            })
            .collect();
        assert_eq!(got, [1, 2, 3, 4]);
    }

    #[test]
    fn mixed_kinds_move_out_and_keep_their_order() {
        let cell = ListCell::new(vec![Value::Float(0.5), Value::Float(-1.0)]);
        assert!(cell.inline_values().is_some());
        let int = cell.push_inline(Value::Int(7)).unwrap_err();
        cell.borrow_mut().push(int);
        assert!(cell.inline_values().is_none());
        let got = items(&cell);
        assert!(
            matches!(got[..], [Value::Float(a), Value::Float(b), Value::Int(7)] if a == 0.5 && b == -1.0)
        );
    }

    #[test]
    fn a_writer_excludes_readers_and_back() {
        let cell = ListCell::new(vec![Value::Int(1)]);
        let reader = cell.try_borrow().unwrap();
        drop(reader);
        let writer = cell.try_borrow_mut().unwrap();
        assert!(cell.try_borrow().is_err());
        assert!(cell.push_inline(Value::Int(2)).is_err());
        drop(writer);
        let heap_reader = cell.try_borrow().unwrap();
        assert!(cell.try_borrow_mut().is_err());
        drop(heap_reader);
        assert_eq!(cell.into_inner().len(), 1);
    }

    #[test]
    fn the_cell_is_as_small_as_a_refcell_of_a_vec() {
        assert_eq!(
            std::mem::size_of::<ListCell>(),
            std::mem::size_of::<std::cell::RefCell<Vec<Value>>>()
        );
    }
}
