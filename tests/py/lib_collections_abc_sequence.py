# collections.abc: Sequence / MutableSequence mixins (iteration, index, count, reversed, append, pop, ...) on user classes.
from collections.abc import Sequence, MutableSequence, Reversible, Hashable


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




for cls in (Sequence, MutableSequence):
    try:
        cls()
    except TypeError as e:
        print(e)
