"""collections.UserDict, UserList and UserString for taipan: wrappers
around a dict, list or str kept in `.data`, meant to be subclassed.

They live apart from collections.py because they derive from the
collections.abc classes, which `import collections` should not have to
load: collections' module __getattr__ imports this module on first use
of one of the three names. Their __module__ is "collections", as in
CPython.

Differences from CPython 3.11: UserString has no __complex__ (taipan has
no complex numbers).
"""

import sys
from collections.abc import MutableMapping, MutableSequence, Sequence

__all__ = ["UserDict", "UserList", "UserString"]

# What is defined here belongs to collections, as in CPython: the classes' and
# functions' __module__ is taken from __name__.
__name__ = "collections"


def _copy_instance(self, data):
    """A new instance of self's class with self's attributes and data as
    its .data, made without calling __init__ (what __copy__ does)."""
    cls = self.__class__
    inst = cls.__new__(cls)
    inst.__dict__.update(self.__dict__)
    inst.__dict__["data"] = data
    return inst


# ---------------------------------------------------------------------------
# UserDict


class UserDict(MutableMapping):
    """A dict kept in self.data, with the whole mapping interface."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        cls = self.__class__
        if hasattr(cls, "__missing__"):
            return cls.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        return _copy_instance(self, self.__dict__["data"].copy())

    def copy(self):
        """A shallow copy (of a subclass: through copy.copy(), so that
        its other attributes come along)."""
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            result = copy.copy(self)
        finally:
            self.data = data
        result.update(self)
        return result

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance with the keys of iterable, each set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result


# ---------------------------------------------------------------------------
# UserList


def _list_of(other):
    """The list inside a UserList, or other itself."""
    return other.data if isinstance(other, UserList) else other


def _as_list(other):
    """other as a list, for + and +=: a UserList's data, a list, or the
    items of any iterable."""
    if isinstance(other, UserList):
        return other.data
    if isinstance(other, list):
        return other
    return list(other)


class UserList(MutableSequence):
    """A list kept in self.data, with the whole list interface."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) == type(self.data):
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _list_of(other)

    def __le__(self, other):
        return self.data <= _list_of(other)

    def __eq__(self, other):
        return self.data == _list_of(other)

    def __gt__(self, other):
        return self.data > _list_of(other)

    def __ge__(self, other):
        return self.data >= _list_of(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return self.__class__(self.data + _as_list(other))

    def __radd__(self, other):
        return self.__class__(_as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _copy_instance(self, self.__dict__["data"][:])

    def append(self, item):
        """Add item at the end."""
        self.data.append(item)

    def insert(self, i, item):
        """Insert item before index i."""
        self.data.insert(i, item)

    def pop(self, i=-1):
        """Remove and return the item at index i (the last by default)."""
        return self.data.pop(i)

    def remove(self, item):
        """Remove the first item equal to item (ValueError if none)."""
        self.data.remove(item)

    def clear(self):
        """Remove every item."""
        self.data.clear()

    def copy(self):
        """A new instance of the same class with the same items."""
        return self.__class__(self)

    def count(self, item):
        """How many items equal item."""
        return self.data.count(item)

    def index(self, item, *args):
        """The first index of item (in data[start:stop] when given)."""
        return self.data.index(item, *args)

    def reverse(self):
        """Reverse the items in place."""
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        """Sort the items in place, as list.sort()."""
        self.data.sort(*args, **kwds)

    def extend(self, other):
        """Append the items of other."""
        self.data.extend(_list_of(other))


# ---------------------------------------------------------------------------
# UserString


def _str_of(value):
    """The str inside a UserString, or value itself."""
    return value.data if isinstance(value, UserString) else value


def _wrapping(name):
    """A method of UserString that calls str's method name (no arguments)
    on self.data and wraps the result in self's class."""
    str_method = getattr(str, name)

    def method(self):
        return self.__class__(str_method(self.data))

    method.__name__ = name
    method.__qualname__ = "UserString." + name
    return method


def _forwarding(name):
    """A method of UserString that returns str's method name (no
    arguments) of self.data as it is."""
    str_method = getattr(str, name)

    def method(self):
        return str_method(self.data)

    method.__name__ = name
    method.__qualname__ = "UserString." + name
    return method


class UserString(Sequence):
    """A str kept in self.data, whose str methods return instances of the
    class where str's return str."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _str_of(string)

    def __lt__(self, string):
        return self.data < _str_of(string)

    def __le__(self, string):
        return self.data <= _str_of(string)

    def __gt__(self, string):
        return self.data > _str_of(string)

    def __ge__(self, string):
        return self.data >= _str_of(string)

    def __contains__(self, char):
        return _str_of(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    capitalize = _wrapping("capitalize")
    casefold = _wrapping("casefold")
    lower = _wrapping("lower")
    swapcase = _wrapping("swapcase")
    title = _wrapping("title")
    upper = _wrapping("upper")

    isalpha = _forwarding("isalpha")
    isalnum = _forwarding("isalnum")
    isascii = _forwarding("isascii")
    isdecimal = _forwarding("isdecimal")
    isdigit = _forwarding("isdigit")
    isidentifier = _forwarding("isidentifier")
    islower = _forwarding("islower")
    isnumeric = _forwarding("isnumeric")
    isprintable = _forwarding("isprintable")
    isspace = _forwarding("isspace")
    istitle = _forwarding("istitle")
    isupper = _forwarding("isupper")

    def center(self, width, *args):
        """Centred in width columns (padded with the fill character given)."""
        return self.__class__(self.data.center(width, *args))

    def ljust(self, width, *args):
        """Left-justified in width columns."""
        return self.__class__(self.data.ljust(width, *args))

    def rjust(self, width, *args):
        """Right-justified in width columns."""
        return self.__class__(self.data.rjust(width, *args))

    def zfill(self, width):
        """Padded on the left with zeros to width columns."""
        return self.__class__(self.data.zfill(width))

    def count(self, sub, start=0, end=sys.maxsize):
        """How many times sub occurs in data[start:end], not overlapping."""
        return self.data.count(_str_of(sub), start, end)

    def find(self, sub, start=0, end=sys.maxsize):
        """The lowest index of sub in data[start:end], or -1."""
        return self.data.find(_str_of(sub), start, end)

    def rfind(self, sub, start=0, end=sys.maxsize):
        """The highest index of sub in data[start:end], or -1."""
        return self.data.rfind(_str_of(sub), start, end)

    def index(self, sub, start=0, end=sys.maxsize):
        """find(), raising ValueError where it gives -1."""
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=sys.maxsize):
        """rfind(), raising ValueError where it gives -1."""
        return self.data.rindex(sub, start, end)

    def removeprefix(self, prefix, /):
        """Without prefix at the start, if it is there."""
        return self.__class__(self.data.removeprefix(_str_of(prefix)))

    def removesuffix(self, suffix, /):
        """Without suffix at the end, if it is there."""
        return self.__class__(self.data.removesuffix(_str_of(suffix)))

    def replace(self, old, new, maxsplit=-1):
        """With old replaced by new (the first maxsplit times, when given)."""
        return self.__class__(self.data.replace(_str_of(old), _str_of(new), maxsplit))

    def encode(self, encoding="utf-8", errors="strict"):
        """data encoded to bytes (None means the default)."""
        encoding = "utf-8" if encoding is None else encoding
        errors = "strict" if errors is None else errors
        return self.data.encode(encoding, errors)

    def startswith(self, prefix, start=0, end=sys.maxsize):
        """Whether data[start:end] starts with prefix (or one of a tuple)."""
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=sys.maxsize):
        """Whether data[start:end] ends with suffix (or one of a tuple)."""
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        """With tabs replaced by spaces up to the next multiple of tabsize."""
        return self.__class__(self.data.expandtabs(tabsize))

    def format(self, /, *args, **kwds):
        """data.format(*args, **kwds), a str."""
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        """data.format_map(mapping), a str."""
        return self.data.format_map(mapping)

    def join(self, seq):
        """The items of seq joined with data between them, a str."""
        return self.data.join(seq)

    def strip(self, chars=None):
        """Without leading and trailing chars (whitespace by default)."""
        return self.__class__(self.data.strip(chars))

    def lstrip(self, chars=None):
        """Without leading chars (whitespace by default)."""
        return self.__class__(self.data.lstrip(chars))

    def rstrip(self, chars=None):
        """Without trailing chars (whitespace by default)."""
        return self.__class__(self.data.rstrip(chars))

    maketrans = str.maketrans

    def translate(self, *args):
        """Each character mapped through a table, as str.translate()."""
        return self.__class__(self.data.translate(*args))

    def partition(self, sep):
        """data.partition(sep): a tuple of three str."""
        return self.data.partition(sep)

    def rpartition(self, sep):
        """data.rpartition(sep): a tuple of three str."""
        return self.data.rpartition(sep)

    def split(self, sep=None, maxsplit=-1):
        """data.split(sep, maxsplit): a list of str."""
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        """data.rsplit(sep, maxsplit): a list of str."""
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        """data.splitlines(keepends): a list of str."""
        return self.data.splitlines(keepends)
