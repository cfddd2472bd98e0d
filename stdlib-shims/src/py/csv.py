"""csv for taipan: reading and writing comma-separated values, as CPython
3.11's csv module.

Provided: reader() and writer() with every dialect parameter (delimiter,
quotechar, escapechar, doublequote, skipinitialspace, lineterminator,
quoting with QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC and QUOTE_NONE,
strict), DictReader, DictWriter, Error, the Dialect class and the excel,
excel_tab and unix_dialect dialects, register_dialect, unregister_dialect,
get_dialect, list_dialects and field_size_limit. A reader takes a file
object or any iterable of lines; quoted fields may hold delimiters,
doubled or escaped quotes and line breaks.

Differences from CPython: no Sniffer; the parser is written in Python, so
it is much slower than CPython's C one on big files; DictWriter's error
for unknown fields lists them in the dict's order (CPython's order is a
set's).
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "field_size_limit", "DictReader", "DictWriter",
           "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    """Raised for malformed input and for rows that cannot be written."""


def _char_param(name, value, allow_none):
    """Checks a one-character dialect parameter."""
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        expected = "string or None" if allow_none else "string"
        raise TypeError('"%s" must be %s, not %s' % (name, expected, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """A checked, complete set of formatting parameters (what CPython's
    _csv.Dialect holds): built from a dialect and keyword overrides."""

    def __init__(self, dialect=None, **fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def param(name, default):
            if name in fmtparams:
                return fmtparams.pop(name)
            if dialect is not None:
                return getattr(dialect, name, default)
            return default

        delimiter = param("delimiter", ",")
        doublequote = param("doublequote", True)
        escapechar = param("escapechar", None)
        lineterminator = param("lineterminator", "\r\n")
        quotechar_given = "quotechar" in fmtparams
        quotechar = param("quotechar", '"')
        quoting_given = "quoting" in fmtparams
        quoting = param("quoting", QUOTE_MINIMAL)
        skipinitialspace = param("skipinitialspace", False)
        strict = param("strict", False)
        if fmtparams:
            name = next(iter(fmtparams))
            raise TypeError("'%s' is an invalid keyword argument for Dialect()" % name)

        self.delimiter = _char_param("delimiter", delimiter, False)
        self.escapechar = _char_param("escapechar", escapechar, True)
        self.quotechar = _char_param("quotechar", quotechar, True)
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator
        if not isinstance(quoting, int) or isinstance(quoting, bool):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar_given and quotechar is None and not quoting_given:
            quoting = QUOTE_NONE
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        self.quoting = quoting
        self.doublequote = bool(doublequote)
        self.skipinitialspace = bool(skipinitialspace)
        self.strict = bool(strict)


class Dialect:
    """Describes a CSV format by its class attributes; subclass it and set
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator and quoting. Instances of subclasses are checked."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Excel's CSV: comma-separated, double-quoted, CRLF line ends."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated format."""

    delimiter = "\t"


class unix_dialect(Dialect):
    """Unix-style CSV: every field quoted, LF line ends."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    """Registers a dialect under name, from a dialect and/or keywords."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Forgets the dialect registered under name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """The dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


def field_size_limit(*args):
    """Returns the largest field the parser accepts; sets a new limit when
    one is given."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# The reader's states (those of CPython's parser).
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

# Stands for the end of a line in the parser (no character equals it).
_EOL = None


class _Reader:
    """Iterates over the records of an iterable of lines, as lists of
    fields; line_num counts the lines read so far."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _end_field(self, c):
        """Ends a field at a delimiter, line break or end of line."""
        self._save_field()
        if c is _EOL:
            self._state = _START_RECORD
        elif c == "\n" or c == "\r":
            self._state = _EAT_CRNL
        else:
            self._state = _START_FIELD

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._end_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                self._state = _START_FIELD
            elif c == d.delimiter:
                self._end_field(c)
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == "\n" or c == "\r" or c == d.delimiter:
                self._end_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                return
            if c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c is _EOL or c == "\n" or c == "\r" or c == d.delimiter:
                self._end_field(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c != "\n" and c != "\r":
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def _split_simple(self, line):
        """The fields of a line that holds no quote, escape or inner line
        break (split at the delimiters), or None for any other line."""
        d = self.dialect
        body = line.rstrip("\r\n")
        if ("\r" in body or "\n" in body
                or (d.quotechar is not None and d.quoting != QUOTE_NONE and d.quotechar in body)
                or (d.escapechar is not None and d.escapechar in body)
                or (d.skipinitialspace and d.delimiter == " ")):
            return None
        if not body:
            return []
        fields = body.split(d.delimiter)
        for i, field in enumerate(fields):
            if d.skipinitialspace:
                field = field.lstrip(" ")
            if len(field) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
            if field and d.quoting == QUOTE_NONNUMERIC:
                field = float(field)
            fields[i] = field
        return fields

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            self.line_num += 1
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            if self._state == _START_RECORD:
                fields = self._split_simple(line)
                if fields is not None:
                    return fields
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def _is_number(v):
    t = type(v)
    return hasattr(t, "__index__") or hasattr(t, "__int__") or hasattr(t, "__float__")


class _Writer:
    """Writes rows to a file-like object, formatted by a dialect."""

    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect

    def _quote(self, field, quoted, only_field):
        """The text of one field, quoted or escaped as the dialect needs."""
        d = self.dialect
        if field is None:
            text = ""
        elif isinstance(field, str):
            text = field
        else:
            text = str(field)
        out = []
        for c in text:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if only_field and not out:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        if quoted:
            return d.quotechar + "".join(out) + d.quotechar
        return "".join(out)

    def writerow(self, row):
        """Writes one row (an iterable of fields) and the line terminator;
        returns what the file's write() returned."""
        d = self.dialect
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            parts.append(self._quote(field, quoted, len(fields) == 1))
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """Writes each row of an iterable of rows."""
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect="excel", **fmtparams):
    """A reader over csvfile (a file object or any iterable of lines)
    yielding each record as a list of strings."""
    lines = iter(csvfile)
    return _Reader(lines, _Dialect(dialect, **fmtparams))


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer whose writerow()/writerows() write delimited text to
    csvfile (anything with a write() method)."""
    if not hasattr(csvfile, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(csvfile, _Dialect(dialect, **fmtparams))


class DictReader:
    """Reads records as dicts keyed by fieldnames (by default the first
    record); extra values go in a list under restkey, missing ones are
    restval. Blank records are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        """The keys: given, or read from the first record on first use."""
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames; missing keys are
    written as restval, unknown keys raise ValueError (extrasaction
    "raise") or are dropped ("ignore")."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Writes the field names as a row."""
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        """Writes one dict as a row."""
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        """Writes each dict of an iterable as a row."""
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)
