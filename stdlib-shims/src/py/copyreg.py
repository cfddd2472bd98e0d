"""copyreg for taipan: the helpers pickle and copy name in reductions
(_reconstructor, __newobj__, __newobj_ex__), the registry of reduction
functions (dispatch_table, pickle()), the extension registry, and the
default reduction of an object (what CPython's object.__reduce_ex__
returns), which taipan's objects do not carry as a method."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# Reduction functions registered with pickle(): {type: function}.
dispatch_table = {}

# The extension registry: {(module, name): code}, {code: (module, name)},
# and {code: object} once loaded.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can serve as a constructor (it is callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    """Rebuild an instance of cls reduced by protocols 0 and 1: base is
    the builtin class the value comes from (object for plain classes)."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    """cls.__new__(cls, *args): the callable NEWOBJ stands for."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """cls.__new__(cls, *args, **kwargs): the callable NEWOBJ_EX stands for."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The attribute names of the __slots__ of cls and its bases (private
    names mangled), without __dict__ and __weakref__."""
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


_MISSING = object()


def _own_method(obj, name):
    """obj's bound method `name` when its class defines one (a method
    object itself has none of the hooks), else None."""
    cls = type(obj)
    hook = getattr(cls, name, None)
    if hook is None or hook is getattr(object, name, None):
        return None
    return getattr(obj, name)


def _builtin_base(cls):
    """The first builtin class in cls's MRO (object for plain classes)."""
    for base in cls.__mro__:
        if base.__module__ == "builtins":
            return base
    return object


def _declares_slots(cls):
    """Whether a class in cls's MRO (object aside) declares __slots__."""
    for klass in cls.__mro__:
        if klass is not object and "__slots__" in klass.__dict__:
            return True
    return False


def _getstate(obj):
    """obj's state: its class's __getstate__() when it defines one, else
    the instance dict (None if empty), paired with a dict of slot values
    when it has any (CPython's object.__getstate__)."""
    getstate = _own_method(obj, "__getstate__")
    if getstate is not None:
        return getstate()
    cls = type(obj)
    state = getattr(obj, "__dict__", _MISSING)
    if state is _MISSING:
        if _builtin_base(cls) is cls or not _declares_slots(cls):
            # A builtin object, with no state a reduction could name.
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = None
    state = state or None
    slots = {}
    for name in _slotnames(cls):
        value = getattr(obj, name, _MISSING)
        if value is not _MISSING:
            slots[name] = value
    if slots:
        return (state, slots)
    return state


def _reduce_ex(self, proto):
    """The reduction of self for protocols 0 and 1:
    (_reconstructor, (cls, base, base_value)[, state])."""
    cls = type(self)
    base = _builtin_base(cls)
    if base is object:
        value = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        value = base(self)
    if _own_method(self, "__getstate__") is None and _slotnames(cls):
        raise TypeError("a class that defines __slots__ without defining "
                        "__getstate__ cannot be pickled with protocol %d" % proto)
    state = _getstate(self)
    if state:
        return _reconstructor, (cls, base, value), state
    return _reconstructor, (cls, base, value)


def _newargs(obj):
    """The (args, kwargs) that __new__ needs to make obj again: from
    __getnewargs_ex__ or __getnewargs__, else the value of a subclass of
    an immutable builtin."""
    hook = _own_method(obj, "__getnewargs_ex__")
    if hook is not None:
        args, kwargs = hook()
        return tuple(args), dict(kwargs)
    hook = _own_method(obj, "__getnewargs__")
    if hook is not None:
        return tuple(hook()), {}
    for base in (int, float, str, bytes, tuple):
        if isinstance(obj, base) and type(obj) is not bool:
            return (base(obj),), {}
    return (), {}


def _reduce_newobj(obj):
    """The reduction of obj for protocols 2 and up: __newobj__ (or
    __newobj_ex__ when __new__ takes keywords), the state, and the items
    of a list or dict subclass."""
    cls = type(obj)
    args, kwargs = _newargs(obj)
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + args, state, listitems, dictitems)


def _reduce_builtin(obj):
    """The reduction CPython's builtin classes define for obj (exceptions,
    range, slice), or None."""
    if isinstance(obj, BaseException):
        state = getattr(obj, "__dict__", None)
        if state:
            return (type(obj), obj.args, state)
        return (type(obj), obj.args)
    if type(obj) in (range, slice):
        return (type(obj), (obj.start, obj.stop, obj.step))
    return None


def _reduce_object(obj, proto):
    """What obj.__reduce_ex__(proto) returns in CPython: the class's own
    __reduce_ex__ or __reduce__ when it defines one, else the default."""
    reduce_ex = _own_method(obj, "__reduce_ex__")
    if reduce_ex is not None:
        return reduce_ex(proto)
    reduce = _own_method(obj, "__reduce__")
    if reduce is not None:
        return reduce()
    reduced = _reduce_builtin(obj)
    if reduced is not None:
        return reduced
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def add_extension(module, name, code):
    """Register the extension code for the global module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister the extension code for module.name."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget the objects loaded for extension codes."""
    _extension_cache.clear()
