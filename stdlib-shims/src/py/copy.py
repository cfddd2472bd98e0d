"""copy for taipan: shallow and deep copies of objects.

copy(x) and deepcopy(x) follow CPython's protocol: immutable atomic values
are returned as they are; lists, dicts, sets and bytearrays are copied
directly; a class may define __copy__() or __deepcopy__(memo); any other
object is taken apart by its reduction (__reduce_ex__(4) or __reduce__()
when its class defines one, else the default one below) and rebuilt, its
state going through __setstate__ when the class defines it.

deepcopy's memo maps id(original) to its copy, so shared references stay
shared and cycles are copied as cycles; it also keeps the originals alive
(under id(memo)) so that their ids are not reused while it is in use.
"""

import copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    """Raised for objects that cannot be copied."""


error = Error

_MISSING = object()

_FUNCTION = type(lambda: None)


class _Probe:
    def method(self):
        """A method, to name the type of bound methods."""


_METHOD = type(_Probe().method)

# Values of these exact types are their own copies (shallow and deep).
_ATOMIC = {
    type(None), bool, int, float, str, bytes, range, property,
    type(...), type(NotImplemented), type(len), _FUNCTION,
}

# Immutable values that are their own shallow copies only.
_IMMUTABLE = {tuple, frozenset, slice, _METHOD}

# Mutable builtins whose shallow copy is x.copy().
_HAS_COPY = {list, dict, set, bytearray}


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls in _IMMUTABLE or isinstance(x, type):
        return x
    if cls in _HAS_COPY:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reduced = _reduce(x)
    if isinstance(reduced, str):
        return x
    return _reconstruct(x, None, *reduced)


def deepcopy(x, memo=None):
    """Return a deep copy of x: the objects it refers to are copied too,
    each once (memo maps id(original) to copy)."""
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _MISSING)
    if y is not _MISSING:
        return y
    if cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is _METHOD:
        y = _deepcopy_method(x, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reduced = _reduce(x)
            if isinstance(reduced, str):
                y = x
            else:
                y = _reconstruct(x, memo, *reduced)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # Copying the items may have copied x itself (a cycle through a list).
    done = memo.get(id(x), _MISSING)
    if done is not _MISSING:
        return done
    for original, copied in zip(x, items):
        if original is not copied:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    """A method of a Python function is bound to a deep copy of its
    __self__ (looked up by name there: taipan cannot build a method
    object); a method of a builtin object is its own copy."""
    if type(x.__func__) is not _FUNCTION:
        return x
    return getattr(deepcopy(x.__self__, memo), x.__func__.__name__)


def _keep_alive(x, memo):
    """Keep x alive as long as memo: ids are only unique among live objects."""
    kept = memo.get(id(memo))
    if kept is None:
        memo[id(memo)] = [x]
    else:
        kept.append(x)


def _reduce(x):
    """x's reduction: a string, or a tuple (callable, args[, state[,
    listitems[, dictitems]]]) from which _reconstruct rebuilds x."""
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    cls = type(x)
    if isinstance(x, BaseException):
        return (cls, x.args, x.__dict__ or None)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), getattr(x, "__dict__", None) or None)
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), getattr(x, "__dict__", None) or None)
    if cls is slice:
        return (slice, (x.start, x.stop, x.step))
    if cls.__module__ == "builtins":
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    args = (cls,)
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        # What __new__ needs to make it again (a namedtuple's fields).
        args = (cls,) + tuple(getnewargs())
    else:
        for base in (int, float, str, bytes, tuple):
            if isinstance(x, base):
                args = (cls, base(x))
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_new_instance, args, _getstate(x), listitems, dictitems)


def _getstate(x):
    """x.__getstate__() when its class defines one; else the instance dict
    (None if empty), paired with a dict of slot values when x has any."""
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        return getstate()
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for name in copyreg._slotnames(type(x)):
        value = getattr(x, name, _MISSING)
        if value is not _MISSING:
            slots[name] = value
    if slots:
        return (state, slots)
    return state


def _new_instance(cls, *args):
    """cls.__new__(cls, *args): a new instance of cls whose __init__ has
    not run (args seed the value of a subclass of an immutable builtin)."""
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args, state=None, listitems=None, dictitems=None):
    """Rebuild a copy of x from its reduction; deep when memo is not None."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
