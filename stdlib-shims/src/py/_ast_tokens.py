"""The tokenizer behind taipan's ast.literal_eval: Python 3.11's tokens
for one expression, with CPython's tokenizer errors (number literals,
unterminated strings, brackets, indentation, invalid characters).

A token is a _Token; the whole source is tokenized before parsing, as
CPython reports a tokenizer error anywhere in the source ahead of a
parser error."""

NAME, NUMBER, STRING, OP = "NAME", "NUMBER", "STRING", "OP"
NEWLINE, INDENT, DEDENT, ENDMARKER = "NEWLINE", "INDENT", "DEDENT", "ENDMARKER"
ERRORTOKEN = "ERRORTOKEN"
# A tokenizer error; the token's `error` is the exception, `lazy` tells
# whether CPython raises it only when the parser reads that far (its
# tokenizer returns an error token) or also when it checks the rest of the
# source after a parser error.
ERROR = "ERROR"
# The end of a source that leaves a bracket open (CPython's tokenizer
# gives an error token there).
EOF_IN_BRACKETS = "EOF_IN_BRACKETS"

_OPERATORS = (
    "**=", "...", "//=", ">>=", "<<=",
    "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<",
    "<=", "==", ">=", ">>", "@=", "^=", "|=",
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/", "|",
    "&", "<", ">", "=", ".", "%", "~", "^", "@",
)
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_STRING_PREFIXES = frozenset((
    "", "r", "u", "b", "br", "rb", "f", "fr", "rf",
))
_HEX = "0123456789abcdefABCDEF"


class _Token:
    """One token: its type, text, start and end (1-based lines, 0-based
    columns; columns of -1 mark the implicit NEWLINE at the end of the
    source) and the bracket depth it stands at."""

    __slots__ = ("type", "string", "line", "col", "end_line", "end_col", "level",
                 "error", "lazy")

    def __init__(self, type, string, line, col, end_line, end_col, level):
        self.type = type
        self.string = string
        self.line = line
        self.col = col
        self.end_line = end_line
        self.end_col = end_col
        self.level = level
        self.error = None
        self.lazy = False


def _is_identifier_char(c):
    """CPython's is_potential_identifier_char."""
    return c.isascii() and (c.isalnum() or c == "_") or c >= "\x80"


def _is_identifier_start(c):
    return c.isascii() and (c.isalpha() or c == "_") or c >= "\x80"


class _Stop(Exception):
    """A tokenizer error: (the SyntaxError, whether it is lazy)."""


class Tokenizer:
    """Tokenizes a source up to its end or its first error; tokenize()
    returns the tokens, the brackets left open (character, line, column)
    and, for each line, the first line of the run of lines that tokens
    join to it (strings and backslashes spanning lines)."""

    def __init__(self, source):
        self.src = source
        self.n = len(source)
        self.i = 0
        self.line = 1
        self.line_start = 0
        self.tokens = []
        self.brackets = []
        self.indents = [0]
        self.comment_start = None
        self.joined_from = [0, 1]
        self.line_starts = [0, 0]

    # -- errors ---------------------------------------------------------

    def line_text(self):
        """The current source line, without its newline."""
        end = self.src.find("\n", self.line_start)
        return self.src[self.line_start:] if end < 0 else self.src[self.line_start:end]

    def error(self, msg, col=None, end_col=None, cls=SyntaxError, lazy=False):
        """CPython's tokenizer syntaxerror(): the offset is one past the
        characters read on the line unless given."""
        offset = self.i - self.line_start if col is None else col
        end = offset if end_col is None else end_col
        text = self.line_text()
        raise _Stop(cls(msg, ("<unknown>", self.line, offset, text, self.line, end)), lazy)

    def next_line(self, at, joined):
        """A line starts at index `at`; `joined` when a token goes on
        across the line break."""
        self.line += 1
        self.line_start = at
        self.line_starts.append(at)
        self.joined_from.append(self.joined_from[-1] if joined else self.line)

    # -- the main loop --------------------------------------------------

    def tokenize(self):
        try:
            self.scan()
        except _Stop as stop:
            error, lazy = stop.args
            t = _Token(ERROR, "", error.lineno, 0, error.lineno, 0, len(self.brackets))
            t.error, t.lazy = error, lazy
            self.tokens.append(t)
        return self.tokens, self.brackets, self.joined_from

    def scan(self):
        at_line_start = True
        while True:
            if at_line_start and not self.brackets:
                self.indentation()
            at_line_start = False
            self.skip_blanks()
            if self.i >= self.n:
                break
            c = self.src[self.i]
            if c == "#":
                end = self.src.find("\n", self.i)
                self.comment_start = self.i
                self.i = self.n if end < 0 else end
                continue
            elif c == "\\":
                at_line_start = self.continuation()
            elif c == "\n":
                self.newline()
                at_line_start = True
            elif c.isdigit() or c == "." and self.i + 1 < self.n and self.src[self.i + 1].isdigit():
                self.number()
            elif _is_identifier_start(c):
                self.name_or_string()
            elif c in "'\"":
                self.string(self.i, self.i)
            else:
                self.operator(c)
            self.comment_start = None
        self.finish()

    def add(self, type, start, end_col=None):
        """Adds a token from `start` (an index on the current line) to the
        current position."""
        col = start - self.line_start
        end = self.i - self.line_start if end_col is None else end_col
        self.tokens.append(_Token(type, self.src[start:self.i], self.line, col,
                                  self.line, end, len(self.brackets)))

    def skip_blanks(self):
        while self.i < self.n and self.src[self.i] in " \t\f":
            self.i += 1

    def continuation(self):
        """A backslash: the line goes on on the next one. True where the
        next line starts a logical line."""
        first_on_line = not self.src[self.line_start:self.i].strip(" \t\f")
        self.i += 1
        if self.i >= self.n or self.src[self.i] != "\n":
            self.i = min(self.i + 1, self.n)
            self.stop_lazily("unexpected character after line continuation character",
                             self.i - self.line_start, 0)
        self.i += 1
        if self.i >= self.n and not self.brackets:
            self.stop_lazily("unexpected EOF while parsing", self.i - self.line_start, -1)
        self.next_line(self.i, joined=not first_on_line)
        # A backslash alone at the start of a logical line leaves the next
        # line's indentation to be measured.
        return first_on_line and not self.brackets and (
            not self.tokens or self.tokens[-1].type == NEWLINE)

    def stop_lazily(self, msg, offset, end_offset):
        """An error of CPython's parser on the tokenizer's error token: its
        text runs from the first line joined to this one to the end of this
        one."""
        first = self.line_starts[self.joined_from[-1]]
        end = self.src.find("\n", self.line_start)
        text = self.src[first:] if end < 0 else self.src[first:end + 1]
        raise _Stop(SyntaxError(msg, ("<unknown>", self.line, offset, text, self.line,
                                      end_offset)), True)

    def newline(self):
        """A newline ends the logical line unless a bracket is open or the
        line held no token."""
        if not self.brackets and self.tokens and self.tokens[-1].type != NEWLINE:
            # CPython's NEWLINE token starts at a comment before it and
            # leaves the newline out.
            start = self.i if self.comment_start is None else self.comment_start
            self.add(NEWLINE, start)
        self.i += 1
        self.next_line(self.i, joined=False)

    def indentation(self):
        """Compares a new line's indentation with the open blocks: INDENT,
        DEDENT or nothing (blank and comment lines count for nothing, but
        blanks at the end of the source do)."""
        col = 0
        j = self.i
        while j < self.n and self.src[j] in " \t\f":
            c = self.src[j]
            col = (col // 8 + 1) * 8 if c == "\t" else 0 if c == "\f" else col + 1
            j += 1
        if j < self.n and self.src[j] in "#\n":
            return
        if col > self.indents[-1]:
            self.indents.append(col)
            self.i = j
            self.add(INDENT, self.line_start)
        elif col < self.indents[-1]:
            while col < self.indents[-1]:
                self.indents.pop()
                self.i = j
                self.add(DEDENT, j)
            if col != self.indents[-1]:
                self.error("unindent does not match any outer indentation level",
                           cls=IndentationError, lazy=True)

    def finish(self):
        """The end of the source: the last NEWLINE, DEDENTs, ENDMARKER (or
        the error token of a bracket left open)."""
        col = self.i - self.line_start
        if self.brackets:
            self.tokens.append(_Token(EOF_IN_BRACKETS, "", self.line, col, self.line, col,
                                      len(self.brackets)))
            return
        if self.tokens and self.tokens[-1].type != NEWLINE:
            self.tokens.append(_Token(NEWLINE, "", self.line, -1, self.line, -1, 0))
        for _ in self.indents[1:]:
            self.tokens.append(_Token(DEDENT, "", self.line, col, self.line, col, 0))
        self.tokens.append(_Token(ENDMARKER, "", self.line, col, self.line, col, 0))

    # -- names, strings and operators -----------------------------------

    def name_or_string(self):
        start = self.i
        while self.i < self.n and _is_identifier_char(self.src[self.i]):
            self.i += 1
        word = self.src[start:self.i]
        if self.i < self.n and self.src[self.i] in "'\"" and word.lower() in _STRING_PREFIXES:
            self.string(start, self.i)
            return
        if not word.isidentifier():
            self.bad_identifier(start, word)
        self.add(NAME, start)

    def bad_identifier(self, start, word):
        """The first character of `word` that no identifier may hold."""
        k = 1
        while k <= len(word) and word[:k].isidentifier():
            k += 1
        bad = word[k - 1]
        self.i = start + k
        if bad.isprintable():
            self.error("invalid character '%s' (U+%04X)" % (bad, ord(bad)))
        self.error("invalid non-printable character U+%04X" % ord(bad))

    def string(self, start, quote_at):
        """A string literal whose prefix starts at `start` and whose quote
        is at `quote_at`."""
        quote = self.src[quote_at]
        triple = self.src.startswith(quote * 3, quote_at)
        size = 3 if triple else 1
        first_line, first_line_start = self.line, self.line_start
        j = quote_at + size
        while True:
            if j >= self.n or not triple and self.src[j] == "\n":
                self.unterminated(start, triple, first_line, first_line_start, j)
            c = self.src[j]
            if c == quote and self.src.startswith(quote * size, j):
                j += size
                break
            if c == "\\":
                j += 1
                if j < self.n and self.src[j] == "\n":
                    self.next_line(j + 1, joined=True)
            elif c == "\n":
                self.next_line(j + 1, joined=True)
            j += 1
        self.i = j
        text = self.src[start:j]
        self.tokens.append(_Token(STRING, text, first_line, start - first_line_start,
                                  self.line, j - self.line_start, len(self.brackets)))

    def unterminated(self, start, triple, first_line, first_line_start, at):
        detected = self.line
        if at >= self.n and self.src.endswith("\n"):
            detected -= 1
        self.line, self.line_start, self.i = first_line, first_line_start, start + 1
        kind = "triple-quoted string literal" if triple else "string literal"
        self.error("unterminated %s (detected at line %d)" % (kind, detected))

    def operator(self, c):
        start = self.i
        for op in _OPERATORS:
            if self.src.startswith(op, start):
                self.i += len(op)
                if op in "([{":
                    if len(self.brackets) >= 200:
                        self.error("too many nested parentheses")
                    self.brackets.append((op, self.line, start - self.line_start))
                elif op in ")]}":
                    self.close_bracket(op)
                self.add(OP, start)
                return
        self.i += 1
        if not c.isprintable():
            self.error("invalid non-printable character U+%04X" % ord(c))
        self.add(ERRORTOKEN, start)

    def close_bracket(self, c):
        if not self.brackets:
            self.error("unmatched '%s'" % c)
        opening, line, _ = self.brackets.pop()
        if opening != _CLOSERS[c]:
            msg = "closing parenthesis '%s' does not match opening parenthesis '%s'" % (c, opening)
            if line != self.line:
                msg += " on line %d" % line
            self.error(msg)

    # -- numbers ----------------------------------------------------------

    def peek(self, k=0):
        j = self.i + k
        return self.src[j] if j < self.n else ""

    def number(self):
        """A number literal, checked as CPython's tokenizer checks it."""
        start = self.i
        if self.peek() == "0" and self.peek(1) in ("x", "X", "o", "O", "b", "B"):
            self.i += 2
            kind = self.src[start + 1].lower()
            if kind == "x":
                self.radix_digits(_HEX, "hexadecimal")
            elif kind == "o":
                self.radix_digits("01234567", "octal")
            else:
                self.radix_digits("01", "binary")
        elif self.peek() == "0":
            self.zero_number(start)
        else:
            self.decimal_tail()
            self.float_tail()
        self.add(NUMBER, start)

    def radix_digits(self, digits, kind):
        """Digits of a 0x/0o/0b literal: groups separated by single
        underscores."""
        while True:
            if self.peek() == "_":
                self.i += 1
            c = self.peek()
            if not c or c not in digits:
                if kind != "hexadecimal" and c.isdigit() and c.isascii():
                    self.i += 1
                    self.error("invalid digit '%s' in %s literal" % (c, kind))
                self.error("invalid %s literal" % kind)
            while self.peek() and self.peek() in digits:
                self.i += 1
            if self.peek() != "_":
                break
        c = self.peek()
        if kind != "hexadecimal" and c.isdigit() and c.isascii():
            self.i += 1
            self.error("invalid digit '%s' in %s literal" % (c, kind))
        self.end_of_number(kind)

    def zero_number(self, start):
        """A literal starting with 0: zeros, or a float, or the error for
        leading zeros."""
        self.i += 1
        while True:
            if self.peek() == "_":
                self.i += 1
                if not self.is_digit():
                    self.error("invalid decimal literal")
            if self.peek() != "0":
                break
            self.i += 1
        zeros_end = self.i
        nonzero = self.is_digit()
        if nonzero:
            self.decimal_tail()
        if self.peek() in (".", "e", "E", "j", "J"):
            self.float_tail()
        elif nonzero:
            self.error("leading zeros in decimal integer literals are not permitted; "
                       "use an 0o prefix for octal integers",
                       col=start - self.line_start + 1,
                       end_col=zeros_end - self.line_start + 1)
        else:
            self.end_of_number("decimal")

    def is_digit(self):
        c = self.peek()
        return c != "" and c in "0123456789"

    def decimal_tail(self):
        """Digits with single underscores between them."""
        while True:
            while self.is_digit():
                self.i += 1
            if self.peek() != "_":
                return
            self.i += 1
            if not self.is_digit():
                self.error("invalid decimal literal")

    def float_tail(self):
        """What may follow the integer part: a fraction, an exponent, an
        imaginary j."""
        if self.peek() == ".":
            self.i += 1
            if self.is_digit():
                self.decimal_tail()
        if self.peek() in ("e", "E"):
            self.i += 1
            if self.peek() in ("+", "-"):
                self.i += 1
                if not self.is_digit():
                    self.error("invalid decimal literal")
            elif not self.is_digit():
                self.i -= 1
                self.end_of_number("decimal")
                return
            self.decimal_tail()
        if self.peek() in ("j", "J"):
            self.i += 1
            self.end_of_number("imaginary")
        else:
            self.end_of_number("decimal")

    def end_of_number(self, kind):
        """CPython's verify_end_of_number: a keyword may follow a number
        directly (`1if x else y`), any other identifier character may not."""
        rest = self.src[self.i:self.i + 3]
        if rest[:2] in ("if", "in", "is"):
            return
        for keyword in ("and", "else", "for", "or", "not"):
            end = self.i + len(keyword)
            if self.src.startswith(keyword, self.i) and not _is_identifier_char(self.src[end:end + 1]):
                return
        if _is_identifier_char(self.peek()):
            self.error("invalid %s literal" % kind)
