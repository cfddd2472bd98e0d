# copy.copy: builtins (identity for immutables), user classes, __copy__, __getstate__/__setstate__, builtin subclasses
import copy

for x in [None, True, 3, 2 ** 80, 1.5, "s", b"b", (1, [2]), frozenset({1}), range(3), len, int, print]:
    print(type(x).__name__, copy.copy(x) is x)
inner = [1, 2]
for x in [[inner, 3], {"k": inner}, {inner[0], 9}, bytearray(b"ab")]:
    y = copy.copy(x)
    print(type(y).__name__, y == x, y is x)
lst = [inner]
c = copy.copy(lst)
print(c[0] is inner, c is lst)
print(copy.error is copy.Error, issubclass(copy.Error, Exception))

class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y
p = Point(1, inner)
q = copy.copy(p)
print(type(q).__name__, q is p, q.x, q.y is inner, sorted(vars(q)))
q.x = 99
print(p.x, q.x)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v * 2)
print(copy.copy(Custom(5)).v)
class Stateful:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __getstate__(self):
        print("getstate")
        return {"a": self.a}
    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state, restored=True)
s = copy.copy(Stateful())
print(sorted(vars(s).items()))
class MyList(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
    def append(self, x):
        print("append", x)
        list.append(self, x)
ml = MyList([1, inner], "t")
ml2 = copy.copy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is inner)
class MyDict(dict):
    pass
md = MyDict(a=1)
md.extra = "x"
md2 = copy.copy(md)
print(type(md2).__name__, md2, md2.extra)
class MyInt(int):
    pass
mi = MyInt(7)
mi.note = "n"
mi2 = copy.copy(mi)
print(type(mi2).__name__, mi2, mi2 + 1, mi2.note)
class MyTuple(tuple):
    pass
mt = copy.copy(MyTuple((1, 2)))
print(type(mt).__name__, mt, len(mt))
err = ValueError("bad", 2)
err.extra = 1
err2 = copy.copy(err)
print(type(err2).__name__, err2.args, err2.extra, err2 is err)
def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print("generator", e)
