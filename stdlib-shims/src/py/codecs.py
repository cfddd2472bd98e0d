"""The codecs module: looking codecs up, encoding and decoding through
them (the text encodings the VM knows, and the bytes-to-bytes `hex` and
`base64` and the str-to-str `rot13`), incremental encoders and decoders,
`codecs.open`, and the byte order marks."""

import _codecs

_builtin_open = open

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# The native byte order (little-endian, as on every machine taipan runs on).
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


# The state CPython's incremental codecs report at the start of a stream,
# for the codecs that write or look for a byte order mark there.
_START_STATES = {'utf-16': 2, 'utf-32': 2, 'utf-8-sig': 1}


class CodecInfo:
    """What `lookup` finds: the codec's `name`, its stateless `encode`
    and `decode` (each returns the result and how much input it used),
    and its incremental encoder and decoder classes."""

    def __init__(self, name, encode, decode, incrementalencoder=None,
                 incrementaldecoder=None):
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder


class IncrementalEncoder:
    """Encodes text given piece by piece: a byte order mark (where the
    codec writes one) only before the first piece."""

    _encoding = 'utf-8'
    _carry_on = 'utf-8'

    def __init__(self, errors='strict'):
        self.errors = errors
        self._state = self._encoding

    def encode(self, input, final=False):
        """The bytes for `input`."""
        data = input.encode(self._state, self.errors)
        self._state = self._carry_on
        return data

    def reset(self):
        """Starts afresh: the next piece is the first again."""
        self._state = self._encoding

    def getstate(self):
        """0 once the first piece is encoded (or for a codec that writes no
        byte order mark), else what CPython's encoder says: 2 for UTF-16
        and UTF-32, 1 for utf-8-sig."""
        if self._state == self._carry_on:
            return 0
        return _START_STATES.get(self._encoding, 0)


class IncrementalDecoder:
    """Decodes bytes given piece by piece: a character whose bytes are
    split between pieces waits for the rest; a byte order mark (for the
    codecs that look for one) is read at the start."""

    _encoding = 'utf-8'

    def __init__(self, errors='strict'):
        self.errors = errors
        self.reset()

    def decode(self, input, final=False):
        """The text of the bytes given so far that make whole characters
        (all of them when `final`)."""
        data = self._buffer + bytes(input)
        part = _codecs.decode_part(self._state, data, self.errors, bool(final))
        if part is None:
            self._buffer = data
            return ''
        text, used, self._state = part
        self._buffer = data[used:]
        return text

    def reset(self):
        """Forgets the bytes held back; starts at the start of a stream."""
        self._buffer = b''
        self._state = self._encoding

    def getstate(self):
        """`(bytes held back, flag)`, the flag as CPython's decoders give
        it: before the start of the stream is read, 2 for UTF-16 and
        UTF-32, 1 for utf-8-sig; after, 1 for a UTF-16 or UTF-32 stream
        read big-endian; else 0."""
        if self._state == self._encoding:
            flag = _START_STATES.get(self._encoding, 0)
        else:
            flag = int(self._encoding in ('utf-16', 'utf-32')
                       and self._state.endswith('-be'))
        return (self._buffer, flag)


# The text codecs whose decoders also take a str (as its UTF-8 bytes).
_STR_DECODERS = ('unicode-escape', 'raw-unicode-escape')


def _text_codec(name, carry_on):
    """The CodecInfo of a text encoding the VM knows."""
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError(f"encoding with '{name}' codec failed (TypeError: "
                            f"argument 1 must be str, not "
                            f"{type(input).__name__})")
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        if isinstance(input, str) and name in _STR_DECODERS:
            input = input.encode('utf-8')
        data = _bytes_like(input)
        return data.decode(name, errors), len(data)

    class Encoder(IncrementalEncoder):
        _encoding = name
        _carry_on = carry_on

    class Decoder(IncrementalDecoder):
        _encoding = name

    return CodecInfo(name, encode, decode, Encoder, Decoder)


def _bytes_like(input):
    """`input` as bytes, or TypeError for what is not bytes-like."""
    if isinstance(input, (bytes, bytearray, memoryview)):
        return bytes(input)
    raise TypeError(f"a bytes-like object is required, not "
                    f"'{type(input).__name__}'")


def _hex_encode(input, errors='strict'):
    data = _bytes_like(input)
    return data.hex().encode('ascii'), len(data)


def _hex_decode(input, errors='strict'):
    data = input.encode('ascii') if isinstance(input, str) else _bytes_like(input)
    return bytes.fromhex(data.decode('ascii')), len(data)


def _base64_encode(input, errors='strict'):
    import base64
    data = _bytes_like(input)
    return base64.encodebytes(data), len(data)


def _base64_decode(input, errors='strict'):
    import base64
    data = _bytes_like(input)
    return base64.decodebytes(data), len(data)


def _rot13(input, errors='strict'):
    if not isinstance(input, str):
        raise TypeError(f"expected str, got {type(input).__name__}")
    out = []
    for c in input:
        if 'a' <= c <= 'z':
            c = chr((ord(c) - 97 + 13) % 26 + 97)
        elif 'A' <= c <= 'Z':
            c = chr((ord(c) - 65 + 13) % 26 + 65)
        out.append(c)
    return ''.join(out), len(input)


# The codecs that are not text encodings, by their normalized names.
_OTHER_CODECS = {
    'hex': ('hex', _hex_encode, _hex_decode),
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _base64_encode, _base64_decode),
    'base_64': ('base64', _base64_encode, _base64_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
    'rot13': ('rot-13', _rot13, _rot13),
    'rot_13': ('rot-13', _rot13, _rot13),
}


def lookup(encoding):
    """The CodecInfo of `encoding`; LookupError for an unknown one."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not "
                        f"{type(encoding).__name__}")
    other = _OTHER_CODECS.get(encoding.lower().replace('-', '_').strip())
    if other is not None:
        return CodecInfo(*other)
    return _text_codec(*_codecs.lookup(encoding))


def encode(obj, encoding='utf-8', errors='strict'):
    """`obj` encoded with the codec `encoding`."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """`obj` decoded with the codec `encoding`."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    """The stateless encoding function of `encoding`."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The stateless decoding function of `encoding`."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The incremental encoder class of a text encoding."""
    cls = lookup(encoding).incrementalencoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getincrementaldecoder(encoding):
    """The incremental decoder class of a text encoding."""
    cls = lookup(encoding).incrementaldecoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """A file opened with the text encoding `encoding` and the error
    handler `errors`; lines end as they are in the file (no newline
    translation, as CPython's codecs.open works on the file's bytes).
    Without an encoding, the builtin open's file."""
    if encoding is None:
        return _builtin_open(filename, mode, buffering)
    mode = mode.replace('b', '').replace('t', '')
    return _builtin_open(filename, mode, buffering, encoding, errors,
                         newline='')
