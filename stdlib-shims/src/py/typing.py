"""typing for taipan: the names annotated scripts import, usable at run time.

Subscripting works (`List[int]`, `Dict[str, int]`, `Optional[int]`,
`Callable[[int], str]`, `Union[...]`, `Literal[...]`, a user `Generic`
class `Stack[int]`) and gives alias objects with CPython's repr
(`typing.List[int]`), equality, `get_origin()` and `get_args()`.

Differences from CPython, all from taipan having no metaclasses:
- `Generic[T]` and `Protocol[T]` return the class itself, so that they can
  be used as bases (taipan has no `__mro_entries__`); an alias such as
  `List[int]` cannot be a base.
- Protocol classes can be instantiated; `Annotated[T, x].__origin__` is
  `Annotated`, not T.
- `class P(NamedTuple)` derives from a tuple subclass standing in for
  CPython's metaclass, so `P.__mro__` shows it between `P` and `tuple`.
- `get_type_hints()` evaluates string annotations without eval(): names,
  attributes, subscripts, constants, lists, tuples and `|` unions.
- `NewType` reports module `__main__`.
"""

import builtins
import collections
import collections.abc
import contextlib
import re
import sys
import types

TYPE_CHECKING = False


def _type_repr(obj):
    """How an argument of an alias shows in the alias's repr."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _convert(arg):
    """None stands for NoneType inside aliases, and a string for a
    ForwardRef (a type named before it exists)."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _SpecialForm:
    """A bare typing construct such as Any, Union or ClassVar."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(repr(self) + " is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate " + repr(self))


class _GenericAlias:
    """A subscripted construct: `List[int]`, `Union[int, str]`, `Stack[T]`."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst

    def _head(self):
        if self._name is not None:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        args = self.__args__
        if self._name == "Union":
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return "typing.Optional[" + _type_repr(other) + "]"
        if self._name == "Callable" and not _is_param_spec(args[0]):
            params = "[" + ", ".join(_type_repr(a) for a in args[:-1]) + "]"
            return "typing.Callable[" + params + ", " + _type_repr(args[-1]) + "]"
        if self._name == "Literal":
            return "typing.Literal[" + ", ".join(repr(a) for a in args) + "]"
        if not args:
            return self._head() + "[()]"
        return self._head() + "[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if isinstance(other, types.UnionType):
            return self._name == "Union" and set(self.__args__) == set(other.__args__)
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self._name == "Union" and other._name == "Union":
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self._name == "Union":
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return _union(Union, (self, other))

    def __ror__(self, other):
        return _union(Union, (other, self))

    def __getitem__(self, params):
        """Substitute the alias's type variables, in order of appearance."""
        tvars = _collect_typevars(self.__args__)
        params = _as_tuple(params)
        if len(params) != len(tvars):
            raise TypeError("Too " + ("many" if len(params) > len(tvars) else "few")
                            + " arguments for " + repr(self))
        mapping = dict(zip(tvars, params))
        return _GenericAlias(self.__origin__, tuple(_substitute(a, mapping) for a in self.__args__),
                             self._name, self._inst)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._name == "Union":
            return issubclass(cls, self.__args__)
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if not isinstance(origin, type) or self._name in ("Union", "Literal", "Callable"):
            raise TypeError("Cannot subclass " + repr(self))
        return (origin,)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type " + self._name + " cannot be instantiated; use "
                            + self.__origin__.__name__ + "() instead")
        return self.__origin__(*args, **kwargs)


def _collect_typevars(args):
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in found:
                found.append(a)
        elif isinstance(a, _GenericAlias):
            for t in _collect_typevars(a.__args__):
                if t not in found:
                    found.append(t)
    return found


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and _collect_typevars(arg.__args__):
        return arg[tuple(mapping[t] for t in _collect_typevars(arg.__args__))]
    return arg


class _BareAlias:
    """An unsubscripted generic such as `List` or `Iterable`."""

    def __init__(self, origin, name, nparams, inst=True):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = tuple(_convert(p) for p in _as_tuple(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too " + ("many" if len(params) > self._nparams else "few")
                            + " arguments for " + repr(self) + "; actual " + str(len(params))
                            + ", expected " + str(self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if not isinstance(origin, type) or self._name in ("Union", "Literal", "Callable"):
            raise TypeError("Cannot subclass " + repr(self))
        return (origin,)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type " + self._name + " cannot be instantiated; use "
                            + self.__origin__.__name__ + "() instead")
        return self.__origin__(*args, **kwargs)


class _TupleAlias(_BareAlias):
    """`Tuple`: `Tuple[int, str]`, `Tuple[int, ...]`, `Tuple[()]`."""

    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple", False)
        return _GenericAlias(tuple, tuple(_convert(p) for p in _as_tuple(params)), "Tuple", False)


class _CallableAlias(_BareAlias):
    """`Callable[[arg, ...], result]` and `Callable[..., result]`."""

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if _is_param_spec(args):
            return _GenericAlias(self.__origin__, (args, _convert(result)), "Callable")
        if not isinstance(args, list):
            raise TypeError("Callable[args, result]: args must be a list. Got " + _type_repr(args))
        flat = tuple(_convert(a) for a in args) + (_convert(result),)
        return _GenericAlias(self.__origin__, flat, "Callable")


def _is_param_spec(arg):
    """Whether the parameters of a Callable are given as `...`, a
    ParamSpec or a Concatenate rather than a list of types."""
    return arg is ... or isinstance(arg, ParamSpec) or getattr(arg, "_name", None) == "Concatenate"


def _union(form, params):
    args = []
    for p in _as_tuple(params):
        p = _convert(p)
        inner = p.__args__ if isinstance(p, _GenericAlias) and p._name == "Union" else (p,)
        for a in inner:
            if a not in args:
                args.append(a)
    if len(args) == 1:
        return args[0]
    return _GenericAlias(Union, tuple(args), "Union")


def _optional(form, param):
    return _union(Union, (param, None))


def _literal(form, params):
    args = []
    for p in _as_tuple(params):
        if p not in args:
            args.append(p)
    return _GenericAlias(Literal, tuple(args), "Literal")


def _single(form, param):
    """ClassVar[X], Final[X] and other forms that take exactly one type."""
    if isinstance(param, tuple):
        raise TypeError(repr(form) + " accepts only single type.")
    return _GenericAlias(form, (_convert(param),), form._name)


def _subscripted(form, params):
    return _GenericAlias(form, _as_tuple(params), form._name)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
Literal = _SpecialForm("Literal", _literal)
ClassVar = _SpecialForm("ClassVar", _single)
Final = _SpecialForm("Final", _single)
TypeGuard = _SpecialForm("TypeGuard", _single)
Required = _SpecialForm("Required", _single)
NotRequired = _SpecialForm("NotRequired", _single)
Unpack = _SpecialForm("Unpack", _single)
Concatenate = _SpecialForm("Concatenate", _subscripted)


class Annotated:
    """`Annotated[T, x, ...]`: the type T with metadata x, ... (nested
    ones flattened)."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        inner = params[0]
        if isinstance(inner, _GenericAlias) and inner.__origin__ is Annotated:
            params = inner.__args__ + params[1:]
        alias = _GenericAlias(Annotated, params, "Annotated")
        alias.__metadata__ = params[1:]
        return alias

List = _BareAlias(list, "List", 1, inst=False)
Dict = _BareAlias(dict, "Dict", 2, inst=False)
Set = _BareAlias(set, "Set", 1, inst=False)
FrozenSet = _BareAlias(frozenset, "FrozenSet", 1, inst=False)
Tuple = _TupleAlias(tuple, "Tuple", -1, inst=False)
Type = _BareAlias(type, "Type", 1, inst=False)
Deque = _BareAlias(collections.deque, "Deque", 1)
DefaultDict = _BareAlias(collections.defaultdict, "DefaultDict", 2)
OrderedDict = _BareAlias(collections.OrderedDict, "OrderedDict", 2)
Counter = _BareAlias(collections.Counter, "Counter", 1)
ChainMap = _BareAlias(collections.ChainMap, "ChainMap", 2)
Callable = _CallableAlias(collections.abc.Callable, "Callable", 2)
Iterable = _BareAlias(collections.abc.Iterable, "Iterable", 1)
Iterator = _BareAlias(collections.abc.Iterator, "Iterator", 1)
Reversible = _BareAlias(collections.abc.Reversible, "Reversible", 1)
Container = _BareAlias(collections.abc.Container, "Container", 1)
Collection = _BareAlias(collections.abc.Collection, "Collection", 1)
Sequence = _BareAlias(collections.abc.Sequence, "Sequence", 1)
MutableSequence = _BareAlias(collections.abc.MutableSequence, "MutableSequence", 1)
AbstractSet = _BareAlias(collections.abc.Set, "AbstractSet", 1)
MutableSet = _BareAlias(collections.abc.MutableSet, "MutableSet", 1)
Mapping = _BareAlias(collections.abc.Mapping, "Mapping", 2)
MutableMapping = _BareAlias(collections.abc.MutableMapping, "MutableMapping", 2)
Generator = _BareAlias(collections.abc.Generator, "Generator", 3)
Hashable = _BareAlias(collections.abc.Hashable, "Hashable", 0)
Sized = _BareAlias(collections.abc.Sized, "Sized", 0)
ByteString = _BareAlias(collections.abc.ByteString, "ByteString", 0)
MappingView = _BareAlias(collections.abc.MappingView, "MappingView", 1)
KeysView = _BareAlias(collections.abc.KeysView, "KeysView", 1)
ValuesView = _BareAlias(collections.abc.ValuesView, "ValuesView", 1)
ItemsView = _BareAlias(collections.abc.ItemsView, "ItemsView", 2)
ContextManager = _BareAlias(contextlib.AbstractContextManager, "ContextManager", 1)
Pattern = _BareAlias(re.Pattern, "Pattern", 1)
Match = _BareAlias(re.Match, "Match", 1)
# taipan has no async: these serve in annotations only.
Awaitable = _BareAlias(None, "Awaitable", 1)
Coroutine = _BareAlias(None, "Coroutine", 3)
AsyncIterable = _BareAlias(None, "AsyncIterable", 1)
AsyncIterator = _BareAlias(None, "AsyncIterator", 1)
AsyncGenerator = _BareAlias(None, "AsyncGenerator", 2)
AsyncContextManager = _BareAlias(None, "AsyncContextManager", 1)
Text = str


class TypeVar:
    """A type variable: `T = TypeVar('T')`, shown as `~T`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = _convert(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class _Named:
    """A name that shows as its repr: TypeVarTuple, ParamSpec.args, ..."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Named):
    pass


class ParamSpecKwargs(_Named):
    pass


class TypeVarTuple(_Named):
    pass


class ParamSpec:
    """The parameters of a callable: `P = ParamSpec('P')`, `Callable[P, R]`."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.args = ParamSpecArgs(name + ".args")
        self.kwargs = ParamSpecKwargs(name + ".kwargs")

    def __repr__(self):
        return "~" + self.__name__


class ForwardRef:
    """A type named by a string, not evaluated."""

    def __init__(self, arg, is_argument=True, module=None):
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        module = "" if self.__forward_module__ is None else ", module=" + repr(self.__forward_module__)
        return "ForwardRef(" + repr(self.__forward_arg__) + module + ")"

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class Generic:
    """Base of generic classes: `class Stack(Generic[T])`, then `Stack[int]`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        params = tuple(_convert(p) for p in _as_tuple(params))
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, params)


_NOT_PROTOCOL_MEMBERS = frozenset((
    "__module__", "__name__", "__qualname__", "__doc__", "__dict__", "__weakref__", "__slots__",
    "__annotations__", "__init__", "__new__", "__init_subclass__", "__class_getitem__",
    "__orig_bases__", "__parameters__", "__abstractmethods__", "__subclasshook__",
    "__class_instancecheck__", "__class_subclasscheck__", "_is_protocol", "__protocol_attrs__"))


def _protocol_members(cls):
    """The names the protocol cls declares, None when cls is no protocol."""
    if not cls.__dict__.get("_is_protocol"):
        return None
    members = cls.__dict__.get("__protocol_attrs__")
    if members is None:
        raise TypeError("Instance and class checks can only be used with "
                        "@runtime_checkable protocols")
    return members


class Protocol(Generic):
    """Base of protocol classes (structural types): a direct subclass is a
    protocol; isinstance() and issubclass() against one decorated with
    @runtime_checkable check that the members it declares are present."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._is_protocol = Protocol in cls.__bases__

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get("_is_protocol"):
            raise TypeError("Protocols cannot be instantiated")
        return object.__new__(cls)

    @classmethod
    def __class_instancecheck__(cls, obj):
        members = _protocol_members(cls)
        if members is None:
            return False
        for name in members:
            if not hasattr(obj, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(obj, name) is None:
                return False
        return True

    @classmethod
    def __class_subclasscheck__(cls, other):
        members = _protocol_members(cls)
        if members is None:
            return False
        if not all(callable(getattr(cls, name, None)) for name in members):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        return all(getattr(other, name, None) is not None for name in members)


class TypedDict:
    """`TypedDict('Movie', {'title': str}, total=False)` or a subclass
    (`class Movie(TypedDict, total=False)`): instances are dicts; the class
    records its keys' types (inherited ones too) in `__annotations__` and
    which keys are required (per `total`, `Required[]`, `NotRequired[]`)."""

    def __new__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            name, fields = args

            class _Typed(TypedDict, total=total):
                __annotations__ = dict(fields)
            _Typed.__name__ = _Typed.__qualname__ = name
            _Typed.__module__ = "__main__"
            return _Typed
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True):
        annotations = {}
        required = set()
        optional = set()
        for base in cls.__bases__:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        for name, tp in cls.__dict__.get("__annotations__", {}).items():
            if isinstance(tp, str):
                tp = ForwardRef(tp, module=cls.__module__)
            annotations[name] = _convert(tp)
            qualifier = getattr(tp, "__origin__", None)
            if qualifier is Required or (total and qualifier is not NotRequired):
                required.add(name)
                optional.discard(name)
            else:
                optional.add(name)
                required.discard(name)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total

    @classmethod
    def __class_instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    __class_subclasscheck__ = __class_instancecheck__


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, type) and tp is not TypedDict and TypedDict in tp.__mro__


def NamedTuple(typename, fields=None, **kwargs):
    """`NamedTuple('Point', [('x', int), ('y', int)])`: a collections.namedtuple
    class whose `__annotations__` records the field types. As a base
    (`class Point(NamedTuple)`), see `_NamedTupleBase`."""
    if fields is None:
        fields = list(kwargs.items())
    cls = collections.namedtuple(typename, [name for name, _ in fields])
    cls.__annotations__ = {name: _convert(tp) for name, tp in fields}
    return cls


class _NamedTupleBase(tuple):
    """What `class Point(NamedTuple)` derives from (taipan has no
    metaclasses): making a direct subclass turns its annotated names into
    namedtuple fields, the values assigned to them into defaults, and
    gives it collections.namedtuple's methods; the methods the class
    defines itself stay."""

    __slots__ = ()

    def __init_subclass__(cls):
        if _NamedTupleBase not in cls.__bases__:
            return
        own = cls.__dict__
        annotations = own.get("__annotations__", {})
        names = list(annotations)
        defaults = []
        for name in names:
            if name in own:
                defaults.append(own[name])
            elif defaults:
                given = [n for n in names if n in own]
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, "s" if len(given) > 1 else "", ", ".join(given)))
        record = collections.namedtuple(cls.__name__, names, defaults=defaults,
                                        module=cls.__module__)
        for key, value in record.__dict__.items():
            if key in ("__module__", "__qualname__", "__slots__", "__dict__", "__doc__"):
                continue
            if key in names or key not in own:
                setattr(cls, key, value)
        if own.get("__doc__") is None:
            cls.__doc__ = record.__doc__
        cls.__annotations__ = {name: _convert(tp) for name, tp in annotations.items()}
        cls.__new__.__annotations__ = dict(cls.__annotations__)


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class NewType:
    """`UserId = NewType('UserId', int)`: calling it returns its argument."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = "__main__"
        self.__supertype__ = tp

    def __repr__(self):
        return self.__module__ + "." + self.__qualname__

    def __call__(self, x):
        return x


def cast(typ, val):
    """Return val unchanged (a hint to type checkers)."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


_overloads = {}


def overload(func):
    """Mark an overload signature (get_overloads() lists them); calling the
    result raises NotImplementedError."""
    _overloads.setdefault((func.__module__, func.__qualname__), []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func's name."""
    return list(_overloads.get((func.__module__, func.__qualname__), ()))


def clear_overloads():
    _overloads.clear()


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: " + repr(arg))


def reveal_type(obj):
    import sys
    print("Runtime type is " + repr(type(obj).__name__), file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as making dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator


def final(f):
    """Mark a method or class final (not checked at run time)."""
    return f


def no_type_check(arg):
    """Mark a function or class as not type checked."""
    arg.__no_type_check__ = True
    return arg


def runtime_checkable(cls):
    """Let isinstance() and issubclass() check the protocol class cls."""
    if not cls.__dict__.get("_is_protocol"):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got "
                        + repr(cls))
    members = set()
    for base in cls.__mro__[:-1]:
        if base is not Protocol and base is not Generic:
            members.update(base.__dict__.get("__annotations__", ()))
            members.update(n for n in base.__dict__ if n not in _NOT_PROTOCOL_MEMBERS)
    cls.__protocol_attrs__ = frozenset(members)
    return cls


def _supports(name, method):
    """A runtime-checkable protocol requiring one method."""
    class Proto(Protocol):
        __slots__ = ()
    setattr(Proto, method, lambda self: None)
    Proto.__name__ = Proto.__qualname__ = name
    return runtime_checkable(Proto)


SupportsInt = _supports("SupportsInt", "__int__")
SupportsFloat = _supports("SupportsFloat", "__float__")
SupportsComplex = _supports("SupportsComplex", "__complex__")
SupportsBytes = _supports("SupportsBytes", "__bytes__")
SupportsIndex = _supports("SupportsIndex", "__index__")
SupportsAbs = _supports("SupportsAbs", "__abs__")
SupportsRound = _supports("SupportsRound", "__round__")


class IO(Generic):
    """The base of TextIO and BinaryIO, generic in the data type (IO[str])."""

    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


def get_origin(tp):
    """The unsubscripted form of an alias: get_origin(List[int]) is list,
    get_origin(int | None) is types.UnionType."""
    if isinstance(tp, (_GenericAlias, _BareAlias, types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of an alias: get_args(Dict[str, int]) is (str, int),
    get_args(Callable[[int], str]) is ([int], str)."""
    if not isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return ()
    args = tp.__args__
    if get_origin(tp) is collections.abc.Callable and args and not _is_param_spec(args[0]):
        return (list(args[:-1]), args[-1])
    return args


def _strip_extras(tp):
    """tp without an outer Annotated, Required or NotRequired."""
    while isinstance(tp, _GenericAlias) and tp.__origin__ in (Annotated, Required, NotRequired):
        tp = tp.__args__[0]
    return tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (merged along its MRO), module or function,
    with None as NoneType and string annotations (forward references, or
    all of them under `from __future__ import annotations`) evaluated in
    the namespaces CPython uses."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            base_globals = globalns if globalns is not None else _module_dict(base)
            base_locals = localns if localns is not None else dict(vars(base))
            if globalns is None and localns is None:
                # CPython looks in the module before the class namespace.
                namespaces = (base_globals, base_locals)
            else:
                namespaces = (base_locals, base_globals)
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _convert(_resolve(_convert(value), namespaces))
    else:
        if isinstance(obj, types.ModuleType):
            module_globals = vars(obj)
        else:
            inner = obj
            while hasattr(inner, "__wrapped__"):
                inner = inner.__wrapped__
            module_globals = _module_dict(inner)
        if globalns is None:
            globalns = module_globals
        namespaces = (localns if localns is not None else globalns, globalns)
        annotations = getattr(obj, "__annotations__", {})
        hints = {name: _convert(_resolve(_convert(value), namespaces))
                 for name, value in annotations.items()}
    if not include_extras:
        hints = {name: _strip_extras(value) for name, value in hints.items()}
    return hints


def _module_dict(obj):
    """The globals of the module that defined obj (empty if unknown)."""
    module = sys.modules.get(getattr(obj, "__module__", None), None)
    return vars(module) if module is not None else {}


def _resolve(tp, namespaces):
    """tp with its forward references (strings, ForwardRef) evaluated,
    inside aliases too (not a Literal's values, nor Annotated's metadata)."""
    if isinstance(tp, ForwardRef):
        tp = tp.__forward_arg__
    if isinstance(tp, str):
        return _resolve(_eval_annotation(tp, namespaces), namespaces)
    if isinstance(tp, _GenericAlias) and tp._name != "Literal":
        args = tp.__args__
        if tp.__origin__ is Annotated:
            resolved = (_resolve(args[0], namespaces),) + tuple(args[1:])
        else:
            resolved = tuple(_resolve(a, namespaces) for a in args)
        if resolved != args:
            if tp._name == "Union":
                return _union(Union, resolved)
            return _GenericAlias(tp.__origin__, resolved, tp._name, tp._inst)
    return tp


def _eval_annotation(text, namespaces):
    """The value of an annotation written as text. taipan has no eval():
    the expression is parsed and its names, attributes, subscripts,
    constants, lists, tuples and `|` unions are evaluated here."""
    import _ast_parser
    try:
        tree = _ast_parser.parse_expression(text.strip())
    except SyntaxError:
        raise SyntaxError("Forward reference must be an expression -- got %r" % (text,)) from None
    return _eval_node(tree.body, namespaces, text)


def _eval_node(node, namespaces, text):
    kind = type(node).__name__
    if kind == "Name":
        for namespace in namespaces:
            if node.id in namespace:
                return namespace[node.id]
        if hasattr(builtins, node.id):
            return getattr(builtins, node.id)
        raise NameError("name %r is not defined" % (node.id,))
    if kind == "Constant":
        return node.value
    if kind == "Attribute":
        return getattr(_eval_node(node.value, namespaces, text), node.attr)
    if kind == "Subscript":
        return _eval_node(node.value, namespaces, text)[_eval_node(node.slice, namespaces, text)]
    if kind == "Tuple":
        return tuple(_eval_node(e, namespaces, text) for e in node.elts)
    if kind == "List":
        return [_eval_node(e, namespaces, text) for e in node.elts]
    if kind == "BinOp" and type(node.op).__name__ == "BitOr":
        return _eval_node(node.left, namespaces, text) | _eval_node(node.right, namespaces, text)
    raise TypeError("taipan: get_type_hints cannot evaluate the annotation %r "
                    "(only names, attributes, subscripts, constants and | unions)" % (text,))
