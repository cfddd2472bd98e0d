# collections.namedtuple: field specs, construction, access, tuple behaviour, _make/_replace/_asdict, defaults, rename, errors
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), str(p), f"{p}", [p], (p,))
print(p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p), 2 in p, 5 in p)
x, y = p
print(x, y, Point(y=5, x=6), Point(7, y=8), type(p).__name__, Point.__name__)
print(Point._fields, p._fields, Point._field_defaults, Point.__doc__)
print(p == (1, 2), (1, 2) == p, p != (1, 2), (1, 2) != p, p == Point(1, 2), p == (2, 1), p == [1, 2])
print(hash(p) == hash((1, 2)), {p: "a"}[(1, 2)], {(1, 2): "b"}[p], len({p, (1, 2), Point(1, 2)}))
print(p < (1, 3), (0, 9) < p, p >= Point(1, 2), sorted([Point(2, 0), Point(1, 5), Point(1, 1)]))
print(p + (3,), (0,) + p, p * 2, 2 * p, p.count(1), p.index(2), max(Point(3, 1), Point(2, 9)))
print(p._asdict(), type(p._asdict()).__name__, p._replace(y=20), p, Point._make([8, 9]), Point._make(iter("ab")))
print(list(reversed(p)), list(zip(*[Point(1, 2), Point(3, 4)])), dict([Point("k", "v")]), "{0}-{1}".format(*p))

Color = namedtuple("Color", "red, green blue")
print(Color(1, 2, 3), Color._fields)
Opts = namedtuple("Opts", "verbose depth name", defaults=[3, "n"])
print(Opts(True), Opts(False, 1), Opts(0, name="z"), Opts._field_defaults)
R = namedtuple("R", ["ok", "def", "_private", "ok", "1bad", "fine"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
Empty = namedtuple("Empty", "")
print(Empty(), len(Empty()), Empty._fields, Empty() == ())
Pair = namedtuple("Pair", ("a", "b"), defaults=(None,))
print(Pair(1), Pair(1, 2), Pair._make((3, 4)))

attempt("missing:", lambda: Point(1))
attempt("missing 3:", lambda: namedtuple("Q", "a b c")())
attempt("too many:", lambda: Point(1, 2, 3))
attempt("too many dflt:", lambda: Opts(1, 2, 3, 4))
attempt("too many empty:", lambda: Empty(1))
attempt("unexpected kw:", lambda: Point(1, 2, z=3))
attempt("multiple:", lambda: Point(1, x=3))
attempt("_make:", lambda: Point._make([1]))
attempt("_replace:", lambda: p._replace(z=1))
attempt("underscore:", lambda: namedtuple("P", "x _y"))
attempt("duplicate:", lambda: namedtuple("P", "x x"))
attempt("keyword:", lambda: namedtuple("P", "x def"))
attempt("identifier:", lambda: namedtuple("P", "x 1a"))
attempt("typename:", lambda: namedtuple("class", "x"))
attempt("defaults:", lambda: namedtuple("P", "x", defaults=(1, 2)))
attempt("index:", lambda: p[5])
attempt("tuple index:", lambda: p.index(7))
for label, action in [("set field:", lambda: setattr(p, "x", 5)), ("new attr:", lambda: setattr(p, "w", 5))]:
    try:
        action()
    except AttributeError as e:
        print(label, type(e).__name__)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2, type(v).__name__, Vec._fields, Vec._make([0, 1]), v._replace(x=0), isinstance(v, Vec))
