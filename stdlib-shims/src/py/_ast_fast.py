"""The fast path of taipan's ast.literal_eval: a source that is a plain
literal display (numbers, strings, True/False/None, ..., unary +/- on a
number, lists, tuples, dicts and sets of those, any nesting) is read with
regular expressions and an explicit stack, without tokens, nodes or
recursion. Anything else (a name, an operator, a comment, a backslash,
an error of any kind) gives BAIL, and literal_eval takes the full
parser, which gives CPython's answer or error."""

import re
import _ast_strings

BAIL = object()

_TOKEN = re.compile(
    r"(?P<ws>[ \t]+)|(?P<nl>\n)|(?P<open>[\[({])|(?P<close>[\])}])|(?P<comma>,)|(?P<colon>:)"
    r"|(?P<num>0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)"
    r"|(?P<sign>[-+])|(?P<str>[rRbBuU]{0,2}['\"])|(?P<name>True|False|None)|(?P<ellipsis>\.\.\.)")
_BODY = {
    "'": re.compile(r"[^'\\\n]*(?:\\[^\n][^'\\\n]*)*'"),
    '"': re.compile(r'[^"\\\n]*(?:\\[^\n][^"\\\n]*)*"'),
}
_NAMES = {"True": True, "False": False, "None": None}
_CLOSERS = {"[": "]", "(": ")", "{": "}"}
_PREFIXES = frozenset(("", "r", "u", "b", "br", "rb"))


class _Bail(Exception):
    """The source is not a plain literal display."""


def _ends_token(source, pos):
    """Whether a number or name ending at pos really ends there."""
    if pos >= len(source):
        return True
    c = source[pos]
    return not (c.isalnum() or c in "_." or c >= "\x80")


def _number(text):
    lower = text.lower()
    if lower.startswith(("0x", "0o", "0b")):
        return int(text, 0)
    if "." in text or "e" in lower:
        return float(text)
    if text[0] == "0" and text.strip("0"):
        raise _Bail()
    return int(text)


class _Frame:
    """An open bracket: its items, and for braces whether it is a dict
    (None until known) and the key waiting for its value."""

    __slots__ = ("opener", "items", "keys", "is_dict", "key", "commas")

    def __init__(self, opener):
        self.opener = opener
        self.items = []
        self.keys = []
        self.is_dict = None
        self.key = BAIL
        self.commas = 0

    def add(self, value):
        if self.opener != "{":
            self.items.append(value)
        elif self.is_dict:
            if self.key is BAIL:
                raise _Bail()
            self.keys.append(self.key)
            self.items.append(value)
            self.key = BAIL
        else:
            self.is_dict = False
            self.items.append(value)

    def close(self):
        """The value of the display."""
        if self.opener == "[":
            return self.items
        if self.opener == "(":
            if len(self.items) == 1 and not self.commas:
                return self.items[0]
            return tuple(self.items)
        if self.is_dict is False:
            result = set()
            for item in self.items:
                result.add(item)
            return result
        result = {}
        for key, value in zip(self.keys, self.items):
            result[key] = value
        return result


class _Reader:
    """Reads a plain literal display from source, or raises _Bail."""

    def __init__(self, source):
        self.source = source
        self.pos = 0
        self.stack = []
        self.top = _Frame("(")

    def token(self):
        """(kind, match) of the next token, skipping blanks (and newlines
        inside brackets); (None, None) at the end."""
        while self.pos < len(self.source):
            m = _TOKEN.match(self.source, self.pos)
            if m is None:
                raise _Bail()
            kind = m.lastgroup
            if kind == "ws" or kind == "nl" and self.stack:
                self.pos = m.end()
                continue
            if kind == "nl":
                return None, None
            return kind, m
        return None, None

    def string(self, m):
        """A string literal starting at match m (its prefix and quote)."""
        text = m.group()
        prefix, quote = text[:-1].lower(), text[-1]
        body_match = _BODY[quote].match(self.source, m.end())
        if prefix not in _PREFIXES or body_match is None:
            raise _Bail()
        body = body_match.group()[:-1]
        end = body_match.end()
        if not body and self.source.startswith(quote, end):
            raise _Bail()  # a triple-quoted string
        if "b" in prefix and not body.isascii():
            raise _Bail()
        self.pos = end
        try:
            return _ast_strings.decode(prefix, body)
        except (_ast_strings.DecodeError, ValueError):
            raise _Bail() from None

    def value(self, kind, m):
        """The atom starting with token (kind, m), consumed."""
        if kind == "str":
            value = self.string(m)
            while True:
                kind, m = self.token()
                if kind != "str":
                    return value
                more = self.string(m)
                if type(more) is not type(value):
                    raise _Bail()
                value += more
        sign = None
        if kind == "sign":
            sign = m.group()
            self.pos = m.end()
            kind, m = self.token()
        if kind == "num":
            value = _number(m.group())
        elif kind in ("name", "ellipsis") and sign is None:
            value = _NAMES[m.group()] if kind == "name" else Ellipsis
        else:
            raise _Bail()
        self.pos = m.end()
        if not _ends_token(self.source, self.pos):
            raise _Bail()
        if sign == "-":
            return -value
        return +value if sign else value

    def read(self):
        frame = self.top
        while True:
            kind, m = self.token()
            if kind == "open":
                if len(self.stack) >= 200:
                    raise _Bail()  # CPython's "too many nested parentheses"
                self.pos = m.end()
                frame = _Frame(m.group())
                self.stack.append(frame)
                continue
            if kind == "close" and self.stack and (frame.commas or not frame.items) \
                    and frame.key is BAIL:
                value = self.close_frame(m)
            else:
                value = self.value(kind, m)
            frame = self.after_value(value)
            if frame is None:
                return self.top.close()

    def close_frame(self, m):
        frame = self.stack.pop()
        if _CLOSERS[frame.opener] != m.group():
            raise _Bail()
        self.pos = m.end()
        return frame.close()

    def after_value(self, value):
        """Places value after reading what follows it: the frame that
        takes the next value, or None at the end of the source."""
        while True:
            frame = self.stack[-1] if self.stack else self.top
            kind, m = self.token()
            if kind == "colon" and frame.opener == "{" and frame.is_dict is not False \
                    and frame.key is BAIL and (frame.is_dict or not frame.items):
                frame.is_dict = True
                frame.key = value
                self.pos = m.end()
                return frame
            frame.add(value)
            if kind == "comma":
                frame.commas += 1
                self.pos = m.end()
                return frame
            if kind == "close" and self.stack:
                value = self.close_frame(m)
                continue
            if kind is None and not self.stack:
                self.check_end()
                return None
            raise _Bail()

    def check_end(self):
        """Only blank lines may follow (blanks after the last newline
        are an indentation error)."""
        tail = self.source[self.pos:]
        if tail.strip(" \t\n") or "\n" in tail and not tail.endswith("\n"):
            raise _Bail()


def literal(source):
    """The value of source when it is a plain literal display, else BAIL."""
    if not source or "\r" in source:
        return BAIL
    try:
        return _Reader(source).read()
    except (_Bail, TypeError, ValueError):
        return BAIL
