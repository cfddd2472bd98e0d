"""html.parser for taipan: HTMLParser, as CPython 3.11's.

The parser finds tags, text, comments, declarations and references and
calls the handler methods a subclass overrides (handle_starttag,
handle_endtag, handle_startendtag, handle_data, handle_comment,
handle_decl, handle_pi, handle_entityref, handle_charref, unknown_decl),
with CPython's tolerant rules for malformed markup: the same tag and
attribute patterns, the same chunks of text to handle_data, the raw
content of <script> and <style>, and getpos() positions. The
_markupbase.ParserBase methods it relies on live here (there is no
_markupbase module).
"""

import re
from html import unescape

__all__ = ["HTMLParser"]

_interesting_normal = re.compile("[&<]")
_incomplete = re.compile("&[a-zA-Z#]")
_entityref = re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_charref = re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_starttagopen = re.compile("<[a-zA-Z]")
_piclose = re.compile(">")
_commentclose = re.compile(r"--\s*>")
_markedsectionclose = re.compile(r"]\s*]\s*>")
_msmarkedsectionclose = re.compile(r"]\s*>")
_declname = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_tagfind = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_attrfind = re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*"
    r"('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*")
# Where a start tag ends: the name, then attributes as _attrfind reads
# them, then white space.
_starttag_end = re.compile(
    r"<[a-zA-Z][^\t\n\r\f />\x00]*"
    r"(?:[\s/]*(?:(?<=['\"\s/])[^\s/>][^\s/=>]*"
    r"(?:\s*=+\s*(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*)\s*)?"
    r"(?:\s|/(?!>))*)*)?\s*")
_endendtag = re.compile(">")
_endtagfind = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_space_or_semicolon = re.compile(r"[\s;]")
_ATTR_CONTINUES = "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class ParserBase:
    """What HTMLParser shares with CPython's _markupbase.ParserBase: the
    position in the input, comments and marked sections."""

    def reset(self):
        """Back to line 1, offset 0."""
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """The current (line number, offset)."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Moves the position from index i to index j of the raw data."""
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def parse_comment(self, i, report=1):
        """Reads the comment at i: its end, or -1 while unterminated."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != "<!--":
            raise AssertionError("unexpected call to parse_comment()")
        match = _commentclose.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def parse_marked_section(self, i, report=1):
        """Reads the marked section at i (<![CDATA[...]]>, <![if ...]>):
        its end, or -1 while unterminated."""
        rawdata = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            match = _markedsectionclose.search(rawdata, i + 3)
        elif name in {"if", "else", "endif"}:
            match = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError(
                "unknown status keyword %r in marked section" % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def _scan_name(self, i, declstartpos):
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _declname.match(rawdata, i)
        if not m:
            self.updatepos(declstartpos, i)
            raise AssertionError(
                "expected name token at %r" % rawdata[declstartpos:declstartpos + 20])
        s = m.group()
        if i + len(s) == n:
            return None, -1
        return s.strip().lower(), m.end()

    def unknown_decl(self, data):
        """Called for a marked section; does nothing."""


class HTMLParser(ParserBase):
    """Finds tags and other markup and calls handler methods.

    p = HTMLParser(); p.feed(data); ...; p.close(). With
    convert_charrefs (the default) character references in text are
    decoded and each run of text goes to handle_data whole; without it,
    references go to handle_entityref and handle_charref.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets all unprocessed data."""
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _interesting_normal
        self.cdata_elem = None
        self._starttag_text = None
        ParserBase.reset(self)

    def feed(self, data):
        """Parses as much of the data given so far as is complete."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Parses all remaining data."""
        self.goahead(1)

    def get_starttag_text(self):
        """The source of the last start tag, '<...>'."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        """Treats what follows as the raw text of `elem` up to its end tag."""
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r"</\s*%s\s*>" % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        """Back to parsing markup."""
        self.interesting = _interesting_normal
        self.cdata_elem = None

    def _text(self, text):
        """Hands a run of text to handle_data, its references decoded
        when convert_charrefs (outside <script> and <style>)."""
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def _text_end(self, i, n):
        """Where the text from i ends: the next '<' (or '&' when references
        are not converted); None to wait for more data."""
        rawdata = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            j = rawdata.find("<", i)
            if j >= 0:
                return j
            # A reference may be cut in half at the end: wait for the rest.
            amp = rawdata.rfind("&", max(i, n - 34))
            if amp >= 0 and not _space_or_semicolon.search(rawdata, amp):
                return None
            return n
        match = self.interesting.search(rawdata, i)
        if match:
            return match.start()
        return None if self.cdata_elem else n

    def goahead(self, end):
        """Parses the raw data; all of it when `end`."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._text_end(i, n)
            if j is None:
                break
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith("<", i):
                k = self._markup(i, n, end)
                if k is None:
                    break
                i = self.updatepos(i, k)
                continue
            i, go_on = self._reference(i, n, end)
            if not go_on:
                break
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _markup(self, i, n, end):
        """Parses the markup at i ('<'): where it ends, or None to wait."""
        rawdata = self.rawdata
        if _starttagopen.match(rawdata, i):
            k = self.parse_starttag(i)
        elif rawdata.startswith("</", i):
            k = self.parse_endtag(i)
        elif rawdata.startswith("<!--", i):
            k = self.parse_comment(i)
        elif rawdata.startswith("<?", i):
            k = self.parse_pi(i)
        elif rawdata.startswith("<!", i):
            k = self.parse_html_declaration(i)
        elif i + 1 < n:
            self.handle_data("<")
            k = i + 1
        else:
            return None
        if k >= 0:
            return k
        if not end:
            return None
        # Unterminated at the end of the input: it is text.
        k = rawdata.find(">", i + 1)
        if k < 0:
            k = rawdata.find("<", i + 1)
            if k < 0:
                k = i + 1
        else:
            k += 1
        self._text(rawdata[i:k])
        return k

    def _reference(self, i, n, end):
        """Parses the reference at i ('&', with references not
        converted): where parsing goes on, and whether it goes on."""
        rawdata = self.rawdata
        if rawdata.startswith("&#", i):
            match = _charref.match(rawdata, i)
            if match:
                self.handle_charref(match.group()[2:-1])
                return self._after_reference(i, match.end()), True
            if ";" in rawdata[i:]:
                # Not a reference: '&#' is text.
                self.handle_data(rawdata[i:i + 2])
                return self.updatepos(i, i + 2), False
            return i, False
        match = _entityref.match(rawdata, i)
        if match:
            self.handle_entityref(match.group(1))
            return self._after_reference(i, match.end()), True
        match = _incomplete.match(rawdata, i)
        if match:
            # Maybe a reference the next data completes; at the end,
            # CPython drops its '&' and passes the rest on as text.
            if end and match.group() == rawdata[i:]:
                return self.updatepos(i, i + 1), False
            return i, False
        if i + 1 < n:
            self.handle_data("&")
            return self.updatepos(i, i + 1), True
        return i, False

    def _after_reference(self, i, k):
        """Moves past a reference that ended at k (one less when the
        character that ended it was not its ';')."""
        if not self.rawdata.startswith(";", k - 1):
            k = k - 1
        return self.updatepos(i, k)

    def parse_html_declaration(self, i):
        """Reads the declaration at i ('<!'): its end, or -1."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] == "<!--":
            return self.parse_comment(i)
        if rawdata[i:i + 3] == "<![":
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == "<!doctype":
            gtpos = rawdata.find(">", i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """Reads '<!...>' or '</...>' that is no tag as a comment."""
        rawdata = self.rawdata
        pos = rawdata.find(">", i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        """Reads the processing instruction at i ('<?'): its end, or -1."""
        rawdata = self.rawdata
        match = _piclose.search(rawdata, i + 2)
        if not match:
            return -1
        self.handle_pi(rawdata[i + 2:match.start()])
        return match.end()

    def parse_starttag(self, i):
        """Reads the start tag at i: its end, or -1 while incomplete."""
        self._starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self._starttag_text = rawdata[i:endpos]
        match = _tagfind.match(rawdata, i + 1)
        k = match.end()
        self.lasttag = tag = match.group(1).lower()
        attrs = []
        while k < endpos:
            m = _attrfind.match(rawdata, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        tail = rawdata[k:endpos].strip()
        if tail not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if tail.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends, or -1 while it may go on."""
        rawdata = self.rawdata
        j = _starttag_end.match(rawdata, i).end()
        following = rawdata[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            return -1
        if following == "" or following in _ATTR_CONTINUES:
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        """Reads the end tag at i ('</'): its end, or -1 while incomplete."""
        rawdata = self.rawdata
        match = _endendtag.search(rawdata, i + 1)
        if not match:
            return -1
        gtpos = match.end()
        match = _endtagfind.match(rawdata, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            namematch = _tagfind.match(rawdata, i + 2)
            if not namematch:
                if rawdata[i:i + 3] == "</>":
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = namematch.group(1).lower()
            gtpos = rawdata.find(">", namematch.end())
            self.handle_endtag(tagname)
            return gtpos + 1
        elem = match.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag <tag/>: handle_starttag, then handle_endtag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        """Called for a start tag (lowercase name, (name, value) pairs)."""

    def handle_endtag(self, tag):
        """Called for an end tag."""

    def handle_charref(self, name):
        """Called for '&#NNN;' when references are not converted."""

    def handle_entityref(self, name):
        """Called for '&name;' when references are not converted."""

    def handle_data(self, data):
        """Called for text."""

    def handle_comment(self, data):
        """Called for a comment."""

    def handle_decl(self, decl):
        """Called for a <!DOCTYPE ...> declaration."""

    def handle_pi(self, data):
        """Called for a processing instruction <?...>."""
