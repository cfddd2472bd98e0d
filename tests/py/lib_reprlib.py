import reprlib
from collections import deque


class Batch:
    def __init__(self, items):
        self.items = items

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Batch({self.items!r})"


b = Batch([1, 2])
b.items.append(b)
print(repr(b), Batch.__repr__.__name__, Batch.__repr__.__qualname__)


class Tree:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Tree" + repr(self.children)


t = Tree()
t.children.append(t)
t.children.append(Tree())
print(t)
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
r.maxlevel = 2
data = {"tokens": list(range(100)), "text": "a very long prompt " * 5, "nested": [[1, [2, [3, [4]]]]], "big": 2 ** 200}
print(r.repr(data))
print(reprlib.repr(data))
for x in [list(range(20)), tuple(range(3)), (1,), set(range(10)), frozenset("abcdefgh"), {}, set(), frozenset(), deque(range(10)), "x" * 100, 10 ** 50, {"b": 1, "a": 2, "c": 3, "d": 4, "e": 5}, {1, (2,)}, {3, (2, 1), 7}, object, [[[[[[[1]]]]]]], 3.14159, None, b"bytes" * 20]:
    print(reprlib.repr(x))
r2 = reprlib.Repr()
r2.fillvalue = "~"
r2.maxother = 10
print(r2.repr(list(range(10))), r2.repr(3.14159265358979), r2.repr(object()).startswith("<obj"))


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(reprlib.repr(Broken()).split(" at ")[0])
