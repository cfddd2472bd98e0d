"""base64 for taipan: Base16, Base32 and Base64 encodings (RFC 4648),
written in the Python subset taipan runs.

Encoders take bytes-like objects (bytes or bytearray) and return bytes.
Decoders also take ASCII str and raise Error on malformed input.

Where it differs from CPython 3.11:
- taipan has no binascii module: Error below stands in for
  binascii.Error (a ValueError subclass named "Error", raised with the
  same messages).
- Bytes-like means bytes or bytearray (taipan has no memoryview).
- The Ascii85/Base85 functions are not provided.
"""

__all__ = ["Error", "b16decode", "b16encode", "b32decode", "b32encode", "b32hexdecode",
           "b32hexencode", "b64decode", "b64encode", "decodebytes", "encodebytes",
           "standard_b64decode", "standard_b64encode", "urlsafe_b64decode",
           "urlsafe_b64encode"]


class Error(ValueError):
    """Malformed encoded data (stands in for binascii.Error)."""


_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
_B16_ALPHABET = b"0123456789ABCDEF"
_PAD = 61  # ord("=")
_MAX_LINE_BYTES = 57  # encodebytes: 57 input bytes make a 76-character line


def _digit_values(alphabet):
    """A 256-entry list mapping a byte to its digit value, -1 if none."""
    values = [-1] * 256
    for value, byte in enumerate(alphabet):
        values[byte] = value
    return values


_B64_VALUES = _digit_values(_B64_ALPHABET)
_B32_VALUES = _digit_values(_B32_ALPHABET)
_B32HEX_VALUES = _digit_values(_B32HEX_ALPHABET)
_B16_VALUES = _digit_values(_B16_ALPHABET)


# ---------------------------------------------------------------------------
# Argument checks


def _bytes_arg(s):
    """s as bytes for an encoder (bytes-like only)."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    return bytes(s)


def _decode_arg(s):
    """s as bytes for a decoder, which also takes an ASCII str."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                    % type(s).__name__)


def _translate(data, source, target):
    """data with each byte of source replaced by the byte of target at the
    same position."""
    mapping = list(range(256))
    for old, new in zip(source, target):
        mapping[old] = new
    return bytes([mapping[byte] for byte in data])


# ---------------------------------------------------------------------------
# Base64


def _encode64(data):
    out = bytearray()
    alphabet = _B64_ALPHABET
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes([alphabet[n >> 18], alphabet[(n >> 12) & 63],
                      alphabet[(n >> 6) & 63], alphabet[n & 63]])
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out += bytes([alphabet[n >> 18], alphabet[(n >> 12) & 63], _PAD, _PAD])
    elif rest == 2:
        n = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes([alphabet[n >> 18], alphabet[(n >> 12) & 63], alphabet[(n >> 6) & 63], _PAD])
    return bytes(out)


def _decode64(data, strict):
    """Decode Base64 data as binascii.a2b_base64 does.

    Leniently (strict false), bytes outside the alphabet are skipped and
    decoding stops at the padding that completes a group. Strictly, any
    byte outside the alphabet, padding in the wrong place and data after
    the padding are errors.
    """
    out = bytearray()
    group = 0       # digits of the current 4-digit group seen so far
    bits = 0        # their value
    pads = 0        # "=" seen since the last digit
    padding_started = False
    digits = 0
    for index, byte in enumerate(data):
        if byte == _PAD:
            padding_started = True
            if strict and index == 0:
                raise Error("Leading padding not allowed")
            if group >= 2:
                pads += 1
                if group + pads >= 4:
                    if strict and index + 1 < len(data):
                        raise Error("Excess data after padding")
                    # The group's 2 or 3 digits hold 1 or 2 bytes, and
                    # 4 or 2 bits that are dropped.
                    if group == 2:
                        out.append(bits >> 4)
                    else:
                        out += bytes([bits >> 10, (bits >> 2) & 255])
                    return bytes(out)
            continue
        value = _B64_VALUES[byte]
        if value < 0:
            if strict:
                raise Error("Only base64 data is allowed")
            continue
        if strict and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        digits += 1
        bits = (bits << 6) | value
        group += 1
        if group == 4:
            out += bytes([bits >> 16, (bits >> 8) & 255, bits & 255])
            group = 0
            bits = 0
    if group == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) "
                    "cannot be 1 more than a multiple of 4" % digits)
    if group:
        raise Error("Incorrect padding")
    return bytes(out)


def b64encode(s, altchars=None):
    """Encode the bytes-like s with Base64; altchars (2 bytes) replaces the
    "+" and "/" of the alphabet."""
    encoded = _encode64(_bytes_arg(s))
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
    return _decode64(s, validate)


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
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)
    lines = []
    for start in range(0, len(s), _MAX_LINE_BYTES):
        lines.append(_encode64(s[start:start + _MAX_LINE_BYTES]) + b"\n")
    return b"".join(lines)


def decodebytes(s):
    """Decode the Base64 bytes-like s, skipping newlines and other bytes
    outside the alphabet."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)
    return _decode64(bytes(s), False)


# ---------------------------------------------------------------------------
# Base32

# How many padding characters end the last 8-character group, by how many
# bytes it holds, and the reverse.
_B32_PADS = {1: 6, 2: 4, 3: 3, 4: 1, 5: 0}
_B32_KEPT = {pads: kept for kept, pads in _B32_PADS.items()}


def _encode32(s, alphabet):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(s).__name__)
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
