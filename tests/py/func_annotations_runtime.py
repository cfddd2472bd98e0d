# Annotations as CPython stores them: module, class and function.
from typing import List, Dict, Optional, Tuple, Union, Callable, Any, ClassVar

counter: int = 0
names: List[str]
width: "int" = 640
print(__annotations__)
print(counter, width)
try:
    print(names)
except NameError as e:
    print("NameError:", e)


class Config:
    """A config."""
    size: int = 224
    mean: Tuple[float, float, float] = (0.485, 0.456, 0.406)
    labels: Optional[Dict[str, int]]
    scale: float
    registry: ClassVar[int] = 3
    __secret: str = "x"

    def method(self, x: int, *rest: str, flag: bool = False, **kw: Any) -> "Config":
        return self


print(Config.__annotations__)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
print(hasattr(Config, "scale"), Config.size)
print(Config.method.__annotations__)


def plain(a, b=1):
    return a


print(plain.__annotations__)
plain.__annotations__["a"] = int
print(plain.__annotations__)


def pos_only(a: int, /, b: str, *c: float, d: bytes, **e: list) -> None:
    pass


print(pos_only.__annotations__)
f = lambda x: x
print(f.__annotations__)


class Point:
    x: int
    y: int

    def __init__(self):
        self.x: int = 1
        self.z: float
        local: str = "a"
        other: int
        print(local)


p = Point()
print(p.x, hasattr(p, "z"), Point.__annotations__)


def local_only():
    value: int
    try:
        return value
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(local_only())


class Empty:
    def f(self):
        pass


print("__annotations__" in Empty.__dict__)
if True:
    nested: float = 1.5
for i in range(1):
    in_loop: int = i
print(__annotations__)

d = {}
d["k"]: int = 5
print(d)


class Holder:
    pass


h = Holder()
h.attr: str = "set"
print(h.attr)


def outer():
    T = float

    class Inner:
        a: T
        b: List[T] = []

    return Inner


print(outer().__annotations__)
print(Union[int, str], Callable[[int], str])
