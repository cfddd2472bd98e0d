# type(name, bases, dict) makes a class as a class statement would: plugin
# factories, dynamic exception types, generated record classes.


def make_layer(name, units, activation="relu"):
    def forward(self, x):
        return [max(0.0, v) if self.activation == "relu" else v for v in x][: self.units]

    return type(name, (object,), {"units": units, "activation": activation, "forward": forward,
                                  "__repr__": lambda self: f"{name}({units})"})


Dense = make_layer("Dense", 2)
Linear = make_layer("Linear", 3, "linear")
print(Dense, Dense().forward([-1.0, 2.0, 3.0]), Linear().forward([-1.0, 2.0, 3.0, 4.0]))
print(Dense.__name__, type(Dense()).__mro__, repr(Dense()))
Sub = type("Sub", (Dense,), {})
print(Sub(), issubclass(Sub, Dense), Sub.__bases__, Sub.__qualname__)
class Plugin:
    registry = []
    def __init_subclass__(cls, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.priority = priority
        Plugin.registry.append(cls.__name__)
P = type("P", (Plugin,), {"run": lambda self: "run"}, priority=3)
print(P, P.priority, P().run(), Plugin.registry, P.__module__, P.__qualname__, P.__name__, P.__doc__)
E = type("ConfigError", (ValueError,), {"code": 3, "__doc__": "bad config"})
try:
    raise E("oops")
except ValueError as e:
    print(type(e).__name__, e, e.code, E.__doc__, E.__mro__)
S = type("S", (), {"__slots__": ("a",), "__init__": lambda self, a: setattr(self, "a", a)})
s = S(1)
print(s.a, hasattr(s, "__dict__"))
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError:", e)
I = type("I", (int,), {"double": lambda self: self * 2})
print(I(4).double(), I(4) + 1, isinstance(I(1), int))
for bad in [(1, (), {}), ("X", [object], {}), ("X", (), []), ("X", (1,), {})]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", (), {}, bogus=1)
except TypeError as e:
    print("TypeError:", e)
ns = {"x": 1}
T = type("T", (), ns)
ns["y"] = 2
print(hasattr(T, "y"), T.x, "__module__" in ns, sorted(k for k in T.__dict__ if not k.startswith("__")))
Dyn = type("Dyn", (object,), {"__eq__": lambda s, o: True})
print(Dyn.__hash__, Dyn() == 1)
try:
    type("Q", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
print(type("Q2", (), {"__qualname__": "Outer.Q2"}).__qualname__)
M = type("M", (Plugin,), dict(priority_note="x"))
print(M.priority, type(M), type(type("A", (), {})()).__name__)
