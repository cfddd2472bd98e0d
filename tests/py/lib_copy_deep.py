# copy.deepcopy: nested containers, shared references, cycles, memo, __deepcopy__, user classes, slots
import copy

shared = [1, 2]
orig = {"a": shared, "b": shared, "t": (shared, 3), "s": {4, 5}, "f": frozenset({6}), "n": (1, "x")}
dup = copy.deepcopy(orig)
print(dup == orig, dup["a"] is shared, dup["a"] is dup["b"], dup["t"][0] is dup["a"])
print(dup["n"] is orig["n"], dup["t"] is orig["t"], type(dup["s"]).__name__, dup["s"] == orig["s"])
for x in [None, 5, 2.5, "str", b"by", (1, 2), (), len, int, range(2)]:
    print(type(x).__name__, copy.deepcopy(x) is x)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is cyc, c2[0])
d = {"k": None}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2, d2 is d, copy.deepcopy(bytearray(b"xy")))
lst = []
tup = (lst,)
lst.append(tup)
tup2 = copy.deepcopy(tup)
print(tup2[0][0] is tup2, tup2 is tup, type(tup2).__name__)
memo = {}
a = [shared]
b = copy.deepcopy(a, memo)
c = copy.deepcopy([shared], memo)
print(b[0] is c[0], memo[id(shared)] is b[0], id(a) in memo)
pre = {id(shared): "replaced"}
print(copy.deepcopy([shared, 1], pre))

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None
root = Node("root")
kid = Node([1, 2])
kid.parent = root
root.children.append(kid)
root2 = copy.deepcopy(root)
k2 = root2.children[0]
print(type(root2).__name__, root2 is root, k2.parent is root2, k2.value == kid.value, k2.value is kid.value)
cbs = copy.deepcopy({"kid": kid, "m": kid.__init__, "f": kid.children.append, "s": slice(1, [2])})
print(cbs["m"].__self__ is cbs["kid"], cbs["m"].__func__ is Node.__init__, cbs["f"].__self__ is kid.children)
print(cbs["s"], cbs["s"].stop is not None, copy.copy(kid.__init__).__self__ is kid)
class Deep:
    def __init__(self, data):
        self.data = data
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Deep(copy.deepcopy(self.data, memo) + ["copied"])
dd = copy.deepcopy([Deep([1]), 2])
print(dd[0].data, dd[1])
class Hook:
    def __init__(self):
        self.items = [[0]]
    def __getstate__(self):
        return self.items
    def __setstate__(self, state):
        print("setstate", state, state is h.items)
        self.items = state
h = Hook()
h2 = copy.deepcopy(h)
print(h2.items == h.items, h2.items is h.items)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = [1]
s = Slotted()
s2 = copy.deepcopy(s)
s3 = copy.copy(s)
print(s2.x, s2.x is s.x, s3.x is s.x, hasattr(s2, "y"))
class Sub(Slotted):
    pass
sub = Sub()
sub.y = "why"
sub.extra = {"k": [2]}
sub2 = copy.deepcopy(sub)
print(type(sub2).__name__, sub2.x, sub2.y, sub2.extra, sub2.extra is sub.extra)
class Bag(list):
    pass
bag = Bag([[1], [2]])
bag.label = ["L"]
bag2 = copy.deepcopy(bag)
print(type(bag2).__name__, bag2, bag2[0] is bag[0], bag2.label, bag2.label is bag.label)
