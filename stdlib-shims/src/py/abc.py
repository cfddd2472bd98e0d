"""abc for taipan: ABC, abstractmethod and ABCMeta's refusal to
instantiate a class with abstract methods.

taipan has no metaclasses, so `ABC` does ABCMeta's work itself: each
subclass computes its `__abstractmethods__` when it is made (its own
abstract attributes, and those it inherits without overriding them), and
`ABC.__new__` refuses a class that still has some, with CPython 3.11's
message. `class X(metaclass=ABCMeta)` is refused before running, as every
metaclass is: derive from `ABC` instead. `register()` and virtual
subclasses are not provided (isinstance() sees real subclasses only).
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "get_cache_token"]


def abstractmethod(funcobj):
    """Mark a method (or property, classmethod, staticmethod) abstract:
    a subclass of ABC cannot be instantiated until it is overridden."""
    try:
        funcobj.__isabstractmethod__ = True
    except AttributeError:
        pass
    return funcobj


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        accessors = (value.fget, value.fset, getattr(value, "fdel", None))
        return any(getattr(f, "__isabstractmethod__", False) for f in accessors if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def _abstract_names(cls):
    """The abstract methods cls defines or inherits without overriding."""
    names = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                names.add(name)
    return frozenset(names)


class ABC:
    """Base of abstract classes: subclasses with abstract methods left
    cannot be instantiated."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)

    def __new__(cls, *args, **kwargs):
        abstract = getattr(cls, "__abstractmethods__", ())
        if abstract:
            names = sorted(abstract)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return object.__new__(cls)


ABC.__abstractmethods__ = frozenset()

# `ABCMeta` names what CPython's abstract classes are instances of; here
# it is ABC itself (metaclasses are refused before running).
ABCMeta = ABC


def get_cache_token():
    """A token for caches of isinstance() results (constant here: there
    is no register())."""
    return 0
