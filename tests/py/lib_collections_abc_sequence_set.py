# collections.abc: Sequence / MutableSequence / Set / MutableSet mixins on user classes.
from collections.abc import Sequence, MutableSequence, Set, MutableSet, Reversible, Hashable


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


q = Squares(6)
print(list(q), list(reversed(q)), 9 in q, 10 in q, q.index(16), q.count(4), q[1:3])
print(q.index(16, 2), q.index(16, -3), isinstance(q, Reversible), isinstance(q, Hashable))
try:
    q.index(7)
except ValueError as e:
    print("ValueError", repr(e))


class Vec(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return "Vec(%r)" % self._items


v = Vec([3, 1])
v.append(4)
v.extend([1, 5])
v += [9]
print(v, v.pop(), v.pop(0), v)
v.remove(1)
v.reverse()
print(v, len(v), v.count(1))
v.extend(v)
print(v)
v.clear()
print(v)


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
for cls in (Sequence, MutableSequence, Set, MutableSet):
    try:
        cls()
    except TypeError as e:
        print(e)
