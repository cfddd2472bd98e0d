"""array for taipan: compact sequences of one C type, as CPython 3.11's.

array(typecode[, initializer]) with the typecodes of `typecodes`
(b B h H i I l L q Q: 1-, 2-, 4-, 8- and 8-byte ints; f d: binary32 and
binary64 floats; u: one character, 4 bytes), laid out as on a 64-bit
little-endian machine. Supported: construction from lists, tuples, bytes,
bytearray, str ('u'), arrays and any iterable; indexing and slicing (a
slice is an array; slice assignment takes an array of the same typecode,
and an empty one deletes an extended slice); del; + * += *=; comparisons;
in; iteration; len; repr; append, extend, insert, pop, remove, index,
count, reverse, byteswap, buffer_info, frombytes/tobytes,
fromfile/tofile, fromlist/tolist, fromunicode/tounicode, typecode,
itemsize, copy and pickle. Values are range-checked with CPython's
OverflowError and TypeError messages; 'f' items are rounded to binary32
as they are stored.

The items live in a Python list of values already checked (and rounded):
indexing, iteration, append and slicing are then list operations, and the
bytes are made only when asked for (tobytes, tofile, byteswap,
bytes(a)), through memoryview.cast.

Where it differs from CPython:
- taipan has no buffer protocol for Python classes: bytes(a) and
  bytearray(a) work (through __bytes__, which CPython's array lacks), but
  memoryview(a), file.write(a), struct.pack_into and numpy.frombuffer do
  not take an array; pass a.tobytes().
- frombytes or byteswap of a 'u' array that makes a value which is not a
  character raises ValueError there (CPython raises when it is read); a
  lone surrogate, which taipan's str cannot hold, raises
  UnicodeDecodeError.
- An item takes a list slot (16 bytes), not itemsize bytes; an array
  iterator is a list iterator; the interpreter's own messages name the
  class array, not array.array.
"""

import math
import operator

__all__ = ["ArrayType", "array", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4,
          "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}


def _bounds(lo, hi, what):
    return (lo, hi, what + " is less than minimum", what + " is greater than maximum")


# The conversions CPython applies to an item in turn, each with its range
# and the OverflowError messages for values below and above it.
_LONG = (-2 ** 63, 2 ** 63 - 1) + ("Python int too large to convert to C long",) * 2
_SHORT = _bounds(-2 ** 15, 2 ** 15 - 1, "signed short integer")
_INT = _bounds(-2 ** 31, 2 ** 31 - 1, "signed integer")
_ULONG = (0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long")
_STAGES = {
    "b": (_LONG, _SHORT, _bounds(-128, 127, "signed char")),
    "B": (_LONG, _bounds(0, 255, "unsigned byte integer")),
    "h": (_LONG, _SHORT),
    "H": (_LONG, _INT, _bounds(0, 2 ** 16 - 1, "unsigned short")),
    "i": (_LONG, _INT),
    "I": (_ULONG, (0, 2 ** 32 - 1, _ULONG[2], "unsigned int is greater than maximum")),
    "l": (_LONG,),
    "L": (_ULONG,),
    "q": ((-2 ** 63, 2 ** 63 - 1) + ("int too big to convert",) * 2,),
    "Q": ((0, 2 ** 64 - 1, "can't convert negative int to unsigned", "int too big to convert"),),
}


def _int_item(stages):
    """The function that checks one item for an integer typecode."""
    lo = max(s[0] for s in stages)
    hi = min(s[1] for s in stages)

    def convert(v):
        if type(v) is not int:
            v = operator.index(v)
        if lo <= v <= hi:
            return v
        for low, high, below, above in stages:
            if v < low:
                raise OverflowError(below)
            if v > high:
                raise OverflowError(above)

    return convert


def _double_item(v):
    if type(v) is float:
        return v
    t = type(v)
    if isinstance(v, int) or hasattr(t, "__float__") or hasattr(t, "__index__"):
        return float(v)
    raise TypeError("must be real number, not %s" % t.__name__)


def _packed(code, items):
    """A memoryview of format code over new bytes that hold items."""
    view = memoryview(bytearray(len(items) * _SIZES[code])).cast(code)
    for i in range(len(items)):
        view[i] = items[i]
    return view


def _round32(values):
    """The floats values rounded to binary32, as 'f' arrays store them."""
    return _packed("f", values).tolist()


# A binary32 NaN read from bytes is kept as the float64 NaN with the same
# sign and payload, and written back bit for bit: a plain conversion would
# make a signalling NaN quiet, and byteswapped float data often holds some.
def _nan_from_bits(b):
    wide = memoryview(bytearray(8)).cast("Q")
    wide[0] = (b & 0x80000000) << 32 | 0x7FF << 52 | (b & 0x7FFFFF) << 29
    return wide.cast("B").cast("d")[0]


def _nan_bits(v):
    wide = memoryview(bytearray(8)).cast("d")
    wide[0] = v
    b = wide.cast("B").cast("Q")[0]
    return (b >> 32) & 0x80000000 | 0x7F800000 | ((b >> 29) & 0x7FFFFF or 0x400000)


def _float_item(v):
    return _round32([_double_item(v)])[0]


def _char_item(v):
    if isinstance(v, str) and len(v) == 1:
        return v[0]
    raise TypeError("array item must be unicode character")


_CONVERT = {code: _int_item(stages) for code, stages in _STAGES.items()}
_CONVERT.update(u=_char_item, f=_float_item, d=_double_item)

_BAD_KIND = "bad argument type for built-in operation"
_SAME_KIND = "can only extend with array of same kind"


def _convert_all(code, values):
    """The items for the values of an iterable, all checked (or none)."""
    if code == "f":
        return _round32(list(map(_double_item, values)))
    return list(map(_CONVERT[code], values))


def _is_nan(v):
    return isinstance(v, float) and v != v


def _index(i):
    if type(i) is not int:
        try:
            i = operator.index(i)
        except TypeError:
            raise TypeError("array indices must be integers") from None
    if -2 ** 63 <= i < 2 ** 63:
        return i
    raise IndexError("cannot fit 'int' into an index-sized integer")


def _make(code, items, cls=None):
    """A new array (of class cls, array by default) of typecode code
    holding the checked list items."""
    a = object.__new__(cls or array)
    a._code = code
    a._convert = _CONVERT[code]
    a._items = items
    return a


def _decode(code, data):
    """The items that the bytes-like data holds for typecode code."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    view = memoryview(data).cast("B")
    if len(view) % _SIZES[code]:
        raise ValueError("bytes length not a multiple of item size")
    if code != "u":
        items = view.cast(code).tolist()
        if code == "f" and any(map(math.isnan, items)):
            bits = view.cast("I")
            items = [_nan_from_bits(bits[i]) if x != x else x for i, x in enumerate(items)]
        return items
    try:
        return list(bytes(view).decode("utf-32-le"))
    except UnicodeDecodeError as e:
        point = int.from_bytes(e.object[e.start:e.start + 4], "little")
        if point <= 0x10FFFF:
            raise
        raise ValueError("character U+%x is not in range [U+0000; U+10ffff]" % point) from None


class array:
    """array(typecode [, initializer]): an efficient array of numeric values
    (or characters for 'u') of one C type."""

    __slots__ = ("_code", "_convert", "_items")
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not 1 <= len(args) <= 2:
            raise TypeError("array() takes at %s (%d given)" % (
                "least 1 argument" if not args else "most 2 arguments", len(args)))
        code = args[0]
        init = args[1] if len(args) == 2 else ()
        if not isinstance(code, str) or len(code) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(code).__name__)
        if code != "u" and (isinstance(init, str) or isinstance(init, array) and init._code == "u"):
            raise TypeError("cannot use a %s to initialize an array with typecode '%s'"
                            % ("str" if isinstance(init, str) else "unicode array", code))
        if code not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        if isinstance(init, (bytes, bytearray)):
            items = _decode(code, init)
        elif isinstance(init, array) and init._code == code:
            items = init._items[:]
        else:
            items = _convert_all(code, init)
        return _make(code, items, cls)

    @property
    def typecode(self):
        """The typecode character used to create the array."""
        return self._code

    @property
    def itemsize(self):
        """The size in bytes of one item."""
        return _SIZES[self._code]

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._code)
        items = "".join(self._items) if self._code == "u" else self._items
        return "%s('%s', %r)" % (name, self._code, items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return not _is_nan(v) and v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _make(self._code, self._items[i])
        i = _index(i)
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        items = self._items
        if not isinstance(i, slice):
            i = _index(i)
            if not -len(items) <= i < len(items):
                raise IndexError("array assignment index out of range")
            items[i] = self._convert(v)
            return
        v = self._items_of(v, 'can only assign array (not "%s") to array slice', _BAD_KIND)
        start, stop, step = i.indices(len(items))
        size = len(range(start, stop, step))
        if step == 1:
            items[i] = v
        elif not v:
            del items[i]
        elif len(v) != size:
            raise ValueError("attempt to assign array of size %d to extended slice of size %d"
                             % (len(v), size))
        else:
            items[i] = v[:]

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        i = _index(i)
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def _items_of(self, other, not_array, other_kind):
        """The items of other, an array of the same typecode."""
        if not isinstance(other, array):
            raise TypeError(not_array % type(other).__name__)
        if other._code != self._code:
            raise TypeError(other_kind)
        return other._items

    def __add__(self, other):
        items = self._items_of(other, 'can only append array (not "%s") to array', _BAD_KIND)
        return _make(self._code, self._items + items)

    def __iadd__(self, other):
        self._items += self._items_of(
            other, 'can only extend array with array (not "%s")', _SAME_KIND)
        return self

    def __mul__(self, n):
        return _make(self._code, self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._items, other._items
        if self._has_nan() or other._has_nan():
            # taipan's list comparison takes a NaN as equal to any NaN;
            # compare item by item as CPython does.
            for x, y in zip(a, b):
                if x != y:
                    return op(x, y)
            return op(len(a), len(b))
        return op(a, b)

    def _has_nan(self):
        return self._code in "fd" and any(map(math.isnan, self._items))

    def __eq__(self, other):
        return self._compare(other, operator.eq)

    def __ne__(self, other):
        return self._compare(other, operator.ne)

    def __lt__(self, other):
        return self._compare(other, operator.lt)

    def __le__(self, other):
        return self._compare(other, operator.le)

    def __gt__(self, other):
        return self._compare(other, operator.gt)

    def __ge__(self, other):
        return self._compare(other, operator.ge)

    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        return _make(self._code, self._items[:])

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce__(self):
        return type(self), (self._code, self._items[:])

    def append(self, v):
        """Append v to the end of the array."""
        self._items.append(self._convert(v))

    def extend(self, iterable):
        """Append the items of iterable (an array of the same typecode, or
        any iterable); the items before a bad one stay appended."""
        if isinstance(iterable, array):
            self._items += self._items_of(iterable, "", _SAME_KIND)
            return
        code = self._code
        convert = _double_item if code == "f" else self._convert
        done = []
        try:
            for v in iterable:
                done.append(convert(v))
        finally:
            self._items += _round32(done) if code == "f" else done

    def insert(self, i, v):
        """Insert v before position i."""
        self._items.insert(operator.index(i), self._convert(v))

    def pop(self, i=-1):
        """Remove and return the item at position i (the last by default)."""
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(operator.index(i))
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        """Remove the first item equal to v."""
        del self._items[self._find(v, 0, len(self._items), "remove")]

    def index(self, v, start=0, stop=2 ** 63 - 1):
        """The position of the first item equal to v in [start, stop)."""
        return self._find(v, start, stop, "index")

    def _find(self, v, start, stop, method):
        if not _is_nan(v):
            try:
                return self._items.index(v, start, stop)
            except ValueError:
                pass
        raise ValueError("array.%s(x): x not in array" % method)

    def count(self, v):
        """The number of items equal to v."""
        return 0 if _is_nan(v) else self._items.count(v)

    def reverse(self):
        """Reverse the items in place."""
        self._items.reverse()

    def buffer_info(self):
        """(address, length): an identifier of the storage, and len(self)."""
        return id(self._items), len(self._items)

    def byteswap(self):
        """Swap the bytes of every item (for data from a machine of the
        other byte order)."""
        size = _SIZES[self._code]
        data = self.tobytes()
        swapped = bytearray(len(data))
        for k in range(size):
            swapped[k::size] = data[size - 1 - k::size]
        self._items[:] = _decode(self._code, swapped)

    def tobytes(self):
        """The items as bytes in machine order."""
        code, items = self._code, self._items
        if code == "u":
            return "".join(items).encode("utf-32-le")
        if code == "B":
            return bytes(items)
        view = _packed(code, items)
        if code == "f" and any(map(math.isnan, items)):
            bits = view.cast("B").cast("I")
            for i, x in enumerate(items):
                if x != x:
                    bits[i] = _nan_bits(x)
        return view.tobytes()

    def frombytes(self, data):
        """Append the items held in the bytes-like data, in machine order."""
        self._items += _decode(self._code, data)

    def fromfile(self, f, n):
        """Read n items from the binary file f and append them; EOFError
        (after appending what there was) if it holds fewer."""
        n = operator.index(n)
        if n < 0:
            raise ValueError("negative count")
        size = n * _SIZES[self._code]
        data = f.read(size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data)
        if len(data) != size:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f):
        """Write the items to the binary file f, 64 KiB at a time."""
        data = self.tobytes()
        for start in range(0, len(data), 65536):
            f.write(data[start:start + 65536])

    def fromlist(self, values):
        """Append the items of the list values, all or none."""
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        self._items += _convert_all(self._code, values)

    def tolist(self):
        """The items as a list."""
        return self._items[:]

    def fromunicode(self, s):
        """Append the characters of the str s to a 'u' array."""
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        if self._code != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items += list(s)

    def tounicode(self):
        """The items of a 'u' array as a str."""
        if self._code != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)


ArrayType = array
