//! The placement policy of the VM's look-up caches (class attributes and
//! globals): two-way set associative, the newest entry of a set first, so
//! that two keys a loop alternates between never evict each other (one
//! slot per key would, whenever their slots coincide).

/// The two slots of the set that `key_bits` falls in, in a cache of `size`
/// slots (an even number); the newest entry is in the first.
#[inline(always)]
pub(crate) fn set_slots(key_bits: usize, size: usize) -> [usize; 2] {
    let first = (key_bits % size) & !1;
    [first, first + 1]
}

/// Puts `entry` first in the set whose first slot is `first`: the entry
/// that was first moves second, and the one that was second is dropped.
#[inline]
pub(crate) fn insert_newest<T>(cache: &mut [Option<T>], first: usize, entry: T) {
    cache.swap(first, first + 1);
    cache[first] = Some(entry);
}
