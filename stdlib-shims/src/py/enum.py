"""enum for taipan: Enum, IntEnum, StrEnum, auto and unique.

CPython builds enum members with a metaclass, which taipan does not have.
Here `Enum.__init_subclass__` makes the members of each enum class from its
plain attributes, in definition order, and sets them on the class (an enum
class that overrides `__init_subclass__` must call the base's).

Works as in CPython: `.name`, `.value`, `repr()` (`<Color.RED: 1>`),
`str()`, `format()`, lookup by value and by name, aliases, `_missing_`,
`__members__` (a plain dict here), `auto()`, `unique`, IntEnum and
StrEnum members comparing equal to their values, identity and hashing,
members with an `__init__` taking the value's items, the functional form
`Enum('Color', 'RED GREEN')`.

`for m in Color`, `list(Color)`, `len(Color)`, `m in Color`,
`reversed(Color)` and the class repr `<enum 'Color'>` come from
classmethods the interpreter calls on the class in place of a
metaclass's methods (`__class_iter__` and the like). `1 in Color` raises
CPython 3.11's TypeError without its DeprecationWarning.

Needs a metaclass, so not provided: protection against reassigning
members, and a custom `__new__` in an enum class. Flag and IntFlag are
not provided.
"""


class auto:
    """Stands for a member value computed by `_generate_next_value_`."""

    def __repr__(self):
        return "auto(...)"


def _is_descriptor(obj):
    """Functions, properties, class/static methods and nested classes are
    attributes of the enum class, not members."""
    return (isinstance(obj, (type, property, classmethod, staticmethod, type(_is_descriptor)))
            or hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__"))


def _is_member_name(cls, name):
    if name.startswith("__") and name.endswith("__"):
        return False
    if len(name) > 2 and name[0] == "_" and name[-1] == "_":
        return False
    return not name.startswith("_" + cls.__name__.lstrip("_") + "__")


def _member_items(cls):
    """The (name, value) pairs of the class body that become members."""
    return [(name, value) for name, value in cls.__dict__.items()
            if _is_member_name(cls, name) and not _is_descriptor(value)]


def _data_type(cls):
    """The builtin value type an enum mixes in (int for IntEnum), or object."""
    for base in cls.__mro__:
        if base in (int, str, float):
            return base
    return object


def _setup(cls, items):
    """Create the members of cls from (name, value) pairs."""
    for base in cls.__mro__[1:]:
        if base.__dict__.get("_member_names_"):
            raise TypeError(cls.__name__ + ": cannot extend enumeration " + repr(base.__name__))
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    data_type = _data_type(cls)
    if data_type is not object:
        _prefer_enum_methods(cls, data_type)
    custom_init = cls.__init__ is not Enum.__init__
    last_values = []
    for name, value in items:
        if isinstance(value, auto):
            value = cls._generate_next_value_(name, 1, len(cls._member_names_), last_values[:])
        args = value if isinstance(value, tuple) else (value,)
        if data_type is object:
            member = object.__new__(cls)
            member._value_ = value
        else:
            member = data_type.__new__(cls, *args)
            member._value_ = data_type(*args)
        if custom_init:
            member.__init__(*args)
        member._name_ = name
        last_values.append(value)
        existing = _find_by_value(cls, member._value_)
        if existing is not None:
            member = existing
        else:
            cls._member_names_.append(name)
            try:
                cls._value2member_map_[member._value_] = member
            except TypeError:
                pass
        cls._member_map_[name] = member
        setattr(cls, name, member)
    cls.__members__ = dict(cls._member_map_)


def _prefer_enum_methods(cls, data_type):
    """In `class Color(int, Enum)` the int methods come first in the MRO;
    lookup, repr, str and format must still be the enum's."""
    for name in ("__new__", "__init__", "__repr__", "__str__", "__format__"):
        for base in cls.__mro__:
            if name in base.__dict__:
                if base is data_type:
                    setattr(cls, name, Enum.__dict__[name])
                break


def _find_by_value(cls, value):
    try:
        return cls._value2member_map_.get(value)
    except TypeError:
        for name in cls._member_names_:
            if cls._member_map_[name]._value_ == value:
                return cls._member_map_[name]
        return None


def _create(base, name, names, module, qualname, start):
    """The functional form: `Enum('Color', 'RED GREEN BLUE')`."""
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, dict):
        items = list(names.items())
    else:
        names = list(names)
        if names and isinstance(names[0], str):
            last = []
            items = []
            for count, member_name in enumerate(names):
                value = base._generate_next_value_(member_name, start, count, last[:])
                last.append(value)
                items.append((member_name, value))
        else:
            items = [tuple(pair) for pair in names]

    class _Functional(base):
        pass
    _Functional.__name__ = name
    _Functional.__qualname__ = qualname or name
    _Functional.__module__ = module or "__main__"
    _setup(_Functional, items)
    return _Functional


_MISSING = object()


class Enum:
    """Base of enumerations: members are its instances, one per name."""

    def __init_subclass__(cls, **kwargs):
        _setup(cls, _member_items(cls))

    def __new__(cls, value, names=_MISSING, *, module=None, qualname=None, type=None, start=1):
        if names is not _MISSING:
            if "_member_names_" in cls.__dict__ and cls._member_names_:
                raise TypeError(cls.__name__ + ": cannot extend enumeration " + repr(cls.__name__))
            return _create(cls, value, names, module, qualname, start)
        if isinstance(value, cls):
            return value
        member = _find_by_value(cls, value)
        if member is not None:
            return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        error = ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        if result is not None:
            raise TypeError("error in " + cls.__name__ + "._missing_: returned "
                            + repr(result) + " instead of None or a valid member") from error
        raise error

    def __init__(self, *args, **kwargs):
        pass

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    # The class protocols CPython's EnumType metaclass gives, through
    # taipan's class-protocol hooks (see vm/src/interp/class_protocol.rs).

    @classmethod
    def __class_iter__(cls):
        return iter([cls._member_map_[name] for name in cls.__dict__.get("_member_names_", [])])

    @classmethod
    def __class_reversed__(cls):
        return reversed([cls._member_map_[name] for name in cls.__dict__.get("_member_names_", [])])

    @classmethod
    def __class_len__(cls):
        return len(cls.__dict__.get("_member_names_", []))

    @classmethod
    def __class_contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'EnumType'"
                            % type(member).__qualname__)
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @classmethod
    def __class_repr__(cls):
        return "<enum %r>" % cls.__name__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last value, else start."""
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        """Called when lookup by value fails; may return a member."""
        return None

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_

    def __repr__(self):
        data_type = _data_type(type(self))
        value_repr = repr if data_type is object else data_type.__repr__
        return "<" + type(self).__name__ + "." + self._name_ + ": " + value_repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its mixed-in type."""

    def __str__(self):
        data_type = _data_type(type(self))
        method = data_type.__str__
        if method is object.__str__:
            method = data_type.__repr__
        return method(self)

    def __format__(self, spec):
        return _data_type(type(self)).__format__(self, spec)


class IntEnum(int, ReprEnum):
    """An enum whose members are ints (and compare equal to them)."""

    __new__ = Enum.__new__
    __init__ = Enum.__init__
    __repr__ = Enum.__repr__
    __str__ = ReprEnum.__str__
    __format__ = ReprEnum.__format__


class StrEnum(str, ReprEnum):
    """An enum whose members are strs; auto() gives the lower-cased name."""

    __new__ = Enum.__new__
    __init__ = Enum.__init__
    __repr__ = Enum.__repr__
    __str__ = ReprEnum.__str__
    __format__ = ReprEnum.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: raise ValueError if any member has an alias."""
    duplicates = [(name, member.name) for name, member in enumeration._member_map_.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join(alias + " -> " + name for alias, name in duplicates)
        raise ValueError("duplicate values found in <enum " + repr(enumeration.__name__) + ">: " + details)
    return enumeration
