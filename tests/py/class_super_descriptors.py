# super() resolves what it finds as a descriptor: a property read through
# super(C, cls) is the property object itself (so a subclass can call its
# fset), and a descriptor object's __get__ runs with the instance (or None
# for a class) and the starting type.


class Base:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x


class Doubled(Base):
    @property
    def v(self):
        return super().v * 2

    @v.setter
    def v(self, x):
        super(Doubled, type(self)).v.fset(self, x + 1)


d = Doubled()
d.v = 4
print(d.v, d._v, type(super(Doubled, Doubled).v).__name__, super(Doubled, Doubled).v is Base.v)


class Unit:
    """A descriptor that reports how it was reached."""

    def __init__(self, text):
        self.text = text

    def __get__(self, obj, owner=None):
        return (self.text, type(obj).__name__, owner.__name__)


class Meters:
    unit = Unit("m")


class Kilometers(Meters):
    unit = Unit("km")

    def both(self):
        return self.unit, super().unit

    @classmethod
    def both_cls(cls):
        return super().unit


k = Kilometers()
print(k.both())
print(Kilometers.both_cls())


class NoGetter(Base):
    w = property(None, lambda self, v: None)


class Child(NoGetter):
    def read(self):
        return super().w


try:
    Child().read()
except AttributeError as e:
    print("AttributeError:", e)
