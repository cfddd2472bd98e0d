# collections.namedtuple classes are real tuple subclasses: isinstance, %-formatting, tuple operations, json, subclass __new__
import json
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(isinstance(p, tuple), issubclass(Point, tuple), Point.__bases__, type(p).__mro__[1:])
print("%d %d" % p, "%s/%s" % Point("a", "b"), "(%r)" % (p,), "%(x)s" % p._asdict())
print(tuple(p), type(tuple(p)).__name__, list(p), p + (3,), (0,) + p, p + p, type(p + p).__name__)
print(p * 2, 2 * p, p * 0, len(p), len(Point(0, 0)), p[:1], p[::-1], p[1:], type(p[:]).__name__)
print(p == (1, 2), (1, 2) == p, p < (1, 3), (1, 3) > p, p <= (1, 2), p > (0, 99), p != Point(2, 1))
print(hash(p) == hash(tuple(p)), hash(p) == hash((1, 2)), {p: 1} == {(1, 2): 1}, p in {(1, 2)})
pts = [Point(3, 1), Point(1, 2), Point(1, 1), Point(2, 5)]
print(sorted(pts), sorted(pts, key=lambda q: q.y), min(pts), max(pts, key=lambda q: q[1]))
print(json.dumps(p), json.dumps({"pts": pts[:2]}), json.dumps([Point("s", None)]))
print(tuple.__len__(p), tuple.__getitem__(p, 1), tuple.count(p, 1), p.index(2), Point.__getitem__(p, 0))
a, *rest = Point(7, 8)
print(a, rest, [x * 10 for x in p], sum(p), dict(zip(p._fields, p)), p.__getnewargs__())
print(Point._make([5, 6]), type(Point._make(range(2))).__name__, p._replace(x=9), Point.__match_args__)
print(repr(Point(x=[1], y={"k": (2,)})), str(Point("s", 1.5)), f"{Point(1, 2)!s:>20}|")
Nested = namedtuple("Nested", "inner label")
n = Nested(Point(1, 2), "n")
print(n, n.inner.x, n[0][1], tuple(n), json.dumps(n), "%s: %s" % n[::-1])


class Pos(namedtuple("Pos", "x y")):
    __slots__ = ()

    def __new__(cls, x, y=0):
        return super().__new__(cls, int(x), int(y))

    def __repr__(self):
        return "<%d,%d>" % self


q = Pos("4")
print(q, isinstance(q, tuple), isinstance(q, Pos), q.x + q.y, q._replace(y=3), Pos._make((1, 2)), "%d-%d" % q)


class Labeled(namedtuple("Labeled", "value")):
    def describe(self):
        return "value is %r" % self


lab = Labeled(5)
lab.note = "subclasses without __slots__ take attributes"
print(lab, lab.describe(), lab.note, lab == (5,), Labeled._fields)
