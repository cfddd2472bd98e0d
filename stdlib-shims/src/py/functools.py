"""functools for taipan: reduce, partial, partialmethod, wraps,
update_wrapper, cmp_to_key, total_ordering, lru_cache, cache,
singledispatch and singledispatchmethod.

An lru_cache wrapper may be shared with worker threads: its contents live
per thread (each thread keeps its own entries, with CPython's identity
semantics inside a thread), and cache_info() counts every thread's hits
and misses. Contents are invisible to what the program computes.
"""

import _functools
from abc import get_cache_token
from types import MethodType as _MethodType

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: its name, docstring, module and
    annotations, and the attributes in its __dict__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        source = getattr(wrapped, attr, {})
        if attr == "__dict__":
            # A function's __dict__ is a copy in taipan: set each item.
            for key, value in source.items():
                setattr(wrapper, key, value)
        else:
            getattr(wrapper, attr).update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class _Missing:
    def __repr__(self):
        return "<missing>"


_initial_missing = _Missing()


def reduce(function, iterable, initial=_initial_missing):
    """reduce(function, iterable[, initial]) -> value"""
    it = iter(iterable)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """partial(func, *args, **keywords): func with some arguments fixed."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)


class partialmethod:
    """partialmethod(func, /, *args, **keywords): a method descriptor
    that fixes some arguments of func, which may be a function, a
    classmethod or staticmethod, another descriptor, or any callable
    (called with the instance first).

    Looked up on an instance it gives a partial object calling func bound
    to the instance (a classmethod: to the class) with the fixed arguments;
    looked up on the class, a plain function taking the instance first.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{}.{}({}, {}, {})".format(self.__class__.__module__,
                                          self.__class__.__qualname__,
                                          self.func, args, keywords)

    def _make_unbound_method(self):
        """A function taking the instance (or class) first, then the
        fixed arguments, then the caller's."""
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        descriptor_get = getattr(self.func, "__get__", None)
        if descriptor_get is not None:
            bound = descriptor_get(obj, cls)
            if bound is not self.func:
                # func bound itself (a function to obj, a classmethod to
                # the class): fix the arguments after that.
                result = partial(bound, *self.args, **self.keywords)
                if hasattr(bound, "__self__"):
                    result.__self__ = bound.__self__
                return result
        # func is no descriptor, or binding left it as it was (looked up on
        # the class): a function taking the instance first, bound as any.
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        """Whether the callable it wraps is abstract."""
        return getattr(self.func, "__isabstractmethod__", False)

    @classmethod
    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_CONVERT = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if op in cls.__dict__]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


class cached_property:
    """A method computed once per instance, then kept in the instance's
    __dict__ (which wins over this non-data descriptor from then on)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property.") from None
        if self.attrname in cache:
            return cache[self.attrname]
        value = self.func(instance)
        cache[self.attrname] = value
        return value


class _CacheInfo:
    """What cache_info() returns (a named tuple in CPython)."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))

    def __getitem__(self, i):
        return (self.hits, self.misses, self.maxsize, self.currsize)[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % (
            self.hits, self.misses, self.maxsize, self.currsize)


class _lru_cache_wrapper:
    """A function with a cache of its results."""

    def __init__(self, func, maxsize, typed):
        self._cache = _functools.Cache(maxsize, typed)
        update_wrapper(self, func)

    def __call__(self, *args, **kwargs):
        key = self._cache.key(args, kwargs)
        found, value = self._cache.get(key)
        if found:
            return value
        value = self.__wrapped__(*args, **kwargs)
        self._cache.put(key, value)
        return value

    def __get__(self, obj, objtype=None):
        # A bound method, as CPython gives: its attributes (cache_info,
        # cache_clear, __wrapped__) are the wrapper's.
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        hits, misses, maxsize, currsize = self._cache.info()
        return _CacheInfo(hits, misses, maxsize, currsize)

    def cache_clear(self):
        self._cache.clear()

    def cache_parameters(self):
        return {"maxsize": self._cache.info()[2], "typed": self._cache.typed()}


def lru_cache(maxsize=128, typed=False):
    """Decorator: cache up to maxsize of the most recent results."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    """Unbounded cache: lru_cache(maxsize=None)."""
    return _lru_cache_wrapper(user_function, None, False)


# ---------------------------------------------------------------------------
# singledispatch

def _union_members(cls):
    """The members of `int | str` or `typing.Union[int, str]`, or None for
    anything else."""
    if type(cls).__name__ == "UnionType" and type(cls).__module__ == "types":
        return cls.__args__
    if getattr(cls, "_name", None) == "Union" and hasattr(cls, "__args__"):
        return cls.__args__
    return None


def _is_dispatch_type(cls):
    """Whether cls can be registered: a class, or a union of classes."""
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(m, type) for m in members)


def _annotated_class(func):
    """The class func's first annotation names (as CPython's register()
    reads it through get_type_hints()), with its parameter's name."""
    argname, cls = next(iter(func.__annotations__.items()))
    if cls is None:
        cls = type(None)
    elif isinstance(cls, str):
        # A forward reference, or `from __future__ import annotations`.
        import typing
        argname, cls = next(iter(typing.get_type_hints(func).items()))
    if not _is_dispatch_type(cls):
        if _union_members(cls) is not None:
            raise TypeError("Invalid annotation for %r. %r not all arguments are classes."
                            % (argname, cls))
        raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
    return cls


def _most_derived_first(classes):
    """classes ordered so that a subclass comes before its bases (otherwise
    in the given order)."""
    pending = list(classes)
    ordered = []
    while pending:
        for cls in pending:
            if not any(other is not cls and issubclass(other, cls) for other in pending):
                break
        pending.remove(cls)
        ordered.append(cls)
    return ordered


def _dispatch_mro(cls, registered):
    """cls's MRO with the registered ABCs it is only a virtual subclass of
    put in: each after the last class of the MRO that is a subclass of it."""
    real = list(cls.__mro__)
    after = {}
    for abc in registered:
        if abc in real or not issubclass(cls, abc):
            continue
        last = 0
        for index, klass in enumerate(real):
            if klass is not object and issubclass(klass, abc):
                last = index
        after.setdefault(last, []).append(abc)
    mro = []
    for index, klass in enumerate(real):
        mro.append(klass)
        mro.extend(_most_derived_first(after.get(index, ())))
    return mro


def _find_impl(cls, registry):
    """The implementation registered for the first class of cls's dispatch
    MRO that has one (RuntimeError when two unrelated ABCs tie)."""
    match = None
    real = cls.__mro__
    for klass in _dispatch_mro(cls, registry):
        if match is not None:
            if (klass in registry and klass not in real and match not in real
                    and not issubclass(match, klass)):
                raise RuntimeError("Ambiguous dispatch: %s or %s" % (match, klass))
            break
        if klass in registry:
            match = klass
    return registry.get(match)


class _Dispatcher:
    """What a singledispatch function keeps: the implementations by class,
    and the choices made so far (forgotten when register() is called, here
    or on an ABC)."""

    def __init__(self, func):
        self.registry = {object: func}
        self.cache = {}
        self.token = get_cache_token()

    def dispatch(self, cls):
        """The implementation for an argument of class cls."""
        token = get_cache_token()
        impl = self.cache.get(cls) if self.token == token else None
        if impl is None:
            impl = self.registry.get(cls)
            if impl is None:
                impl = _find_impl(cls, self.registry)
            try:
                if self.token != token:
                    self.cache.clear()
                    self.token = token
                self.cache[cls] = impl
            except TypeError:
                pass  # shared with worker threads, hence frozen: decide afresh
        return impl

    def register(self, cls, func=None):
        """register(cls, func): add func for cls (a class or a union); with
        no func, a decorator; with a function annotated on its first
        parameter, register it for that class."""
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: self.register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. %r is not a class "
                                "or union type." % (cls,))
            if not getattr(cls, "__annotations__", None):
                raise TypeError("Invalid first argument to `register()`: %r. Use either "
                                "`@register(some_class)` or plain `@register` on an "
                                "annotated function." % (cls,))
            func = cls
            cls = _annotated_class(func)
        members = _union_members(cls)
        for klass in (cls,) if members is None else members:
            self.registry[klass] = func
        self.cache.clear()
        return func


def singledispatch(func):
    """Make func a generic function dispatching on the class of its first
    argument: add implementations with .register(cls) (or on a function
    whose first parameter is annotated); .dispatch(cls) names the one
    chosen, .registry holds them all."""
    dispatcher = _Dispatcher(func)
    funcname = getattr(func, "__name__", "singledispatch function")

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatcher.dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = dispatcher.register
    wrapper.dispatch = dispatcher.dispatch
    wrapper.registry = dispatcher.registry
    wrapper._clear_cache = dispatcher.cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _bind(method, obj, cls):
    """method as looked up on obj (or on cls when obj is None)."""
    if isinstance(method, staticmethod):
        return method.__func__
    if isinstance(method, classmethod):
        return partial(method.__func__, cls)
    if hasattr(method, "__get__"):
        return method.__get__(obj, cls)
    if obj is None:
        return method
    return partial(method, obj)


class singledispatchmethod:
    """A method dispatching on the class of its first argument after self
    (or cls): singledispatch for methods, static and class methods."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Add an implementation, as singledispatch's register() does."""
        if isinstance(cls, (staticmethod, classmethod)) and method is None:
            return self.dispatcher.register(_annotated_class(cls.__func__), cls)
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            return _bind(dispatch(args[0].__class__), obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        inner = self.func.__func__ if isinstance(self.func, (staticmethod, classmethod)) else self.func
        update_wrapper(_method, inner)
        return _method

    @property
    def __isabstractmethod__(self):
        """Whether the method it wraps is abstract."""
        return getattr(self.func, "__isabstractmethod__", False)
