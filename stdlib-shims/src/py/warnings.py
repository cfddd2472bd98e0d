"""warnings: issuing warnings and filtering them, as CPython 3.11's module.

warn() finds the warning's place (file, line, module) through _warnings,
looks for the first filter that matches it (action, message regex,
category, module regex, line), and shows it on stderr as
"file:line: Category: message" with the source line under it, or records
it (catch_warnings(record=True)), raises it ("error") or drops it.
"default" shows a warning once per place, "module" once per module,
"once" once anywhere. Registries are per module and reset when the
filters change.

Warnings made by native code (NumPy's "divide by zero encountered ...")
come through _warn_at, located at the script line that ran the operation;
the same filters apply. One made with no Python code running (from a
Rust embedding) comes through _warn_unlocated and shows as
"Category: message".
"""

import sys
import _warnings

_ACTIONS = ("error", "ignore", "always", "all", "default", "module", "once")

filters = []
defaultaction = "default"
_onceregistry = {}
# Per module name: {(text, category, lineno): True, "version": n}.
_registries = {}
_filters_version = 1
# The source lines warn() saw, by (filename, lineno): formatwarning's
# stand-in for CPython's linecache.
_source_lines = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _check_action(action):
    # CPython 3.11 checks its arguments with assert statements.
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))


def _add_filter(action, message, category, module, lineno, append):
    item = (action, message, category, module, lineno)
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: message and module are regular expressions that the
    start of the warning's text (case-insensitively) and module must match."""
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter that matches every message and module."""
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append)


def resetwarnings():
    """Removes every filter (the defaults too)."""
    filters[:] = []
    _filters_mutated()


class WarningMessage:
    """One warning as catch_warnings(record=True) keeps it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes."""
    if filename is None:
        return "%s: %s\n" % (category.__name__, message)
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_lines.get((filename, lineno))
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def _matching_action(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text))
                and issubclass(category, cat)
                and (mod is None or (mod == module if isinstance(mod, str) else mod.match(module)))
                and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def _registry_for(module):
    registry = _registries.get(module)
    if registry is None or registry.get("version") != _filters_version:
        registry = {"version": _filters_version}
        _registries[module] = registry
    return registry


def _emit(message, category, filename, lineno, module):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    registry = _registry_for(module)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = _matching_action(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action == "once":
        registry[key] = True
        oncekey = (text, category)
        if _onceregistry.get(oncekey):
            return
        _onceregistry[oncekey] = True
    elif action == "module":
        registry[key] = True
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = True
    elif action == "default":
        registry[key] = True
    showwarning(message, category, filename, lineno)


def _category_of(message, category):
    if isinstance(message, Warning):
        return message.__class__
    if category is None:
        return UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    return category


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning from the code `stacklevel` calls up (1: the caller)."""
    _warn_at(message, _category_of(message, category), *_warnings.caller(stacklevel))


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning for a place the caller names."""
    category = _category_of(message, category)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    _emit(message, category, filename, lineno, module)


# NumPy's warnings come from C or name their caller (stacklevel=2), so they
# point at the script. taipan's numpy is partly Python: a warning placed in
# it moves out to the innermost frame of code that is not taipan's own.
_NUMPY_SHIM = "<taipan>/numpy"
_NO_FRAME = ("sys", 1, "sys", "")


def _outside_numpy(place):
    if not place[0].startswith(_NUMPY_SHIM):
        return place
    depth = 1
    while True:
        at = tuple(_warnings.caller(depth))
        if at == _NO_FRAME:
            return place
        if not at[0].startswith("<taipan>/"):
            return at
        depth += 1


def _warn_at(message, category, filename, lineno, module, line):
    """A warning at a known place: warn()'s, or one from native code at the
    script line that called it (moved out of taipan's numpy, see above)."""
    if filename is not None and filename.startswith(_NUMPY_SHIM):
        filename, lineno, module, line = _outside_numpy((filename, lineno, module, line))
    if line:
        _source_lines[(filename, lineno)] = line
    _emit(message, category, filename, lineno, module)


def _warn_unlocated(message, category):
    """A warning from native code that no Python code called."""
    _emit(message, category, None, 0, "<native>")


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit;
    with record=True, warnings are appended to the list __enter__ returns
    instead of being shown."""

    def __init__(self, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filters = None
        self._showwarning = None
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global filters, showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters
        filters = filters[:]
        _filters_mutated()
        self._showwarning = showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))

            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global filters, showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters = self._filters
        _filters_mutated()
        showwarning = self._showwarning


# CPython's default filters (a release build without -W or -X dev).
filters.append(("default", None, DeprecationWarning, "__main__", 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))
