"""binascii for taipan: conversions between binary data and ASCII
(hex, Base64) and the CRC-32 and CRC-CCITT checksums, written in the
Python subset taipan runs (crc32 is zlib's, native).

Where it differs from CPython 3.11: the uuencode (a2b_uu/b2a_uu) and
quoted-printable (a2b_qp/b2a_qp) conversions are not provided, and
bytes-like means bytes or bytearray (taipan has no memoryview).
"""

from zlib import crc32

__all__ = ["Error", "Incomplete", "a2b_base64", "a2b_hex", "b2a_base64", "b2a_hex",
           "crc32", "crc_hqx", "hexlify", "unhexlify"]


class Error(ValueError):
    """Malformed encoded data."""


class Incomplete(Exception):
    """Input that ends too early."""


_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_PAD = 61  # ord("=")
_B64_VALUES = [-1] * 256
for _value, _byte in enumerate(_B64_ALPHABET):
    _B64_VALUES[_byte] = _value
_HEX_VALUES = [-1] * 256
for _value, _byte in enumerate(b"0123456789abcdef"):
    _HEX_VALUES[_byte] = _value
    _HEX_VALUES[b"0123456789ABCDEF"[_value]] = _value


def _encoder_arg(data):
    """data as bytes for an encoder (bytes-like only)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return bytes(data)


def _decoder_arg(data, expected="bytes, buffer or ASCII string"):
    """data as bytes for a decoder, which also takes an ASCII str; the
    TypeError for anything else says what was `expected`."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("argument should be %s, not '%s'" % (expected, type(data).__name__))


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


def b2a_base64(data, *, newline=True):
    """Base64 of the bytes-like data, with a newline at the end unless
    newline is false."""
    encoded = _encode64(_encoder_arg(data))
    return encoded + b"\n" if newline else encoded


def a2b_base64(data, *, strict_mode=False):
    """The bytes Base64 data (bytes-like or ASCII str) encodes. Bytes
    outside the alphabet are skipped, unless strict_mode is true, when they
    (and misplaced padding) raise Error."""
    return _decode64(_decoder_arg(data), strict_mode)


# ---------------------------------------------------------------------------
# Hex


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hex digits of the bytes-like data, as bytes; sep (one character)
    between groups of bytes_per_sep bytes (counted from the right when
    positive, from the left when negative)."""
    data = _encoder_arg(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    """The bytes the hex digits of hexstr (bytes-like or ASCII str) spell."""
    digits = _decoder_arg(hexstr)
    if len(digits) % 2:
        raise Error("Odd-length string")
    values = _HEX_VALUES
    out = bytearray(len(digits) // 2)
    for i in range(0, len(digits), 2):
        high = values[digits[i]]
        low = values[digits[i + 1]]
        if high < 0 or low < 0:
            raise Error("Non-hexadecimal digit found")
        out[i // 2] = (high << 4) | low
    return bytes(out)


a2b_hex = unhexlify


# ---------------------------------------------------------------------------
# CRC-CCITT


def crc_hqx(data, value):
    """The CRC-CCITT (XMODEM polynomial 0x1021) of the bytes-like data,
    starting from value (its low 16 bits)."""
    crc = value & 0xFFFF
    for byte in _encoder_arg(data):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
