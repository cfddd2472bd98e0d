class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Size:
    width = Positive()
    height = Positive()

    def __init__(self, w, h):
        self.width = w
        self.height = h


s = Size(3, 4)
print(s.width, s.height, sorted(vars(s)))
try:
    s.width = -1
except ValueError as e:
    print("ValueError:", e)
s.__dict__["width"] = 99
print(s.width)
del s.height
print(sorted(vars(s)), isinstance(Size.width, Positive))


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __delattr__(self, name):
        self.log.append(name)
        object.__delattr__(self, name)

    def __getattr__(self, name):
        raise AttributeError(f"no field {name!r} here")


g = Logged()
g.x = 1
del g.x
print(g.log, hasattr(g, "x"), getattr(g, "y", "dflt"))
try:
    g.zz
except AttributeError as e:
    print("AttributeError:", e)


class ReadOnly:
    def __get__(self, obj, owner):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Holder:
    answer = ReadOnly()


h = Holder()
print(h.answer)
try:
    h.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
