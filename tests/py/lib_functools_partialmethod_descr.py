# functools.partialmethod over other descriptors and abstract methods
from functools import partialmethod
from abc import ABC, abstractmethod


class Desc:
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return lambda *a, **k: ("desc", obj.n, a, sorted(k.items()))

    def __call__(self, *a, **k):
        return ("called", len(a), sorted(k))


class Same:
    def __get__(self, obj, cls=None):
        return self

    def __call__(self, *a):
        return ("same", len(a))


class Host:
    n = 4
    d = partialmethod(Desc(), 1, z=2)
    s = partialmethod(Same(), "x")


h = Host()
print(h.d(3), Host.d(h, 9), h.s(), Host.s(h))


class Base(ABC):
    @abstractmethod
    def area(self, scale):
        pass

    scaled = partialmethod(area, 2)


class Sq(Base):
    def area(self, scale):
        return scale * 3


class Sq2(Sq):
    scaled = partialmethod(Sq.area, 4)


print(Base.__dict__["scaled"].__isabstractmethod__, Base.scaled.__isabstractmethod__)
for cls in (Base, Sq):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Sq2().scaled(), Sq2().area(5), Sq2.scaled(Sq2()), Sq2.scaled.__isabstractmethod__)
