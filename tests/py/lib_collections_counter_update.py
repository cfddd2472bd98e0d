# Counter(iterable) and Counter.update(iterable) count through
# mapping.get and item assignment, so a subclass that overrides either is
# called for every element, as with CPython's _count_elements.
import collections

c = collections.Counter("abracadabra 東京東")
print(sorted(c.items()), c.total())
c.update(w for w in "the cat the hat".split())
c.update(["a", "a"], z=2)
print(sorted(c.items()))
c["x"] = 0.5
c.update("xx")
print(c["x"], c.most_common(3))


class Logged(collections.Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


class Doubling(collections.Counter):
    def get(self, key, default=None):
        return 2 * dict.get(self, key, default)


print(Logged("aba"))
print(Doubling("aaab"))
try:
    collections.Counter([[1], [2]])
except TypeError as e:
    print("TypeError", e)


def gen():
    yield "a"
    raise ValueError("stopped")


d = collections.Counter()
try:
    d.update(gen())
except ValueError as e:
    print("ValueError", e, dict(d))
print(collections.Counter(range(5)) + collections.Counter(range(3)), collections.Counter(b"abca"))
