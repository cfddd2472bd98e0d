# operator: itemgetter, attrgetter (dotted, several names), methodcaller: results, reprs, errors
from operator import itemgetter, attrgetter, methodcaller

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25), ("a", 1, 7.0)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(0, 1)))
print(list(map(itemgetter(-1), rows)), itemgetter(slice(1, None))("hello"))
print(itemgetter("k")({"k": 5}), itemgetter("a", "b", "a")({"a": 1, "b": 2}))
print(itemgetter(1)("xyz"), itemgetter(0, 0)([4]), itemgetter(2)(range(10)))
print(repr(itemgetter(1)), repr(itemgetter("a", (1, 2))))
show("itemgetter none", lambda: itemgetter())
show("itemgetter index", lambda: itemgetter(5)([1]))
show("itemgetter key", lambda: itemgetter("z")({}))
show("itemgetter multi missing", lambda: itemgetter(0, 9)("ab"))
try:
    itemgetter(1)("ab", "cd")
except TypeError as e:
    print("itemgetter two args", type(e).__name__)

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting="hi", *rest, punct="!"):
        return greeting + " " + self.name + "".join(rest) + punct
tree = Node("root", Node("mid", Node("leaf")))
print(attrgetter("name")(tree), attrgetter("child.name")(tree), attrgetter("child.child.name")(tree))
print(attrgetter("name", "child.name", "child.child.child")(tree))
print(sorted([Node("b"), Node("a"), Node("c")], key=attrgetter("name"))[0].name)
print(attrgetter("real", "imag")(3), attrgetter("__class__.__name__")([]))
print(repr(attrgetter("a")), repr(attrgetter("a", "b.c")))
show("attrgetter missing", lambda: attrgetter("nope")(tree))
show("attrgetter deep missing", lambda: attrgetter("child.zzz")(tree))
show("attrgetter none in path", lambda: attrgetter("child.child.child.name")(tree))
show("attrgetter int", lambda: attrgetter(1))
show("attrgetter mixed", lambda: attrgetter("a", 2))
show("attrgetter none", lambda: attrgetter())

print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"))
print(methodcaller("split", ",", 1)("a,b,c"), methodcaller("split", sep="-", maxsplit=1)("x-y-z"))
print(methodcaller("greet")(tree), methodcaller("greet", "yo", "?", "!", punct=".")(tree))
print(methodcaller("get", "k", 0)({}), methodcaller("count", 1)([1, 2, 1]))
print(list(map(methodcaller("strip", "*"), ["*a*", "**b", "c"])))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "x")), repr(methodcaller("f", 2, key=[3])))
nums = [3, 1, 2]
methodcaller("sort", reverse=True)(nums)
print(nums, methodcaller("pop")(nums), nums)
mc = methodcaller("name", name="n", self="s")
print(repr(mc))
show("methodcaller int", lambda: methodcaller(5))
show("methodcaller missing", lambda: methodcaller("nope")(tree))
for bad in [lambda: methodcaller(), lambda: methodcaller("upper", 1)("a")]:
    try:
        bad()
    except TypeError as e:
        print("methodcaller bad args", type(e).__name__)
