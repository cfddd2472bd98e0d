"""itertools for taipan: iterator building blocks.

Each function checks its arguments and calls iter() on its inputs when it
is called, as CPython's do, and returns a lazy iterator (most are
generators; count, repeat, chain, groupby and tee's iterators are
classes). product,
permutations and the combinations read their inputs into tuples up front.
"""

import sys
from operator import index

_MISSING = object()

_STOP_MESSAGE = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDICES_MESSAGE = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_STEP_MESSAGE = "Step for islice() must be a positive integer or None."


def _is_number(value):
    """Whether value is a number as count() requires (int, float or a type
    with __index__, __int__, __float__ or __complex__)."""
    if isinstance(value, (int, float)):
        return True
    kind = type(value)
    return any(hasattr(kind, name) for name in ("__index__", "__int__", "__float__", "__complex__"))


_object_new = object.__new__


class count:
    """An iterator of start, start + step, start + 2*step, ..."""

    __slots__ = ("_value", "_step")

    def __new__(cls, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self = _object_new(cls)
        self._value = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "%s(%r)" % (type(self).__name__, self._value)
        return "%s(%r, %r)" % (type(self).__name__, self._value, self._step)


def cycle(iterable):
    """Yield iterable's items, then repeat them (saved on the first pass)
    forever; nothing if iterable is empty."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    """An iterator giving object times times (a negative count is zero),
    or forever when times is not given."""

    __slots__ = ("_object", "_remaining")

    def __new__(cls, *args, **kwargs):
        if not args and "object" not in kwargs:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        return _make_repeat(cls, *args, **kwargs)

    def __iter__(self):
        return self

    def __next__(self):
        remaining = self._remaining
        if remaining is not None:
            if remaining <= 0:
                raise StopIteration
            self._remaining = remaining - 1
        return self._object

    def __length_hint__(self):
        if self._remaining is None:
            raise TypeError("len() of unsized object")
        return self._remaining

    def __repr__(self):
        if self._remaining is None:
            return "%s(%r)" % (type(self).__name__, self._object)
        return "%s(%r, %d)" % (type(self).__name__, self._object, self._remaining)


def _make_repeat(cls, object, times=_MISSING):
    self = _object_new(cls)
    self._object = object
    self._remaining = None if times is _MISSING else max(0, index(times))
    return self


def accumulate(iterable, func=None, *, initial=None):
    """Yield running totals of iterable (func(total, item) when func is
    given, else total + item), starting with initial when it is not None."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        total = next(it, _MISSING)
        if total is _MISSING:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain:
    """chain(*iterables): yield the items of the first iterable, then of
    the second, and so on. Each input goes through iter() only when the
    chain reaches it."""

    def __init__(self, *iterables):
        self._items = _chain(iter(iterables))

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable): chain the iterables that
        iterable yields (itself read lazily)."""
        result = cls()
        result._items = _chain(iter(iterable))
        return result

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._items)


def _chain(sources):
    for iterable in sources:
        for element in iterable:
            yield element


def compress(data, selectors):
    """Yield the items of data whose matching selector is true; stop when
    either input is exhausted."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for datum, selector in zip(data, selectors):
        if selector:
            yield datum


def dropwhile(predicate, iterable):
    """Skip items while predicate(item) is true, then yield every item."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    for element in it:
        yield element


def takewhile(predicate, iterable):
    """Yield items while predicate(item) is true; stop at the first false."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for element in it:
        if not predicate(element):
            return
        yield element


def filterfalse(predicate, iterable):
    """Yield the items for which predicate(item) is false (the false items
    when predicate is None)."""
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    for element in it:
        if not (element if predicate is None else predicate(element)):
            yield element


def starmap(function, iterable):
    """Yield function(*args) for each args tuple of iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def zip_longest(*iterables, fillvalue=None):
    """Like zip(), but go on until the longest input is exhausted,
    filling the missing values with fillvalue."""
    return _zip_longest([iter(iterable) for iterable in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    while active:
        values = []
        for i, it in enumerate(iterators):
            value = fillvalue if it is None else next(it, _MISSING)
            if value is _MISSING:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    """Yield successive overlapping pairs: (s0, s1), (s1, s2), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    previous = next(it, _MISSING)
    if previous is _MISSING:
        return
    for element in it:
        yield (previous, element)
        previous = element


def _islice_size(value):
    """value read as islice() reads a C Py_ssize_t: -1 when it is not an
    integer or does not fit."""
    try:
        value = index(value)
    except TypeError:
        return -1
    if not -sys.maxsize - 1 <= value <= sys.maxsize:
        return -1
    return value


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    yield the selected items, like iterable[start:stop:step] on a list.
    Indices must be None or non-negative; step must be positive."""
    if not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    start = 0
    stop = args[0] if len(args) == 1 else args[1]
    if len(args) > 1 and args[0] is not None:
        start = _islice_size(args[0])
    if stop is not None:
        stop = _islice_size(stop)
        if stop == -1:
            raise ValueError(_STOP_MESSAGE)
    if start < 0 or (stop is not None and stop < 0):
        raise ValueError(_INDICES_MESSAGE)
    step = 1
    if len(args) == 3 and args[2] is not None:
        step = _islice_size(args[2])
    if step < 1:
        raise ValueError(_STEP_MESSAGE)
    return _islice(iter(iterable), start, stop, step)


def _islice(it, wanted, stop, step):
    # wanted: the position of the next item to yield; stop None: no end.
    # Items are skipped only when the next one is asked for, and never
    # past stop.
    position = 0
    while True:
        while position < wanted:
            if next(it, _MISSING) is _MISSING:
                return
            position += 1
        if stop is not None and position >= stop:
            return
        value = next(it, _MISSING)
        if value is _MISSING:
            return
        position += 1
        yield value
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop


class _Link:
    """A cell of the buffer shared by tee iterators: value, and the next
    cell (None until value has been read from the source)."""

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    """An iterator returned by tee(); copies share the source and the
    buffer of items read from it."""

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _Link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    """Return a tuple of n independent iterators over iterable. An input
    that has a __copy__ method (a tee iterator) is copied instead of
    wrapped."""
    n = index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, "__copy__") else _tee(it, _Link())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def _equal(a, b):
    """a == b with the identity shortcut CPython's containers take."""
    return a is b or bool(a == b)


class groupby:
    """groupby(iterable, key=None): yield (key, group) for each run of
    consecutive items with equal keys. A group is an iterator over the
    shared input: advancing the groupby object ends the previous group."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._currgrouper = None

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING or not _equal(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)

    def _step(self):
        """Read the next item and its key (StopIteration at the end)."""
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key


class _grouper:
    """One group of a groupby: valid until the groupby object advances."""

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not _equal(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        parent._currkey = _MISSING
        return value


def product(*iterables, repeat=1):
    """Cartesian product of the inputs, as tuples in lexicographic order
    of positions; repeat=k repeats the list of inputs k times."""
    repeat = index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(iterable) for iterable in iterables] * repeat
    return _product(pools)


def _product(pools):
    if not all(pools):
        return
    indices = [0] * len(pools)
    while True:
        yield tuple(pool[i] for pool, i in zip(pools, indices))
        # Advance the rightmost position that has not reached its end.
        pos = len(pools) - 1
        while pos >= 0 and indices[pos] == len(pools[pos]) - 1:
            indices[pos] = 0
            pos -= 1
        if pos < 0:
            return
        indices[pos] += 1


def permutations(iterable, r=None):
    """Successive r-length arrangements of iterable's items (all of them
    when r is None), in lexicographic order of positions."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    # indices[:r] is the arrangement; indices[r:] holds the unused
    # positions in ascending order.
    indices = list(range(n))
    while True:
        yield tuple(pool[i] for i in indices[:r])
        # With the unused positions descending, the next permutation of
        # the whole list changes the arrangement to the next one.
        indices[r:] = indices[r:][::-1]
        i = n - 2
        while i >= 0 and indices[i] > indices[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while indices[j] < indices[i]:
            j -= 1
        indices[i], indices[j] = indices[j], indices[i]
        indices[i + 1:] = indices[i + 1:][::-1]


def combinations(iterable, r):
    """Successive r-length subsequences of iterable's items (no position
    twice), in lexicographic order of positions."""
    r = index(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    while True:
        yield tuple(pool[i] for i in indices)
        # The rightmost position that can still move right.
        pos = r - 1
        while pos >= 0 and indices[pos] == pos + n - r:
            pos -= 1
        if pos < 0:
            return
        indices[pos] += 1
        for j in range(pos + 1, r):
            indices[j] = indices[j - 1] + 1


def combinations_with_replacement(iterable, r):
    """Successive r-length subsequences of iterable's items where a
    position may repeat, in lexicographic order of positions."""
    r = index(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    indices = [0] * r
    while True:
        yield tuple(pool[i] for i in indices)
        pos = r - 1
        while pos >= 0 and indices[pos] == n - 1:
            pos -= 1
        if pos < 0:
            return
        indices[pos:] = [indices[pos] + 1] * (r - pos)
