"""struct for taipan: convert between Python values and C structs held in
bytes, written in the Python subset taipan runs.

A format string starts with an optional byte order character:

    @  native order, sizes and alignment (the default)
    =  native order, standard sizes, no alignment
    <  little-endian, standard sizes, no alignment
    >  big-endian, standard sizes, no alignment
    !  network order (big-endian), as >

and goes on with format characters, each optionally preceded by a repeat
count (for s and p the count is a byte length instead):

    x pad byte        c bytes of length 1   ? bool
    b/B  1-byte int   h/H  2-byte int       i/I  4-byte int
    l/L  long (8 bytes native, 4 standard)  q/Q  8-byte int
    n/N  ssize_t/size_t (native only)       P    void * (native only)
    e/f/d  IEEE 754 binary16/binary32/binary64 float
    s  bytes of the given length            p  Pascal string (length byte first)

"Native" here is a 64-bit little-endian machine (x86-64, aarch64).

Where it differs from CPython 3.11:
- Buffers are bytes, bytearray or memoryview; pack_into writes into a
  bytearray or a writable memoryview.
- iter_unpack returns a generator, not an unpack_iterator.
- "0p" packs nothing and unpacks b"" (CPython writes a stray length byte
  and fails to unpack it).
- A NaN packs as the quiet NaN with its sign; CPython copies the payload
  of a NaN double, which Python code cannot see.
"""

import math

__all__ = ["Struct", "calcsize", "error", "iter_unpack", "pack", "pack_into",
           "unpack", "unpack_from"]


class error(Exception):
    """Raised for a bad format, or for a value or buffer that does not fit it."""


_DIGITS = "0123456789"
_SPACE = " \t\n\r\x0b\x0c"
_MAX_SIZE = 2 ** 63 - 1

# How a value is first converted to a C integer: the range the conversion
# accepts and the message for values outside it.
_C_LONG = (-2 ** 63, 2 ** 63 - 1, "argument out of range")
_C_ULONG = (0, 2 ** 64 - 1, "argument out of range")
_C_LLONG = (-2 ** 63, 2 ** 63 - 1, "int too large to convert")
_C_ULLONG = (0, 2 ** 64 - 1, "int too large to convert")
_C_POINTER = (-2 ** 63, 2 ** 64 - 1, "int too large to convert")

# IEEE 754 layouts by size: bits of precision (with the hidden bit) and
# exponent bias.
_FLOAT_LAYOUTS = {2: (11, 15), 4: (24, 127), 8: (53, 1023)}


class _Code:
    """What one format character means in one byte-order table.

    kind is "pad", "char", "bool", "bytes", "pascal", "int" or "float".
    Integers carry signed, the C conversion range they go through first
    (fetch) and the label of their own range message (None when only the
    C conversion is checked). Floats carry strict: whether overflow raises
    rather than giving an infinity.
    """

    __slots__ = ("kind", "size", "signed", "fetch", "label", "strict")

    def __init__(self, kind, size, signed=False, fetch=None, label=None, strict=True):
        self.kind = kind
        self.size = size
        self.signed = signed
        self.fetch = fetch
        self.label = label
        self.strict = strict


def _common_codes():
    return {
        "x": _Code("pad", 1),
        "c": _Code("char", 1),
        "?": _Code("bool", 1),
        "s": _Code("bytes", 1),
        "p": _Code("pascal", 1),
        "b": _Code("int", 1, True, _C_LONG, "byte"),
        "B": _Code("int", 1, False, _C_LONG, "ubyte"),
        "e": _Code("float", 2),
        "d": _Code("float", 8),
    }


def _native_codes():
    codes = _common_codes()
    codes.update({
        "h": _Code("int", 2, True, _C_LONG, "short"),
        "H": _Code("int", 2, False, _C_LONG, "ushort"),
        "i": _Code("int", 4, True, _C_LONG, "'i'"),
        "I": _Code("int", 4, False, _C_ULONG, "'I'"),
        "l": _Code("int", 8, True, _C_LONG),
        "L": _Code("int", 8, False, _C_ULONG),
        "q": _Code("int", 8, True, _C_LONG),
        "Q": _Code("int", 8, False, _C_ULONG),
        "n": _Code("int", 8, True, _C_LONG),
        "N": _Code("int", 8, False, _C_ULONG),
        "P": _Code("int", 8, False, _C_POINTER),
        "f": _Code("float", 4, strict=False),
    })
    return codes


def _little_codes():
    codes = _common_codes()
    codes.update({
        "h": _Code("int", 2, True, _C_LONG, "short"),
        "H": _Code("int", 2, False, _C_LONG, "ushort"),
        "i": _Code("int", 4, True, _C_LONG, "'i'"),
        "I": _Code("int", 4, False, _C_ULONG, "'I'"),
        "l": _Code("int", 4, True, _C_LONG, "'l'"),
        "L": _Code("int", 4, False, _C_ULONG, "'L'"),
        "q": _Code("int", 8, True, _C_LONG),
        "Q": _Code("int", 8, False, _C_ULONG),
        "f": _Code("float", 4),
    })
    return codes


def _big_codes():
    codes = _common_codes()
    codes.update({
        "h": _Code("int", 2, True, _C_LONG, "'h'"),
        "H": _Code("int", 2, False, _C_ULONG, "'H'"),
        "i": _Code("int", 4, True, _C_LONG, "'i'"),
        "I": _Code("int", 4, False, _C_ULONG, "'I'"),
        "l": _Code("int", 4, True, _C_LONG, "'l'"),
        "L": _Code("int", 4, False, _C_ULONG, "'L'"),
        "q": _Code("int", 8, True, _C_LLONG),
        "Q": _Code("int", 8, False, _C_ULLONG),
        "f": _Code("float", 4),
    })
    return codes


_NATIVE = _native_codes()
_LITTLE = _little_codes()
_BIG = _big_codes()

# byte order character -> (code table, byte order, whether items are aligned)
_ORDERS = {
    "@": (_NATIVE, "little", True),
    "=": (_LITTLE, "little", False),
    "<": (_LITTLE, "little", False),
    ">": (_BIG, "big", False),
    "!": (_BIG, "big", False),
}


# ---------------------------------------------------------------------------
# Value conversions


def _to_int(value, code):
    """value as an int that fits code, or struct.error."""
    if not isinstance(value, int):
        # (taipan's float answers getattr(float, "__index__"), so floats
        # are refused by name.)
        method = None if isinstance(value, float) else getattr(type(value), "__index__", None)
        if method is None:
            raise error("required argument is not an integer")
        value = method(value)
    low, high, message = code.fetch
    if value < low or value > high:
        raise error(message)
    if code.label is not None:
        bits = code.size * 8
        if code.signed:
            low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        else:
            low, high = 0, (1 << bits) - 1
        if value < low or value > high:
            raise error("%s format requires %d <= number <= %d" % (code.label, low, high))
    return value


def _to_float(value):
    """value as a float, or struct.error."""
    if isinstance(value, float):
        return value
    if not isinstance(value, int):
        cls = type(value)
        if getattr(cls, "__float__", None) is None and getattr(cls, "__index__", None) is None:
            raise error("required argument is not a float")
    try:
        return float(value)
    except OverflowError:
        raise error("required argument is not a float")


def _round_half_even(n, shift):
    """n / 2**shift rounded to the nearest integer, ties to even."""
    if shift == 0:
        return n
    quotient = n >> shift
    remainder = n - (quotient << shift)
    half = 1 << (shift - 1)
    if remainder > half or (remainder == half and quotient & 1):
        quotient += 1
    return quotient


def _float_bits(x, size, strict, char):
    """The IEEE 754 encoding of x in size bytes, as an int, rounding to
    nearest-even. Overflow raises OverflowError when strict, else gives an
    infinity."""
    precision, bias = _FLOAT_LAYOUTS[size]
    fraction_bits = precision - 1
    all_ones = 2 * bias + 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if math.isnan(x):
        exponent, fraction = all_ones, 1 << (fraction_bits - 1)
    elif math.isinf(x):
        exponent, fraction = all_ones, 0
    elif x == 0:
        exponent, fraction = 0, 0
    else:
        # abs(x) == digits * 2**(e - 53) exactly, digits an integer.
        mantissa, e = math.frexp(abs(x))
        digits = int(math.ldexp(mantissa, 53))
        # The exponent of the result's leading bit; below the smallest
        # normal exponent the result is subnormal.
        lead = max(e - 1, 1 - bias)
        significand = _round_half_even(digits, (lead - fraction_bits) - (e - 53))
        if significand >> precision:
            significand >>= 1
            lead += 1
        exponent = lead + bias if significand >> fraction_bits else 0
        fraction = significand & ((1 << fraction_bits) - 1)
        if exponent >= all_ones:
            if strict:
                raise OverflowError("float too large to pack with %s format" % char)
            exponent, fraction = all_ones, 0
    return (sign << (size * 8 - 1)) | (exponent << fraction_bits) | fraction


def _float_from_bits(bits, size):
    """The float whose IEEE 754 encoding in size bytes is bits."""
    precision, bias = _FLOAT_LAYOUTS[size]
    fraction_bits = precision - 1
    all_ones = 2 * bias + 1
    negative = bits >> (size * 8 - 1)
    exponent = (bits >> fraction_bits) & all_ones
    fraction = bits & ((1 << fraction_bits) - 1)
    if exponent == all_ones:
        value = math.nan if fraction else math.inf
    elif exponent == 0:
        value = math.ldexp(float(fraction), 1 - bias - fraction_bits)
    else:
        value = math.ldexp(float(fraction | (1 << fraction_bits)), exponent - bias - fraction_bits)
    return -value if negative else value


def _byte_buffer(buffer):
    """buffer indexed by byte: bytes and bytearray as they are, a
    memoryview seen as unsigned bytes (a copy when it has gaps)."""
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, memoryview):
        if buffer.format == "B":
            return buffer
        if buffer.c_contiguous:
            return buffer.cast("B")
        return buffer.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


def _writable_buffer(buffer):
    """buffer as writable bytes: a bytearray, or a writable memoryview seen
    as unsigned bytes."""
    if isinstance(buffer, memoryview) and not buffer.readonly and buffer.c_contiguous:
        return buffer if buffer.format == "B" else buffer.cast("B")
    if not isinstance(buffer, bytearray):
        raise TypeError("argument must be read-write bytes-like object, not %s"
                        % type(buffer).__name__)
    return buffer


# ---------------------------------------------------------------------------
# Struct


class Struct:
    """A compiled format: Struct(format) packs and unpacks like the
    module-level functions, with .format (a str) and .size (in bytes)."""

    def __init__(self, format):
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode("latin-1")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self.format = format
        self._parse(format)

    def _parse(self, fmt):
        """Set _order, _groups (char, code, offset, count per format
        character that holds values), _items and size from fmt."""
        table, order, aligned = _ORDERS["@"]
        i = 0
        if fmt and fmt[0] in _ORDERS:
            table, order, aligned = _ORDERS[fmt[0]]
            i = 1
        groups = []
        items = 0
        offset = 0
        while i < len(fmt):
            char = fmt[i]
            if char in _SPACE:
                i += 1
                continue
            count = 1
            if char in _DIGITS:
                start = i
                while i < len(fmt) and fmt[i] in _DIGITS:
                    i += 1
                if i == len(fmt):
                    raise error("repeat count given without format specifier")
                count = int(fmt[start:i])
                char = fmt[i]
            code = table.get(char)
            if code is None:
                raise error("bad char in struct format")
            i += 1
            if aligned and code.size > 1:
                offset = (offset + code.size - 1) // code.size * code.size
            if code.kind in ("bytes", "pascal"):
                groups.append((char, code, offset, count))
                items += 1
                offset += count
            else:
                if code.kind != "pad":
                    groups.append((char, code, offset, count))
                    items += count
                offset += count * code.size
            if offset > _MAX_SIZE:
                raise error("total struct size too long")
        self._order = order
        self._groups = groups
        self._items = items
        self.size = offset

    def _pack_value(self, out, at, char, code, count, value):
        """Write value, the argument for one item of char, at out[at:]."""
        kind = code.kind
        if kind == "int":
            number = _to_int(value, code) & ((1 << (code.size * 8)) - 1)
            out[at:at + code.size] = number.to_bytes(code.size, self._order)
        elif kind == "float":
            bits = _float_bits(_to_float(value), code.size, code.strict, char)
            out[at:at + code.size] = bits.to_bytes(code.size, self._order)
        elif kind == "bool":
            out[at] = 1 if value else 0
        elif kind == "char":
            if not isinstance(value, bytes) or len(value) != 1:
                raise error("char format requires a bytes object of length 1")
            out[at] = value[0]
        else:
            if not isinstance(value, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % char)
            if kind == "bytes":
                data = value[:count]
            elif count == 0:
                return
            else:
                data = value[:count - 1]
                out[at] = min(len(data), 255)
                at += 1
            out[at:at + len(data)] = data

    def _check_count(self, values, what):
        if len(values) != self._items:
            raise error("%s expected %d items for packing (got %d)"
                        % (what, self._items, len(values)))

    def _pack_at(self, out, start, values):
        """Pack values into out[start:start + size], pad bytes zeroed."""
        out[start:start + self.size] = bytes(self.size)
        index = 0
        for char, code, offset, count in self._groups:
            at = start + offset
            if code.kind in ("bytes", "pascal"):
                self._pack_value(out, at, char, code, count, values[index])
                index += 1
                continue
            for k in range(count):
                self._pack_value(out, at + k * code.size, char, code, count, values[index])
                index += 1

    def _unpack(self, data, start):
        """The values packed in data[start:start + size]."""
        values = []
        for char, code, offset, count in self._groups:
            at = start + offset
            kind = code.kind
            if kind == "bytes":
                values.append(bytes(data[at:at + count]))
            elif kind == "pascal":
                if count == 0:
                    values.append(b"")
                else:
                    length = min(data[at], count - 1)
                    values.append(bytes(data[at + 1:at + 1 + length]))
            else:
                size = code.size
                for k in range(count):
                    chunk = data[at + k * size:at + (k + 1) * size]
                    if kind == "int":
                        values.append(int.from_bytes(chunk, self._order, signed=code.signed))
                    elif kind == "float":
                        values.append(_float_from_bits(int.from_bytes(chunk, self._order), size))
                    elif kind == "bool":
                        values.append(chunk[0] != 0)
                    else:
                        values.append(bytes(chunk))
        return tuple(values)

    def pack(self, *values):
        """bytes holding values packed by the format."""
        self._check_count(values, "pack")
        out = bytearray(self.size)
        self._pack_at(out, 0, values)
        return bytes(out)

    def pack_into(self, buffer, offset, /, *values):
        """Pack values into the bytearray or writable memoryview buffer
        starting at offset (from the end if negative)."""
        self._check_count(values, "pack_into")
        buffer = _writable_buffer(buffer)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
            if -offset < self.size:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            offset += len(buffer)
        elif len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes "
                        "at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        self._pack_at(buffer, offset, values)

    def unpack(self, buffer, /):
        """The tuple of values packed in buffer, which holds exactly size bytes."""
        buffer = _byte_buffer(buffer)
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        """The tuple of values packed in buffer from offset (from the end if
        negative); the buffer may hold more."""
        buffer = _byte_buffer(buffer)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
            if -offset < self.size:
                raise error("not enough data to unpack %d bytes at offset %d" % (self.size, offset))
            offset += len(buffer)
        elif len(buffer) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        return self._unpack(buffer, offset)

    def iter_unpack(self, buffer, /):
        """An iterator over the tuples packed one after another in buffer."""
        buffer = _byte_buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return self._iter_unpack(bytes(buffer))

    def _iter_unpack(self, data):
        for start in range(0, len(data), self.size):
            yield self._unpack(data, start)


# ---------------------------------------------------------------------------
# Module-level functions, over a cache of compiled formats

_cache = {}
_CACHE_LIMIT = 100


def _struct(format):
    """The compiled Struct for format, cached when format is str or bytes."""
    if not isinstance(format, (str, bytes)):
        return Struct(format)
    compiled = _cache.get(format)
    if compiled is None:
        compiled = Struct(format)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[format] = compiled
    return compiled


def calcsize(format, /):
    """The size in bytes of the struct the format describes."""
    return _struct(format).size


def pack(format, /, *values):
    """bytes holding values packed by the format."""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    """Pack values by the format into the bytearray buffer at offset."""
    _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    """The tuple of values the format unpacks from buffer (exactly its size)."""
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """The tuple of values the format unpacks from buffer at offset."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """An iterator over the tuples the format unpacks one after another from buffer."""
    return _struct(format).iter_unpack(buffer)
