# Special methods and properties added to, replaced on or removed from a
# class after it was created (and after instances exist) take effect at
# once, for the class and its subclasses.


class Base:
    def __init__(self, x):
        self.x = x


class Child(Base):
    pass


a = Child(1)
print(a.x, vars(a))


def init2(self, x):
    self.x = x * 10
    self.extra = True


Base.__init__ = init2
b = Child(2)
print(b.x, b.extra)
del Base.__init__
c = Child()
print(vars(c))


def setattr_hook(self, name, value):
    object.__setattr__(self, name, ("wrapped", value))


Base.__setattr__ = setattr_hook
c.y = 5
print(c.y)
del Base.__setattr__
c.z = 6
print(c.z)


def getattr_hook(self, name):
    return "missing " + name


print(hasattr(c, "nothing"))
Child.__getattr__ = getattr_hook
print(c.nothing)
del Child.__getattr__
try:
    c.nothing
except AttributeError as e:
    print("AttributeError:", e)

# A property given to the base later wins over instance attributes of
# subclass instances, for reads and writes.
d = Child.__new__(Child)
d.p = "instance value"
print(d.p)
log = []
Base.p = property(lambda self: "from getter", lambda self, v: log.append(v))
print(d.p)
d.p = "assigned"
print(log, vars(d)["p"])


class Late:
    pass


Late.__init__ = lambda self, v: setattr(self, "v", v)
print(Late(7).v)
