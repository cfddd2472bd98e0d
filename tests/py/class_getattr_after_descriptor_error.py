# An AttributeError raised inside a property or a descriptor's __get__ is
# object.__getattribute__ failing: the class's __getattr__ then answers,
# as CPython does.


class Settings:
    """Reads from a backing dict, with __getattr__ as the fallback."""

    def __init__(self, data):
        self._data = data

    @property
    def timeout(self):
        return self._data["timeout"]

    @property
    def retries(self):
        # Misspelled attribute: AttributeError inside the property.
        return self._dta["retries"]

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"default:{name}"


s = Settings({"timeout": 5})
print(s.timeout, s.retries, s.color)
print(hasattr(s, "retries"), getattr(s, "retries", "none"))


class Lookup:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        raise AttributeError(f"{self.name} not loaded")


class Data(Lookup):
    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Model:
    weights = Lookup()
    config = Data()

    def __getattr__(self, name):
        return f"lazy-{name}"


m = Model()
print(m.weights, m.config, m.other)


class NoFallback:
    @property
    def broken(self):
        raise AttributeError("inner failure")


try:
    NoFallback().broken
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(NoFallback(), "broken"))


class Strict:
    @property
    def value(self):
        return self._value

    def __getattr__(self, name):
        raise AttributeError(f"{type(self).__name__} has no {name!r}")


try:
    Strict().value
except AttributeError as e:
    print("AttributeError:", e)
print(object.__getattribute__(m, "other") if hasattr(type(m), "other") else "no generic fallback")
try:
    object.__getattribute__(s, "retries")
except AttributeError as e:
    print("generic:", e)
