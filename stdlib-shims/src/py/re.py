"""Regular expressions with CPython 3.11's syntax and semantics.

The engine (parser, compiler, backtracking matcher) is native (`_re`);
this module builds the rest of the API on it: flags, Pattern objects,
replacement templates, split and the module-level functions. Compiled
patterns are cached per thread by `_re`.
"""

import _re

__version__ = "2.2.1"
__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "T", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "TEMPLATE", "DEBUG",
    "NOFLAG", "RegexFlag", "Scanner",
]

# Flag members in CPython's definition order (the order reprs use).
_FLAG_NAMES = [
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
]


class RegexFlag(int):
    """The re flags: ints that print as `re.IGNORECASE|re.MULTILINE`."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    def _names(self):
        v = int(self)
        names = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                names.append(name)
                v &= ~bit
        return names, v

    @property
    def name(self):
        names, rest = self._names()
        if not names or rest:
            return None
        return "|".join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names, rest = self._names()
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(int(self), spec)

    def __iter__(self):
        return iter([RegexFlag(bit) for name, bit in _FLAG_NAMES if int(self) & bit])

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(511 & ~int(self))


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)
# The flags as class attributes too (re.RegexFlag.DOTALL, re.RegexFlag.S),
# as the IntFlag members CPython has.
for _name in ("NOFLAG", "ASCII", "A", "IGNORECASE", "I", "LOCALE", "L", "UNICODE", "U",
              "MULTILINE", "M", "DOTALL", "S", "VERBOSE", "X", "TEMPLATE", "T", "DEBUG"):
    setattr(RegexFlag, _name, globals()[_name])
del _name


class error(Exception):
    """A pattern or a replacement template that does not compile."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


class Pattern:
    """A compiled regular expression."""

    def __class_getitem__(cls, item):
        return cls

    def __init__(self, regex, pattern):
        flags, groups, names = regex.info()
        self._regex = regex
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = dict(names)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if flags & (4 | 32 | 256) == 32:
            flags &= ~32
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4),
                          ("MULTILINE", 8), ("DOTALL", 16), ("UNICODE", 32),
                          ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256)):
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def match(self, string, pos=0, endpos=None):
        return self._regex.exec(string, pos, endpos, 0, False, self)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._regex.exec(string, pos, endpos, 1, False, self)

    def search(self, string, pos=0, endpos=None):
        return self._regex.exec(string, pos, endpos, 2, False, self)

    def findall(self, string, pos=0, endpos=None):
        return self._regex.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        # Scanned now, so a bad argument raises here as in CPython.
        return iter(self._regex.scan(string, pos, endpos, 0, self))

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        return self._regex.split(string, maxsplit)

    def subn(self, repl, string, count=0):
        if count < 0:
            return string, 0
        if callable(repl):
            return self._sub_call(repl, string, count)
        return self._regex.subn(_template(self, repl), string, count)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def _sub_call(self, repl, string, count):
        parts = []
        last = 0
        n = 0
        for m in self._regex.scan(string, 0, None, count, self):
            start, end = m.span()
            if last < start:
                parts.append(string[last:start])
            r = repl(m)
            if r is not None:
                parts.append(r)
            last = end
            n += 1
        if last < len(string):
            parts.append(string[last:])
        # bytes for any bytes-like subject (bytearray, memoryview), as CPython.
        return ("" if isinstance(string, str) else b"").join(parts), n

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos, self._end = pos, endpos
        self._advance = False
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        m = self.pattern._regex.exec(self._string, self._pos, self._end, mode, self._advance,
                                     self.pattern)
        if m is None:
            self._done = True
            return None
        start, self._pos = m.span()
        self._advance = start == self._pos
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


# The result of a successful match (native: `_re` makes them).
Match = _re.Match


def _expand(match, template):
    """`match.expand(template)`: the template with its group references
    replaced by what the groups matched ('' where one did not)."""
    parts = _template(match.re, template)
    empty = match.string[:0]
    out = []
    for p in parts:
        if isinstance(p, int):
            g = match.group(p)
            out.append(empty if g is None else g)
        else:
            out.append(p)
    return empty.join(out) if parts else template[:0]


def _octal(digits):
    n = 0
    for d in digits:
        n = n * 8 + ord(d) - 48
    return n


_SIMPLE = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
           "v": "\v", "\\": "\\"}


def _template(pattern, repl):
    """A replacement template as literal pieces and group numbers."""
    is_bytes = not isinstance(repl, str)
    if is_bytes and not isinstance(repl, (bytes, bytearray, memoryview)):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
    if isinstance(repl, str) != isinstance(pattern.pattern, str):
        if is_bytes:
            raise TypeError("sequence item 0: expected str instance, %s found" % type(repl).__name__)
        raise TypeError("sequence item 0: expected a bytes-like object, str found")
    if is_bytes:
        repl = bytes(repl)
    text = repl.decode("latin-1") if is_bytes else repl
    if "\\" not in text:
        return [repl]
    parts = []
    lit = []
    i = 0
    n = len(text)

    def flush():
        if lit:
            s = "".join(lit)
            parts.append(s.encode("latin-1") if is_bytes else s)
            del lit[:]

    def group(index, at):
        if index > pattern.groups:
            raise error("invalid group reference %d" % index, repl, at)
        flush()
        parts.append(index)

    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        c = text[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                raise error("missing <", repl, i)
            close = text.find(">", i + 1)
            if close < 0:
                name = text[i + 1:]
                if not name:
                    raise error("missing group name", repl, n)
                raise error("missing >, unterminated name", repl, i + 1)
            name = text[i + 1:close]
            if not name:
                raise error("missing group name", repl, i + 1)
            i = close + 1
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = pattern.groupindex[name]
            elif name.isdigit() and name.isascii():
                index = int(name)
            else:
                raise error("bad character in group name %r" % name, repl, close - len(name))
            group(index, close - len(name))
        elif c == "0":
            j = i
            while j < n and j < i + 2 and text[j] in "01234567":
                j += 1
            lit.append(chr(_octal(text[i - 1:j]) & 0xFF))
            i = j
        elif c in "0123456789":
            if i < n and text[i] in "0123456789":
                if (c in "01234567" and text[i] in "01234567"
                        and i + 1 < n and text[i + 1] in "01234567"):
                    value = _octal(text[i - 1:i + 2])
                    if value > 0o377:
                        raise error("octal escape value %s outside of range 0-0o377"
                                    % text[start:i + 2], repl, start)
                    lit.append(chr(value))
                    i += 2
                    continue
                i += 1
            group(int(text[start + 1:i]), start + 1)
        elif c in _SIMPLE:
            lit.append(_SIMPLE[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\" + c, repl, start)
        else:
            lit.append("\\" + c)
    flush()
    return parts


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    r = _re.compile(pattern, flags)
    if type(r) is tuple:
        raise error(r[0], pattern, r[1])
    return Pattern(r, pattern)


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _re.purge()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = str(pattern, "latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")


class Scanner:
    """A lexer: a list of (pattern, action) pairs tried as alternatives;
    `scan` applies each matched phrase's action."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._starts = []
        group = 1
        for phrase, action in lexicon:
            parts.append("(%s)" % phrase)
            self._starts.append(group)
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            k = 0
            while m.span(self._starts[k])[0] < 0:
                k += 1
            action = self.lexicon[k][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
