"""enum for taipan: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.

CPython builds enum members with a metaclass, which taipan does not have.
Here `Enum.__init_subclass__` makes the members of each enum class from its
plain attributes, in definition order, and sets them on the class (an enum
class that overrides `__init_subclass__` must call the base's).

Works as in CPython: `.name`, `.value`, `repr()` (`<Color.RED: 1>`),
`str()`, `format()`, lookup by value and by name, aliases, `_missing_`,
`__members__` (a plain dict here), `auto()`, `unique`, IntEnum and
StrEnum members comparing equal to their values, identity and hashing,
members with an `__init__` taking the value's items, `_ignore_`, the functional form
`Enum('Color', 'RED GREEN')`, and 3.11's `member()`, `nonmember()`,
`verify()` (UNIQUE, CONTINUOUS, NAMED_FLAGS) and `show_flag_values()`;
`enum.property` is the builtin property.

`for m in Color`, `list(Color)`, `len(Color)`, `m in Color`,
`reversed(Color)` and the class repr `<enum 'Color'>` come from
classmethods the interpreter calls on the class in place of a
metaclass's methods (`__class_iter__` and the like). `1 in Color` raises
CPython 3.11's TypeError without its DeprecationWarning.

Flag and IntFlag as in CPython 3.11: auto() gives powers of two, `|`,
`&`, `^` and `~` make cached pseudo-members (`<Perm.R|W: 3>`), iteration
and `len()` of a member count its canonical (single-bit) flags, and the
boundary (`class F(Flag, boundary=KEEP)`: STRICT, CONFORM, EJECT, KEEP)
decides what happens to bits no member has.

Needs a metaclass, so not provided: protection against reassigning
members, and a custom `__new__` in an enum class.
"""


class _AutoNull:
    """The value of an `auto()` not yet given one."""

    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()
_BITWISE = {"|": lambda a, b: a | b, "&": lambda a, b: a & b, "^": lambda a, b: a ^ b}


class auto:
    """Stands for a member value computed by `_generate_next_value_`.

    CPython replaces it by its value as the class body runs, so that
    `RW = R | W` can combine earlier members; here `|`, `&` and `^` of
    autos make a `_Combined` worked out once the members are made."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    def __or__(self, other):
        return _Combined(_BITWISE['|'], self, other)

    def __and__(self, other):
        return _Combined(_BITWISE['&'], self, other)

    def __xor__(self, other):
        return _Combined(_BITWISE['^'], self, other)

    def __ror__(self, other):
        return _Combined(_BITWISE['|'], other, self)

    def __rand__(self, other):
        return _Combined(_BITWISE['&'], other, self)

    def __rxor__(self, other):
        return _Combined(_BITWISE['^'], other, self)


class _Combined(auto):
    """A bitwise combination of autos (and ints) in an enum class body."""

    def __init__(self, op, left, right):
        super().__init__()
        self._op = op
        self._operands = (left, right)

    def resolve(self):
        """The combined value, from the values of the operands."""
        left, right = [_resolved(v) for v in self._operands]
        return self._op(left, right)


def _resolved(value):
    """An operand's value: an auto's once it has one."""
    if isinstance(value, _Combined):
        return value.resolve()
    if isinstance(value, auto):
        return value.value
    return value


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


class member:
    """`member(value)` in an enum body: a member, even for a function."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """`nonmember(value)` in an enum body: a plain class attribute."""

    def __init__(self, value):
        self.value = value


def _member_items(cls):
    """The (name, value) pairs of the class body that become members."""
    items = []
    ignored = _ignored_names(cls)
    for name, value in cls.__dict__.items():
        if name in ignored:
            continue
        if isinstance(value, member):
            items.append((name, value.value))
        elif (_is_member_name(cls, name) and not _is_descriptor(value)
              and not isinstance(value, nonmember)):
            items.append((name, value))
    return items


def _ignored_names(cls):
    """The names the class body's `_ignore_` (a list or a space-separated
    str) keeps from becoming members; they are taken off the class."""
    ignored = cls.__dict__.get("_ignore_", ())
    if isinstance(ignored, str):
        ignored = ignored.replace(",", " ").split()
    return set(ignored)


def _drop_ignored(cls):
    """Delete `_ignore_` and the names it lists from the class, as CPython does."""
    names = _ignored_names(cls)
    if "_ignore_" in cls.__dict__:
        names.add("_ignore_")
    for name in names:
        if name in cls.__dict__:
            delattr(cls, name)


def _unwrap_nonmembers(cls):
    """Replace each nonmember(value) of the class body by its value."""
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, nonmember):
            setattr(cls, name, value.value)


def _data_type(cls):
    """The builtin value type an enum mixes in (int for IntEnum), or object."""
    for base in cls.__mro__:
        if base in (int, str, float):
            return base
    return object


def _setup(cls, items, boundary=None):
    """Create the members of cls from (name, value) pairs; a Flag class
    also gets its bit masks and its boundary (given, else inherited)."""
    for base in cls.__mro__[1:]:
        if base.__dict__.get("_member_names_"):
            raise TypeError("<enum %r> cannot extend %r" % (cls.__name__, base))
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    flag = _is_flag(cls)
    if flag:
        cls._boundary_ = boundary or getattr(cls, "_boundary_", None)
        cls._flag_mask_ = cls._singles_mask_ = cls._all_bits_ = 0
    data_type = _data_type(cls)
    if data_type is not object:
        _prefer_enum_methods(cls, data_type)
    custom_init = cls.__init__ is not Enum.__init__
    last_values = []
    for name, value in items:
        if isinstance(value, _Combined):
            value.value = value.resolve()
        elif isinstance(value, auto) and value.value is _auto_null:
            value.value = cls._generate_next_value_(name, 1, len(last_values), last_values[:])
        if isinstance(value, auto):
            value = value.value
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
        member._sort_order_ = len(cls._member_names_)
        last_values.append(value)
        if flag:
            _add_flag_bits(cls, member._value_)
        existing = _find_by_value(cls, member._value_)
        if existing is not None:
            member = existing
        else:
            if not flag or _is_single_bit(member._value_):
                cls._member_names_.append(name)
            try:
                cls._value2member_map_[member._value_] = member
            except TypeError:
                pass
        # Before the member is in the map, which __class_setattr__ guards.
        setattr(cls, name, member)
        cls._member_map_[name] = member
    cls.__members__ = dict(cls._member_map_)
    if custom_init and cls._member_map_:
        # The members are made: Color(value) finds one, and must not run
        # the members' __init__ again on it (CPython's metaclass does not
        # call __init__ on a lookup).
        cls.__init__ = Enum.__init__
    if flag:
        canonical = [cls._member_map_[name]._value_ for name in cls._member_names_]
        if canonical != sorted(canonical):
            cls._iter_member_ = Flag.__dict__["_iter_member_by_def_"]


def _is_flag(cls):
    """Whether cls is a Flag class (Flag's body gives it the bit masks)."""
    return hasattr(cls, "_singles_mask_")


def _is_single_bit(value):
    return value != 0 and value & (value - 1) == 0


def _add_flag_bits(cls, value):
    """Record a member's value in the masks of its Flag class."""
    cls._flag_mask_ |= value
    if _is_single_bit(value):
        cls._singles_mask_ |= value
    cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1


_FLAG_OPERATORS = ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__")


def _prefer_enum_methods(cls, data_type):
    """In `class Color(int, Enum)` the int methods come first in the MRO;
    lookup, repr, str and format (and a flag's bitwise operators) must
    still be the enum's: the first definition in an enum base."""
    names = ("__new__", "__init__", "__repr__", "__str__", "__format__")
    if _is_flag(cls):
        names += _FLAG_OPERATORS
    for name in names:
        owner = [base for base in cls.__mro__ if name in base.__dict__][0]
        if owner is data_type:
            enum_owner = [base for base in cls.__mro__
                          if name in base.__dict__ and issubclass(base, Enum)][0]
            setattr(cls, name, enum_owner.__dict__[name])


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

    def __init_subclass__(cls, boundary=None, **kwargs):
        super().__init_subclass__(**kwargs)
        items = _member_items(cls)
        _drop_ignored(cls)
        _unwrap_nonmembers(cls)
        _setup(cls, items, boundary)

    def __new__(cls, value, names=_MISSING, *, module=None, qualname=None, type=None, start=1):
        if names is not _MISSING:
            if "_member_names_" in cls.__dict__ and cls._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (value, cls))
            return _create(cls, value, names, module, qualname, start)
        if isinstance(value, cls):
            return value
        member = _find_by_value(cls, value)
        if member is not None:
            return member
        result = cls._missing_(value)
        if isinstance(result, cls) or _is_ejected(cls, result):
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
    def __class_setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("cannot reassign member %r" % (name,))

    @classmethod
    def __class_delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))

    @classmethod
    def __class_repr__(cls):
        return ("<flag %r>" if _is_flag(cls) else "<enum %r>") % cls.__name__

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
        return "<" + type(self).__name__ + "." + self._name_ + ": " + _value_repr(self) + ">"

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

    def __reduce_ex__(self, protocol):
        return self.__class__, (self._value_,)


def _value_repr(member):
    """The repr of a member's value, as its mixed-in type writes it."""
    data_type = _data_type(type(member))
    value_repr = repr if data_type is object else data_type.__repr__
    return value_repr(member._value_)


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


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits none of its members has:
    STRICT raises ValueError (Flag's default), CONFORM drops those bits,
    EJECT returns the plain int, KEEP keeps them (IntFlag's default)."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _is_ejected(cls, result):
    """An EJECT flag class returns out-of-range values as plain ints."""
    return _is_flag(cls) and cls._boundary_ is EJECT and isinstance(result, int)


def _bin(value, width):
    """Two's complement binary text with a sign bit, as in Flag's errors:
    `0b0 0101` for 5 and `0b1 011` for -5, digits padded to width."""
    sign = "1" if value < 0 else "0"
    length = value.bit_length()
    digits = bin(value & (2 ** length - 1))[2:].rjust(length, "0") if length else ""
    return "0b" + sign + " " + digits.rjust(width, sign)


def _iter_bits(value):
    """The set bits of a non-negative int, lowest first, as ints."""
    while value:
        bit = value & -value
        yield bit
        value ^= bit


class Flag(Enum, boundary=STRICT):
    """Members are bit flags: auto() gives powers of two and `|`, `&`, `^`
    and `~` combine them into (cached) pseudo-members."""

    _numeric_repr_ = repr
    _flag_mask_ = 0
    _singles_mask_ = 0
    _all_bits_ = 0

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: the power of two above the highest so far."""
        if not count:
            return start
        highest = max(last_values)
        try:
            return 2 ** highest.bit_length()
        except Exception:
            raise TypeError("invalid flag value %r" % highest) from None

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members of the bits of value, in increasing value order."""
        for bit in _iter_bits(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members of the bits of value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make the pseudo-member of a combination of flags, applying the
        class's boundary to bits that no member has."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            value = _apply_boundary(cls, value)
            if cls._boundary_ is EJECT:
                return value
        original = value
        if value < 0:
            value += all_bits + 1
        unknown = value & ~flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]"
                             % (cls.__name__, value, unknown, bin(unknown)))
        pseudo = _new_pseudo_member(cls, value)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if original < 0:
            cls._value2member_map_[original] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %s>" % (type(self).__name__, _value_repr(self))
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, _value_repr(self))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __or__(self, other):
        other = _flag_operand(self, other)
        return NotImplemented if other is None else type(self)(self._value_ | other)

    def __and__(self, other):
        other = _flag_operand(self, other)
        return NotImplemented if other is None else type(self)(self._value_ & other)

    def __xor__(self, other):
        other = _flag_operand(self, other)
        return NotImplemented if other is None else type(self)(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return type(self)(~self._value_)
        return type(self)(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _flag_operand(member, other):
    """The int value of a flag operator's other operand, or None if the
    operator does not support it."""
    if isinstance(other, type(member)):
        return other._value_
    data_type = _data_type(type(member))
    if data_type is not object and isinstance(other, data_type):
        return other
    return None


def _apply_boundary(cls, value):
    """The value a flag class keeps of one outside its members' bits."""
    flag_mask = cls._flag_mask_
    if cls._boundary_ is STRICT:
        width = max(value.bit_length(), flag_mask.bit_length())
        raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                         % (cls, value, _bin(value, width), _bin(flag_mask, width)))
    if cls._boundary_ is CONFORM:
        return value & flag_mask
    if cls._boundary_ is KEEP and value < 0:
        return max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
    if cls._boundary_ in (EJECT, KEEP):
        return value
    raise ValueError("%r unknown flag boundary %r" % (cls, cls._boundary_))


def _new_pseudo_member(cls, value):
    """A member for a combination of flags, named after the members whose
    bits it holds (`R|W`), any other bits as a number (`R|8`), or None."""
    data_type = _data_type(cls)
    pseudo = object.__new__(cls) if data_type is object else data_type.__new__(cls, value)
    pseudo._value_ = value
    singles = value & cls._singles_mask_
    multi = value & ~cls._singles_mask_
    members = list(cls._iter_member_(singles))
    if multi:
        wanted = singles | multi
        members += [m for m in cls._member_map_.values()
                    if m not in members and m._value_ and m._value_ & wanted == m._value_]
    combined = 0
    for member in members:
        combined |= member._value_
    pseudo._name_ = None
    if combined:
        pseudo._name_ = "|".join(m._name_ for m in members)
        unknown = (singles | multi) ^ combined
        if unknown and cls._boundary_ is STRICT:
            raise ValueError("%r: no members with value %r" % (cls, unknown))
        if unknown:
            pseudo._name_ += "|" + cls._numeric_repr_(unknown)
    return pseudo


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints: they combine with ints too."""


def unique(enumeration):
    """Class decorator: raise ValueError if any member has an alias."""
    duplicates = [(name, member.name) for name, member in enumeration._member_map_.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join(alias + " -> " + name for alias, name in duplicates)
        raise ValueError("duplicate values found in <enum " + repr(enumeration.__name__) + ">: " + details)
    return enumeration


# enum.property: CPython's is a descriptor that lets a member attribute
# share a name with a member; the builtin property serves the usual use.
property = property


class EnumCheck(StrEnum):
    """The conditions verify() checks."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: check an enumeration for the given EnumChecks,
    raising ValueError (with CPython's message) when one fails."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = "flag"
        elif issubclass(enumeration, Enum):
            kind = "enum"
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_unique(enumeration):
    aliases = ["%s -> %s" % (name, m.name) for name, m in enumeration.__members__.items()
               if name != m.name]
    if aliases:
        raise ValueError("aliases found in %r: %s" % (enumeration, ", ".join(aliases)))


def _verify_continuous(enumeration, kind):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == "flag":
        wanted = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)]
    else:
        wanted = range(low + 1, high)
    missing = [str(v) for v in wanted if v not in values]
    if missing:
        message = "invalid %s %r: missing values %s" % (kind, enumeration.__name__, ", ".join(missing))
        raise ValueError(message[:256])


def _verify_named_flags(enumeration):
    named = [m.value for m in enumeration]
    incomplete = []
    missing_bits = 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias.value < 0:
            continue
        missed = [bit for bit in _iter_bits(alias.value) if bit not in named]
        if missed:
            incomplete.append(name)
            for bit in missed:
                missing_bits |= bit
    if not incomplete:
        return
    if len(incomplete) == 1:
        which = "alias %s is missing" % incomplete[0]
    else:
        which = "aliases %s and %s are missing" % (", ".join(incomplete[:-1]), incomplete[-1])
    if _is_single_bit(missing_bits):
        value = "value 0x%x" % missing_bits
    else:
        value = "combined values of 0x%x" % missing_bits
    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                     % (enumeration.__name__, which, value))


def show_flag_values(value):
    """The powers of two set in value, lowest first."""
    return list(_iter_bits(value))

