"""types for taipan: SimpleNamespace, the union type `int | None` makes,
the alias `list[int]` makes, and names for the types of builtin objects.

The interpreter builds `X | Y` for classes and None through `_union`
here and `list[int]` through `GenericAlias`, and `isinstance`/`issubclass`
accept a `UnionType` as they accept a tuple of classes.
"""

import sys

FunctionType = type(lambda: None)
LambdaType = FunctionType
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
NoneType = type(None)
EllipsisType = type(...)
ModuleType = type(sys)


def _generator():
    yield


GeneratorType = type(_generator())


class _Bound:
    def method(self):
        pass


MethodType = type(_Bound().method)


class SimpleNamespace:
    """Attribute access to the keyword arguments it was made with."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable).items():
            setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return ("namespace(" if type(self) is SimpleNamespace else type(self).__name__ + "(") + items + ")"

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


def _arg_repr(arg):
    if arg is NoneType:
        return "None"
    if isinstance(arg, type):
        if arg.__module__ == "builtins":
            return arg.__qualname__
        return arg.__module__ + "." + arg.__qualname__
    return repr(arg)


class UnionType:
    """`X | Y` of classes (and None): usable in annotations and as the
    second argument of isinstance() and issubclass()."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join(_arg_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class GenericAlias:
    """A builtin class with type arguments: `list[int]`, `dict[str, int]`.
    Calling it makes an instance of the class."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        if not self.__args__:
            args = "()"
        else:
            args = ", ".join("..." if a is ... else _arg_repr(a) if isinstance(a, type) else repr(a)
                             for a in self.__args__)
        return _arg_repr(self.__origin__) + "[" + args + "]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        return getattr(self.__origin__, name)


def _union(left, right):
    """`left | right`, flattened, without repeats (NotImplemented for an
    operand that is not a class, None or a union)."""
    args = []
    for operand in (left, right):
        if operand is None:
            operand = NoneType
        if isinstance(operand, UnionType):
            parts = operand.__args__
        elif isinstance(operand, type) or (hasattr(operand, "__origin__") and hasattr(operand, "__args__")):
            parts = (operand,)
        else:
            return NotImplemented
        for part in parts:
            if part not in args:
                args.append(part)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
