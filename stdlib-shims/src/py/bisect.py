"""bisect for taipan: binary search and insertion in sorted lists.

Every function takes the optional bounds lo and hi (the slice a[lo:hi] is
searched) and the keyword-only key: a function applied to the list's
items (not to x in the bisect functions; to x too in the insort ones).
"""


def _bounds(a, lo, hi):
    """The checked search bounds: lo must be >= 0, hi defaults to len(a)."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where x would be inserted in a, before any items
    equal to x: all of a[lo:i] are < x and all of a[i:hi] are >= x."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where x would be inserted in a, after any items
    equal to x: all of a[lo:i] are <= x and all of a[i:hi] are > x."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x in the sorted list a, before any items equal to x."""
    index = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x in the sorted list a, after any items equal to x."""
    index = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


bisect = bisect_right
insort = insort_right
