"""abc for taipan: ABC, abstractmethod, register(), __subclasshook__ and
update_abstractmethods.

taipan has no metaclasses, so `ABC` does ABCMeta's work itself:
- each subclass computes its `__abstractmethods__` when it is made (its
  own abstract attributes, and those it inherits without overriding
  them), and `ABC.__new__` refuses a class that still has some, with
  CPython 3.11's message;
- `isinstance()` and `issubclass()` ask an ABC through the interpreter's
  class hooks `__class_instancecheck__` and `__class_subclasscheck__`
  (standing in for the metaclass's `__instancecheck__` and
  `__subclasscheck__`) when the class is not a real base: the ABC's
  `__subclasshook__`, then the classes `register()`ed with it, then its
  subclasses decide, as ABCMeta does.
`class X(metaclass=ABCMeta)` makes X derive from `ABC` (the VM adds the
base), so `type(X)` is `type` where CPython says `ABCMeta`.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "update_abstractmethods",
           "get_cache_token"]


def abstractmethod(funcobj):
    """Mark a method (or property, classmethod, staticmethod) abstract:
    a subclass of ABC cannot be instantiated until it is overridden."""
    try:
        funcobj.__isabstractmethod__ = True
    except AttributeError:
        pass
    return funcobj


def abstractclassmethod(callable):
    """The deprecated spelling of @classmethod over @abstractmethod (a
    plain classmethod here, not a subclass of it)."""
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    """The deprecated spelling of @staticmethod over @abstractmethod (a
    plain staticmethod here)."""
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """The deprecated spelling of @property over @abstractmethod (a plain
    property here: taipan's property cannot be subclassed)."""
    if fget is not None:
        abstractmethod(fget)
    return property(fget, fset, fdel, doc)


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


# Bumped by every register(), which can turn a cached "no" into a "yes".
_registrations = [0]


class _AbcState:
    """What one ABC keeps for isinstance()/issubclass(): the classes
    registered with it, its direct subclasses, and the answers so far."""

    def __init__(self):
        self.registry = []
        self.subclasses = []
        self.cache = {}
        self.version = _registrations[0]

    def cached(self, subclass):
        """The answer known for subclass, or None."""
        if self.version != _registrations[0]:
            return None
        return self.cache.get(subclass)

    def remember(self, subclass, answer):
        """Keep an answer. A class shared with worker threads is frozen:
        it then answers afresh each time instead."""
        try:
            if self.version != _registrations[0]:
                self.cache.clear()
                self.version = _registrations[0]
            self.cache[subclass] = answer
        except TypeError:
            pass


def _decide(cls, subclass):
    """Whether subclass counts as a subclass of the ABC cls (which is not
    one of its real bases)."""
    answer = cls.__subclasshook__(subclass)
    if answer is not NotImplemented:
        return bool(answer)
    state = cls._abc_state
    for registered in state.registry:
        if issubclass(subclass, registered):
            return True
    for child in state.subclasses:
        if issubclass(subclass, child):
            return True
    return False


class ABC:
    """Base of abstract classes: subclasses with abstract methods left
    cannot be instantiated, and classes may count as subclasses through
    register() and __subclasshook__."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_state = _AbcState()
        for base in cls.__bases__:
            if "_abc_state" in base.__dict__:
                base._abc_state.subclasses.append(cls)

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("%s() takes no arguments" % cls.__name__)
        abstracts = getattr(cls, "__abstractmethods__", ())
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC (isinstance() and
        issubclass() then say so); returns it, to serve as a decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_state.registry.append(subclass)
        _registrations[0] += 1
        return subclass

    @classmethod
    def __subclasshook__(cls, subclass):
        """Whether subclass counts as a subclass (True or False), or
        NotImplemented to leave it to register() and real subclassing."""
        return NotImplemented

    @classmethod
    def __class_subclasscheck__(cls, subclass):
        """issubclass(subclass, cls) where cls is not a real base."""
        state = cls._abc_state
        answer = state.cached(subclass)
        if answer is None:
            answer = _decide(cls, subclass)
            state.remember(subclass, answer)
        return answer

    @classmethod
    def __class_instancecheck__(cls, instance):
        """isinstance(instance, cls) where cls is not a real base of its class."""
        return cls.__class_subclasscheck__(type(instance))


ABC.__abstractmethods__ = frozenset()
ABC._abc_state = _AbcState()

# `ABCMeta` names what CPython's abstract classes are instances of; here
# it is ABC itself, which `metaclass=ABCMeta` makes a base.
ABCMeta = ABC


def get_cache_token():
    """A token that changes whenever a class is register()ed, for caches
    of isinstance() results."""
    return _registrations[0]
