# Assigning a class's __name__, __qualname__ and __module__ changes its
# repr and its instances' default repr; subclasses keep their own.
import collections


class K:
    pass


class L(K):
    pass


K.__name__ = "Renamed"
print(K, L, K.__name__, L.__name__, K.__qualname__)
K.__qualname__ = "Outer.Renamed"
print(K, K.__name__, K.__qualname__, repr(K()).split(" object")[0])
K.__module__ = "elsewhere"
print(K, K.__module__, L.__module__, repr(K()).split(" object")[0])
for name, value in (("__name__", 3), ("__qualname__", None)):
    try:
        setattr(K, name, value)
    except TypeError as e:
        print("TypeError", e)
K.__module__ = 5
print(K.__module__)

Point = collections.namedtuple("Point", "x y")
print(Point, Point(1, 2), Point.__name__, Point.__qualname__)


def factory(name):
    class Made:
        pass
    Made.__name__ = name
    Made.__qualname__ = name
    return Made


print(factory("Alpha"), factory("Beta")().__class__.__name__)
