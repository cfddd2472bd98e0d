"""dataclasses for taipan: dataclass, field, fields, asdict, astuple,
replace, is_dataclass, make_dataclass, FrozenInstanceError, MISSING.

The generated methods are closures over the field list (there is no exec):
`__init__(self, *args, **kwargs)` binds arguments by field order and raises
CPython's TypeErrors for missing, surplus and unexpected arguments.

Fields come from the class's `__annotations__`, in order (`ClassVar`
annotations are not fields, `InitVar` ones go to `__post_init__`, names
after a `KW_ONLY` annotation are keyword-only). A string annotation
(`from __future__ import annotations`) counts as one of these when it
starts with a name, or `module.name`, that the class's module binds to it.

`slots=True` makes a new class, with the same bases and namespace, whose
`__slots__` are the field names.
"""

import copy
import sys


class FrozenInstanceError(AttributeError):
    """Raised on assignment to a field of a frozen dataclass."""


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class InitVar:
    """`InitVar[T]`: an __init__ argument passed to __post_init__, not a field."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return "dataclasses.InitVar[" + getattr(self.type, "__name__", repr(self.type)) + "]"


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    """One field of a dataclass, as fields() reports it."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=" + repr(self.name) + ",type=" + repr(self.type)
                + ",default=" + repr(self.default) + ",default_factory=" + repr(self.default_factory)
                + ",init=" + repr(self.init) + ",repr=" + repr(self.repr)
                + ",hash=" + repr(self.hash) + ",compare=" + repr(self.compare)
                + ",metadata=" + repr(self.metadata) + ",kw_only=" + repr(self.kw_only)
                + ",_field_type=" + str(self._field_type) + ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default or default factory and which generated
    methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _Params:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, slots,
                 weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.slots = slots
        self.weakref_slot = weakref_slot


def _own_annotations(cls):
    return list(cls.__dict__.get("__annotations__", {}).items())


def _identifier_prefix(text):
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[:end]


def _resolve_string(cls, text):
    """What the leading `name` or `module.name` of a string annotation is
    bound to in cls's module (a module prefix must be typing or
    dataclasses), or None."""
    text = text.lstrip()
    head = _identifier_prefix(text)
    found = getattr(sys.modules.get(cls.__module__), "__dict__", {}).get(head)
    if text[len(head):len(head) + 1] != ".":
        return found
    if getattr(found, "__name__", None) not in ("typing", "dataclasses"):
        return None
    return getattr(found, _identifier_prefix(text[len(head) + 1:]), None)


def _annotation_kind(cls, tp):
    """_FIELD_CLASSVAR, _FIELD_INITVAR, KW_ONLY or _FIELD, for an annotation."""
    if isinstance(tp, str):
        tp = _resolve_string(cls, tp)
    typing = sys.modules.get("typing")
    if typing is not None and (tp is typing.ClassVar
                               or getattr(tp, "__origin__", None) is typing.ClassVar):
        return _FIELD_CLASSVAR
    if tp is InitVar or isinstance(tp, InitVar):
        return _FIELD_INITVAR
    if tp is KW_ONLY:
        return KW_ONLY
    return _FIELD


def _make_field(cls, name, tp, kind, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = kind
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type == _FIELD and (isinstance(f.default, (list, dict, set, bytearray))
                                    or getattr(type(f.default), "__hash__", 0) is None):
        raise ValueError("mutable default " + str(type(f.default)) + " for field "
                         + name + " is not allowed: use default_factory")
    return f


def _repr_fields(obj, shown):
    """The generated repr: the class's qualified name and the shown fields."""
    return (obj.__class__.__qualname__ + "("
            + ", ".join(f.name + "=" + repr(getattr(obj, f.name)) for f in shown) + ")")


def _field_values(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _set_method(cls, name, func):
    func.__name__ = name
    func.__qualname__ = cls.__qualname__ + "." + name
    setattr(cls, name, func)


def _and_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, fields, frozen, has_post_init):
    """A closure standing for `def __init__(self, a, b=..., *, c=...)`."""
    init_fields = [f for f in fields if f.init and f._field_type != _FIELD_CLASSVAR]
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    by_name = {f.name: f for f in init_fields}
    qualname = cls.__qualname__ + ".__init__()"
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError("non-default argument " + repr(f.name) + " follows default argument")
        seen_default = seen_default or has_default
    # How each field is set, in field order: (name, position among the
    # positional arguments or -1, factory, default to set). The common
    # call, all arguments positional and every field bound without a
    # TypeError, reads the arguments by position; any other binds them by
    # name first.
    plan = []
    for f in fields:
        if f._field_type == _FIELD:
            at = -1
            for i, p in enumerate(positional):
                if p is f:
                    at = i
            plan.append((f.name, at, f.default_factory, f.default if f.init else MISSING))
    n_required = len([f for f in positional if f.default is MISSING and f.default_factory is MISSING])
    fast = not [f for f in fields if f._field_type == _FIELD_INITVAR] and not [
        f for f in keyword if f.default is MISSING and f.default_factory is MISSING]
    setter = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        if fast and not kwargs and n_required <= len(args) <= len(positional):
            n = len(args)
            for name, at, factory, default in plan:
                if 0 <= at < n:
                    setter(self, name, args[at])
                elif factory is not MISSING:
                    setter(self, name, factory())
                elif default is not MISSING:
                    setter(self, name, default)
            if has_post_init:
                self.__post_init__()
            return
        if len(args) > len(positional):
            if n_required == len(positional):
                takes = str(len(positional) + 1)
            else:
                takes = "from " + str(n_required + 1) + " to " + str(len(positional) + 1)
            plural = "" if takes == "1" else "s"
            raise TypeError(qualname + " takes " + takes + " positional argument" + plural
                            + " but " + str(len(args) + 1) + " were given")
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name not in by_name:
                raise TypeError(qualname + " got an unexpected keyword argument " + repr(name))
            if name in values:
                raise TypeError(qualname + " got multiple values for argument " + repr(name))
            values[name] = value
        for group, kind in ((positional, "positional"), (keyword, "keyword-only")):
            missing = [f.name for f in group if f.name not in values
                       and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                raise TypeError(qualname + " missing " + str(len(missing)) + " required " + kind
                                + " argument" + ("s" if len(missing) > 1 else "") + ": "
                                + _and_list(missing))
        for name, at, factory, default in plan:
            if name in values:
                setter(self, name, values[name])
            elif factory is not MISSING:
                setter(self, name, factory())
            elif default is not MISSING:
                setter(self, name, default)
        if has_post_init:
            init_vars = [values.get(f.name, f.default) for f in fields if f._field_type == _FIELD_INITVAR]
            self.__post_init__(*init_vars)

    __init__.__taipan_signature__ = _init_signature(positional, keyword)
    return __init__


class _FactoryDefault:
    """How a signature shows the default of a field with a default_factory."""

    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _FactoryDefault()


def _init_signature(positional, keyword):
    """For inspect.signature: the parameters of the `__init__` CPython
    would generate, `(self, a: int, b: str = 'x', *, c: list = <factory>)
    -> None`, as (name, kind, default, annotation) tuples."""

    def parameters(empty):
        items = [("self", 1, empty, empty)]
        for kind, group in ((1, positional), (3, keyword)):
            for f in group:
                if f.default_factory is not MISSING:
                    default = _HAS_DEFAULT_FACTORY
                else:
                    default = empty if f.default is MISSING else f.default
                items.append((f.name, kind, default, f.type))
        return items, None

    return parameters


def _add_order(cls, compared):
    def compare(op):
        def method(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return op(_field_values(self, compared), _field_values(other, compared))
        return method

    for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                     ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
        if name in cls.__dict__:
            raise TypeError("Cannot overwrite attribute " + name + " in class " + cls.__name__
                            + ". Consider using functools.total_ordering")
        _set_method(cls, name, compare(op))


def _add_frozen(cls, fields, slots):
    """Refuse assignments to fields; a slotted class also gets the state
    methods copy and pickle restore its instances with."""
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field " + repr(name))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field " + repr(name))
        super(cls, self).__delattr__(name)

    _set_method(cls, "__setattr__", __setattr__)
    _set_method(cls, "__delattr__", __delattr__)
    if slots:
        def _dataclass_getstate(self):
            return [getattr(self, f.name) for f in fields]

        def _dataclass_setstate(self, state):
            for f, value in zip(fields, state):
                object.__setattr__(self, f.name, value)
        cls.__getstate__ = _dataclass_getstate
        cls.__setstate__ = _dataclass_setstate


def _process_class(cls, params, kw_only):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True
    if has_dataclass_bases and any_frozen_base and not params.frozen:
        raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
    if has_dataclass_bases and not any_frozen_base and params.frozen:
        raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    kw_only_marker = None
    for name, tp in _own_annotations(cls):
        kind = _annotation_kind(cls, tp)
        if kind is KW_ONLY:
            if kw_only_marker is not None:
                raise TypeError(repr(name) + " is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_marker = name
            kw_only = True
            continue
        f = _make_field(cls, name, tp, kind, kw_only)
        all_fields[name] = f
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    fields = list(all_fields.values())
    real = [f for f in fields if f._field_type == _FIELD]
    if params.slots:
        cls = _with_slots(cls, real, params.weakref_slot)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = params

    explicit_hash = "__hash__" in cls.__dict__ and not (
        cls.__dict__["__hash__"] is None and "__eq__" in cls.__dict__)
    if params.init:
        _set_method(cls, "__init__", _make_init(cls, fields, params.frozen, hasattr(cls, "__post_init__")))
    if params.repr and "__repr__" not in cls.__dict__:
        shown = [f for f in real if f.repr]
        running = set()

        def __repr__(self):
            # An instance that (indirectly) holds itself shows "..." there,
            # as CPython's reprlib.recursive_repr wrapper does. Once the
            # class is shared with worker threads the set is frozen and
            # the guard is skipped.
            key = id(self)
            if key in running:
                return "..."
            try:
                running.add(key)
            except TypeError:
                return _repr_fields(self, shown)
            try:
                return _repr_fields(self, shown)
            finally:
                running.discard(key)
        # pprint lays out a dataclass whose repr is this generated one.
        __repr__._dataclass_generated = True
        _set_method(cls, "__repr__", __repr__)
    compared = [f for f in real if f.compare]
    if params.eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _field_values(self, compared) == _field_values(other, compared)
            return NotImplemented
        _set_method(cls, "__eq__", __eq__)
    if params.order:
        if not params.eq:
            raise ValueError("eq must be true if order is true")
        _add_order(cls, compared)
    if params.frozen:
        _add_frozen(cls, real, params.slots)

    hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_field_values(self, hashed))
    if params.unsafe_hash:
        if explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)
        _set_method(cls, "__hash__", __hash__)
    elif params.eq and params.frozen and not explicit_hash:
        _set_method(cls, "__hash__", __hash__)
    elif params.eq and not explicit_hash:
        cls.__hash__ = None
    if params.match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fields if f.init and not f.kw_only
                                   and f._field_type != _FIELD_CLASSVAR)
    return cls


class _Bases:
    """Stands for given bases in a class statement (through __mro_entries__)."""

    def __init__(self, bases):
        self.bases = bases

    def __mro_entries__(self, original):
        return self.bases


def _with_slots(cls, fields, weakref_slot):
    """A copy of cls (same bases and namespace) with the field names, not
    already slots of a base, as its __slots__."""
    if "__slots__" in cls.__dict__:
        raise TypeError(cls.__name__ + " already specifies __slots__")
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    names = tuple(f.name for f in fields if f.name not in inherited)
    if weakref_slot and "__weakref__" not in inherited:
        names += ("__weakref__",)

    class Slotted(_Bases(cls.__bases__)):
        __slots__ = names
    del Slotted.__orig_bases__
    for key, value in cls.__dict__.items():
        if key not in names and key not in ("__dict__", "__weakref__"):
            setattr(Slotted, key, value)
    Slotted.__name__ = cls.__name__
    return Slotted


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Class decorator adding __init__, __repr__, __eq__ (and on request
    ordering, hashing, immutability and slots) from the class's fields."""
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    params = _Params(init, repr, eq, order, unsafe_hash, frozen, match_args, slots, weakref_slot)

    def wrap(cls):
        return _process_class(cls, params, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or instance, as a tuple of Field."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type == _FIELD)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), "__dataclass_fields__")


def _convert_inner(obj, factory, into_dict):
    if _is_instance(obj):
        values = [(f.name, _convert_inner(getattr(obj, f.name), factory, into_dict))
                  for f in fields(obj)]
        return factory(values) if into_dict else factory(v for _, v in values)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert_inner(v, factory, into_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert_inner(v, factory, into_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert_inner(k, factory, into_dict), _convert_inner(v, factory, into_dict))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert_inner(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert_inner(obj, tuple_factory, False)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed."""
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with init=False, "
                                 "it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar " + repr(f.name) + " must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """Build a dataclass from field specs: a name, (name, type) or
    (name, type, Field); at most one base class (taipan has no `type()`
    with three arguments)."""
    if len(bases) > 1:
        raise TypeError("make_dataclass() in taipan takes at most one base class")
    base = bases[0] if bases else object

    class _Made(base):
        pass
    for key, value in (namespace or {}).items():
        setattr(_Made, key, value)
    annotations = {}
    for spec in fields:
        if isinstance(spec, str):
            annotations[spec] = "typing.Any"
        elif len(spec) == 2:
            annotations[spec[0]] = spec[1]
        else:
            annotations[spec[0]] = spec[1]
            setattr(_Made, spec[0], spec[2])
    _Made.__annotations__ = annotations
    _Made.__name__ = cls_name
    _Made.__qualname__ = cls_name
    return dataclass(_Made, **options)
