"""collections.abc for taipan: the abstract base classes of containers,
with CPython 3.11's isinstance()/issubclass() answers and mixin methods.

Builtin types count as CPython registers them (dict is a MutableMapping,
tuple and str are Sequences, ...), and the one-method ABCs (Iterable,
Sized, Hashable, Callable, ...) recognise any class that defines the
methods, through `abc.ABC`'s `__subclasshook__` support.

Differences from CPython 3.11: the asynchronous ABCs (Awaitable,
Coroutine, AsyncIterable, ...) are absent, as taipan has no `async`, and
`Set._hash()` gives other numbers than CPython's (hash values are not
part of what the language fixes).
"""

from abc import ABC, abstractmethod
from types import GenericAlias, _arg_repr

__all__ = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString"]

# ---------------------------------------------------------------------------
# Structural checks
#
# The dunder methods CPython's builtin types define themselves (taipan's
# builtin classes do not list their methods faithfully in __dict__), and
# those whose __hash__ is None.

_ITERATOR = "__iter__ __next__"
_SIZED_ITERABLE = "__iter__ __len__ __contains__"
_BUILTIN_METHODS = {
    "object": "__hash__",
    "type": "__call__",
    "str": _SIZED_ITERABLE + " __getitem__",
    "bytes": _SIZED_ITERABLE + " __getitem__",
    "bytearray": _SIZED_ITERABLE + " __getitem__",
    "tuple": _SIZED_ITERABLE + " __getitem__",
    "list": _SIZED_ITERABLE + " __reversed__ __getitem__",
    "dict": _SIZED_ITERABLE + " __reversed__ __getitem__",
    "range": _SIZED_ITERABLE + " __reversed__ __getitem__",
    "set": _SIZED_ITERABLE,
    "frozenset": _SIZED_ITERABLE,
    "dict_keys": _SIZED_ITERABLE + " __reversed__",
    "dict_items": _SIZED_ITERABLE + " __reversed__",
    "dict_values": "__iter__ __len__ __reversed__",
    "function": "__call__",
    "builtin_function_or_method": "__call__",
    "method": "__call__",
    "staticmethod": "__call__",
    "generator": _ITERATOR + " send throw close",
}
for _name in ("iterator", "list_iterator", "list_reverseiterator", "tuple_iterator",
              "str_ascii_iterator", "str_iterator", "bytes_iterator", "range_iterator",
              "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
              "set_iterator", "enumerate", "zip", "map", "filter", "reversed",
              "callable_iterator"):
    _BUILTIN_METHODS[_name] = _ITERATOR
_UNHASHABLE_BUILTINS = frozenset(("bytearray", "list", "dict", "set", "slice", "cell",
                                  "dict_keys", "dict_items"))


def _defines(klass, method):
    """True if klass itself defines method, False if it sets it to None
    (as unhashable classes do with __hash__), None if it leaves it to its
    bases."""
    if klass.__module__ == "builtins":
        if method in _BUILTIN_METHODS.get(klass.__name__, "").split():
            return True
        if method == "__hash__" and klass.__name__ in _UNHASHABLE_BUILTINS:
            return False
        return None
    namespace = klass.__dict__
    if method not in namespace:
        return None
    return namespace[method] is not None


def _check_methods(C, *methods):
    """True if C (through its MRO) defines every one of methods with a
    value other than None, NotImplemented otherwise."""
    mro = C.__mro__
    for method in methods:
        for klass in mro:
            defined = _defines(klass, method)
            if defined is not None:
                if not defined:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook_for(abc, *methods):
    """A __subclasshook__ that recognises the classes defining methods as
    subclasses of abc (and leaves abc's subclasses to the usual rules)."""
    def __subclasshook__(cls, C):
        if cls is abc:
            return _check_methods(C, *methods)
        return NotImplemented
    return classmethod(__subclasshook__)


class _CallableGenericAlias(GenericAlias):
    """`Callable[[int, str], bool]`: its arguments flattened as CPython
    keeps them, shown with the parameter list in brackets."""

    def __init__(self, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, list):
            args = tuple(params) + (result,)
        super().__init__(origin, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return super().__repr__()
        params = ", ".join("..." if a is ... else _arg_repr(a) for a in args[:-1])
        return "%s[[%s], %s]" % (_arg_repr(self.__origin__), params, _arg_repr(args[-1]))


# ---------------------------------------------------------------------------
# The one-method ABCs


class Hashable(ABC):
    """Classes whose instances have a hash: those defining __hash__."""

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


Hashable.__subclasshook__ = _hook_for(Hashable, "__hash__")


class Iterable(ABC):
    """Classes whose instances can be iterated: those defining __iter__."""

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    __class_getitem__ = classmethod(GenericAlias)


Iterable.__subclasshook__ = _hook_for(Iterable, "__iter__")


class Iterator(Iterable):
    """Iterators: classes defining __next__ and __iter__."""

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Return the next item or raise StopIteration."""
        raise StopIteration

    def __iter__(self):
        return self


Iterator.__subclasshook__ = _hook_for(Iterator, "__iter__", "__next__")


class Reversible(Iterable):
    """Iterables that can be reversed(): those defining __reversed__ and __iter__."""

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


Reversible.__subclasshook__ = _hook_for(Reversible, "__reversed__", "__iter__")


class Generator(Iterator):
    """Generators: iterators with send(), throw() and close()."""

    __slots__ = ()

    def __next__(self):
        """Return the next item: send(None)."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator; return its next item or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the generator; return its next item or raise StopIteration."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raise GeneratorExit inside the generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")


Generator.__subclasshook__ = _hook_for(Generator, "__iter__", "__next__", "send", "throw", "close")


class Sized(ABC):
    """Classes whose instances have a len(): those defining __len__."""

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


Sized.__subclasshook__ = _hook_for(Sized, "__len__")


class Container(ABC):
    """Classes supporting `in`: those defining __contains__."""

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __class_getitem__ = classmethod(GenericAlias)


Container.__subclasshook__ = _hook_for(Container, "__contains__")


class Collection(Sized, Iterable, Container):
    """Sized iterable containers: __len__, __iter__ and __contains__."""

    __slots__ = ()


Collection.__subclasshook__ = _hook_for(Collection, "__len__", "__iter__", "__contains__")


class Callable(ABC):
    """Classes whose instances can be called: those defining __call__."""

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


Callable.__subclasshook__ = _hook_for(Callable, "__call__")


# ---------------------------------------------------------------------------
# Sets


class Set(Collection):
    """Read-only sets: comparisons and the operators & | - ^ from
    __contains__, __iter__ and __len__. Results are made by the class
    method _from_iterable (the class itself by default)."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(elem in other for elem in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        return all(elem in self for elem in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """A new set of this kind holding the items of it."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """Whether the set and other have no element in common."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(elem for group in (self, other) for elem in group)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for an immutable set (equal sets hash equal)."""
        return hash(frozenset(self))


class MutableSet(Set):
    """Sets with add() and discard(), from which remove(), pop(), clear()
    and the in-place operators follow."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element if it is present."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element (KeyError if it is absent)."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element (KeyError if empty)."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# ---------------------------------------------------------------------------
# Mappings


class Mapping(Collection):
    """Read-only mappings: get(), `in`, keys(), items(), values() and ==
    from __getitem__, __iter__ and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MutableMapping(Mapping):
    """Mappings with __setitem__ and __delitem__, from which pop(),
    popitem(), clear(), update() and setdefault() follow."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, *default):
        """Remove key and return its value, or the default given (KeyError without one)."""
        if len(default) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (len(default) + 1))
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair (KeyError if empty)."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Set keys from a mapping, an object with keys(), or pairs; then from kwds."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key] if present, else set it to default and return that."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    """A live view of a mapping."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._mapping)

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    """The keys of a mapping, as a set."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a set."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    """The values of a mapping."""

    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            found = self._mapping[key]
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


# ---------------------------------------------------------------------------
# Sequences


class Sequence(Reversible, Collection):
    """Read-only sequences: iteration, `in`, reversed(), index() and
    count() from __getitem__ and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                value = self[i]
                yield value
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for found in self:
            if found is value or found == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value at or after start and before stop
        (ValueError if it is not there)."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                found = self[i]
            except IndexError:
                break
            if found is value or found == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items equal value."""
        return sum(1 for found in self if found is value or found == value)


class ByteString(Sequence):
    """bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """Sequences with __setitem__, __delitem__ and insert(), from which
    append(), extend(), pop(), remove(), reverse(), clear() and += follow."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """Append the items of values."""
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first item equal to value (ValueError if none)."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---------------------------------------------------------------------------
# The builtin types, as CPython registers them


def _generator():
    yield


Generator.register(type(_generator()))
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))


def _register_collections():
    """collections' containers, as CPython's derive from or register with
    these ABCs (collections does not import this module itself)."""
    import collections
    MutableSequence.register(collections.deque)
    MutableMapping.register(collections.ChainMap)


_register_collections()
