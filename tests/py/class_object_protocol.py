# Odds and ends of the object protocol: __call__ on every callable, dir()
# without an argument, object.__init__'s argument check, and the repr of
# bytearray/set/frozenset subclasses.
import math


def f(x=1):
    return x * 2


class Plain:
    pass


class WithCall:
    def __call__(self, v):
        return v + 1


print(hasattr(f, "__call__"), hasattr(len, "__call__"), hasattr(int, "__call__"))
print(hasattr(Plain, "__call__"), hasattr(Plain(), "__call__"), hasattr(3, "__call__"))
print(f.__call__(4), len.__call__("abc"), int.__call__("12"), WithCall()(1))
print(hasattr(math.sqrt, "__call__"), hasattr([].append, "__call__"), [1].pop.__call__())
print(callable(f.__call__), type(Plain.__call__()).__name__)

threshold = 0.5


def local_names(a, b=2):
    c = a + b
    return dir()


print(local_names(1))
print([n for n in dir() if not n.startswith("__")])


class Scoped:
    x = 1
    names = dir()


print([n for n in Scoped.names if not n.startswith("__")])


class TakesX:
    def __init__(self, x):
        super().__init__(x)


class Mixin:
    def __init__(self, **kw):
        super().__init__(**kw)


class Base:
    def __init__(self, a=0, **kw):
        super().__init__(**kw)
        self.a = a


class Both(Mixin, Base):
    pass


class OwnNew:
    def __new__(cls, *args):
        return super().__new__(cls)


print(Both(a=3).a)
for make in (lambda: TakesX(1), lambda: Both(a=1, b=2), lambda: object.__init__(Plain(), 1)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
object.__init__(OwnNew(1), 5)
print("OwnNew ok")


class Buf(bytearray):
    pass


class Tags(set):
    pass


class Frozen(frozenset):
    pass


print(repr(Buf(b"ab")), Buf(), Tags({(1, 2)}), Tags(), repr(Frozen({3})), Frozen())
print(f"{Tags({4})}", str(Buf(b"x")), [Tags({5})])
