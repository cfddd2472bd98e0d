# __getattribute__ overrides: every attribute read goes through them,
# object.__getattribute__ is the generic look-up, __getattr__ is the fallback.


class Counting:
    def __init__(self):
        self.reads = []
        self.x = 1

    def __getattribute__(self, name):
        if name != "reads":
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def double(self):
        return self.x * 2


c = Counting()
print(c.x, c.double(), c.reads)
print(getattr(c, "missing", "default"), hasattr(c, "nope"), c.reads[-2:])
try:
    c.absent
except AttributeError as e:
    print("AttributeError:", e)


class WithFallback:
    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback:" + name


w = WithFallback()
w.value = 3
print(w.value, w.hidden_thing, hasattr(w, "hidden2"), getattr(w, "hidden3", None))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        target = object.__getattribute__(self, "_target")
        return getattr(target, name)


p = Proxy([3, 1, 2])
print(p.count(1), p.index(2), type(p).__name__)
p.sort()
print(object.__getattribute__(p, "_target"))


class Base:
    def __getattribute__(self, name):
        if name == "answer":
            return 42
        return object.__getattribute__(self, name)


class Child(Base):
    @property
    def shape(self):
        return (2, 3)


ch = Child()
print(ch.answer, ch.shape, isinstance(ch, Base))
try:
    object.__getattribute__(ch, "answer")
except AttributeError as e:
    print("AttributeError:", e)


class Raising:
    def __getattribute__(self, name):
        raise KeyError(name)


try:
    Raising().anything
except KeyError as e:
    print("KeyError:", e)
print(hasattr(Raising, "__getattribute__"))
