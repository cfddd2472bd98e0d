"""contextvars for taipan: ContextVar, Token, Context and copy_context.

Each thread has its own current context, and a new thread starts with an
empty one, as in CPython 3.11 (a pool's tasks do not see the submitting
thread's values either). `Context.run(f)` makes a context current while f
runs; the values f sets stay in that context. Contexts are mutable
mappings inside (CPython's are immutable snapshots), which only shows if
a Context is read while run() is changing it.
"""

import _thread

__all__ = ["Context", "ContextVar", "Token", "copy_context"]

_threads = _thread.LocalCore()
_MISSING = object()


def _current():
    """The calling thread's current context data (var -> value)."""
    state = _threads.dict()[0]
    data = state.get("data")
    if data is None:
        data = state["data"] = {}
    return data


class Context:
    """A mapping of ContextVars to their values; run() makes it current."""

    def __init__(self, _data=None):
        self._data = {} if _data is None else _data
        self._entered = False

    def run(self, callable, *args, **kwargs):
        """Calls callable(*args, **kwargs) with this context current."""
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        state = _threads.dict()[0]
        saved = state.get("data")
        state["data"] = self._data
        self._entered = True
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            state["data"] = saved

    def copy(self):
        """A new context with the same values."""
        return Context(dict(self._data))

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())


def copy_context():
    """A copy of the calling thread's current context."""
    return Context(dict(_current()))


class Token:
    """What ContextVar.set() returns, for reset(): the variable and the
    value it had before (Token.MISSING when it had none)."""

    MISSING = _MISSING

    def __init__(self, context_data, var, old_value):
        self._data = context_data
        self._var = var
        self._old_value = old_value
        self._used = False

    var = property(lambda self: self._var)
    old_value = property(lambda self: self._old_value)

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at 0x%x>" % (used, self._var, id(self))


class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    name = property(lambda self: self._name)

    def get(self, *args):
        """The value in the current context, else the given default, else
        the variable's default; LookupError without any."""
        if len(args) > 1:
            raise TypeError("get() takes at most 1 argument (%d given)" % len(args))
        data = _current()
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; returns a Token."""
        data = _current()
        token = Token(data, self, data.get(self, _MISSING))
        data[self] = value
        return token

    def reset(self, token):
        """Restores the value the variable had before set() made token."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        data = _current()
        if token._data is not data:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        if token._old_value is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        default = ""
        if self._default is not _MISSING:
            default = " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at 0x%x>" % (self._name, default, id(self))


# CPython's classes come from the C module _contextvars.
for _cls in (Context, ContextVar, Token):
    _cls.__module__ = "_contextvars"
del _cls
