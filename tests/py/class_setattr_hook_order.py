# A class's own __setattr__/__delattr__ runs before descriptors and slots:
# properties and __slots__ are object.__setattr__'s business.


class Config:
    """Records every change; `lr` is a validated property."""

    def __init__(self):
        self.log = []
        self._lr = 0.1

    @property
    def lr(self):
        return self._lr

    @lr.setter
    def lr(self, value):
        if value <= 0:
            raise ValueError("lr must be positive")
        object.__setattr__(self, "_lr", value)

    @lr.deleter
    def lr(self):
        object.__setattr__(self, "_lr", 0.1)

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)


c = Config()
c.lr = 0.5
c.epochs = 3
del c.lr
del c.epochs
try:
    c.lr = -1
except ValueError as e:
    print("ValueError:", e)
print(c.lr, c.log)


class Point:
    """Immutable after construction, with slots."""

    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable (tried {name}={value!r})")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


p = Point(1, 2)
for name in ("x", "z"):
    try:
        setattr(p, name, 9)
    except AttributeError as e:
        print(e)
try:
    del p.x
except AttributeError as e:
    print(e)
print(p.x, p.y)


class Proxy:
    __slots__ = ("_target", "_writes")

    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_writes", 0)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        object.__setattr__(self, "_writes", self._writes + 1)
        setattr(self._target, name, value)


class Target:
    pass


t = Target()
px = Proxy(t)
px.alpha = 1
px.beta = 2
print(vars(t), px.alpha, px._writes)
