"""traceback for taipan: format and print exceptions and the call stack
as CPython 3.11 does.

The entries come from the VM (`_traceback`): an exception's traceback
object (`exc.__traceback__`) and the stack of the running code. Where it
differs from CPython 3.11:
- no `^^^^` markers under the part of a line that failed (taipan's
  tracebacks carry lines, not columns); CPython prints them when the
  failing expression is only part of its line;
- frames are not objects: `walk_tb`, `walk_stack`, `StackSummary.extract`
  and `capture_locals` are not provided, and the `f` argument of the
  stack functions must be None;
- lines of taipan's own standard-library modules show as
  `<taipan>/module.py`.
"""

import sys
import _traceback

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_list", "print_stack", "print_tb",
           "FrameSummary", "StackSummary", "TracebackException"]

_CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n"

# A run of identical entries (runaway recursion) shows this many, then a count.
_RECURSIVE_CUTOFF = 3

_sentinel = object()


def _source_line(filename, lineno):
    """Line lineno of the file, or "" when it cannot be read."""
    try:
        with open(filename) as source:
            for number, text in enumerate(source, 1):
                if number == lineno:
                    return text
    except (OSError, UnicodeError):
        pass
    return ""


class FrameSummary:
    """One entry of a traceback or stack: filename, lineno, name and the
    text of the line. Unpacks and compares as that 4-tuple."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals",
                 "_marks")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self._marks = None
        if lookup_line:
            self.line

    @property
    def line(self):
        """The text of the line, stripped (read from the file if not given)."""
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)


def _limited(entries, limit, innermost_first_cut):
    """The entries (outermost first) a limit keeps: with a positive limit,
    that many from the innermost end of the walk CPython makes (the start
    of a traceback, the end of a stack); a negative one counts from the
    other end."""
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if innermost_first_cut:
        return entries[len(entries) - limit:] if limit > 0 else entries[:-limit] if limit < 0 else []
    return entries[:limit] if limit >= 0 else entries[limit:]


def _summaries(entries):
    """FrameSummary objects of the VM's (filename, lineno, name, line,
    marks) entries; marks is the line of ^ under the source line."""
    result = []
    for f, n, name, text, marks in entries:
        summary = FrameSummary(f, n, name, lookup_line=False, line=text)
        summary._marks = marks
        result.append(summary)
    return result


class StackSummary(list):
    """A list of FrameSummary entries, outermost first."""

    @classmethod
    def from_list(cls, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno,
        name, line) tuples."""
        result = cls()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines for one entry: where, then the source line."""
        text = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += "    {}\n".format(frame_summary.line)
            if frame_summary._marks:
                text += frame_summary._marks + "\n"
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += "    {} = {}\n".format(name, value)
        return text

    def format(self):
        """One string per entry, with runs of identical entries cut short
        as CPython does."""
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key != last:
                result.extend(_repeated_note(count))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(self.format_frame_summary(frame))
        result.extend(_repeated_note(count))
        return result


def _repeated_note(count):
    """The note for the entries of a run of count left out."""
    more = count - _RECURSIVE_CUTOFF
    if more <= 0:
        return []
    return ["  [Previous line repeated {} more time{}]\n".format(more, "s" if more > 1 else "")]


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return "<{} {}() failed>".format(what, func.__name__)


def _final_line(type_name, value):
    text = _safe_string(value, "exception")
    if value is None or not text:
        return "{}\n".format(type_name)
    return "{}: {}\n".format(type_name, text)


class TracebackException:
    """An exception made ready for formatting: its traceback entries
    (`stack`), its type, its text, and the exceptions chained to it."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.stack = StackSummary(_summaries(_limited(_traceback.entries(exc_traceback), limit, False)))
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, "filename", None)
            lineno = getattr(exc_value, "lineno", None)
            self.lineno = str(lineno) if lineno is not None else None
            self.text = getattr(exc_value, "text", None)
            self.offset = getattr(exc_value, "offset", None)
            self.end_offset = getattr(exc_value, "end_offset", None)
            self.msg = getattr(exc_value, "msg", None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is None:
            return
        chained = dict(limit=limit, compact=compact, _seen=_seen)
        cause = exc_value.__cause__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **chained)
        context = exc_value.__context__
        wanted = not compact or (self.__cause__ is None and not self.__suppress_context__)
        if wanted and context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                  **chained)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exc and its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type == other.exc_type and self._str == other._str
                    and self.stack == other.stack and self.__cause__ == other.__cause__
                    and self.__context__ == other.__context__)
        return NotImplemented

    def __str__(self):
        return self._str

    def _type_name(self):
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            name = module + "." + name
        return name

    def format_exception_only(self):
        """The lines naming the exception (several for a SyntaxError, and
        one per line of its notes)."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        type_name = self._type_name()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(type_name)
        else:
            yield _final_line(type_name, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, "note")
                for line in note.split("\n"):
                    yield line + "\n"
        elif notes is not None:
            yield _safe_string(notes, "__notes__", func=repr) + "\n"

    def _format_syntax_error(self, type_name):
        suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = " ({})".format(self.filename)
        if self.text is not None:
            stripped = self.text.rstrip("\n")
            shown = stripped.lstrip(" \n\f")
            indent = len(stripped) - len(shown)
            yield "    {}\n".format(shown)
            if self.offset is not None:
                yield from self._caret_line(shown, indent)
        yield "{}: {}{}\n".format(type_name, self.msg or "<no detail available>", suffix)

    def _caret_line(self, shown, indent):
        start = self.offset
        end = self.end_offset if self.end_offset not in (None, 0) else start
        if start == end or end == -1:
            end = start + 1
        first = start - 1 - indent
        if first >= 0:
            pad = "".join(c if c.isspace() else " " for c in shown[:first])
            yield "    {}{}\n".format(pad, "^" * (end - 1 - indent - first))

    def format(self, *, chain=True):
        """The lines of the report, chained exceptions first."""
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield _CAUSE_MESSAGE
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield _CONTEXT_MESSAGE
        if self.stack:
            yield "Traceback (most recent call last):\n"
            yield from self.stack.format()
        yield from self.format_exception_only()


def _value_and_tb(exc, value, tb):
    """The exception and traceback meant by the 1- and 3-argument forms."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError("Exception expected for value, %s found" % type(exc).__name__)
        return exc, exc.__traceback__
    return value, tb


def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines CPython prints for an exception: format_exception(exc) or
    format_exception(type, value, tb)."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception's traceback to file (sys.stderr by default)."""
    _print_lines(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a traceback: the exception's type and text."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _handled():
    """The exception being handled, or None."""
    return sys.exc_info()[1]


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    return "".join(format_exception(_handled(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the traceback of the exception being handled."""
    print_exception(_handled(), limit=limit, file=file, chain=chain)


def extract_tb(tb, limit=None):
    """The entries of a traceback object, outermost first."""
    return StackSummary(_summaries(_limited(_traceback.entries(tb), limit, False)))


def format_tb(tb, limit=None):
    """One string per entry of a traceback object."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the entries of a traceback object."""
    _print_lines(format_tb(tb, limit=limit), file)


def format_list(extracted_list):
    """One string per entry of a list of FrameSummary objects or tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print a list of entries as format_list() formats them."""
    _print_lines(format_list(extracted_list), file)


def _no_frame(f):
    if f is not None:
        raise TypeError("taipan has no frame objects: call without f")


def extract_stack(f=None, limit=None):
    """The entries of the running code's stack, ending with the line that
    called this."""
    _no_frame(f)
    return StackSummary(_summaries(_limited(_traceback.stack(), limit, True)))


def format_stack(f=None, limit=None):
    """One string per entry of the running code's stack."""
    _no_frame(f)
    return StackSummary(_summaries(_limited(_traceback.stack(), limit, True))).format()


def print_stack(f=None, limit=None, file=None):
    """Print the running code's stack, ending with the line that called this."""
    _no_frame(f)
    stack = StackSummary(_summaries(_limited(_traceback.stack(), limit, True)))
    _print_lines(stack.format(), file)


def clear_frames(tb):
    """Nothing to clear: taipan's tracebacks hold no frames."""
