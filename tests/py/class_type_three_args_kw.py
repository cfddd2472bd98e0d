class Base:
    def hello(self):
        return "hello from " + type(self).__name__

def init(self, x):
    self.x = x

Point = type("Point", (Base,), {"__init__": init, "scale": 2, "double": lambda self: self.x * self.scale})
p = Point(21)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__mro__[1].__name__)
print(p.x, p.double(), p.hello(), isinstance(p, Base))
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty().__class__.__name__, repr(Empty)[:22])
ns = {"__module__": "models", "tag": "t"}
M = type("M", (object,), ns)
print(M.__module__, M.tag, "tag" in ns, M.__dict__ is not ns)
class WithInit:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        WithInit.registry.append((cls.__name__, key))
S = type("S", (WithInit,), {}, key="k1")
print(WithInit.registry)
Eq = type("Eq", (), {"__eq__": lambda a, b: True})
print(Eq.__hash__)
Slotted = type("Slotted", (), {"__slots__": ("a",)})
s = Slotted(); s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError", e)
for bad in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", ())
except TypeError as e:
    print("TypeError:", e)
def make(name):
    return type(name, (Exception,), {"code": 7})
E = make("MyError")
try:
    raise E("boom")
except Exception as e:
    print(type(e).__name__, e, e.code, isinstance(e, Exception))
