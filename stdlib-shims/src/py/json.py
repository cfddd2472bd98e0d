"""JSON encoding and decoding for taipan, behaving like CPython 3.11's json.

dumps()/dump() turn Python values into JSON text and loads()/load() parse
JSON text back, with CPython's output byte for byte, the same hooks and
options, and the same error messages (JSONDecodeError gives the position
as "line L column C (char N)").

    Python              JSON
    dict                object
    list, tuple         array
    str                 string
    int, float          number
    True, False, None   true, false, null

Differences from CPython: taipan strings are UTF-8 and cannot hold lone
surrogates, so a JSON string with an unpaired \\ud800-\\udfff escape
raises ValueError instead of decoding to a str that contains one; and
UTF-16/UTF-32 bytes given to loads() raise LookupError while taipan has
no codecs for them.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

import _json

_INF = float('inf')

# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------


class JSONDecodeError(ValueError):
    """ValueError raised when JSON text cannot be parsed.

    Attributes: msg (the message without the position), doc (the text being
    parsed), pos (the index in doc where parsing failed), lineno and colno
    (the 1-based line and column of pos).
    """

    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_WHITESPACE = frozenset(' \t\n\r')


def _skip_whitespace(text, i):
    """The index of the first non-whitespace character of text at or after i."""
    n = len(text)
    while i < n and text[i] in _WHITESPACE:
        i += 1
    return i


class JSONDecoder:
    """Parses JSON text into Python values.

    object_hook is called with every decoded object (a dict) and its result
    replaces the dict; object_pairs_hook, which takes precedence, is called
    with the object's (key, value) pairs as a list instead. parse_float,
    parse_int and parse_constant receive the text of each float, int and
    NaN/Infinity/-Infinity. With strict=False, control characters are
    allowed inside strings.
    """

    __module__ = "json.decoder"

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or float
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        # As in CPython, the scanner keeps the settings given here (a hook
        # None: the default), whatever later happens to the attributes.
        self._scan_settings = (strict, JSONDecodeError, object_hook, object_pairs_hook,
                       None if parse_float is float else parse_float,
                       None if parse_int is int else parse_int, parse_constant)

    def decode(self, s):
        """Return the Python value of the JSON document s (a str).

        Whitespace may surround the value; anything else after it raises
        JSONDecodeError ("Extra data").
        """
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx].

        Returns (value, index just past it); text after the value is left
        alone, so this can read a value off the front of a longer string.
        """
        if idx < 0:
            raise ValueError('idx cannot be negative')
        return _json.scan(s, idx, *self._scan_settings)


def _detect_encoding(b):
    """The encoding of JSON bytes: UTF-8 (maybe with a BOM), UTF-16 or UTF-32."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    # Without a BOM, the zero bytes around the first (ASCII) character
    # give the encoding away.
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document).

    Bytes may be UTF-8, UTF-16 or UTF-32. The hooks are those of
    JSONDecoder; cls names a JSONDecoder subclass to use, and other
    keyword arguments (such as strict) go to its constructor.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError(
                'Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        encoding = _detect_encoding(s)
        if encoding == 'utf-8-sig':
            # taipan has no utf-8-sig codec: drop the BOM by hand.
            s, encoding = s[3:], 'utf-8'
        # CPython decodes with 'surrogatepass'; taipan strings cannot hold
        # the surrogates it would let through, so encoded surrogates fail.
        s = s.decode(encoding)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not ' + type(s).__name__)
    if (cls is None and object_hook is None and parse_float is None
            and parse_int is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (anything with .read())."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# ---------------------------------------------------------------------------
# Encoding
# ---------------------------------------------------------------------------

# What str.translate replaces inside a JSON string: the control characters,
# the quote and the backslash (and DEL when the output must be ASCII).
_ESCAPES = {i: '\\u%04x' % i for i in range(32)}
_ESCAPES.update({
    ord('"'): '\\"', ord('\\'): '\\\\', ord('\b'): '\\b', ord('\f'): '\\f',
    ord('\n'): '\\n', ord('\r'): '\\r', ord('\t'): '\\t',
})
_ESCAPES_ASCII = dict(_ESCAPES)
_ESCAPES_ASCII[0x7f] = '\\u007f'


def _quote(s):
    """s as a JSON string, non-ASCII characters kept as they are."""
    return '"' + s.translate(_ESCAPES) + '"'


def _ascii_escape(c):
    """\\uXXXX for a non-ASCII character (a surrogate pair above U+FFFF)."""
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def _quote_ascii(s):
    """s as a JSON string of ASCII characters only."""
    s = s.translate(_ESCAPES_ASCII)
    if not s.isascii():
        s = ''.join([c if c < '\x80' else _ascii_escape(c) for c in s])
    return '"' + s + '"'


class JSONEncoder:
    """Turns Python values into JSON text.

    skipkeys: leave out dict items whose keys are not str, int, float, bool
    or None (otherwise TypeError). ensure_ascii: escape every non-ASCII
    character. check_circular: raise ValueError on a container that contains
    itself. allow_nan: write NaN/Infinity/-Infinity (otherwise ValueError).
    sort_keys: write dict items sorted by key. indent: pretty-print with this
    many spaces (or this string) per level. separators: an (item, key)
    pair, by default (', ', ': '), or (',', ': ') with an indent. default:
    called with any value that cannot be serialized; it returns a value
    that can be, or raises TypeError. Subclasses may override default().
    """

    __module__ = "json.encoder"

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for o; this one raises TypeError."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % type(o).__name__)

    def encode(self, o):
        """Return the JSON text of o."""
        if isinstance(o, str):
            return _quote_ascii(o) if self.ensure_ascii else _quote(o)
        text = self._native_text(o)
        if text is not None:
            return text
        return ''.join(self.iterencode(o, _one_shot=True))

    def _native_text(self, o):
        """The JSON text of o from the native encoder, or None where
        iterencode must write it (other types, default(), errors)."""
        if type(self).iterencode is not JSONEncoder.iterencode:
            return None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, self.ensure_ascii, self.allow_nan,
                            self.sort_keys, indent, self.item_separator,
                            self.key_separator)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding the JSON text in pieces as they are made."""
        return _Encoding(self, _one_shot).encode(o, 0)


class _Encoding:
    """One run of JSONEncoder.iterencode: the settings and the containers
    being encoded (to detect circular references)."""

    def __init__(self, encoder, one_shot):
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.quote = _quote_ascii if encoder.ensure_ascii else _quote
        self.allow_nan = encoder.allow_nan
        # CPython's one-shot encoder (dumps without indent) leaves the
        # value out of the message for NaN and infinities.
        self.brief_nan_error = one_shot and indent is None
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys

    def float_text(self, f):
        if f != f:
            text = 'NaN'
        elif f == _INF:
            text = 'Infinity'
        elif f == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(f)
        if not self.allow_nan:
            message = 'Out of range float values are not JSON compliant'
            if not self.brief_nan_error:
                message += ': ' + repr(f)
            raise ValueError(message)
        return text

    def scalar_text(self, o):
        """The JSON text of a str, None, bool, int or float; else None."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def key_text(self, key):
        """The string a dict key is written as, or None to skip the item."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not '
                        + type(key).__name__)

    def enter(self, o):
        """Note that o is being encoded; raise if it already is."""
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError('Circular reference detected')
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def encode(self, o, level):
        text = self.scalar_text(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            marker = self.enter(o)
            yield from self.encode(self.default(o), level)
            self.leave(marker)

    def array(self, seq, level):
        if not seq:
            yield '[]'
            return
        marker = self.enter(seq)
        prefix = '['
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            prefix += newline
            separator += newline
        for value in seq:
            text = self.scalar_text(value)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.encode(value, level)
            prefix = separator
        if self.indent is not None:
            yield '\n' + self.indent * (level - 1)
        yield ']'
        self.leave(marker)

    def object(self, dct, level):
        if not dct:
            yield '{}'
            return
        marker = self.enter(dct)
        separator = self.item_separator
        yield '{'
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator += newline
            yield newline
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.quote(key)
            yield self.key_separator
            yield from self.encode(value, level)
        if self.indent is not None:
            yield '\n' + self.indent * (level - 1)
        yield '}'
        self.leave(marker)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str.

    The options are those of JSONEncoder; cls names a JSONEncoder subclass
    to use, and other keyword arguments go to its constructor.
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to fp (anything with .write()), piece by piece."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan,
                  indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    # Files take the text in one write; other writers see CPython's pieces.
    text = None
    if isinstance(encoder, JSONEncoder) and type(fp).__module__ == '_io':
        text = encoder._native_text(obj)
    if text is not None:
        fp.write(text)
        return
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


# The submodules CPython's json package always imports, so that
# `except json.decoder.JSONDecodeError` works after `import json`.
import json.decoder as decoder  # noqa: E402
import json.encoder as encoder  # noqa: E402
