"""logging for taipan: loggers, handlers, formatters and filters, as
CPython 3.11's logging module.

Provided: the levels (DEBUG ... CRITICAL, NOTSET, getLevelName,
addLevelName, getLevelNamesMapping), getLogger() with the dotted
hierarchy, propagation and the root logger, Logger, LoggerAdapter,
LogRecord (setLogRecordFactory), Formatter with the '%', '{' and '$'
styles, Filter, Handler, StreamHandler (stderr by default), FileHandler,
NullHandler, basicConfig() (level, format, datefmt, style, stream,
filename, filemode, encoding, errors, handlers, force), the module-level
debug() ... critical(), log() and exception() (which call basicConfig()
first when the root logger has no handlers), disable(), lastResort (with
no handler anywhere, a WARNING or worse record is written to stderr as
its bare message) and shutdown().

Differences from CPython:
- exc_info=True (and exception()) and stack_info=True append the
  traceback as the traceback module formats it.
- captureWarnings(), logging.config and logging.handlers are not
  provided; processName is always "MainProcess".
- Threads: the module's state is guarded by an RLock, as in CPython.
  Code that a worker thread (a pool, a Thread target) runs gets its own,
  unconfigured copy of this module, so logging.warning(...) or a logger
  it fetches there goes to lastResort (the bare message on stderr) and
  drops INFO and DEBUG records. Work that names a logger made in the main
  thread shares it, which freezes it with its ancestors, their handlers
  and the logging configuration: the worker's records then go through
  those handlers (a handler on sys.stdout or sys.stderr holds the stream
  by name, so it can be shared and writes to the current sys.stdout or
  sys.stderr; CPython keeps the stream object), but from then on the main
  thread cannot getLogger() a new name, setLevel(), addHandler() or
  addLevelName() (TypeError: frozen); a handler holding an open file
  (FileHandler) cannot be shared at all (TypeError when the work is
  handed over), and one writing to an io.StringIO reports
  "--- Logging error ---" because the frozen StringIO cannot be written.
  Configure logging fully before starting a pool.
"""

import os
import sys
import threading
import time
import re
import _traceback

# Frames of this file are skipped when a record looks for its caller.
_srcfile = "<taipan>/logging.py"

__version__ = "0.5.1.2"
__all__ = ["BASIC_FORMAT", "CRITICAL", "DEBUG", "ERROR", "FATAL", "FileHandler",
           "Filter", "Formatter", "Handler", "INFO", "LogRecord", "Logger",
           "LoggerAdapter", "NOTSET", "NullHandler", "StreamHandler", "WARN",
           "WARNING", "addLevelName", "basicConfig", "critical", "debug",
           "disable", "error", "exception", "fatal", "getLevelName", "getLogger",
           "getLoggerClass", "info", "log", "makeLogRecord", "setLoggerClass",
           "shutdown", "warn", "warning", "getLogRecordFactory",
           "setLogRecordFactory", "lastResort", "raiseExceptions",
           "getLevelNamesMapping"]

# When True, errors while emitting a record are reported on stderr.
raiseExceptions = True

_startTime = time.time()

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: "CRITICAL",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "INFO",
    DEBUG: "DEBUG",
    NOTSET: "NOTSET",
}
_nameToLevel = {
    "CRITICAL": CRITICAL,
    "FATAL": FATAL,
    "ERROR": ERROR,
    "WARN": WARNING,
    "WARNING": WARNING,
    "INFO": INFO,
    "DEBUG": DEBUG,
    "NOTSET": NOTSET,
}

# Guards the module's shared state: the level tables, the logger
# hierarchy and the root logger's handlers during basicConfig().
_lock = threading.RLock()


def getLevelNamesMapping():
    """A copy of the mapping from level names to level numbers."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, or
    "Level N" for a number that has no name."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Names the level number `level` levelName (both ways)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    """The level number for an int or a registered level name."""
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


def _format_exception_only(exc_type, exc):
    """The last line of a traceback for exc: "module.Type: message"."""
    name = exc_type.__qualname__
    module = exc_type.__module__
    if module not in ("__main__", "builtins"):
        name = module + "." + name
    try:
        text = str(exc)
    except Exception:
        text = "<exception str() failed>"
    return name + ": " + text if text else name


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------


class LogRecord:
    """One logged event: the message with its arguments and where and when
    it was made."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        self.thread = threading.get_ident()
        self.threadName = threading.current_thread().name
        self.processName = "MainProcess"
        self.process = os.getpid()

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in by %."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Sets the callable that makes LogRecords (LogRecord's signature)."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable that makes LogRecords."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes are set from a dict."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------


class PercentStyle:
    """Formats with fmt % record.__dict__."""

    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"
    validation_pattern = re.compile(
        r"%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]", re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        """Whether the format refers to asctime."""
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """ValueError unless the format names at least one field."""
        if not self.validation_pattern.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
            return values
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        """The formatted record; a missing field is a ValueError."""
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)


class StrFormatStyle(PercentStyle):
    """Formats with fmt.format(**record.__dict__)."""

    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"
    _field = re.compile(r"(?<!\{)\{(\w+)")

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """ValueError unless the format names at least one field."""
        if not self._field.search(self._fmt):
            raise ValueError("invalid format: no fields")


class StringTemplateStyle(PercentStyle):
    """Formats as string.Template(fmt).substitute(record.__dict__)."""

    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"
    _pattern = re.compile(r"\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\})")

    def usesTime(self):
        """Whether the format refers to asctime."""
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        """ValueError unless the format names at least one field."""
        for m in self._pattern.finditer(self._fmt):
            if m.group(2) or m.group(3):
                return
        raise ValueError("invalid format: no fields")

    def _format(self, record):
        values = self._values(record)

        def substitute(m):
            if m.group(1):
                return "$"
            return str(values[m.group(2) or m.group(3)])

        return self._pattern.sub(substitute, self._fmt)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


class Formatter:
    """Turns a LogRecord into text: fmt (default "%(message)s") in one of
    the styles '%', '{' or '$', with asctime formatted by datefmt."""

    converter = time.localtime
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """record.created as local time, by datefmt (time.strftime) or as
        "YYYY-mm-dd HH:MM:SS,mmm"."""
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """The traceback text for an exc_info tuple, without the final newline."""
        import traceback
        text = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        """Whether the format refers to asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        """The format applied to the record's attributes."""
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The text for stack_info, as given."""
        return stack_info

    def format(self, record):
        """Sets record.message (and asctime), formats the record and appends
        the exception text, if any."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------


class Filter:
    """Lets through the records of the logger `name` and its descendants
    (every record when name is empty)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """Whether record comes from this filter's logger or below it."""
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == "."


class Filterer:
    """What loggers and handlers share: a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        """Adds a filter (an object with filter(record), or a callable)."""
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        """Removes a filter, if present."""
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False as soon as one filter rejects record, else True."""
        for f in self.filters:
            if hasattr(f, "filter"):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# ---------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------

class Handler(Filterer):
    """Sends records somewhere; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self.createLock()

    def get_name(self):
        """The handler's name."""
        return self._name

    def set_name(self, name):
        """Sets the handler's name."""
        self._name = name

    name = property(get_name, set_name)

    def createLock(self):
        """Makes the lock that serialises emit()."""
        self.lock = threading.RLock()

    def acquire(self):
        """Takes the handler's lock."""
        if self.lock:
            self.lock.acquire()

    def release(self):
        """Releases the handler's lock."""
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """Sets the lowest level this handler emits."""
        self.level = _checkLevel(level)

    def format(self, record):
        """The record as text, by this handler's formatter or the default."""
        fmt = self.formatter or _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        """Sends the record; subclasses must define it."""
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Emits record under the lock if the filters pass it; returns
        whether they did."""
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        """Sets the formatter."""
        self.formatter = fmt

    def flush(self):
        """Flushes output; nothing to do here."""

    def close(self):
        """Tidies up; nothing to do here."""

    def handleError(self, record):
        """Reports an exception raised in emit() on stderr (when
        raiseExceptions is set): its last line, the message and arguments."""
        t, v, _tb = sys.exc_info()
        if raiseExceptions and sys.stderr:
            try:
                sys.stderr.write("--- Logging error ---\n")
                if t is not None:
                    sys.stderr.write(_format_exception_only(t, v) + "\n")
                try:
                    sys.stderr.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
                except Exception:
                    sys.stderr.write("Unable to print the message and arguments"
                                     " - possible formatting error.\nUse the"
                                     " traceback above to help find the error.\n")
            except OSError:
                pass

    def __repr__(self):
        return "<%s (%s)>" % (self.__class__.__name__, getLevelName(self.level))


class _StdStream:
    """What a handler holds for sys.stdout or sys.stderr: the stream's name,
    looked up in sys at each write. A file cannot be shared with worker
    threads, a name can; a worker writes to its own thread's stream."""

    def __init__(self, name):
        self.name = name


class StreamHandler(Handler):
    """Writes each formatted record and terminator ("\\n") to a stream
    (sys.stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    @property
    def stream(self):
        """The stream records are written to."""
        held = self._stream
        if isinstance(held, _StdStream):
            return getattr(sys, held.name)
        return held

    @stream.setter
    def stream(self, stream):
        if stream is sys.stdout:
            stream = _StdStream("stdout")
        elif stream is sys.stderr:
            stream = _StdStream("stderr")
        self._stream = stream

    def flush(self):
        """Flushes the stream, if it can be."""
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        """Writes the formatted record and the terminator, then flushes."""
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Replaces the stream (flushing the old one); returns the old one,
        or None when stream is already the one in use."""
        if stream is self.stream:
            return None
        with self.lock:
            result = self.stream
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        name = str(getattr(self.stream, "name", ""))
        if name:
            name += " "
        return "<%s %s(%s)>" % (self.__class__.__name__, name, getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes records to a file, opened at once (or at the first record
    when delay is true)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        self._closed = False
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        """Opens baseFilename with the handler's mode and encoding."""
        if "b" in self.mode:
            return open(self.baseFilename, self.mode)
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def close(self):
        """Flushes and closes the file."""
        with self.lock:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        stream.close()
            finally:
                StreamHandler.close(self)
                self._closed = True

    def emit(self, record):
        """Opens the file if delayed, then writes the record."""
        if self.stream is None:
            if self.mode != "w" or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return "<%s %s (%s)>" % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """lastResort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        """sys.stderr, looked up at each use."""
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """A handler that does nothing (for libraries)."""

    def handle(self, record):
        """Drops the record."""

    def emit(self, record):
        """Drops the record."""

    def createLock(self):
        """A NullHandler needs no lock."""
        self.lock = None


# ---------------------------------------------------------------------------
# Loggers
# ---------------------------------------------------------------------------


class PlaceHolder:
    """Stands in the hierarchy for a dotted name that has no logger yet,
    holding the loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        """Adds a logger below this name."""
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


class Manager:
    """Keeps the loggers by name and links each to its nearest ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        """The logger called name, made (and linked in) on first use."""
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        with _lock:
            rv = self.loggerDict.get(name)
            if isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
            elif rv is None:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        """Sets the class this manager makes loggers with."""
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        """Sets the record factory for this manager."""
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Links alogger to its nearest existing ancestor, leaving
        placeholders for the missing names in between."""
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while i > 0 and rv is None:
            substr = name[:i]
            obj = self.loggerDict.get(substr)
            if obj is None:
                self.loggerDict[substr] = PlaceHolder(alogger)
            elif isinstance(obj, Logger):
                rv = obj
            else:
                obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if rv is None:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        """Makes alogger the parent of the loggers a placeholder held whose
        parent was above it."""
        name = alogger.name
        for c in ph.loggerMap.keys():
            if not c.parent.name.startswith(name):
                alogger.parent = c.parent
                c.parent = alogger


class Logger(Filterer):
    """A named channel for messages; its records go to its handlers and,
    while propagate is true, to its ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        """Sets the lowest level this logger passes on."""
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        """Logs msg % args at DEBUG."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Logs msg % args at INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Logs msg % args at WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        """Deprecated spelling of warning()."""
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Logs msg % args at ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs msg % args at ERROR with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Logs msg % args at CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        """Logs msg % args at the level number `level`."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(pathname, lineno, funcName, stack text) of the code that logged:
        the stacklevel-th frame outside this module, going outwards."""
        frames = _traceback.stack()
        at = len(frames)
        while stacklevel > 0 and at > 0:
            at -= 1
            if frames[at][0] != _srcfile:
                stacklevel -= 1
        if at == len(frames):
            return "(unknown file)", 0, "(unknown function)", None
        filename, lineno, name = frames[at][0], frames[at][1], frames[at][2]
        sinfo = None
        if stack_info:
            import traceback
            lines = traceback.StackSummary(traceback._summaries(frames[:at + 1])).format()
            sinfo = ("Stack (most recent call last):\n" + "".join(lines)).rstrip("\n")
        return filename, lineno, name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """A LogRecord, with the items of extra set as attributes."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        """Makes a record and handles it."""
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Passes record to the handlers unless disabled or filtered out."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Adds a handler (once)."""
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        """Removes a handler, if present."""
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has a handler."""
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        """Gives record to the handlers of this logger and of its ancestors
        up to the first that does not propagate; to lastResort if none."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level of the first logger from this one up that has one."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record at `level` would be processed."""
        if self.disabled:
            return False
        if self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        """The logger "<this name>.<suffix>"."""
        if self.root is not self:
            suffix = ".".join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


def setLoggerClass(klass):
    """Sets the class getLogger() makes new loggers with."""
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger() makes new loggers with."""
    return _loggerClass


class LoggerAdapter:
    """Wraps a logger, adding `extra` to every record it logs (override
    process() to change how)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """Sets kwargs["extra"] to the adapter's extra."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        """Logs at DEBUG through the wrapped logger."""
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Logs at INFO through the wrapped logger."""
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Logs at WARNING through the wrapped logger."""
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Logs at ERROR through the wrapped logger."""
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs at ERROR with the exception being handled."""
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Logs at CRITICAL through the wrapped logger."""
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Processes msg and kwargs, then logs through the wrapped logger."""
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        """Whether the wrapped logger processes `level`."""
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        """Sets the wrapped logger's level."""
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        """The wrapped logger's effective level."""
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        """Whether the wrapped logger has handlers to reach."""
        return self.logger.hasHandlers()

    @property
    def manager(self):
        """The wrapped logger's manager."""
        return self.logger.manager

    @property
    def name(self):
        """The wrapped logger's name."""
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def getLogger(name=None):
    """The logger called name (the root logger when name is None or
    "root")."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


# ---------------------------------------------------------------------------
# Configuration and the module-level shortcuts
# ---------------------------------------------------------------------------


def basicConfig(**kwargs):
    """Gives the root logger a handler (a StreamHandler, or a FileHandler
    for filename=, or the handlers given) with a Formatter, unless it has
    one already (force=True removes and closes the old ones first)."""
    with _lock:
        force = kwargs.pop("force", False)
        encoding = kwargs.pop("encoding", None)
        errors = kwargs.pop("errors", "backslashreplace")
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            elif "stream" in kwargs or "filename" in kwargs:
                raise ValueError("'stream' or 'filename' should not be "
                                 "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", "a")
                if filename:
                    if "b" in mode:
                        errors = None
                    elif encoding is None:
                        encoding = "utf-8"
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    h = StreamHandler(kwargs.pop("stream", None))
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", "%")
            if style not in _STYLES:
                raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                raise ValueError("Unrecognised argument(s): %s" % ", ".join(kwargs.keys()))


def critical(msg, *args, **kwargs):
    """Logs at CRITICAL on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    """Logs at ERROR on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Logs at ERROR on the root logger with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Logs at WARNING on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    """Deprecated spelling of warning()."""
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Logs at INFO on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Logs at DEBUG on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Logs at `level` on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drops every record at `level` or below, whatever the loggers say."""
    root.manager.disable = level


def shutdown(handlerList=None):
    """Flushes and closes the handlers (by default those of the root logger
    and of every logger getLogger() made), the last first; errors are
    ignored."""
    if handlerList is None:
        handlerList = list(root.handlers)
        for logger in list(root.manager.loggerDict.values()):
            if isinstance(logger, Logger):
                handlerList.extend(h for h in logger.handlers if h not in handlerList)
    for h in reversed(handlerList):
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            finally:
                h.release()
        except (OSError, ValueError):
            pass
