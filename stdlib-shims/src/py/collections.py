"""collections for taipan: defaultdict, OrderedDict, Counter, namedtuple,
deque, ChainMap, UserDict, UserList and UserString, written in the Python subset taipan runs.

Where it differs from CPython 3.11:
- A namedtuple class's __module__ is "__main__" unless module= names
  another (taipan has no sys._getframe to find the caller's module).
- OrderedDict keeps its order in the dict itself: move_to_end(key,
  last=False) takes time proportional to the dict's size.
- ChainMap's keys(), items() and values() views support len(), iteration
  and `in`, but not set operations.
- Field properties have no "Alias for field number N" __doc__ (taipan's
  property objects have no __doc__).
- A deque or defaultdict that holds itself reprs with taipan's "..."
  marker where CPython shows "[...]" or "{...}" one level further in.
- Error messages name the types "deque", "OrderedDict", ... where CPython
  says "collections.deque", "collections.OrderedDict", ...
"""

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "UserString", "defaultdict", "deque", "namedtuple"]

from _collections import _count_elements

_USER_CLASSES = frozenset(("UserDict", "UserList", "UserString"))


def __getattr__(name):
    """`collections.abc` without importing it first, as CPython (which
    imports it at startup) allows, and UserDict, UserList and UserString,
    which live in `_collections_user` so that only the scripts using them
    load collections.abc."""
    if name == "abc":
        import collections.abc
        return collections.abc
    if name in _USER_CLASSES:
        import _collections_user
        value = getattr(_collections_user, name)
        globals()[name] = value
        return value
    raise AttributeError("module 'collections' has no attribute %r" % (name,))


# The dict subclasses below spell out what CPython's dict and object give
# them, because taipan does not reach an overridden __repr__ from str() or
# format() of a dict subclass, and reversed() of one fails.

def _str_from_repr(self):
    return repr(self)


def _format_from_str(self, spec):
    if spec:
        raise TypeError("unsupported format string passed to %s.__format__"
                        % type(self).__name__)
    return str(self)


def _reversed_keys(self):
    return reversed(self.keys())


def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap))


# ---------------------------------------------------------------------------
# defaultdict


class defaultdict(dict):
    """dict that fills in a missing key with default_factory() on lookup.

    defaultdict(default_factory=None, /, [mapping_or_iterable], **kwargs)
    """

    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        """Store default_factory() under key and return it (KeyError without a factory)."""
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return "%s(%r, %s)" % (type(self).__name__, self.default_factory, dict.__repr__(self))

    __str__ = _str_from_repr
    __format__ = _format_from_str
    __reversed__ = _reversed_keys

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        """Pickling: the class, the factory, and the items."""
        args = (self.default_factory,) if self.default_factory else ()
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------------------
# OrderedDict


class OrderedDict(dict):
    """dict with order-sensitive equality between OrderedDicts, move_to_end()
    and popitem(last=...).

    OrderedDict(mapping_or_iterable=(), /, **kwargs)
    """

    def __init__(self, other=(), /, **kwargs):
        self.update(other, **kwargs)

    def popitem(self, last=True):
        """Remove and return the last (or, with last=False, the first) (key, value) pair."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (or, with last=False, the beginning)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(self.items())
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s(%r)" % (type(self).__name__, list(self.items()))

    __str__ = _str_from_repr
    __format__ = _format_from_str
    __reversed__ = _reversed_keys

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        """Pickling: the class, no arguments, the instance dict and the items."""
        state = getattr(self, "__dict__", None) or None
        return (type(self), (), state, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------------------
# Counter


def _count_of(item):
    return item[1]


class Counter(dict):
    """dict that counts hashable items: a missing key counts 0.

    Counter(iterable_or_mapping=None, /, **kwargs)
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """A missing element counts zero (it is not stored)."""
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, most common first
        (all of them when n is None); equal counts keep insertion order."""
        ranked = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """Iterate over the elements, each repeated as often as its count
        (elements counting less than one are skipped)."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        """Not defined for Counter: raises NotImplementedError."""
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping's values, or one per item of an iterable."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (which may go to zero or below), like update()."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        """Pickling: the class and the counts as a dict."""
        return (type(self), (dict(self),))

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        try:
            ordered = dict(self.most_common())
        except TypeError:
            ordered = dict(self)
        return "%s(%r)" % (type(self).__name__, ordered)

    __str__ = _str_from_repr
    __format__ = _format_from_str
    __reversed__ = _reversed_keys

    # Comparisons between Counters treat missing elements as counting zero.
    # == and != with anything else are dict's (CPython reaches them by
    # returning NotImplemented, which taipan's dict subclasses cannot).

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return dict.__eq__(self, other)
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return dict.__ne__(self, other)
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset operations keep only the positive counts of their result.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---------------------------------------------------------------------------
# namedtuple

_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
))

_MISSING = object()

_tuple_new = tuple.__new__


def _quoted_list(names):
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % (quoted[0], quoted[1])
    return "%s, and %s" % (", ".join(quoted[:-1]), quoted[-1])


def _bind(cls, args, kwargs):
    """The field values of a namedtuple for a call with args and kwargs,
    with the TypeErrors CPython's generated __new__ raises."""
    fields = cls._fields
    defaults = cls._field_defaults
    where = "%s.__new__()" % cls.__name__
    if len(args) > len(fields):
        if defaults:
            takes = "from %d to %d positional arguments" % (
                len(fields) - len(defaults) + 1, len(fields) + 1)
        elif fields:
            takes = "%d positional arguments" % (len(fields) + 1)
        else:
            takes = "1 positional argument"
        raise TypeError("%s takes %s but %d were given" % (where, takes, len(args) + 1))
    values = list(args) + [_MISSING] * (len(fields) - len(args))
    for name, value in kwargs.items():
        if name not in fields:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (where, name))
        index = fields.index(name)
        if index < len(args):
            raise TypeError("%s got multiple values for argument '%s'" % (where, name))
        values[index] = value
    missing = []
    for index, name in enumerate(fields):
        if values[index] is _MISSING:
            if name in defaults:
                values[index] = defaults[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError("%s missing %d required positional argument%s: %s"
                        % (where, len(missing), "s" if len(missing) > 1 else "",
                           _quoted_list(missing)))
    return values


def _new_signature(new, field_names, field_defaults):
    """For inspect.signature: the parameters of the `__new__` CPython
    generates, `(_cls, x, y=1)`, as (name, kind, default, annotation)
    tuples; annotations are those typing.NamedTuple sets on `__new__`."""

    def parameters(empty):
        annotations = new.__annotations__
        items = [("_cls", 1, empty, empty)]
        for name in field_names:
            items.append((name, 1, field_defaults.get(name, empty), annotations.get(name, empty)))
        return items, annotations.get("return", empty)

    return parameters


def _field_getter(index):
    def get(self):
        return self[index]
    return get


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass whose items are also attributes.

    field_names is a sequence of names or one string of names separated by
    spaces or commas. rename=True replaces invalid names with _0, _1, ...;
    defaults gives the values of the rightmost fields.
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    num_fields = len(field_names)

    class record(tuple):
        __slots__ = ()

        def __new__(cls, *args, **kwargs):
            if kwargs or len(args) != num_fields:
                args = _bind(cls, args, kwargs)
            return _tuple_new(cls, args)

        @classmethod
        def _make(cls, iterable):
            """Make a new instance from a sequence or iterable."""
            result = _tuple_new(cls, iterable)
            if len(result) != num_fields:
                raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
            return result

        def _replace(self, /, **kwds):
            """A new instance with the named fields replaced."""
            result = self._make([kwds.pop(name, value) for name, value in zip(self._fields, self)])
            if kwds:
                raise ValueError("Got unexpected field names: %r" % list(kwds))
            return result

        def _asdict(self):
            """A new dict mapping field names to their values."""
            return dict(zip(self._fields, self))

        def __repr__(self):
            return "%s(%s)" % (type(self).__name__, ", ".join(
                "%s=%r" % (name, value) for name, value in zip(self._fields, self)))

        def __getnewargs__(self):
            """The instance as a plain tuple, for copy and pickle."""
            return tuple(self)

    record.__name__ = typename
    record.__qualname__ = typename
    record.__module__ = "__main__" if module is None else module
    record.__doc__ = "%s(%s)" % (typename, ", ".join(field_names))
    record._fields = tuple(field_names)
    record._field_defaults = field_defaults
    record.__match_args__ = tuple(field_names)
    record.__new__.__taipan_signature__ = _new_signature(record.__new__, field_names,
                                                         field_defaults)
    for index, name in enumerate(field_names):
        setattr(record, name, property(_field_getter(index),
                                       doc="Alias for field number %d" % index))
    return record


# ---------------------------------------------------------------------------
# deque


def _as_index(value):
    if isinstance(value, int):
        return value
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("sequence index must be integer, not '%s'" % type(value).__name__)
    return method(value)


def _checked_iter(dq, state, parts):
    """Yield the items of each of parts, failing once dq has been mutated."""
    for part in parts:
        for item in part:
            if dq._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield item
    if dq._state != state:
        raise RuntimeError("deque mutated during iteration")


class deque:
    """Double-ended queue with fast appends and pops at both ends,
    optionally bounded to maxlen items (adding to a full deque drops an
    item from the other end).

    deque(iterable=(), maxlen=None)
    """

    # The items are reversed(_front) followed by _back. A pop from an end
    # whose list is empty moves half of the other list over, so every
    # append and pop takes amortised constant time.
    __slots__ = ("_front", "_back", "_maxlen", "_state")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._front = []
        self._back = []
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """The maximum size of the deque, or None if unbounded."""
        return self._maxlen

    def append(self, x):
        """Add x to the right end."""
        self._state += 1
        self._back.append(x)
        if self._maxlen is not None and len(self._front) + len(self._back) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        """Add x to the left end."""
        self._state += 1
        self._front.append(x)
        if self._maxlen is not None and len(self._front) + len(self._back) > self._maxlen:
            self.pop()

    def pop(self):
        """Remove and return the rightmost item."""
        if not self._back:
            front = self._front
            if not front:
                raise IndexError("pop from an empty deque")
            half = (len(front) + 1) // 2
            self._back = front[:half][::-1]
            self._front = front[half:]
        self._state += 1
        return self._back.pop()

    def popleft(self):
        """Remove and return the leftmost item."""
        if not self._front:
            back = self._back
            if not back:
                raise IndexError("pop from an empty deque")
            half = (len(back) + 1) // 2
            self._front = back[:half][::-1]
            self._back = back[half:]
        self._state += 1
        return self._front.pop()

    def extend(self, iterable):
        """Append the items of iterable at the right end."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._back.extend(iterable)
        else:
            for item in iterable:
                self.append(item)

    def extendleft(self, iterable):
        """Append the items of iterable at the left end, one by one (so
        they end up in reverse order)."""
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.appendleft(item)

    def clear(self):
        """Remove all items."""
        self._state += 1
        self._front = []
        self._back = []

    def _set_items(self, items):
        self._state += 1
        self._front = []
        self._back = items

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left if n is negative)."""
        size = len(self)
        if size > 1 and n % size:
            items = list(self)
            split = size - n % size
            self._set_items(items[split:] + items[:split])

    def reverse(self):
        """Reverse the items in place."""
        self._state += 1
        self._front, self._back = self._back, self._front

    def copy(self):
        """A shallow copy (with the same maxlen)."""
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        """Pickling: the class, the maxlen, and the items."""
        args = () if self._maxlen is None else ((), self._maxlen)
        return (type(self), args, None, iter(self))

    def count(self, x):
        """Number of items equal to x."""
        return self._front.count(x) + self._back.count(x)

    def index(self, x, start=0, stop=None):
        """Index of the first item equal to x in [start:stop] (ValueError if none)."""
        items = list(self)
        if stop is None:
            stop = len(items)
        try:
            return items.index(x, start, stop)
        except ValueError:
            raise ValueError("%r is not in deque" % (x,)) from None

    def insert(self, i, x):
        """Insert x before index i."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        """Remove the first item equal to value (ValueError if none)."""
        items = list(self)
        try:
            items.remove(value)
        except ValueError:
            raise ValueError("%r is not in deque" % (value,)) from None
        self._set_items(items)

    def _locate(self, index):
        """(list, position) holding the item at index."""
        index = _as_index(index)
        front = self._front
        size = len(front) + len(self._back)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("deque index out of range")
        if index < len(front):
            return front, len(front) - 1 - index
        return self._back, index - len(front)

    def __getitem__(self, index):
        items, pos = self._locate(index)
        return items[pos]

    def __setitem__(self, index, value):
        items, pos = self._locate(index)
        items[pos] = value

    def __delitem__(self, index):
        items, pos = self._locate(index)
        self._state += 1
        del items[pos]

    def __len__(self):
        return len(self._front) + len(self._back)

    def __contains__(self, x):
        return x in self._front or x in self._back

    def __iter__(self):
        return _checked_iter(self, self._state, (reversed(self._front), self._back))

    def __reversed__(self):
        return _checked_iter(self, self._state, (reversed(self._back), self._front))

    def __repr__(self):
        if self._maxlen is None:
            return "%s(%r)" % (type(self).__name__, list(self))
        return "%s(%r, maxlen=%d)" % (type(self).__name__, list(self), self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        items = list(self) * n
        self.clear()
        self.extend(items)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__


# ---------------------------------------------------------------------------
# ChainMap


class _MappingView:
    """A live view of a mapping (what ChainMap's keys() and friends return);
    its repr names the collections.abc class CPython uses."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (self._abc_name, self._mapping)


class _KeysView(_MappingView):
    """The keys of a mapping."""

    _abc_name = "KeysView"

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class _ItemsView(_MappingView):
    """The (key, value) pairs of a mapping."""

    _abc_name = "ItemsView"

    def __iter__(self):
        for key in self._mapping:
            yield key, self._mapping[key]

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value


class _ValuesView(_MappingView):
    """The values of a mapping."""

    _abc_name = "ValuesView"

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]

    def __contains__(self, value):
        for found in self:
            if found is value or found == value:
                return True
        return False


class ChainMap:
    """Several mappings searched in order as one: lookups try each of
    self.maps in turn, writes and deletions go to the first.

    ChainMap(*maps)
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(repr(m) for m in self.maps))

    def keys(self):
        """A view of the keys of all the maps."""
        return _KeysView(self)

    def items(self):
        """A view of the (key, value) pairs, each key's value from the first map holding it."""
        return _ItemsView(self)

    def values(self):
        """A view of the values, each key's value from the first map holding it."""
        return _ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) != dict(other.items())

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict: the keys of iterable, each set to the
        value given (None by default)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the same other maps."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with m (default: a new dict of kwargs) in front of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of all the maps but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def popitem(self):
        """Remove and return an item from maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value (or the default given)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def update(self, other=(), /, **kwds):
        """Set keys in maps[0] from a mapping or an iterable of pairs, then from kwds."""
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key] if present, else set it (in maps[0]) to default and return that."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return type(self)(merged)
