# collections.abc: Set / MutableSet mixins (comparisons, & | - ^, in-place operators, remove, pop) on user classes.
from collections.abc import Set, MutableSet


class Bits(Set):
    def __init__(self, items=()):
        self._s = frozenset(items)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def __repr__(self):
        return "Bits(%s)" % sorted(self._s)

    __hash__ = Set._hash


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a & [1, 9], [3, 4] - a, a - [3])
print(a <= b, a <= Bits([1, 2, 3, 5]), a < a, a == Bits([3, 2, 1]), a == {1, 2, 3}, a >= Bits([1]), a > Bits([1]))
print(a.isdisjoint([7]), a.isdisjoint([1]), hash(a) == hash(Bits([3, 1, 2])))
print(type(a | b).__name__, {1, 2} | a, {5} & a, {1, 5} ^ a, [2] | a)


class Bag(MutableSet):
    def __init__(self, items=()):
        self._s = set(items)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)

    def __repr__(self):
        return "Bag(%s)" % sorted(self._s)


g = Bag([5, 1])
g |= [2, 3]
print(g)
g &= [1, 2, 3, 8]
print(g)
g ^= [3, 4]
print(g)
g -= [1]
print(g, g.pop(), g)
g.remove(4)
try:
    g.remove(4)
except KeyError as e:
    print("KeyError", e)
g.clear()
print(g, len(g))
for cls in (Set, MutableSet):
    try:
        cls()
    except TypeError as e:
        print(e)
