from typing import NamedTuple, List


class Detection(NamedTuple):
    label: str
    score: float
    box: List[int] = [0, 0, 0, 0]

    def scaled(self, k):
        return self._replace(score=self.score * k)


d = Detection("cat", 0.9)
print(d, d.label, d[1], len(d))
print(d.scaled(0.5))
print(d._asdict())
print(Detection._fields, Detection._field_defaults)
a, b, c = d
print(a, b, c)
print(isinstance(d, tuple), d == ("cat", 0.9, [0, 0, 0, 0]))
print(sorted([Detection("b", 0.1), Detection("a", 0.2)]))


class Pair(NamedTuple):
    """A pair of ints."""
    left: int
    right: int = 0

    def total(self):
        return self.left + self.right

    def __repr__(self):
        return "Pair<%d,%d>" % self


print(Pair(1), Pair(2, 3).total(), Pair.__doc__, Pair._field_defaults)
print(Pair(right=5, left=1), Pair._make([7, 8]))


class Triple(Pair):
    def total(self):
        return 10 * super().total()


t = Triple(1, 2)
print(t.total(), t, isinstance(t, Pair), Triple._fields)
try:
    class Broken(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Pair(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(Detection.__annotations__)
print(hash(Pair(1, 2)) == hash((1, 2)), Pair(1, 2) == (1, 2))


class Entries:
    def __mro_entries__(self, bases):
        return (dict,)


class FromEntries(Entries()):
    pass


print(FromEntries.__bases__, FromEntries.__orig_bases__[0].__class__.__name__)
