class Obj:
    cls_attr = "class"

    def __init__(self):
        self.a = 1

    def method(self):
        return "m"

o = Obj()
print(getattr(o, "a"), getattr(o, "missing", "dflt"), getattr(o, "cls_attr"), getattr(o, "method")())
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), hasattr(o, "zz"), hasattr(Obj, "method"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    getattr(o, "nope")
except AttributeError:
    print("AttributeError getattr")
try:
    delattr(o, "nope")
except AttributeError:
    print("AttributeError delattr")
setattr(Obj, "added", 42)
print(o.added, Obj.added)
print(callable(len), callable(o.method), callable(Obj), callable(o), callable(1), callable(lambda: 0), callable("s"))
print(type(o).__name__, type(1).__name__, type("").__name__, type(None).__name__, type([]).__name__, type(len).__name__)
print(type(1.5).__name__, type({}).__name__, type(set()).__name__, type(()).__name__, type(range(1)).__name__, type(b"").__name__)
print(type(o) is Obj, type(o) == Obj, o.__class__.__name__, Obj.__name__)
print(getattr(5, "real"), getattr("abc", "upper")(), hasattr([], "append"))
