# dataclasses: generated __init__/__repr__/__eq__, defaults, field(), __post_init__.
from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Point:
    x: int = 0
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, repr(Point()), Point(y=7), Point(1, y=2), p.norm2())
print(p == Point(3, 4), p == Point(4, 3), p != Point(3, 4), p == (3, 4))
print(p.x, p.y, Point.x, Point.__name__)
p.x = 10
print(p, [f.name for f in fields(Point)], [f.name for f in fields(p)])
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))


@dataclass
class Inventory:
    name: str = 'box'
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    secret: str = field(default='s', repr=False, compare=False)


a = Inventory()
b = Inventory()
a.items.append(1)
print(a, b, a.items is b.items, a.tags)
print(Inventory('x', [1]) == Inventory('x', [1], secret='other'), Inventory('x') == Inventory('y'))


@dataclass()
class Rect:
    w: float = 1.0
    h: float = 1.0
    area: float = field(default=0.0, init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3), Rect(h=5).area)
for call in (lambda: Point(1, 2, 3), lambda: Point(z=1), lambda: Point(1, x=1), lambda: Rect(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print('TypeError')


def make():
    @dataclass
    class Local:
        v: int = 1
    return Local()


print(make())


@dataclass(repr=False, eq=False)
class Plain:
    v: int = 5


q = Plain()
print(q.v, q == Plain(), q == q, hash(q) == hash(q), type(repr(q)).__name__)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError', e)
