# functools.singledispatch: dispatch through the MRO and ABCs, register forms, dispatch(), registry, errors.
from functools import singledispatch
from collections.abc import Mapping, Sequence, Sized, Iterable, MutableMapping
import collections


@singledispatch
def describe(x, prefix=""):
    """Describe x."""
    return prefix + "object"


@describe.register
def _(x: int, prefix=""):
    return prefix + "int %d" % x


@describe.register(float)
def _describe_float(x, prefix=""):
    return prefix + "float %r" % x


describe.register(str, lambda x, prefix="": prefix + "str " + x)


@describe.register
def _(x: list, prefix=""):
    return prefix + "list of %d" % len(x)


@describe.register(Mapping)
def _(x, prefix=""):
    return prefix + "mapping " + ",".join(sorted(map(str, x)))


@describe.register(Sequence)
def _(x, prefix=""):
    return prefix + "sequence %d" % len(x)


@describe.register(bytes | bytearray)
def _(x, prefix=""):
    return prefix + "bytes-like %d" % len(x)


class MyInt(int):
    pass


class Node:
    pass


class Leaf(Node):
    pass


describe.register(Node, lambda x, prefix="": prefix + "node " + type(x).__name__)
for v in (1, True, MyInt(7), 2.5, "hi", [1, 2], {"b": 1, "a": 2}, (1, 2, 3), range(4), b"xy", bytearray(b"z"),
          collections.OrderedDict(q=1), collections.deque([1]), None, Leaf(), Node(), {1}):
    print(describe(v), "|", describe(v, prefix="> "))
print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)
print(describe.dispatch(bool).__name__, describe.dispatch(float) is _describe_float, describe.dispatch(object).__name__)
print(sorted(k.__name__ for k in describe.registry), describe.registry[object].__name__)
print(describe.dispatch(dict) is describe.registry[Mapping], describe.dispatch(tuple) is describe.registry[Sequence])


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __getitem__(self, i):
        return (self.a, self.b)[i]

    def __len__(self):
        return 2


print(describe(Pair(1, 2)))
Sequence.register(Pair)
print(describe(Pair(1, 2)))


@singledispatch
def g(x):
    return "base"


g.register(Sized, lambda x: "sized")
g.register(Iterable, lambda x: "iterable")
for v in ([1], {1: 2}, 5):
    try:
        print(g(v))
    except RuntimeError as e:
        print("RuntimeError", e)
g.register(list, lambda x: "list")
print(g([1]))
for bad in (1, "x"):
    try:
        g.register(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    @g.register
    def _(x: 5):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    g.register(3, lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    g()
except TypeError as e:
    print("TypeError", e)


@g.register
def _(x: "int"):
    return "int via string"


print(g(3), g(None))
