//! `dict`: an insertion-ordered hash table keyed by Python values.
//!
//! Entries live in a vector in insertion order (deleted ones leave a hole
//! until the next compaction); once there are more than [`SMALL_DICT`] slots
//! an index table maps hashes to positions. Smaller dicts (most instance
//! attribute dicts and keyword dicts) are searched by a scan of the
//! entries, which is as fast at that size and saves allocating the index.
//! Equality of keys is Python equality, which can run user code and fail,
//! so lookups take the comparison as a closure from the interpreter.

use crate::objects::str::PyStr;
use crate::value::Value;
use hashbrown::HashTable;

/// Up to this many slots a dict has no index table (see the module doc).
const SMALL_DICT: usize = 8;

/// One live entry.
pub struct Entry {
    /// The key's Python hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// The hash of the entry at `pos`, as the index table files it.
fn stored_hash(entries: &[Option<Entry>], pos: usize) -> u64 {
    entries[pos].as_ref().map_or(0, |e| e.hash as u64)
}

/// The table behind `dict`, class namespaces, instance attributes and module globals.
#[derive(Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    /// Hash → position; empty (and unused) until `indexed`.
    index: HashTable<usize>,
    /// Whether `index` maps every live entry (the dict outgrew `SMALL_DICT`).
    indexed: bool,
    live: usize,
    /// Bumped by every change, so that a cache of look-ups can tell
    /// whether a value it saw still holds.
    version: u64,
    /// Bumped whenever a key is added or removed (not when the value of a
    /// present key is replaced), so that a cache can tell whether a
    /// position it saw still holds the same key.
    keys_version: u64,
    /// For module globals: the bindings shared with worker threads.
    pub shared: Option<Box<crate::share::SharedBindings>>,
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// The change counter (see the field).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The key-set counter (see the field).
    #[inline]
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.live
    }

    /// The bytes its tables hold (for the heap meter).
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<Entry>>()
            + self.index.capacity() * (std::mem::size_of::<usize>() + 1)
    }

    /// True when there are no entries.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Finds the position of a key, comparing candidates with `eq`.
    pub fn find<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if !self.indexed {
            for (pos, e) in self.entries.iter().enumerate() {
                match e {
                    Some(e) if e.hash == hash && eq(&e.key)? => return Ok(Some(pos)),
                    _ => {}
                }
            }
            return Ok(None);
        }
        let mut failure = None;
        let entries = &self.entries;
        let found = self.index.find(hash as u64, |&pos| {
            if failure.is_some() {
                return false;
            }
            match &entries[pos] {
                Some(e) if e.hash == hash => match eq(&e.key) {
                    Ok(b) => b,
                    Err(err) => {
                        failure = Some(err);
                        false
                    }
                },
                _ => false,
            }
        });
        if let Some(err) = failure {
            return Err(err);
        }
        Ok(found.copied())
    }

    /// Looks up a string key without running any Python code (keys that are
    /// not strings never equal a string here).
    pub fn get_str(&self, name: &str, hash: i64) -> Option<&Value> {
        let pos = self
            .find::<()>(hash, |k| Ok(key_is_str(k, name)))
            .ok()
            .flatten()?;
        self.entries[pos].as_ref().map(|e| &e.value)
    }

    /// Looks up a str-object key: pointer equality first (names are
    /// interned), then text; no Python code runs.
    #[inline(always)]
    pub fn get_name(&self, name: &crate::value::ObjRef, text: &str, hash: i64) -> Option<&Value> {
        let pos = self.position_of_name(name, text, hash)?;
        self.entries[pos].as_ref().map(|e| &e.value)
    }

    /// The position of a str-object key, compared as [`Dict::get_name`] does.
    #[inline]
    pub fn position_of_name(
        &self,
        name: &crate::value::ObjRef,
        text: &str,
        hash: i64,
    ) -> Option<usize> {
        self.find::<()>(hash, |k| {
            Ok(match k {
                Value::Obj(o) => o.ptr_eq(name) || key_is_str(k, text),
                _ => false,
            })
        })
        .ok()
        .flatten()
    }

    /// The entry at a position returned by [`Dict::find`].
    #[inline]
    pub fn entry(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    /// Replaces the value at a position returned by [`Dict::find`]; returns the old value.
    pub fn set_at(&mut self, pos: usize, value: Value) -> Option<Value> {
        self.version += 1;
        self.entries
            .get_mut(pos)
            .and_then(|e| e.as_mut())
            .map(|e| std::mem::replace(&mut e.value, value))
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version += 1;
        self.keys_version += 1;
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.live += 1;
        if self.indexed {
            self.index_position(pos);
        } else if self.entries.len() > SMALL_DICT {
            self.index.clear();
            // Room for the dict to double before the table grows (each
            // growth rehashes every entry).
            let entries = &self.entries;
            self.index
                .reserve(2 * entries.len(), |&p| stored_hash(entries, p));
            for p in 0..self.entries.len() {
                if self.entries[p].is_some() {
                    self.index_position(p);
                }
            }
            self.indexed = true;
        }
    }

    /// Adds the live entry at `pos` to the index table.
    fn index_position(&mut self, pos: usize) {
        let entries = &self.entries;
        self.index
            .insert_unique(stored_hash(entries, pos), pos, |&p| stored_hash(entries, p));
    }

    /// Forgets the index table (the dict is about to be refilled or is empty).
    fn drop_index(&mut self) {
        self.index.clear();
        self.indexed = false;
    }

    /// Inserts or replaces a string key (no Python code runs).
    pub fn set_str(&mut self, key: Value, name: &str, hash: i64, value: Value) {
        match self.find::<()>(hash, |k| Ok(k.is(&key) || key_is_str(k, name))) {
            Ok(Some(pos)) => {
                self.set_at(pos, value);
            }
            _ => self.push_new(hash, key, value),
        }
    }

    /// [`Dict::position_of_name`], trying `hint` first: a position where
    /// this very name object was found before, in this dict or in one
    /// filled in the same order (another instance of the same class). A
    /// position found by searching is written back to `hint`.
    #[inline(always)]
    pub fn position_of_name_hinted(
        &self,
        name: &crate::value::ObjRef,
        text: &str,
        hash: i64,
        hint: &mut u8,
    ) -> Option<usize> {
        let guess = usize::from(*hint);
        if let Some(Some(Entry {
            key: Value::Obj(k), ..
        })) = self.entries.get(guess)
        {
            if k.ptr_eq(name) {
                return Some(guess);
            }
        }
        let pos = self.position_of_name(name, text, hash)?;
        if let Ok(p) = u8::try_from(pos) {
            *hint = p;
        }
        Some(pos)
    }

    /// Inserts or replaces a str-object key, compared as [`Dict::get_name`]
    /// does (no Python code runs); `hint` as for
    /// [`Dict::position_of_name_hinted`].
    #[inline]
    pub fn set_name(
        &mut self,
        name: &crate::value::ObjRef,
        text: &str,
        hash: i64,
        value: Value,
        hint: &mut u8,
    ) {
        match self.position_of_name_hinted(name, text, hash, hint) {
            Some(pos) => {
                self.set_at(pos, value);
            }
            None => self.push_new(hash, Value::Obj(name.clone()), value),
        }
    }

    /// Removes the entry at a position returned by [`Dict::find`].
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        self.version += 1;
        self.keys_version += 1;
        let entry = self.entries.get_mut(pos)?.take()?;
        if self.indexed {
            if let Ok(slot) = self.index.find_entry(entry.hash as u64, |&p| p == pos) {
                slot.remove();
            }
        }
        self.live -= 1;
        if self.entries.len() > 16 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        Some(entry)
    }

    /// Removes a string key; returns its value.
    pub fn remove_str(&mut self, name: &str, hash: i64) -> Option<Value> {
        let pos = self
            .find::<()>(hash, |k| Ok(key_is_str(k, name)))
            .ok()
            .flatten()?;
        self.remove_at(pos).map(|e| e.value)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.drop_index();
        self.live = 0;
        for e in old.into_iter().flatten() {
            self.push_new(e.hash, e.key, e.value);
        }
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.version += 1;
        self.keys_version += 1;
        self.entries.clear();
        self.drop_index();
        self.live = 0;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Entry> + '_ {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    /// The slot count (live and deleted); iteration by position runs to this.
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove_at(pos);
        // Trailing holes are dropped so that popitem stays O(1) amortised.
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        e
    }

    /// Calls `f` on every key and value.
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        for e in self.iter() {
            f(&e.key);
            f(&e.value);
        }
    }

    /// The live entries, moved out (used when the dict is freed).
    pub fn into_entries(self) -> impl Iterator<Item = Entry> {
        self.entries.into_iter().flatten()
    }

    /// A copy with the same entries, order and hashes.
    pub fn clone_entries(&self) -> Dict {
        let mut d = Dict::new();
        for e in self.iter() {
            d.push_new(e.hash, e.key.clone(), e.value.clone());
        }
        d
    }
}

/// Whether a key is the string `name`.
#[inline]
pub fn key_is_str(key: &Value, name: &str) -> bool {
    match key {
        Value::Obj(o) => {
            matches!(o.kind(), crate::object::ObjKind::Str(s) if PyStr::as_str(s) == name)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find_int(d: &Dict, k: i64) -> Option<i64> {
        let pos = d
            .find::<()>(k % 5, |key| Ok(matches!(key, Value::Int(x) if *x == k)))
            .ok()
            .flatten()?;
        match d.entry(pos).map(|e| &e.value) {
            Some(Value::Int(v)) => Some(*v),
            _ => None,
        }
    }

    /// Lookups agree with a model while the dict grows past the size that
    /// needs an index, shrinks by removals and compaction, and is cleared;
    /// the hashes collide on purpose (`k % 5`).
    #[test]
    fn lookups_hold_across_the_small_and_indexed_forms() {
        let mut d = Dict::new();
        let mut model = std::collections::BTreeMap::new();
        for k in 0..40i64 {
            d.push_new(k % 5, Value::Int(k), Value::Int(k * 10));
            model.insert(k, k * 10);
            if k % 3 == 0 {
                let gone = k / 2;
                if model.remove(&gone).is_some() {
                    let pos = d
                        .find::<()>(gone % 5, |key| {
                            Ok(matches!(key, Value::Int(x) if *x == gone))
                        })
                        .ok()
                        .flatten()
                        .expect("present");
                    d.remove_at(pos);
                }
            }
            for probe in 0..41 {
                assert_eq!(find_int(&d, probe), model.get(&probe).copied(), "after {k}");
            }
            assert_eq!(d.len(), model.len());
        }
        while let Some(e) = d.pop_last() {
            let Value::Int(k) = e.key else {
                panic!("int keys")
            };
            assert_eq!(model.remove(&k), Some(k * 10));
            for probe in 0..41 {
                assert_eq!(find_int(&d, probe), model.get(&probe).copied());
            }
        }
        d.push_new(1, Value::Int(1), Value::Int(10));
        assert_eq!(find_int(&d, 1), Some(10));
        d.clear();
        assert_eq!(find_int(&d, 1), None);
    }
}
