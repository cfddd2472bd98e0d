"""abc for taipan: ABC, abstractmethod, update_abstractmethods and
get_cache_token.

taipan has no metaclasses, so `ABC` does the work of CPython's ABCMeta
itself. When a subclass of ABC is created, its `__init_subclass__`
computes the class's `__abstractmethods__` (a frozenset): the attributes
it defines that are abstract, and the abstract ones it inherits without
overriding them. `ABC.__new__` refuses to instantiate a class whose set is
not empty, with CPython 3.11's message ("Can't instantiate abstract class
Foo with abstract methods bar, baz").

What differs from CPython:
- `ABCMeta` is not provided (`class X(metaclass=ABCMeta)` is refused
  before running, as every metaclass is): derive from `ABC` instead.
- `register()`, virtual subclasses and `__subclasshook__` are not
  provided: isinstance() and issubclass() see real subclasses only.
- Only subclasses of ABC refuse instantiation; a plain class with
  `@abstractmethod` methods can be instantiated (as in CPython).
- The deprecated `abstractproperty`, `abstractclassmethod` and
  `abstractstaticmethod` are not provided: stack `@abstractmethod` under
  `@property`, `@classmethod` or `@staticmethod`.
"""

__all__ = ["ABC", "abstractmethod", "update_abstractmethods", "get_cache_token"]


def abstractmethod(funcobj):
    """Mark a method abstract: a subclass of ABC that does not override it
    cannot be instantiated. Put it innermost when combining it with
    property, classmethod or staticmethod."""
    try:
        funcobj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        inner = getattr(funcobj, "__func__", None)
        if inner is None:
            raise
        inner.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    """Whether a class attribute is abstract: marked by abstractmethod,
    or a property, classmethod or staticmethod wrapping such a function."""
    if isinstance(value, property):
        for accessor in (value.fget, value.fset, getattr(value, "fdel", None)):
            if accessor is not None and getattr(accessor, "__isabstractmethod__", False):
                return True
        return False
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, "__isabstractmethod__", False))
    try:
        return bool(getattr(value, "__isabstractmethod__", False))
    except Exception:
        return False


_MISSING = object()


def _lookup(cls, name):
    """The attribute `name` as stored in the first class of cls's MRO
    that defines it (without binding it), or _MISSING."""
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return _MISSING


def _compute_abstracts(cls):
    """The frozenset of names of cls's abstract methods."""
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = _lookup(cls, name)
            if value is not _MISSING and _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recompute the `__abstractmethods__` of an abstract class after
    methods were added to it or removed from it; return cls. Classes that
    are not subclasses of ABC are returned unchanged."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC:
    """Base class of abstract classes: a subclass that still has abstract
    methods (its own, or inherited and not overridden) cannot be
    instantiated."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("%s() takes no arguments" % cls.__name__)
        abstracts = getattr(cls, "__abstractmethods__", ())
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return object.__new__(cls)


ABC.__abstractmethods__ = frozenset()


def get_cache_token():
    """A token that changes when virtual subclasses are registered; as
    there is no register() here, it is constant."""
    return 0
