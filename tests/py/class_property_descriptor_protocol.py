# property objects have __get__/__set__/__delete__, so descriptor-aware
# code (wrappers, proxies, generic attribute walkers) can call them.


class Sensor:
    def __init__(self):
        self._celsius = 20.0

    @property
    def celsius(self):
        """Temperature in C."""
        return self._celsius

    @celsius.setter
    def celsius(self, v):
        self._celsius = float(v)

    @celsius.deleter
    def celsius(self):
        self._celsius = 0.0

    fahrenheit = property(lambda self: self._celsius * 9 / 5 + 32)


def describe(cls, obj):
    """What a generic walker sees: descriptors resolved through __get__."""
    out = {}
    for name, attr in sorted(vars(cls).items()):
        if name.startswith("_"):
            continue
        tp = type(attr)
        kind = "data" if hasattr(tp, "__set__") else "non-data" if hasattr(tp, "__get__") else "plain"
        value = attr.__get__(obj, cls) if hasattr(tp, "__get__") else attr
        out[name] = (kind, value if not callable(value) else "<callable>")
    return out


s = Sensor()
prop = Sensor.__dict__["celsius"]
print(prop.__get__(s, Sensor), prop.__get__(s), prop.__get__(None, Sensor) is prop)
prop.__set__(s, 37)
print(s.celsius, type(s.celsius).__name__)
prop.__delete__(s)
print(s.celsius)
print(describe(Sensor, s))
f = Sensor.__dict__["fahrenheit"]
print(f.__get__(s))
for call in (lambda: f.__set__(s, 1), lambda: f.__delete__(s),
             lambda: property().__get__(s)):
    try:
        call()
    except AttributeError as e:
        print("AttributeError:", e)


class Audited:
    """A descriptor that wraps another one (here a property)."""

    def __init__(self, inner):
        self.inner = inner
        self.reads = 0

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        self.reads += 1
        return self.inner.__get__(obj, cls)

    def __set__(self, obj, value):
        self.inner.__set__(obj, value)


class Job:
    def __init__(self):
        self._n = 1

    def _get(self):
        return self._n

    def _set(self, v):
        self._n = v * 10

    n = Audited(property(_get, _set))


j = Job()
j.n = 4
print(j.n, j.n, Job.__dict__["n"].reads)
