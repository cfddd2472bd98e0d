"""base64 for taipan: Base16, Base32 and Base64 encodings (RFC 4648),
written in the Python subset taipan runs.

Encoders take bytes-like objects (bytes or bytearray) and return bytes.
Decoders also take ASCII str and raise Error on malformed input.

Where it differs from CPython 3.11:
- Bytes-like means bytes, bytearray or memoryview.
- The Ascii85/Base85 functions are not provided.
"""

__all__ = ["Error", "b16decode", "b16encode", "b32decode", "b32encode", "b32hexdecode",
           "b32hexencode", "b64decode", "b64encode", "decodebytes", "encodebytes",
           "standard_b64decode", "standard_b64encode", "urlsafe_b64decode",
           "urlsafe_b64encode"]


import binascii
from binascii import Error

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
_B16_ALPHABET = b"0123456789ABCDEF"
_MAX_LINE_BYTES = 57  # encodebytes: 57 input bytes make a 76-character line


def _digit_values(alphabet):
    """A 256-entry list mapping a byte to its digit value, -1 if none."""
    values = [-1] * 256
    for value, byte in enumerate(alphabet):
        values[byte] = value
    return values


_B32_VALUES = _digit_values(_B32_ALPHABET)
_B32HEX_VALUES = _digit_values(_B32HEX_ALPHABET)
_B16_VALUES = _digit_values(_B16_ALPHABET)


# ---------------------------------------------------------------------------
# Argument checks


_bytes_arg = binascii._encoder_arg


def _decode_arg(s):
    """s as bytes for a decoder, which also takes an ASCII str."""
    return binascii._decoder_arg(s, "a bytes-like object or ASCII string")


def _translate(data, source, target):
    """data with each byte of source replaced by the byte of target at the
    same position."""
    mapping = list(range(256))
    for old, new in zip(source, target):
        mapping[old] = new
    return bytes([mapping[byte] for byte in data])


# ---------------------------------------------------------------------------
# Base64


def b64encode(s, altchars=None):
    """Encode the bytes-like s with Base64; altchars (2 bytes) replaces the
    "+" and "/" of the alphabet."""
    encoded = binascii.b2a_base64(_bytes_arg(s), newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        encoded = _translate(encoded, b"+/", _bytes_arg(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 bytes-like or ASCII str s; altchars (2 bytes) are
    read as "+" and "/". Bytes outside the alphabet are discarded unless
    validate is true, when they (and misplaced padding) raise Error."""
    s = _decode_arg(s)
    if altchars is not None:
        altchars = _decode_arg(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode the bytes-like s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s, in the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode the bytes-like s with the URL- and filesystem-safe Base64
    alphabet, which has "-" and "_" for "+" and "/"."""
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    """Decode s, in the URL- and filesystem-safe Base64 alphabet."""
    return b64decode(_translate(_decode_arg(s), b"-_", b"+/"))


def encodebytes(s):
    """Encode the bytes-like s with Base64 in lines of at most 76
    characters, each ending in a newline."""
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)
    if isinstance(s, memoryview):
        s = s.tobytes()
    lines = []
    for start in range(0, len(s), _MAX_LINE_BYTES):
        lines.append(binascii.b2a_base64(s[start:start + _MAX_LINE_BYTES]))
    return b"".join(lines)


def decodebytes(s):
    """Decode the Base64 bytes-like s, skipping newlines and other bytes
    outside the alphabet."""
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)
    return binascii.a2b_base64(bytes(s))


# ---------------------------------------------------------------------------
# Base32

# How many padding characters end the last 8-character group, by how many
# bytes it holds, and the reverse.
_B32_PADS = {1: 6, 2: 4, 3: 3, 4: 1, 5: 0}
_B32_KEPT = {pads: kept for kept, pads in _B32_PADS.items()}


def _encode32(s, alphabet):
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(s).__name__)
    if isinstance(s, memoryview):
        s = s.tobytes()
    out = bytearray()
    for start in range(0, len(s), 5):
        chunk = s[start:start + 5]
        n = int.from_bytes(bytes(chunk) + bytes(5 - len(chunk)), "big")
        digits = bytes([alphabet[(n >> shift) & 31] for shift in range(35, -1, -5)])
        pads = _B32_PADS[len(chunk)]
        out += digits[:8 - pads] + b"=" * pads
    return bytes(out)


def _decode32(s, values, casefold, map01):
    s = _decode_arg(s)
    if len(s) % 8:
        raise Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_arg(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    pads = len(s) - len(stripped)
    out = bytearray()
    for start in range(0, len(stripped), 8):
        group = stripped[start:start + 8]
        n = 0
        for byte in group:
            value = values[byte]
            if value < 0:
                raise Error("Non-base32 digit found")
            n = (n << 5) | value
        out += (n << (5 * (8 - len(group)))).to_bytes(5, "big")
    if pads not in _B32_KEPT:
        raise Error("Incorrect padding")
    del out[len(out) - 5 + _B32_KEPT[pads]:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like s with Base32."""
    return _encode32(s, _B32_ALPHABET)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 bytes-like or ASCII str s. casefold accepts
    lowercase; map01 (one byte) says what the digit 1 stands for ("I" or
    "L"), and maps 0 to "O"."""
    return _decode32(s, _B32_VALUES, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like s with Base32 in the Extended Hex alphabet."""
    return _encode32(s, _B32HEX_ALPHABET)


def b32hexdecode(s, casefold=False):
    """Decode s, Base32 in the Extended Hex alphabet; casefold accepts lowercase."""
    return _decode32(s, _B32HEX_VALUES, casefold, None)


# ---------------------------------------------------------------------------
# Base16


def b16encode(s):
    """Encode the bytes-like s with Base16 (uppercase hex)."""
    return _bytes_arg(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    """Decode the Base16 bytes-like or ASCII str s; casefold accepts lowercase."""
    s = _decode_arg(s)
    if casefold:
        s = s.upper()
    for byte in s:
        if _B16_VALUES[byte] < 0:
            raise Error("Non-base16 digit found")
    if len(s) % 2:
        raise Error("Odd-length string")
    return bytes([(_B16_VALUES[s[i]] << 4) | _B16_VALUES[s[i + 1]] for i in range(0, len(s), 2)])
