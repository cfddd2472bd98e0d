"""heapq for taipan: min-heaps kept in plain lists.

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2];
heap[0] is the smallest item. Items are compared with < only. The sift
steps are CPython's (heapify works bottom-up; a pop moves the last item to
the root, walks the hole down to a leaf along the smaller children, then
bubbles the item up), so the lists come out laid out exactly as CPython
lays them out.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "heappushpop",
           "merge", "nlargest", "nsmallest"]


def _check_list(heap, argument):
    """TypeError unless heap is a list; argument names it in the message."""
    if not isinstance(heap, list):
        kind = "None" if heap is None else type(heap).__name__
        raise TypeError("%s must be list, not %s" % (argument, kind))


def _sift_toward_root(heap, startpos, pos):
    """Move heap[pos] up toward startpos while it is smaller than its parent."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not newitem < parent:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _sift_from_root(heap, pos):
    """Restore the heap below pos: move the smaller child up until the hole
    reaches a leaf, put heap[pos]'s old item there and bubble it up."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_toward_root(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, "heappush() argument 1")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap, keeping the invariant."""
    _check_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_from_root(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap never
    shrinks, and the returned item may be larger than item)."""
    _check_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_from_root(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than a
    heappush followed by a heappop)."""
    _check_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_from_root(heap, 0)
    return item


def heapify(x):
    """Turn the list x into a heap, in place, in linear time."""
    _check_list(x, "heapify() argument")
    for i in reversed(range(len(x) // 2)):
        _sift_from_root(x, i)


class _Reversed:
    """Wraps a value so that the heap functions order it largest first."""

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return other.value < self.value

    def __eq__(self, other):
        return self.value == other.value


def nlargest(n, iterable, key=None):
    """Return a list of the n largest items of iterable, largest first:
    the same as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    # A min-heap of (key, -position, item) for the n largest items so far:
    # among equal keys the earlier item ranks larger, as in a stable sort.
    heap = []
    for order, item in enumerate(iterable):
        k = item if key is None else key(item)
        if len(heap) < n:
            heappush(heap, (k, -order, item))
        elif heap[0][0] < k:
            heapreplace(heap, (k, -order, item))
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]


def nsmallest(n, iterable, key=None):
    """Return a list of the n smallest items of iterable, smallest first:
    the same as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    # A max-heap of (key, position, item) for the n smallest items so far.
    heap = []
    for order, item in enumerate(iterable):
        k = item if key is None else key(item)
        if len(heap) < n:
            heappush(heap, _Reversed((k, order, item)))
        elif k < heap[0].value[0]:
            heapreplace(heap, _Reversed((k, order, item)))
    entries = [wrapper.value for wrapper in heap]
    entries.sort()
    return [entry[2] for entry in entries]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator (lazily).

    Equal items come out in the order of the iterables that hold them;
    with reverse=True the inputs must be sorted largest first.
    """
    heap = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        value = next(it, _DONE)
        if value is not _DONE:
            heap.append(_merge_entry(value, order, it, key, reverse))
    heapify(heap)
    while len(heap) > 1:
        order, value, it = heap[0][1:]
        yield value
        value = next(it, _DONE)
        if value is _DONE:
            heappop(heap)
        else:
            heapreplace(heap, _merge_entry(value, order, it, key, reverse))
    if heap:
        # The last iterable left: the rest of it, with no more key calls.
        order, value, it = heap[0][1:]
        yield value
        yield from it


_DONE = object()


def _merge_entry(value, order, it, key, reverse):
    """The heap entry [sort key, iterable's rank, value, iterator]."""
    sort_key = value if key is None else key(value)
    if reverse:
        sort_key = _Reversed(sort_key)
    return [sort_key, order, value, it]
