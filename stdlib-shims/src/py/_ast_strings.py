"""String and bytes literals for taipan's ast.literal_eval: prefixes,
quotes and escape sequences decoded as CPython 3.11's parser decodes
them, with its errors ("(unicode error) 'unicodeescape' codec can't
decode bytes in position 0-2: truncated \\xXX escape", ...)."""

import unicodedata

_SIMPLE_ESCAPES = {
    "\n": "", "\\": "\\", "'": "'", '"': '"', "b": "\b", "f": "\f",
    "t": "\t", "n": "\n", "r": "\r", "v": "\v", "a": "\a",
}
_OCTAL = "01234567"
_HEX = "0123456789abcdefABCDEF"


class DecodeError(Exception):
    """An escape sequence the literal cannot hold: the message CPython's
    parser puts after "(unicode error) " or "(value error) "."""

    def __init__(self, kind, message):
        Exception.__init__(self, kind, message)
        self.kind = kind
        self.message = message


class _EscapeError(Exception):
    """A bad escape in a str literal: (start, end, reason), indexes of the
    literal's body."""


def split_literal(text):
    """(prefix in lower case, body between the quotes) of a string token."""
    k = 0
    while text[k] not in "'\"":
        k += 1
    quote = 3 if text.startswith(text[k] * 3, k) and len(text) - k >= 6 else 1
    return text[:k].lower(), text[k + quote:len(text) - quote]


def decode(prefix, body):
    """The value of one literal (str or bytes); DecodeError for a bad
    escape. The caller checks that bytes hold only ASCII."""
    if "b" in prefix:
        if "r" in prefix:
            return body.encode("ascii")
        return _decode_bytes(body)
    if "r" in prefix or "\\" not in body:
        return body
    return _decode_str(body)


def _octal_run(body, i):
    """The end of the 1 to 3 octal digits starting at i."""
    j = i
    while j < len(body) and j < i + 3 and body[j] in _OCTAL:
        j += 1
    return j


def _decode_bytes(body):
    out = bytearray()
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            out.append(ord(c))
            i += 1
            continue
        if i + 1 >= n:
            out.append(92)
            break
        e = body[i + 1]
        if e in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[e].encode("latin-1")
            i += 2
        elif e in _OCTAL:
            j = _octal_run(body, i + 1)
            out.append(int(body[i + 1:j], 8) & 0xFF)
            i = j
        elif e == "x":
            digits = body[i + 2:i + 4]
            if len(digits) < 2 or digits[0] not in _HEX or digits[1] not in _HEX:
                raise DecodeError("value error", "invalid \\x escape at position %d" % i)
            out.append(int(digits, 16))
            i += 4
        else:
            out.append(92)
            i += 1
    return bytes(out)


def _escape_positions(body):
    """For each index of body, its position in the bytes CPython decodes
    (which spell each non-ASCII character as a 10-byte \\UXXXXXXXX)."""
    positions = []
    p = 0
    for c in body:
        positions.append(p)
        p += 1 if c < "\x80" else 10
    positions.append(p)
    return positions


def _decode_str(body):
    out = []
    i = 0
    n = len(body)
    positions = None
    while i < n:
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        e = body[i + 1] if i + 1 < n else ""
        try:
            text, i = _str_escape(body, i, e)
        except _EscapeError as err:
            if positions is None:
                positions = _escape_positions(body)
            start, end, reason = err.args
            raise DecodeError("unicode error",
                              "'unicodeescape' codec can't decode bytes in position %d-%d: %s"
                              % (positions[start], positions[end] - 1, reason)) from None
        out.append(text)
    return "".join(out)


def _str_escape(body, i, e):
    """The text of the escape at body[i] ('\\\\' then e) and the index after
    it; _EscapeError(start, end, reason) for a bad one."""
    if e in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[e], i + 2
    if e != "" and e in _OCTAL:
        j = _octal_run(body, i + 1)
        return chr(int(body[i + 1:j], 8)), j
    if e in ("x", "u", "U"):
        return _hex_escape(body, i, e)
    if e == "N":
        return _named_escape(body, i)
    return "\\", i + 1


def _hex_escape(body, i, e):
    width = {"x": 2, "u": 4, "U": 8}[e]
    j = i + 2
    while j < len(body) and j < i + 2 + width and body[j] in _HEX:
        j += 1
    if j < i + 2 + width:
        names = {"x": "\\xXX", "u": "\\uXXXX", "U": "\\UXXXXXXXX"}
        raise _EscapeError(i, j, "truncated %s escape" % names[e])
    code = int(body[i + 2:j], 16)
    if code > 0x10FFFF:
        raise _EscapeError(i, j, "illegal Unicode character")
    return _char(code), j


def _named_escape(body, i):
    """\\N{name}: a character by its name (or alias), any case."""
    j = i + 2
    if j >= len(body) or body[j] != "{":
        raise _EscapeError(i, min(j, len(body)), "malformed \\N character escape")
    close = body.find("}", j + 1)
    if close < 0 or close == j + 1:
        end = len(body) if close < 0 else close
        raise _EscapeError(i, end, "malformed \\N character escape")
    try:
        char = unicodedata.lookup(body[j + 1:close])
    except KeyError:
        char = ""
    if len(char) != 1:
        raise _EscapeError(i, close + 1, "unknown Unicode character name")
    return char, close + 1


def _char(code):
    if 0xD800 <= code <= 0xDFFF:
        raise ValueError("the surrogate \\u%04x in a string literal: taipan strings "
                         "cannot hold it" % code)
    return chr(code)
