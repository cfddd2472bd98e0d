//! The hash table behind `set` and `frozenset`, laid out slot for slot as
//! CPython 3.11's `Objects/setobject.c` lays out its table.
//!
//! Iterating a set walks its table in slot order, so a set of ints, floats
//! or tuples iterates in CPython's order only if every table has the same
//! size, every key lands in the same slot, and every deleted slot leaves the
//! same marker. This module reproduces all of that; it knows nothing about
//! Python values. The caller supplies each key's hash (see `crate::hash`)
//! and an equality test that may fail (a Python `__eq__` can raise).
//!
//! # The table
//!
//! * Size: a power of two, at least 8 ([`SetTable::table_size`]).
//! * Probing: start at `hash & mask`; look at that slot and, when the next 9
//!   slots exist without wrapping (`i + 9 <= mask`), at those 9 as well; then
//!   jump with `perturb >>= 5; i = (5*i + 1 + perturb) & mask`, where
//!   `perturb` starts as the hash read as an unsigned number.
//! * A removed key leaves a *dummy*: lookups walk past it; an insertion
//!   reuses the **last** dummy it passed on its way to the first empty slot
//!   (CPython 3.11 overwrites `freeslot` at each dummy).
//! * `fill` counts live and dummy slots, `used` live ones. Filling a
//!   never-used slot so that `fill * 5 >= mask * 3` resizes the table to the
//!   smallest power of two (at least 8) greater than `used * 4` (`used * 2`
//!   once `used > 50000`). A resize re-inserts the live keys in old slot
//!   order and drops the dummies. Removals never shrink the table, except
//!   through `difference_update` (see below).
//! * `pop` removes the first live slot at or after a *finger* (wrapping
//!   around), then leaves the finger just after it. The finger starts at 0
//!   in a new set, survives `clear()`, resizes and `&=`, and is not copied.
//!
//! # Which function for which Python operation
//!
//! CPython builds sets along several paths that lay tables out differently,
//! so the VM must pick the path CPython picks. `a`, `b` are sets or
//! frozensets; "in order" means in slot order (iteration order).
//!
//! | Python | here |
//! |---|---|
//! | `s.add(x)`, set comprehension `{f(x) for x in it}` | [`SetTable::insert`] one by one |
//! | `set(it)`, `frozenset(it)`, `s.update(it)`, `a.union(it)` for a list, tuple, range, str, generator, dict view or any other non-set, non-dict iterable | `new()` + [`SetTable::insert`] for each item in iteration order; no presizing |
//! | `set(d)`, `s.update(d)` for an exact `dict` `d` | [`SetTable::presize_for_update`]`(len(d))` first, then `insert` each key in dict order (`with_capacity_for(len(d))` is the same thing for a new set) |
//! | `set(a)`, `frozenset(a)` for a `set`/non-exact frozenset, `a.copy()` | [`SetTable::copy`] (`frozenset(f)` and `f.copy()` of an exact frozenset return `f` itself) |
//! | `s.update(a)`, `s \|= a` (the operators take only sets and frozensets) | [`SetTable::update_from_set`] (nothing at all if `a is s`) |
//! | `a \| b`, `a.union(b, c, …)` | [`SetTable::union`] (passing the same table twice gives `a.copy()`, as `a \| a` does), or, for several arguments, `copy()` then one update per argument (set args by `update_from_set`, others as above), skipping arguments that are `a` itself |
//! | `a & b`, `a.intersection(b)` | [`SetTable::intersection`] (`a & a` is `a.copy()`: pass the same table twice, or call `copy`); with several arguments, fold left: `((a & b) & c)`; with none, `copy()` |
//! | `a.intersection(it)` for a non-set | new table; for each item of `it` in order: if in `a`, `insert` it; stop as soon as the result is as long as `a` (3.11 breaks out early, before looking at — or hashing — later items) |
//! | `a &= b`, `a.intersection_update(…)` | [`SetTable::intersection_update`] (result laid out by the intersection path, put into `a`, finger kept) |
//! | `a - b`, `a.difference(b)` | [`SetTable::difference`]; `a.difference()` is `copy()`; more arguments: the first by `difference`, the rest by `difference_update` on the result |
//! | `a.difference(d)` for an exact dict | if `len(a) >> 2 > len(d)`: `copy()`, `remove` each key of `d` in order, [`SetTable::compact_after_difference_update`]; else new table + `insert` each item of `a` (in order) not in `d` |
//! | `a.difference(it)` for any other iterable | `copy()`, then `remove` each item, then `compact_after_difference_update` |
//! | `a -= b`, `a.difference_update(b)` | [`SetTable::difference_update`]; if `b is a`: [`SetTable::clear`] |
//! | `a.difference_update(it)` for a non-set | `remove` each item in order, then `compact_after_difference_update` (once per argument) |
//! | `a ^ b`, `a.symmetric_difference(b)` | [`SetTable::symmetric_difference`]; for a non-set `it`: build `t` as `set(it)` would (dict: presized), then `t.symmetric_difference_update(a)`, and `t` is the result |
//! | `a ^= b`, `a.symmetric_difference_update(b)` | [`SetTable::symmetric_difference_update`]; if `b is a`: `clear()`; for an exact dict: [`SetTable::toggle`] each key in dict order; other iterables: build a table from it by `insert`, then `symmetric_difference_update` with it |
//! | `s.remove(x)`, `s.discard(x)` | [`SetTable::remove`] |
//! | `s.pop()` | [`SetTable::pop`] |
//! | `s.clear()` | [`SetTable::clear`] |
//!
//! ## Set displays and frozenset constants
//!
//! A display `{e1, e2, …}` compiles to one of three things; the first
//! bullet describes the frozenset constant that the next two use.
//!
//! * **Frozenset constant.** When every element is a constant (numbers,
//!   strings, `None`, tuples of constants, …), the compiler makes a
//!   frozenset constant in two steps: a table built by `insert`ing the
//!   elements in source order, then — when the constant is registered with
//!   the code object (`merge_consts_recursive`) — a *second* table built by
//!   inserting that table's keys in its slot order into a fresh table
//!   ([`SetTable::reinserted`]). The second table is the constant:
//!   `let constant = build_in_source_order(elements).reinserted();`.
//!   Equal constants are also shared within a module: if an equal frozenset
//!   constant (same elements, with types: `{1, 2, 3}` and `{1.0, 2, 3}`
//!   differ) was registered earlier in the same compilation, that earlier
//!   table is used, whatever the element order of the later display.
//! * **Display of 3 or more constants** (`s = {3, 1, 2}`): at run time
//!   `BUILD_SET 0; SET_UPDATE constant`, i.e. [`SetTable::copy`] of the
//!   constant. With 5 or more elements the copy can have a smaller table
//!   than the constant and iterate in another order.
//! * **Where only the contents matter**, a display of constants of any
//!   length is the constant itself: the iterable of a `for` loop or of a
//!   comprehension (`for x in {3, 1, 2}`), and the right side of `in` /
//!   `not in`. Iteration sees the constant's table, with no copy.
//! * **Anything else** (`{a, b}`, `{1, 2}`, `{x, 1, 2}`): a new table and
//!   `insert` of each element in source order. `{1, *a, b}`: `insert` 1,
//!   then `update_from_set` (or the iterable path) for `*a`, then `insert`
//!   `b`, left to right.
//!
//! (Constants loaded from a `.pyc` are rebuilt again by `marshal`; that
//! matters only to a VM that reads `.pyc` files.)
//!
//! # Equality callbacks
//!
//! CPython calls `__eq__` only on a stored key whose stored hash equals the
//! probe's hash, and only after an identity check (`stored is key`) fails;
//! strings of the exact `str` type are compared without calling anything.
//! The callbacks here are called at exactly those points: with the stored
//! key first and the key being looked up second, in probe order, stopping at
//! the first `Ok(true)`. They should do `stored is key or stored == key`
//! (`PyObject_RichCompareBool`). An `Err` aborts the operation and is
//! returned; the table is then left as it was before the failing key (keys
//! already moved by a multi-key operation stay moved, as in CPython).
//!
//! The callbacks cannot modify this table (it is borrowed). If a Python
//! `__eq__` might reach the set it is comparing against, use the re-entrant
//! primitives instead — [`SetTable::candidates`], [`SetTable::version`],
//! [`SetTable::insert_absent`], [`SetTable::remove_slot`] — and restart the
//! probe when the version has changed, as CPython restarts its lookup when
//! the table mutated under a comparison.
//!
//! Dicts do not use this table: they keep insertion order.

/// CPython's `PySet_MINSIZE`: the smallest (and initial) table size.
const MIN_SIZE: usize = 8;

/// Slots examined after each probe position before jumping (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;

/// Bits of the hash mixed in per jump (`PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
enum Slot<K> {
    /// Never used since the table was (re)built.
    Empty,
    /// Held a key that was removed.
    Dummy,
    /// Holds a key and its hash.
    Live { hash: i64, key: K },
}

/// The slot indices a probe for `hash` visits, in CPython's order.
///
/// The sequence never ends; it visits every slot eventually (once `perturb`
/// is 0, `i -> 5i + 1` cycles through all indices modulo a power of two), so
/// a search stops at an empty slot as long as the table keeps one.
struct Probe {
    mask: usize,
    /// The current probe position.
    base: usize,
    /// Linear offset from `base` of the next slot to yield.
    offset: usize,
    /// How many linear steps are allowed from `base`.
    linear: usize,
    perturb: u64,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let perturb = hash as u64;
        let base = (perturb as usize) & mask;
        Probe {
            mask,
            base,
            offset: 0,
            linear: Self::linear_for(base, mask),
            perturb,
        }
    }

    #[inline]
    fn linear_for(base: usize, mask: usize) -> usize {
        if base + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }
}

impl Iterator for Probe {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.offset > self.linear {
            self.perturb >>= PERTURB_SHIFT;
            self.base = self
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize)
                & self.mask;
            self.offset = 0;
            self.linear = Self::linear_for(self.base, self.mask);
        }
        // `base + offset <= mask`: either offset is 0, or the linear run was
        // allowed because `base + 9 <= mask`.
        let index = (self.base + self.offset) & self.mask;
        self.offset += 1;
        Some(index)
    }
}

/// The smallest power of two that is greater than `min_used` and at least
/// [`MIN_SIZE`] (`set_table_resize`'s size rule).
fn size_for(min_used: usize) -> usize {
    min_used
        .saturating_add(1)
        .checked_next_power_of_two()
        .unwrap_or(1 << (usize::BITS - 1))
        .max(MIN_SIZE)
}

/// The size argument CPython passes to a resize after an insertion fills the
/// table or after `difference_update` leaves many dummies.
fn grow_target(used: usize) -> usize {
    if used > 50_000 {
        used.saturating_mul(2)
    } else {
        used.saturating_mul(4)
    }
}

fn empty_slots<K>(size: usize) -> Vec<Slot<K>> {
    let mut slots = Vec::with_capacity(size);
    slots.resize_with(size, || Slot::Empty);
    slots
}

/// Writes `key` into the first empty slot of its probe sequence in a table
/// known to hold no dummies and no equal key (`set_insert_clean`).
fn insert_clean<K>(slots: &mut [Slot<K>], hash: i64, key: K) {
    let mask = slots.len().wrapping_sub(1);
    for index in Probe::new(hash, mask) {
        if let Some(slot @ Slot::Empty) = slots.get_mut(index) {
            *slot = Slot::Live { hash, key };
            return;
        }
    }
}

/// A position in a [`SetTable`], from [`SetTable::candidates`]. It is only
/// meaningful while [`SetTable::version`] is unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotId(usize);

/// A `set`/`frozenset` hash table with CPython 3.11's layout. See the
/// [module documentation](self) for which method implements which Python
/// operation.
pub struct SetTable<K> {
    /// `mask + 1` slots; `mask` is `slots.len() - 1`.
    slots: Vec<Slot<K>>,
    /// Live plus dummy slots.
    fill: usize,
    /// Live slots.
    used: usize,
    /// Where `pop` starts looking (taken modulo the table size).
    finger: usize,
    /// Bumped by every change to the slots.
    version: u64,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> std::fmt::Debug for SetTable<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetTable")
            .field("len", &self.used)
            .field("fill", &self.fill)
            .field("table_size", &self.slots.len())
            .finish()
    }
}

impl<K> SetTable<K> {
    /// An empty table of the minimum size (8), as `set()` creates.
    pub fn new() -> Self {
        SetTable {
            slots: empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    /// An empty table presized as CPython presizes a new set for
    /// `set(d)` / `frozenset(d)` where `d` is an exact `dict` of `n` keys:
    /// `new()` followed by [`presize_for_update`](Self::presize_for_update)`(n)`.
    ///
    /// CPython does **not** presize for lists, tuples, other iterables or set
    /// displays; build those with [`new`](Self::new) and one
    /// [`insert`](Self::insert) per item, or the order will differ.
    pub fn with_capacity_for(n: usize) -> Self {
        let mut table = Self::new();
        table.presize_for_update(n);
        table
    }

    /// The number of keys (`len(s)`).
    pub fn len(&self) -> usize {
        self.used
    }

    /// The bytes its slots hold (for the heap meter).
    pub fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot<K>>()
    }

    /// Whether the table holds no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The number of slots (a power of two, at least 8), as CPython's
    /// `mask + 1`. Useful for `sys.getsizeof` and for tests.
    pub fn table_size(&self) -> usize {
        self.slots.len()
    }

    /// A number that changes whenever the table's contents or layout change
    /// (insertion of a new key, removal, `pop`, `clear`, resize, swap). The
    /// re-entrant primitives use it to detect mutation during a comparison.
    ///
    /// A set iterator should not use it for "set changed size during
    /// iteration": CPython compares only `len()` with the length the
    /// iterator started with (so adding one key and removing another goes
    /// unnoticed), and keeps walking from its slot index, whatever the table
    /// now holds — see [`next_from`](Self::next_from).
    pub fn version(&self) -> u64 {
        self.version
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len().wrapping_sub(1)
    }

    #[inline]
    fn bump(&mut self) {
        self.version = self.version.wrapping_add(1);
    }

    /// Finds the slot holding a key equal to the probe (`set_lookkey`).
    fn lookup<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        for index in Probe::new(hash, self.mask()) {
            match self.slots.get(index) {
                None | Some(Slot::Empty) => return Ok(None),
                Some(Slot::Live { hash: h, key }) if *h == hash => {
                    if eq(key)? {
                        return Ok(Some(index));
                    }
                }
                Some(_) => {}
            }
        }
        Ok(None)
    }

    /// Where a key absent from the table goes: the last dummy passed before
    /// the first empty slot, else that empty slot. Also reports whether an
    /// equal key is already present (`set_add_entry`'s probe).
    fn probe_for_insert<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<InsertProbe, E> {
        let mut freeslot = None;
        for index in Probe::new(hash, self.mask()) {
            match self.slots.get(index) {
                None | Some(Slot::Empty) => {
                    return Ok(match freeslot {
                        Some(dummy) => InsertProbe::Dummy(dummy),
                        None => InsertProbe::Empty(index),
                    })
                }
                Some(Slot::Live { hash: h, key }) => {
                    if *h == hash && eq(key)? {
                        return Ok(InsertProbe::Present);
                    }
                }
                Some(Slot::Dummy) => freeslot = Some(index),
            }
        }
        // Not reached: a probe sequence never ends, and the table always
        // keeps an empty slot.
        Ok(InsertProbe::Present)
    }

    /// Stores a key at the position `probe_for_insert` chose, resizing as
    /// CPython does after filling a fresh slot.
    fn place(&mut self, at: InsertProbe, hash: i64, key: K) -> bool {
        match at {
            InsertProbe::Present => false,
            InsertProbe::Dummy(index) => {
                if let Some(slot) = self.slots.get_mut(index) {
                    *slot = Slot::Live { hash, key };
                    self.used += 1;
                    self.bump();
                }
                true
            }
            InsertProbe::Empty(index) => {
                if let Some(slot) = self.slots.get_mut(index) {
                    *slot = Slot::Live { hash, key };
                    self.fill += 1;
                    self.used += 1;
                    self.bump();
                    if self.fill.saturating_mul(5) >= self.mask().saturating_mul(3) {
                        self.resize(grow_target(self.used));
                    }
                }
                true
            }
        }
    }

    /// `set_add_entry` with the key made only if it is needed.
    fn add_with<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
        make_key: impl FnOnce() -> K,
    ) -> Result<bool, E> {
        let at = self.probe_for_insert(hash, eq)?;
        Ok(match at {
            InsertProbe::Present => false,
            _ => self.place(at, hash, make_key()),
        })
    }

    /// Rebuilds the table with room for `min_used` keys: the smallest power
    /// of two above `min_used`, at least 8 (`set_table_resize`). Live keys
    /// are re-inserted in old slot order; dummies are dropped. A minimum-size
    /// table without dummies that would stay minimum-size is left alone.
    fn resize(&mut self, min_used: usize) {
        let new_size = size_for(min_used);
        if new_size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(new_size));
        for slot in old {
            if let Slot::Live { hash, key } = slot {
                insert_clean(&mut self.slots, hash, key);
            }
        }
        self.fill = self.used;
        self.bump();
    }

    /// Adds `key` unless an equal key is present (`set.add`). `eq(stored)`
    /// compares a stored key whose hash equals `hash` with `key`; it should
    /// test identity first. Returns whether the key was inserted; an equal
    /// key already present is kept and `key` is dropped.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        self.add_with(hash, eq, || key)
    }

    /// The stored key equal to the probe, if any (`x in s`). `eq(stored)` is
    /// called for stored keys whose hash equals `hash`, in probe order.
    pub fn find<E>(
        &self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<&K>, E> {
        Ok(self
            .lookup(hash, eq)?
            .and_then(|index| match self.slots.get(index) {
                Some(Slot::Live { key, .. }) => Some(key),
                _ => None,
            }))
    }

    /// Whether a key equal to the probe is present.
    pub fn contains<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        Ok(self.lookup(hash, eq)?.is_some())
    }

    /// Removes and returns the stored key equal to the probe
    /// (`set.discard` / `set.remove`), leaving a dummy in its slot. Never
    /// shrinks the table.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        Ok(match self.lookup(hash, eq)? {
            Some(index) => self.take(index),
            None => None,
        })
    }

    /// Turns a live slot into a dummy and returns its key.
    fn take(&mut self, index: usize) -> Option<K> {
        let slot = self.slots.get_mut(index)?;
        if !matches!(slot, Slot::Live { .. }) {
            return None;
        }
        match std::mem::replace(slot, Slot::Dummy) {
            Slot::Live { key, .. } => {
                self.used -= 1;
                self.bump();
                Some(key)
            }
            _ => None,
        }
    }

    /// Removes the key equal to `key` if present, else inserts `key`
    /// (one step of `symmetric_difference_update`: `set_discard_entry`, then
    /// `set_add_entry` when nothing was discarded). Returns whether `key`
    /// was inserted.
    pub fn toggle<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        if self.remove(hash, |stored| eq(stored, &key))?.is_some() {
            return Ok(false);
        }
        // CPython probes again (and compares again) for the insertion.
        let at = self.probe_for_insert(hash, |stored| eq(stored, &key))?;
        Ok(self.place(at, hash, key))
    }

    /// Removes and returns a key as `set.pop()` does: the first live slot at
    /// or after the finger, wrapping around; the finger then moves just past
    /// it. `None` when empty (Python raises `KeyError`).
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let size = self.slots.len();
        let start = self.finger & self.mask();
        let index = (0..size)
            .map(|step| (start + step) & self.mask())
            .find(|&index| matches!(self.slots.get(index), Some(Slot::Live { .. })))?;
        let key = self.take(index)?;
        self.finger = index + 1;
        Some(key)
    }

    /// Removes every key and goes back to a minimum-size table
    /// (`set.clear()`); the `pop` finger is kept, as in CPython.
    pub fn clear(&mut self) {
        self.slots = empty_slots(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
        self.bump();
    }

    /// The keys with their hashes, in slot order — the order in which Python
    /// iterates the set.
    pub fn iter(&self) -> impl Iterator<Item = (&K, i64)> + '_ {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Live { hash, key } => Some((key, *hash)),
            _ => None,
        })
    }

    /// The live key at slot `index` and the next slot index to look at, for
    /// an iterator that keeps a position across calls (as CPython's set
    /// iterator keeps `si_pos`). `None` once no live slot remains at or
    /// after `index`.
    pub fn next_from(&self, index: usize) -> Option<(usize, &K, i64)> {
        self.slots
            .iter()
            .enumerate()
            .skip(index)
            .find_map(|(i, slot)| match slot {
                Slot::Live { hash, key } => Some((i + 1, key, *hash)),
                _ => None,
            })
    }

    /// Consumes the table, yielding its keys in slot order.
    pub fn into_keys(self) -> impl Iterator<Item = K> {
        self.slots.into_iter().filter_map(|slot| match slot {
            Slot::Live { key, .. } => Some(key),
            _ => None,
        })
    }

    /// Grows the table ahead of adding about `incoming` keys, as CPython does
    /// before merging a set or a dict into a set: if
    /// `(fill + incoming) * 5 >= mask * 3`, resize for
    /// `(len + incoming) * 2` keys. Use it (then `insert` each key in dict
    /// order) for `s.update(d)` / `set(d)` with an exact `dict` `d`.
    pub fn presize_for_update(&mut self, incoming: usize) {
        if self.fill.saturating_add(incoming).saturating_mul(5) >= self.mask().saturating_mul(3) {
            self.resize(self.used.saturating_add(incoming).saturating_mul(2));
        }
    }

    /// After removing keys for `difference_update` (or a difference built
    /// by copy-then-remove): if more than a quarter of the slots are
    /// dummies, rebuild the table for `len * 4` keys (`len * 2` above 50000).
    /// CPython does this once per `difference_update` argument, and only
    /// there.
    pub fn compact_after_difference_update(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(grow_target(self.used));
        }
    }

    /// Exchanges the contents of two tables, keeping each one's `pop` finger
    /// (`set_swap_bodies`).
    fn swap_bodies(&mut self, other: &mut Self) {
        std::mem::swap(&mut self.slots, &mut other.slots);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.bump();
        other.bump();
    }

    // ------------------------------------------------------------------
    // Re-entrant primitives.
    // ------------------------------------------------------------------

    /// The stored keys whose hash equals `hash`, with their slots, in the
    /// order a lookup would compare them (the probe stops at the first empty
    /// slot). For a VM whose `__eq__` may touch the set being searched:
    /// clone the candidates, release the borrow, compare them in order, and
    /// if [`version`](Self::version) changed during a comparison, start
    /// over (CPython restarts its probe in that case).
    pub fn candidates(&self, hash: i64) -> impl Iterator<Item = (SlotId, &K)> + '_ {
        let mut probe = Probe::new(hash, self.mask());
        std::iter::from_fn(move || loop {
            let index = probe.next()?;
            match self.slots.get(index) {
                None | Some(Slot::Empty) => return None,
                Some(Slot::Live { hash: h, key }) if *h == hash => {
                    return Some((SlotId(index), key))
                }
                Some(_) => {}
            }
        })
    }

    /// Inserts a key that the caller has established is absent (no
    /// candidate compared equal): the same slot, counters and resize as
    /// [`insert`](Self::insert) when no stored key matches.
    pub fn insert_absent(&mut self, hash: i64, key: K) {
        let at = self.probe_for_insert(hash, |_| Ok::<bool, std::convert::Infallible>(false));
        match at {
            Ok(at) => {
                self.place(at, hash, key);
            }
            Err(never) => match never {},
        }
    }

    /// Removes the key at a slot found by [`candidates`](Self::candidates)
    /// (leaving a dummy, as [`remove`](Self::remove) does). `None` if the
    /// slot no longer holds a key.
    pub fn remove_slot(&mut self, slot: SlotId) -> Option<K> {
        self.take(slot.0)
    }

    // ------------------------------------------------------------------
    // Whole-set operations (set and frozenset arguments).
    // ------------------------------------------------------------------

    /// A new table laid out as CPython lays out `set(a)`, `frozenset(a)` and
    /// `a.copy()` (`set_merge` into an empty set). This is not a slot-for-
    /// slot clone: a set of 5 or more keys is copied into a table sized for
    /// twice its length, so it can be smaller than the original and iterate
    /// in a different order; dummies are dropped.
    pub fn copy(&self) -> Self
    where
        K: Clone,
    {
        let mut table = Self::new();
        table.merge_into_empty_or_presized(self);
        table
    }

    /// A new table holding the same keys, inserted one by one in this
    /// table's slot order into a fresh minimum-size table (growing as it
    /// goes) — CPython's `frozenset(tuple(f))`. The compiler does this to
    /// every frozenset constant; see "Set displays" in the module docs.
    pub fn reinserted(&self) -> Self
    where
        K: Clone,
    {
        let mut table = Self::new();
        for (key, hash) in self.iter() {
            table.insert_absent(hash, key.clone());
        }
        table
    }

    /// `set_merge`'s presize and its fast paths for an empty target. Returns
    /// `false` if the target was not empty and keys must be added one by one.
    fn merge_into_empty_or_presized(&mut self, other: &Self) -> bool
    where
        K: Clone,
    {
        if other.used == 0 {
            return true;
        }
        self.presize_for_update(other.used);
        if self.fill != 0 {
            return false;
        }
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            // Same size, no dummies: copy slot for slot.
            for (mine, theirs) in self.slots.iter_mut().zip(&other.slots) {
                if let Slot::Live { hash, key } = theirs {
                    *mine = Slot::Live {
                        hash: *hash,
                        key: key.clone(),
                    };
                }
            }
        } else {
            for (key, hash) in other.iter() {
                insert_clean(&mut self.slots, hash, key.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.bump();
        true
    }

    /// Adds every key of `other` (`s.update(a)`, `s |= a` with a set or
    /// frozenset `a`; CPython's `set_merge`). The caller must skip the call
    /// when `other` is the same Python object as `self` (CPython does
    /// nothing then). `eq(stored, incoming)` compares a key of `self` with a
    /// key of `other`.
    pub fn update_from_set<E>(
        &mut self,
        other: &Self,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        K: Clone,
    {
        if self.merge_into_empty_or_presized(other) {
            return Ok(());
        }
        for (key, hash) in other.iter() {
            self.add_with(hash, |stored| eq(stored, key), || key.clone())?;
        }
        Ok(())
    }

    /// `a | b` / `a.union(b)` for sets: a copy of `self`, then
    /// [`update_from_set`](Self::update_from_set) with `other`. When `other`
    /// is `self` (the same table, e.g. both borrowed from one object), the
    /// result is just `self.copy()`, as in CPython's `a | a`.
    pub fn union<E>(
        &self,
        other: &Self,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E>
    where
        K: Clone,
    {
        let mut result = self.copy();
        if !std::ptr::eq(self, other) {
            result.update_from_set(other, eq)?;
        }
        Ok(result)
    }

    /// `a & b` / `a.intersection(b)` for sets (`set_intersection`): walks the
    /// smaller set in slot order (`other` when the lengths are equal) and
    /// inserts each of its keys that the larger one contains into a new
    /// table. The kept keys are the walked set's objects. When `other` is
    /// `self` (the same table), the result is `self.copy()`, as in CPython.
    ///
    /// `eq(stored, probe)` is called with `stored` from the table being
    /// searched (the larger set, or the result) and `probe` from the smaller.
    pub fn intersection<E>(
        &self,
        other: &Self,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E>
    where
        K: Clone,
    {
        if std::ptr::eq(self, other) {
            return Ok(self.copy());
        }
        let (searched, walked) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = Self::new();
        for (key, hash) in walked.iter() {
            if searched.contains(hash, |stored| eq(stored, key))? {
                result.add_with(hash, |stored| eq(stored, key), || key.clone())?;
            }
        }
        Ok(result)
    }

    /// `a &= b` / `a.intersection_update(b)` for sets: the intersection
    /// (as [`intersection`](Self::intersection) builds it) replaces the
    /// contents of `self`; the `pop` finger is kept. If `other` is the same
    /// Python object, CPython's result is `a.copy()` swapped in — use
    /// `let c = a.copy(); a.replace_contents(c)`.
    pub fn intersection_update<E>(
        &mut self,
        other: &Self,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        K: Clone,
    {
        let mut result = self.intersection(other, eq)?;
        self.swap_bodies(&mut result);
        Ok(())
    }

    /// Replaces the contents of `self` with those of `other`, keeping
    /// `self`'s `pop` finger (CPython's `set_swap_bodies`, as used by the
    /// in-place operators that compute a new set and move it in).
    pub fn replace_contents(&mut self, mut other: Self) {
        self.swap_bodies(&mut other);
    }

    /// `a - b` / `a.difference(b)` for sets (`set_difference`). If
    /// `len(a) >> 2 > len(b)`, CPython copies `a` and removes the keys of `b`
    /// (then compacts); otherwise it walks `a` in slot order and inserts
    /// into a new table each key `b` does not contain. Passing the same
    /// table twice gives CPython's `a - a`.
    ///
    /// `eq(stored, probe)`: `stored` from the table being searched.
    pub fn difference<E>(
        &self,
        other: &Self,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E>
    where
        K: Clone,
    {
        if (self.used >> 2) > other.used {
            let mut result = self.copy();
            result.difference_update(other, eq)?;
            return Ok(result);
        }
        let mut result = Self::new();
        for (key, hash) in self.iter() {
            if !other.contains(hash, |stored| eq(stored, key))? {
                result.add_with(hash, |stored| eq(stored, key), || key.clone())?;
            }
        }
        Ok(result)
    }

    /// `a -= b` / `a.difference_update(b)` for a set or frozenset `b`
    /// (`set_difference_update_internal`): removes each key of `b` (or, when
    /// `b` is more than 8 times longer, of `a & b`), then
    /// [`compact_after_difference_update`](Self::compact_after_difference_update).
    /// If `b` is the same Python object as `a`, CPython clears `a` instead —
    /// the caller must check that.
    ///
    /// `eq(stored, probe)`: `stored` from the table being searched.
    pub fn difference_update<E>(
        &mut self,
        other: &Self,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        K: Clone,
    {
        if (other.used >> 3) > self.used {
            let common = self.intersection(other, &mut eq)?;
            for (key, hash) in common.iter() {
                self.remove(hash, |stored| eq(stored, key))?;
            }
        } else {
            for (key, hash) in other.iter() {
                self.remove(hash, |stored| eq(stored, key))?;
            }
        }
        self.compact_after_difference_update();
        Ok(())
    }

    /// `a ^= b` / `a.symmetric_difference_update(b)` for a set or frozenset
    /// `b`: [`toggle`](Self::toggle) each key of `b` in slot order. If `b` is
    /// the same Python object as `a`, CPython clears `a` instead — the
    /// caller must check that.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &Self,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        K: Clone,
    {
        for (key, hash) in other.iter() {
            if self.remove(hash, |stored| eq(stored, key))?.is_none() {
                self.add_with(hash, |stored| eq(stored, key), || key.clone())?;
            }
        }
        Ok(())
    }

    /// `a ^ b` / `a.symmetric_difference(b)` for sets: a copy of **`other`**,
    /// then `symmetric_difference_update` with `self` (this is CPython's
    /// order, and it shows in the result's layout). Passing the same table
    /// twice gives CPython's `a ^ a`.
    pub fn symmetric_difference<E>(
        &self,
        other: &Self,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E>
    where
        K: Clone,
    {
        let mut result = other.copy();
        result.symmetric_difference_update(self, eq)?;
        Ok(result)
    }
}

/// Where an insertion goes.
#[derive(Clone, Copy)]
enum InsertProbe {
    /// An equal key is already stored.
    Present,
    /// Reuse this dummy.
    Dummy(usize),
    /// Fill this never-used slot.
    Empty(usize),
}

#[cfg(test)]
mod tests {
    //! Expected orders and table sizes come from CPython 3.11.7 (64-bit
    //! Linux): `list(s)` and `sys.getsizeof(s)`. Keys are `(repr, hash)`.

    use super::*;
    use std::convert::Infallible;

    type Key = (&'static str, i64);

    fn ok<T>(r: Result<T, Infallible>) -> T {
        match r {
            Ok(v) => v,
            Err(never) => match never {},
        }
    }

    fn same(a: &Key, b: &Key) -> Result<bool, Infallible> {
        Ok(a.0 == b.0)
    }

    fn table(keys: &[Key]) -> SetTable<Key> {
        let mut t = SetTable::new();
        for k in keys {
            ok(t.insert(k.1, *k, |s| same(s, k)));
        }
        t
    }

    /// The frozenset constant the compiler makes for a display of constants.
    fn constant(keys: &[Key]) -> SetTable<Key> {
        table(keys).reinserted()
    }

    fn constant_order(keys: &[Key]) -> Vec<&'static str> {
        constant(keys).iter().map(|(k, _)| k.0).collect()
    }

    /// Three sets and the Python operations on them, as the VM would call
    /// this module.
    struct Sets(Vec<SetTable<Key>>);

    impl Sets {
        fn new() -> Sets {
            Sets((0..3).map(|_| SetTable::new()).collect())
        }

        fn add(&mut self, i: usize, k: Key) {
            ok(self.0[i].insert(k.1, k, |s| same(s, &k)));
        }

        fn adds(&mut self, i: usize, keys: &[Key]) {
            for k in keys {
                self.add(i, *k);
            }
        }

        fn discard(&mut self, i: usize, k: Key) {
            ok(self.0[i].remove(k.1, |s| same(s, &k)));
        }

        fn pop(&mut self, i: usize) -> Option<&'static str> {
            self.0[i].pop().map(|k| k.0)
        }

        fn clear(&mut self, i: usize) {
            self.0[i].clear();
        }

        fn copy(&mut self, i: usize, j: usize) {
            let c = self.0[i].copy();
            self.0[j] = c;
        }

        fn set_from_list(&mut self, i: usize, keys: &[Key]) {
            self.0[i] = table(keys);
        }

        fn set_from_dict(&mut self, i: usize, keys: &[Key]) {
            let mut distinct: Vec<Key> = Vec::new();
            for k in keys {
                if !distinct.iter().any(|d| d.0 == k.0) {
                    distinct.push(*k);
                }
            }
            let mut t = SetTable::with_capacity_for(distinct.len());
            for k in &distinct {
                ok(t.insert(k.1, *k, |s| same(s, k)));
            }
            self.0[i] = t;
        }

        fn literal(&mut self, i: usize, keys: &[Key]) {
            self.0[i] = if keys.len() >= 3 {
                constant(keys).copy()
            } else {
                table(keys)
            };
        }

        fn or(&mut self, i: usize, j: usize, k: usize) {
            let r = ok(self.0[i].union(&self.0[j], same));
            self.0[k] = r;
        }

        fn and(&mut self, i: usize, j: usize, k: usize) {
            let r = ok(self.0[i].intersection(&self.0[j], same));
            self.0[k] = r;
        }

        fn sub(&mut self, i: usize, j: usize, k: usize) {
            let r = ok(self.0[i].difference(&self.0[j], same));
            self.0[k] = r;
        }

        fn xor(&mut self, i: usize, j: usize, k: usize) {
            let r = ok(self.0[i].symmetric_difference(&self.0[j], same));
            self.0[k] = r;
        }

        /// Runs an in-place operator with a distinct right-hand set.
        fn with_other(
            &mut self,
            i: usize,
            j: usize,
            f: impl FnOnce(&mut SetTable<Key>, &SetTable<Key>),
        ) {
            let other = std::mem::take(&mut self.0[j]);
            f(&mut self.0[i], &other);
            self.0[j] = other;
        }

        fn ior(&mut self, i: usize, j: usize) {
            if i != j {
                self.with_other(i, j, |a, b| ok(a.update_from_set(b, same)));
            }
        }

        fn iand(&mut self, i: usize, j: usize) {
            if i == j {
                let c = self.0[i].copy();
                self.0[i].replace_contents(c);
            } else {
                self.with_other(i, j, |a, b| ok(a.intersection_update(b, same)));
            }
        }

        fn isub(&mut self, i: usize, j: usize) {
            if i == j {
                self.0[i].clear();
            } else {
                self.with_other(i, j, |a, b| ok(a.difference_update(b, same)));
            }
        }

        fn ixor(&mut self, i: usize, j: usize) {
            if i == j {
                self.0[i].clear();
            } else {
                self.with_other(i, j, |a, b| ok(a.symmetric_difference_update(b, same)));
            }
        }

        fn difference_update_list(&mut self, i: usize, keys: &[Key]) {
            for k in keys {
                ok(self.0[i].remove(k.1, |s| same(s, k)));
            }
            self.0[i].compact_after_difference_update();
        }

        fn check_size(&self, i: usize, len: usize, table_size: usize) {
            assert_eq!(self.0[i].len(), len, "len of set {i}");
            assert_eq!(self.0[i].table_size(), table_size, "table size of set {i}");
        }

        fn check(&self, i: usize, want: &[&str], table_size: usize) {
            let got: Vec<&str> = self.0[i].iter().map(|(k, _)| k.0).collect();
            assert_eq!(got, want, "order of set {i}");
            assert_eq!(self.0[i].len(), want.len(), "len of set {i}");
            assert_eq!(self.0[i].table_size(), table_size, "table size of set {i}");
        }
    }

    /// Ints whose hashes collide (-1/-2, 0/2**61-1, 8/2**64) and a resize from 8 to 32 slots.
    #[test]
    fn small_negative_and_large_ints() {
        let mut t = Sets::new();
        t.adds(
            0,
            &[
                ("0", 0),
                ("-1", -2),
                ("-2", -2),
                ("7", 7),
                ("8", 8),
                ("16", 16),
                ("2305843009213693951", 0),
                ("2305843009213693952", 1),
                ("18446744073709551616", 8),
                ("-1267650600228229401496703205376", -549755813888),
                ("1000", 1000),
                ("33", 33),
                ("9", 9),
                ("17", 17),
                ("9223372036854775807", 3),
                ("-9223372036854775808", -4),
                ("40", 40),
                ("24", 24),
            ],
        );
        t.check(
            0,
            &[
                "0",
                "2305843009213693951",
                "2305843009213693952",
                "-1267650600228229401496703205376",
                "33",
                "9223372036854775807",
                "7",
                "8",
                "18446744073709551616",
                "1000",
                "9",
                "40",
                "16",
                "17",
                "-2",
                "24",
                "-9223372036854775808",
                "-1",
            ],
            32,
        );
    }

    /// Floats, including ones that hash like ints and infinities.
    #[test]
    fn floats() {
        let mut t = Sets::new();
        t.adds(
            0,
            &[
                ("0.5", 1152921504606846976),
                ("1.5", 1152921504606846977),
                ("-0.0", 0),
                ("1e+300", 1224995262755759164),
                ("2.5", 1152921504606846978),
                ("0.25", 576460752303423488),
                ("inf", 314159),
                ("-inf", -314159),
                ("3.0", 3),
                ("1e-300", 482449582752280463),
                ("-7.75", -1729382256910270471),
            ],
        );
        t.check(
            0,
            &[
                "0.5", "1.5", "2.5", "-0.0", "0.25", "3.0", "inf", "1e-300", "-inf", "-7.75",
                "1e+300",
            ],
            32,
        );
    }

    /// Tuples, hashed with the xxHash-based tuplehash.
    #[test]
    fn tuples() {
        let mut t = Sets::new();
        t.adds(
            0,
            &[
                ("()", 5740354900026072187),
                ("(1,)", -6644214454873602895),
                ("(1, 2)", -3550055125485641917),
                ("((1, 2), 3)", -333907151259015829),
                ("(2, 1)", 6794810172467074373),
                ("(0.5, -1)", 6150435046063548694),
                ("(1, 2, 3)", 529344067295497451),
            ],
        );
        t.check(
            0,
            &[
                "(1, 2)",
                "(2, 1)",
                "((1, 2), 3)",
                "(1, 2, 3)",
                "(1,)",
                "(0.5, -1)",
                "()",
            ],
            32,
        );
    }

    /// Keys that share low bits: linear probes in a big table, perturbation in a small one.
    #[test]
    fn linear_probing_and_perturbation() {
        let mut t = Sets::new();
        t.adds(
            0,
            &[
                ("0", 0),
                ("32", 32),
                ("64", 64),
                ("96", 96),
                ("1", 1),
                ("33", 33),
                ("128", 128),
                ("256", 256),
                ("512", 512),
                ("1024", 1024),
                ("2048", 2048),
                ("4096", 4096),
                ("8192", 8192),
                ("1099511627776", 1099511627776),
                ("1099511627808", 1099511627808),
            ],
        );
        t.check(
            0,
            &[
                "0",
                "1",
                "32",
                "64",
                "96",
                "33",
                "128",
                "256",
                "512",
                "1024",
                "2048",
                "4096",
                "1099511627776",
                "1099511627808",
                "8192",
            ],
            32,
        );
    }

    /// Growth 8 -> 32 -> 128 -> 512 slots (at 5, 19 and 77 keys) with collision-heavy keys.
    #[test]
    fn growth_past_several_resizes() {
        let mut t = Sets::new();
        t.adds(
            0,
            &[
                ("0", 0),
                ("27393", 27393),
                ("22498", 22498),
                ("17600", 17600),
            ],
        );
        t.check_size(0, 4, 8);
        t.adds(0, &[("12705", 12705)]);
        t.check_size(0, 5, 32);
        t.adds(
            0,
            &[
                ("7810", 7810),
                ("2912", 2912),
                ("30305", 30305),
                ("25410", 25410),
                ("20512", 20512),
                ("15617", 15617),
                ("10722", 10722),
                ("5824", 5824),
                ("929", 929),
                ("28322", 28322),
                ("23424", 23424),
                ("18529", 18529),
                ("13634", 13634),
            ],
        );
        t.check_size(0, 18, 32);
        t.adds(0, &[("8736", 8736)]);
        t.check_size(0, 19, 128);
        t.adds(
            0,
            &[
                ("3841", 3841),
                ("31234", 31234),
                ("26336", 26336),
                ("21441", 21441),
                ("16546", 16546),
                ("11648", 11648),
                ("6753", 6753),
                ("1858", 1858),
                ("29248", 29248),
                ("24353", 24353),
                ("19458", 19458),
                ("14560", 14560),
                ("9665", 9665),
                ("4770", 4770),
                ("32160", 32160),
                ("27265", 27265),
                ("22370", 22370),
                ("17472", 17472),
                ("12577", 12577),
                ("7682", 7682),
                ("2784", 2784),
                ("30177", 30177),
                ("25282", 25282),
                ("20384", 20384),
                ("15489", 15489),
                ("10594", 10594),
                ("5696", 5696),
                ("801", 801),
                ("28194", 28194),
                ("23296", 23296),
                ("18401", 18401),
                ("13506", 13506),
                ("8608", 8608),
                ("3713", 3713),
                ("31106", 31106),
                ("26208", 26208),
                ("21313", 21313),
                ("16418", 16418),
                ("11520", 11520),
                ("6625", 6625),
                ("1730", 1730),
                ("29120", 29120),
                ("24225", 24225),
                ("19330", 19330),
                ("14432", 14432),
                ("9537", 9537),
                ("4642", 4642),
                ("32032", 32032),
                ("27137", 27137),
                ("22242", 22242),
                ("17344", 17344),
                ("12449", 12449),
                ("7554", 7554),
                ("2656", 2656),
                ("30049", 30049),
                ("25154", 25154),
                ("20256", 20256),
            ],
        );
        t.check_size(0, 76, 128);
        t.adds(0, &[("15361", 15361)]);
        t.check_size(0, 77, 512);
        t.adds(
            0,
            &[
                ("10466", 10466),
                ("5568", 5568),
                ("673", 673),
                ("28066", 28066),
                ("23168", 23168),
                ("18273", 18273),
                ("13378", 13378),
                ("8480", 8480),
                ("3585", 3585),
                ("30978", 30978),
                ("26080", 26080),
                ("21185", 21185),
                ("16290", 16290),
                ("11392", 11392),
                ("6497", 6497),
                ("1602", 1602),
                ("28992", 28992),
                ("24097", 24097),
                ("19202", 19202),
                ("14304", 14304),
                ("9409", 9409),
                ("4514", 4514),
                ("31904", 31904),
                ("27009", 27009),
                ("22114", 22114),
                ("17216", 17216),
                ("12321", 12321),
                ("7426", 7426),
                ("2528", 2528),
                ("29921", 29921),
                ("25026", 25026),
                ("20128", 20128),
                ("15233", 15233),
                ("10338", 10338),
                ("5440", 5440),
                ("545", 545),
                ("27938", 27938),
                ("23040", 23040),
                ("18145", 18145),
                ("13250", 13250),
                ("8352", 8352),
                ("3457", 3457),
                ("30850", 30850),
            ],
        );
        t.check(
            0,
            &[
                "0", "27137", "31234", "19458", "7682", "15361", "3585", "23040", "20512", "8736",
                "28194", "16418", "4642", "24097", "12321", "545", "29248", "17472", "25154",
                "5696", "13378", "1602", "26208", "2656", "14432", "30305", "18529", "6753",
                "22114", "10338", "23168", "27265", "7810", "15489", "3713", "11392", "30850",
                "31904", "24225", "28322", "16546", "4770", "12449", "673", "20128", "8352",
                "17600", "5824", "25282", "13506", "1730", "21185", "9409", "26336", "14560",
                "22242", "2784", "10466", "29921", "18145", "23296", "27393", "15617", "3841",
                "11520", "30978", "19202", "7426", "32032", "20256", "24353", "12577", "801",
                "8480", "27938", "28992", "9537", "25410", "13634", "1858", "21313", "17216",
                "5440", "2912", "30049", "10594", "22370", "18273", "6497", "23424", "11648",
                "31106", "19330", "7554", "27009", "15233", "3457", "20384", "12705", "929",
                "32160", "8608", "28066", "16290", "4514", "29120", "21441", "9665", "17344",
                "5568", "25026", "13250", "26080", "18401", "6625", "22498", "10722", "30177",
                "14304", "2528",
            ],
            512,
        );
    }

    /// Removal leaves a dummy; insertion reuses the last dummy on its probe path; dummies count towards the fill that triggers a resize.
    #[test]
    fn dummies_and_last_freeslot() {
        let mut t = Sets::new();
        t.adds(0, &[("0", 0), ("8", 8), ("16", 16), ("24", 24)]);
        t.check(0, &["0", "8", "16", "24"], 8);
        t.discard(0, ("8", 8));
        t.check(0, &["0", "16", "24"], 8);
        t.discard(0, ("24", 24));
        t.check(0, &["0", "16"], 8);
        t.add(0, ("8", 8));
        t.check(0, &["0", "16", "8"], 8);
        t.add(0, ("40", 40));
        t.check(0, &["0", "40", "8", "16"], 32);
        t.discard(0, ("0", 0));
        t.check(0, &["40", "8", "16"], 32);
        t.add(0, ("4", 4));
        t.check(0, &["4", "40", "8", "16"], 32);
        t.add(0, ("12", 12));
        t.check(0, &["4", "40", "8", "12", "16"], 32);
        t.add(0, ("20", 20));
        t.check(0, &["4", "40", "8", "12", "16", "20"], 32);
    }

    /// set.pop() walks from a finger that survives clear() and wraps around.
    #[test]
    fn pop_finger() {
        let mut t = Sets::new();
        t.adds(
            0,
            &[
                ("5", 5),
                ("1", 1),
                ("3", 3),
                ("7", 7),
                ("2", 2),
                ("100", 100),
                ("64", 64),
            ],
        );
        t.check(0, &["64", "1", "2", "3", "100", "5", "7"], 32);
        assert_eq!(t.pop(0), Some("64"));
        t.check(0, &["1", "2", "3", "100", "5", "7"], 32);
        assert_eq!(t.pop(0), Some("1"));
        t.check(0, &["2", "3", "100", "5", "7"], 32);
        t.add(0, ("1", 1));
        t.check(0, &["1", "2", "3", "100", "5", "7"], 32);
        assert_eq!(t.pop(0), Some("2"));
        t.check(0, &["1", "3", "100", "5", "7"], 32);
        assert_eq!(t.pop(0), Some("3"));
        t.check(0, &["1", "100", "5", "7"], 32);
        t.clear(0);
        t.check(0, &[], 8);
        t.adds(0, &[("1", 1), ("2", 2), ("3", 3), ("9", 9), ("4", 4)]);
        t.check(0, &["1", "2", "3", "4", "9"], 32);
        assert_eq!(t.pop(0), Some("4"));
        t.check(0, &["1", "2", "3", "9"], 32);
        t.add(0, ("0", 0));
        t.check(0, &["0", "1", "2", "3", "9"], 32);
        assert_eq!(t.pop(0), Some("9"));
        t.check(0, &["0", "1", "2", "3"], 32);
        assert_eq!(t.pop(0), Some("0"));
        t.check(0, &["1", "2", "3"], 32);
        t.adds(0, &[("31", 31), ("30", 30)]);
        t.check(0, &["1", "2", "3", "30", "31"], 32);
        assert_eq!(t.pop(0), Some("1"));
        t.check(0, &["2", "3", "30", "31"], 32);
        assert_eq!(t.pop(0), Some("2"));
        t.check(0, &["3", "30", "31"], 32);
        assert_eq!(t.pop(0), Some("3"));
        t.check(0, &["30", "31"], 32);
        assert_eq!(t.pop(0), Some("30"));
        t.check(0, &["31"], 32);
    }

    /// copy() (and set(s)) presizes to twice the length and re-inserts; same-size dummy-free tables are copied slot for slot.
    #[test]
    fn copy_lays_out_afresh() {
        let mut t = Sets::new();
        t.adds(0, &[("16", 16), ("0", 0), ("32", 32), ("1", 1), ("48", 48)]);
        t.check(0, &["0", "32", "1", "16", "48"], 32);
        t.copy(0, 1);
        t.check(1, &["0", "32", "1", "16", "48"], 16);
        t.adds(
            2,
            &[
                ("0", 0),
                ("1", 1),
                ("2", 2),
                ("3", 3),
                ("4", 4),
                ("5", 5),
                ("6", 6),
                ("7", 7),
                ("8", 8),
                ("9", 9),
                ("10", 10),
                ("11", 11),
                ("12", 12),
                ("13", 13),
                ("14", 14),
                ("15", 15),
                ("16", 16),
                ("17", 17),
                ("18", 18),
                ("19", 19),
            ],
        );
        t.check(
            2,
            &[
                "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14",
                "15", "16", "17", "18", "19",
            ],
            128,
        );
        t.difference_update_list(
            2,
            &[
                ("0", 0),
                ("2", 2),
                ("4", 4),
                ("6", 6),
                ("8", 8),
                ("10", 10),
                ("12", 12),
                ("14", 14),
                ("16", 16),
                ("18", 18),
            ],
        );
        t.check(
            2,
            &["1", "3", "5", "7", "9", "11", "13", "15", "17", "19"],
            128,
        );
        t.copy(2, 1);
        t.check(
            1,
            &["1", "3", "5", "7", "9", "11", "13", "15", "17", "19"],
            32,
        );
        t.adds(0, &[("80", 80), ("81", 81)]);
        t.check(0, &["0", "32", "1", "16", "48", "80", "81"], 32);
        t.copy(0, 1);
        t.check(1, &["0", "32", "1", "16", "48", "80", "81"], 16);
        t.set_from_list(2, &[("3", 3), ("11", 11), ("19", 19)]);
        t.check(2, &["11", "19", "3"], 8);
        t.copy(2, 1);
        t.check(1, &["11", "19", "3"], 8);
    }

    /// set(dict) presizes; set(list) does not.
    #[test]
    fn from_dict_is_presized() {
        let mut t = Sets::new();
        t.set_from_dict(0, &[("16", 16), ("0", 0), ("32", 32), ("1", 1), ("48", 48)]);
        t.check(0, &["16", "0", "32", "1", "48"], 16);
        t.set_from_list(1, &[("16", 16), ("0", 0), ("32", 32), ("1", 1), ("48", 48)]);
        t.check(1, &["0", "32", "1", "16", "48"], 32);
        t.set_from_dict(2, &[("7", 7), ("15", 15), ("23", 23)]);
        t.check(2, &["15", "23", "7"], 8);
        t.set_from_dict(0, &[]);
        t.check(0, &[], 8);
    }

    /// Set displays of constants: built, rebuilt in slot order, then copied; a constant display iterated by `for` skips the copy.
    #[test]
    fn literals_and_constant_frozensets() {
        let mut t = Sets::new();
        // s0 = {20, 80, 19, 64, 64, 11, 64}
        t.literal(
            0,
            &[
                ("20", 20),
                ("80", 80),
                ("19", 19),
                ("64", 64),
                ("64", 64),
                ("11", 11),
                ("64", 64),
            ],
        );
        t.check(0, &["64", "80", "19", "20", "11"], 16);
        // [x for x in {20, 80, 19, 64, 64, 11, 64}]
        assert_eq!(
            constant_order(&[
                ("20", 20),
                ("80", 80),
                ("19", 19),
                ("64", 64),
                ("64", 64),
                ("11", 11),
                ("64", 64)
            ]),
            &["64", "11", "80", "19", "20"]
        );
        // s1 = {37, 25, 112, 32, 128, 48, 64}
        t.literal(
            1,
            &[
                ("37", 37),
                ("25", 25),
                ("112", 112),
                ("32", 32),
                ("128", 128),
                ("48", 48),
                ("64", 64),
            ],
        );
        t.check(1, &["32", "64", "128", "112", "48", "37", "25"], 16);
        // [x for x in {37, 25, 112, 32, 128, 48, 64}]
        assert_eq!(
            constant_order(&[
                ("37", 37),
                ("25", 25),
                ("112", 112),
                ("32", 32),
                ("128", 128),
                ("48", 48),
                ("64", 64)
            ]),
            &["32", "64", "128", "37", "112", "48", "25"]
        );
        // s2 = {8, 0}
        t.literal(2, &[("8", 8), ("0", 0)]);
        t.check(2, &["8", "0"], 8);
        // s2 = {0, 8, 16}
        t.literal(2, &[("0", 0), ("8", 8), ("16", 16)]);
        t.check(2, &["0", "8", "16"], 8);
        // [x for x in {16, 8, 0}]
        assert_eq!(
            constant_order(&[("16", 16), ("8", 8), ("0", 0)]),
            &["16", "8", "0"]
        );
        // s0 = {(1, 2), 0.5, -3, 18446744073709551616, 7, 1e+300}
        t.literal(
            0,
            &[
                ("(1, 2)", -3550055125485641917),
                ("0.5", 1152921504606846976),
                ("-3", -3),
                ("18446744073709551616", 8),
                ("7", 7),
                ("1e+300", 1224995262755759164),
            ],
        );
        t.check(
            0,
            &["0.5", "(1, 2)", "7", "18446744073709551616", "1e+300", "-3"],
            16,
        );
    }

    /// a | b, a & b, a - b, a ^ b (and with the same set on both sides).
    #[test]
    fn binary_operators() {
        let mut t = Sets::new();
        t.set_from_list(
            0,
            &[
                ("1", 1),
                ("2", 2),
                ("3", 3),
                ("4", 4),
                ("5", 5),
                ("17", 17),
                ("33", 33),
                ("64", 64),
                ("128", 128),
            ],
        );
        t.check(0, &["64", "1", "2", "3", "4", "5", "33", "128", "17"], 32);
        t.set_from_list(
            1,
            &[
                ("3", 3),
                ("64", 64),
                ("200", 200),
                ("17", 17),
                ("1000", 1000),
                ("0", 0),
                ("-1", -2),
            ],
        );
        t.check(1, &["64", "0", "3", "1000", "200", "17", "-1"], 32);
        t.or(0, 1, 2);
        t.check(
            2,
            &[
                "64", "1", "2", "3", "4", "5", "33", "128", "0", "1000", "200", "17", "-1",
            ],
            32,
        );
        t.or(1, 0, 2);
        t.check(
            2,
            &[
                "64", "0", "1", "3", "2", "4", "5", "128", "200", "17", "33", "1000", "-1",
            ],
            64,
        );
        t.or(0, 0, 2);
        t.check(2, &["64", "1", "2", "3", "4", "5", "33", "128", "17"], 32);
        t.and(0, 1, 2);
        t.check(2, &["64", "17", "3"], 8);
        t.and(1, 0, 2);
        t.check(2, &["64", "17", "3"], 8);
        t.and(0, 0, 2);
        t.check(2, &["64", "1", "2", "3", "4", "5", "33", "128", "17"], 32);
        t.sub(0, 1, 2);
        t.check(2, &["128", "1", "2", "33", "4", "5"], 32);
        t.sub(1, 0, 2);
        t.check(2, &["0", "1000", "-1", "200"], 8);
        t.sub(0, 0, 2);
        t.check(2, &[], 8);
        t.xor(0, 1, 2);
        t.check(
            2,
            &["0", "1", "2", "128", "4", "5", "200", "33", "1000", "-1"],
            64,
        );
        t.xor(1, 0, 2);
        t.check(
            2,
            &["0", "1", "2", "4", "5", "33", "128", "1000", "200", "-1"],
            32,
        );
        t.xor(0, 0, 2);
        t.check(2, &[], 32);
    }

    /// a |= b, a &= b, a -= b (with compaction and the 8x rule), a ^= b, and the same set on both sides.
    #[test]
    fn in_place_operators() {
        let mut t = Sets::new();
        t.set_from_list(
            0,
            &[
                ("1", 1),
                ("2", 2),
                ("3", 3),
                ("4", 4),
                ("5", 5),
                ("17", 17),
                ("33", 33),
                ("64", 64),
                ("128", 128),
            ],
        );
        t.check(0, &["64", "1", "2", "3", "4", "5", "33", "128", "17"], 32);
        t.set_from_list(
            1,
            &[
                ("3", 3),
                ("64", 64),
                ("200", 200),
                ("17", 17),
                ("1000", 1000),
                ("0", 0),
                ("-1", -2),
            ],
        );
        t.check(1, &["64", "0", "3", "1000", "200", "17", "-1"], 32);
        t.ior(0, 1);
        t.check(
            0,
            &[
                "64", "1", "2", "3", "4", "5", "33", "128", "0", "1000", "200", "17", "-1",
            ],
            32,
        );
        t.set_from_list(
            0,
            &[
                ("1", 1),
                ("2", 2),
                ("3", 3),
                ("4", 4),
                ("5", 5),
                ("17", 17),
                ("33", 33),
                ("64", 64),
                ("128", 128),
            ],
        );
        t.check(0, &["64", "1", "2", "3", "4", "5", "33", "128", "17"], 32);
        t.iand(0, 1);
        t.check(0, &["64", "17", "3"], 8);
        t.set_from_list(
            0,
            &[
                ("1", 1),
                ("2", 2),
                ("3", 3),
                ("4", 4),
                ("5", 5),
                ("17", 17),
                ("33", 33),
                ("64", 64),
                ("128", 128),
            ],
        );
        t.check(0, &["64", "1", "2", "3", "4", "5", "33", "128", "17"], 32);
        t.isub(0, 1);
        t.check(0, &["1", "2", "4", "5", "33", "128"], 32);
        t.set_from_list(
            0,
            &[
                ("1", 1),
                ("2", 2),
                ("3", 3),
                ("4", 4),
                ("5", 5),
                ("17", 17),
                ("33", 33),
                ("64", 64),
                ("128", 128),
            ],
        );
        t.check(0, &["64", "1", "2", "3", "4", "5", "33", "128", "17"], 32);
        t.ixor(0, 1);
        t.check(
            0,
            &["0", "1", "2", "4", "5", "33", "128", "1000", "200", "-1"],
            32,
        );
        t.set_from_list(
            0,
            &[
                ("0", 0),
                ("1", 1),
                ("2", 2),
                ("3", 3),
                ("4", 4),
                ("5", 5),
                ("6", 6),
                ("7", 7),
                ("8", 8),
                ("9", 9),
                ("10", 10),
                ("11", 11),
                ("12", 12),
                ("13", 13),
                ("14", 14),
                ("15", 15),
                ("16", 16),
                ("17", 17),
                ("18", 18),
                ("19", 19),
                ("20", 20),
                ("21", 21),
                ("22", 22),
                ("23", 23),
                ("24", 24),
                ("25", 25),
                ("26", 26),
                ("27", 27),
                ("28", 28),
                ("29", 29),
                ("30", 30),
                ("31", 31),
                ("32", 32),
                ("33", 33),
                ("34", 34),
                ("35", 35),
                ("36", 36),
                ("37", 37),
                ("38", 38),
                ("39", 39),
                ("40", 40),
                ("41", 41),
                ("42", 42),
                ("43", 43),
                ("44", 44),
                ("45", 45),
                ("46", 46),
                ("47", 47),
                ("48", 48),
                ("49", 49),
                ("50", 50),
                ("51", 51),
                ("52", 52),
                ("53", 53),
                ("54", 54),
                ("55", 55),
                ("56", 56),
                ("57", 57),
                ("58", 58),
                ("59", 59),
                ("60", 60),
                ("61", 61),
                ("62", 62),
                ("63", 63),
                ("64", 64),
                ("65", 65),
                ("66", 66),
                ("67", 67),
                ("68", 68),
                ("69", 69),
            ],
        );
        t.check(
            0,
            &[
                "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14",
                "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42",
                "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56",
                "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69",
            ],
            128,
        );
        t.set_from_list(
            1,
            &[
                ("0", 0),
                ("2", 2),
                ("4", 4),
                ("6", 6),
                ("8", 8),
                ("10", 10),
                ("12", 12),
                ("14", 14),
                ("16", 16),
                ("18", 18),
                ("20", 20),
                ("22", 22),
                ("24", 24),
                ("26", 26),
                ("28", 28),
                ("30", 30),
                ("32", 32),
                ("34", 34),
                ("36", 36),
                ("38", 38),
                ("40", 40),
                ("42", 42),
                ("44", 44),
                ("46", 46),
                ("48", 48),
                ("50", 50),
                ("52", 52),
                ("54", 54),
                ("56", 56),
                ("58", 58),
                ("60", 60),
                ("62", 62),
                ("64", 64),
                ("66", 66),
                ("68", 68),
                ("141", 141),
            ],
        );
        t.check(
            1,
            &[
                "0", "2", "4", "6", "8", "10", "12", "141", "14", "16", "18", "20", "22", "24",
                "26", "28", "30", "32", "34", "36", "38", "40", "42", "44", "46", "48", "50", "52",
                "54", "56", "58", "60", "62", "64", "66", "68",
            ],
            128,
        );
        t.isub(0, 1);
        t.check(
            0,
            &[
                "1", "3", "5", "7", "9", "11", "13", "15", "17", "19", "21", "23", "25", "27",
                "29", "31", "33", "35", "37", "39", "41", "43", "45", "47", "49", "51", "53", "55",
                "57", "59", "61", "63", "65", "67", "69",
            ],
            256,
        );
        t.set_from_list(
            1,
            &[
                ("0", 0),
                ("2", 2),
                ("4", 4),
                ("6", 6),
                ("8", 8),
                ("10", 10),
                ("12", 12),
                ("14", 14),
                ("16", 16),
                ("18", 18),
                ("20", 20),
                ("22", 22),
                ("24", 24),
                ("26", 26),
                ("28", 28),
                ("30", 30),
                ("32", 32),
                ("34", 34),
                ("36", 36),
                ("38", 38),
                ("40", 40),
                ("42", 42),
                ("44", 44),
                ("46", 46),
                ("48", 48),
                ("50", 50),
                ("52", 52),
                ("54", 54),
                ("56", 56),
                ("58", 58),
                ("60", 60),
                ("62", 62),
                ("64", 64),
                ("66", 66),
                ("68", 68),
                ("70", 70),
                ("72", 72),
                ("74", 74),
                ("76", 76),
                ("78", 78),
                ("80", 80),
                ("82", 82),
                ("84", 84),
                ("86", 86),
                ("88", 88),
                ("90", 90),
                ("92", 92),
                ("94", 94),
                ("96", 96),
                ("98", 98),
                ("100", 100),
                ("102", 102),
                ("104", 104),
                ("106", 106),
                ("108", 108),
                ("110", 110),
                ("112", 112),
                ("114", 114),
                ("116", 116),
                ("118", 118),
            ],
        );
        t.check(
            1,
            &[
                "0", "2", "4", "6", "8", "10", "12", "14", "16", "18", "20", "22", "24", "26",
                "28", "30", "32", "34", "36", "38", "40", "42", "44", "46", "48", "50", "52", "54",
                "56", "58", "60", "62", "64", "66", "68", "70", "72", "74", "76", "78", "80", "82",
                "84", "86", "88", "90", "92", "94", "96", "98", "100", "102", "104", "106", "108",
                "110", "112", "114", "116", "118",
            ],
            128,
        );
        t.set_from_list(
            0,
            &[
                ("6", 6),
                ("90", 90),
                ("77", 77),
                ("1001", 1001),
                ("2", 2),
                ("64", 64),
            ],
        );
        t.check(0, &["64", "2", "6", "1001", "77", "90"], 32);
        t.isub(0, 1);
        t.check(0, &["1001", "77"], 32);
        t.set_from_list(
            0,
            &[
                ("1", 1),
                ("2", 2),
                ("3", 3),
                ("4", 4),
                ("5", 5),
                ("17", 17),
                ("33", 33),
                ("64", 64),
                ("128", 128),
            ],
        );
        t.check(0, &["64", "1", "2", "3", "4", "5", "33", "128", "17"], 32);
        t.iand(0, 0);
        t.check(0, &["64", "1", "2", "3", "4", "5", "33", "128", "17"], 32);
        t.ior(0, 0);
        t.check(0, &["64", "1", "2", "3", "4", "5", "33", "128", "17"], 32);
        t.set_from_list(
            2,
            &[
                ("100", 100),
                ("101", 101),
                ("102", 102),
                ("103", 103),
                ("104", 104),
                ("105", 105),
                ("106", 106),
                ("107", 107),
                ("108", 108),
                ("109", 109),
                ("110", 110),
                ("111", 111),
                ("112", 112),
                ("113", 113),
                ("114", 114),
                ("115", 115),
                ("116", 116),
                ("117", 117),
                ("118", 118),
                ("119", 119),
                ("120", 120),
                ("121", 121),
                ("122", 122),
                ("123", 123),
            ],
        );
        t.check(
            2,
            &[
                "100", "101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "111",
                "112", "113", "114", "115", "116", "117", "118", "119", "120", "121", "122", "123",
            ],
            128,
        );
        t.set_from_list(1, &[("100", 100), ("101", 101)]);
        t.check(1, &["100", "101"], 8);
        t.sub(2, 1, 0);
        t.check(
            0,
            &[
                "102", "103", "104", "105", "106", "107", "108", "109", "110", "111", "112", "113",
                "114", "115", "116", "117", "118", "119", "120", "121", "122", "123",
            ],
            64,
        );
        t.isub(0, 0);
        t.check(0, &[], 8);
        t.set_from_list(
            1,
            &[
                ("3", 3),
                ("64", 64),
                ("200", 200),
                ("17", 17),
                ("1000", 1000),
                ("0", 0),
                ("-1", -2),
            ],
        );
        t.check(1, &["64", "0", "3", "1000", "200", "17", "-1"], 32);
        t.ixor(1, 1);
        t.check(1, &[], 8);
    }

    /// 1, 1.0 and True are equal: the first one inserted stays.
    #[test]
    fn equal_keys_of_different_types() {
        // (repr, hash, value) — equality by value.
        let keys: [(&str, i64, f64); 4] = [
            ("1.0", 1, 1.0),
            ("True", 1, 1.0),
            ("1", 1, 1.0),
            ("2", 2, 2.0),
        ];
        let mut t: SetTable<(&str, i64, f64)> = SetTable::new();
        for k in &keys {
            ok(t.insert(k.1, *k, |s| Ok(s.2 == k.2)));
        }
        let got: Vec<&str> = t.iter().map(|(k, _)| k.0).collect();
        assert_eq!(got, ["1.0", "2"]);
        let removed = ok(t.remove(1, |s| Ok(s.2 == 1.0)));
        assert_eq!(removed.map(|k| k.0), Some("1.0"));
    }

    /// `eq` is called only for stored keys with the same hash, and an error
    /// from it aborts the operation and leaves the table unchanged.
    #[test]
    fn equality_errors_propagate() {
        let mut t: SetTable<Key> = SetTable::new();
        for k in [("-1", -2), ("5", 5), ("13", 13)] {
            ok(t.insert(k.1, k, |s| same(s, &k)));
        }
        let mut calls = Vec::new();
        let r = t.insert(-2, ("-2", -2), |s| {
            calls.push(s.0);
            Err("boom")
        });
        assert_eq!(r, Err("boom"));
        assert_eq!(calls, ["-1"]);
        assert_eq!(t.len(), 3);
        let mut calls = 0;
        let found = t.find(5, |s| {
            calls += 1;
            Ok::<bool, ()>(s.0 == "5")
        });
        assert_eq!(found.map(|k| k.map(|k| k.0)), Ok(Some("5")));
        assert_eq!(calls, 1);
        assert_eq!(t.find(21, |_| Err("never called")), Ok(None));
        assert_eq!(
            t.remove(13, |_| Err::<bool, _>("no"))
                .map(|k| k.map(|k| k.0)),
            Err("no")
        );
        assert_eq!(t.len(), 3);
    }

    /// The re-entrant primitives give the same layout as `insert`/`remove`.
    #[test]
    fn reentrant_primitives_match_insert() {
        let keys: [Key; 9] = [
            ("0", 0),
            ("8", 8),
            ("16", 16),
            ("24", 24),
            ("32", 32),
            ("40", 40),
            ("1", 1),
            ("9", 9),
            ("8", 8),
        ];
        let a = table(&keys);
        let mut b: SetTable<Key> = SetTable::new();
        for k in &keys {
            let v = b.version();
            if !b.candidates(k.1).any(|(_, s)| s.0 == k.0) {
                b.insert_absent(k.1, *k);
                assert_ne!(b.version(), v);
            }
        }
        let order = |t: &SetTable<Key>| t.iter().map(|(k, h)| (k.0, h)).collect::<Vec<_>>();
        assert_eq!(order(&a), order(&b));
        assert_eq!(a.table_size(), b.table_size());
        let slot = b.candidates(8).next().map(|(slot, _)| slot);
        let taken = slot.and_then(|slot| b.remove_slot(slot));
        assert_eq!(taken.map(|k| k.1), Some(8));
        assert_eq!(slot.and_then(|slot| b.remove_slot(slot)), None);
        assert_eq!(b.len(), a.len() - 1);
    }

    /// A position-keeping iterator walks the same order as `iter`.
    #[test]
    fn next_from_walks_slot_order() {
        let t = table(&[("3", 3), ("100", 100), ("-5", -5), ("64", 64)]);
        let mut pos = 0;
        let mut got = Vec::new();
        while let Some((next, k, h)) = t.next_from(pos) {
            got.push((k.0, h));
            pos = next;
        }
        let want: Vec<(&str, i64)> = t.iter().map(|(k, h)| (k.0, h)).collect();
        assert_eq!(got, want);
        assert_eq!(t.next_from(1000).map(|(_, k, _)| k.0), None);
        let keys: Vec<&str> = t.into_keys().map(|k| k.0).collect();
        assert_eq!(keys, want.iter().map(|w| w.0).collect::<Vec<_>>());
    }

    #[test]
    fn empty_table() {
        let mut t: SetTable<Key> = SetTable::default();
        assert!(t.is_empty());
        assert_eq!(t.pop(), None);
        assert_eq!(t.table_size(), 8);
        assert_eq!(t.copy().table_size(), 8);
        assert!(ok(t.toggle(3, ("3", 3), same)));
        assert!(!ok(t.toggle(3, ("3", 3), same)));
        assert!(t.is_empty());
        assert_eq!(SetTable::<Key>::with_capacity_for(4).table_size(), 8);
        assert_eq!(SetTable::<Key>::with_capacity_for(5).table_size(), 16);
        assert_eq!(SetTable::<Key>::with_capacity_for(100).table_size(), 256);
    }
}
