//! A stable sort for the short slices native code orders (the axes of an
//! array, a header's keys, a run of combining marks, a function's handler
//! regions): an insertion sort is a few dozen bytes of code where each
//! use of the standard library's stable sort adds some 6 KB to the binary,
//! and on a handful of items it is as fast.

/// Sorts `items` stably by `key`, in place. Quadratic: for short slices.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_small_by_key;

    #[test]
    fn sorts_stably() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_small_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut empty: [u8; 0] = [];
        sort_small_by_key(&mut empty, |&x| x);
    }
}
