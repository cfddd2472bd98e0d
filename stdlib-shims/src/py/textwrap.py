"""textwrap for taipan: wrapping and filling paragraphs, as CPython 3.11's
textwrap module.

Provided: TextWrapper (width, initial_indent, subsequent_indent,
expand_tabs, tabsize, replace_whitespace, fix_sentence_endings,
break_long_words, drop_whitespace, break_on_hyphens, max_lines,
placeholder) and the functions wrap, fill, shorten, dedent and indent.
Text is split into words, runs of whitespace and hyphenated word parts
by the same rules as CPython's, so lines break in the same places.
"""

import re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The characters that count as whitespace here (not every Unicode space,
# as in CPython: a no-break space does not separate words).
_whitespace = "\t\n\x0b\x0c\r "


def _build_word_splitter():
    """The pattern whose groups split text into chunks when hyphens may
    break words: runs of whitespace, em-dashes ("--") between words, and
    words, a hyphenated word ending after each hyphen that stands between
    letters."""
    ws = "[\t\n\x0b\x0c\r ]"
    not_ws = "[^\t\n\x0b\x0c\r ]"
    punct = "[\\w!\"'&.,?]"
    letter = "[^\\d\\W]"
    hyphen_break = ("-(?:(?<=" + letter + "{2}-)|(?<=" + letter + "-" + letter + "-))"
                    "(?=" + letter + "-?" + letter + ")")
    word = (not_ws + "+?(?:" + hyphen_break
            + "|(?=" + ws + "|\\Z)"
            + "|(?<=" + punct + ")(?=-{2,}\\w))")
    em_dash = "(?<=" + punct + ")-{2,}(?=\\w)"
    return re.compile("(" + ws + "+|" + em_dash + "|" + word + ")")


_word_splitter = _build_word_splitter()
_whitespace_splitter = re.compile("([\t\n\x0b\x0c\r ]+)")
_sentence_end = re.compile("[a-z][.!?][\"']?\\Z")


class TextWrapper:
    """Wraps text into lines of at most `width` characters; the options
    are attributes that may be changed between calls."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expands tabs and turns each whitespace character into a space,
        as the options say."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace[:-1]:
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        """The chunks of text: words (and parts of hyphenated words) and
        runs of whitespace."""
        splitter = _word_splitter if self.break_on_hyphens else _whitespace_splitter
        return [chunk for chunk in splitter.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Puts two spaces after each sentence end (a lowercase letter, then
        . ! or ?, then maybe a quote) that one space follows."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Fits (part of) a chunk longer than a line onto the current line:
        broken at the space left (after a hyphen if one fits), or whole on
        an empty line when long words may not be broken."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lays chunks out into lines (without newlines)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == "":
                chunks.pop()
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not cur_line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1
                                           and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and cur_len <= width)):
                lines.append(indent + "".join(cur_line))
                continue
            self._end_with_placeholder(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _end_with_placeholder(self, lines, cur_line, cur_len, indent, width):
        """Ends the output at max_lines: the placeholder goes after the last
        word that leaves room for it, on this line or the one before."""
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + "".join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            cur_line.pop()
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return chunks

    def wrap(self, text):
        """The lines of text, wrapped (a list of str without newlines)."""
        return self._wrap_chunks(self._split_chunks(text))

    def fill(self, text):
        """The text wrapped, its lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps text into lines of at most width characters (TextWrapper's
    keyword options apply)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps text and joins the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates text to fit width, ending with
    the placeholder (" [...]") when words had to go."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the leading spaces and tabs common to every line that is
    not blank; lines of only spaces and tabs become empty."""
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped:
            lines[i] = ""
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        else:
            n = 0
            while n < len(margin) and n < len(lead) and margin[n] == lead[n]:
                n += 1
            margin = margin[:n]
    if margin:
        lines = [line[len(margin):] for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Puts prefix before each line of text for which predicate(line) is
    true (by default: lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
