# property's fget/fset/fdel/__doc__/__isabstractmethod__, deleting through
# a property, and the errors without an accessor.
import abc


class P:
    def __init__(self):
        self._x = 1

    def getx(self):
        "the getter's doc"
        return self._x

    def setx(self, v):
        self._x = v

    def delx(self):
        print("deleting")
        del self._x

    x = property(getx, setx, delx, "explicit doc")
    y = property(getx)
    z = property(None, setx)

    @property
    def w(self):
        "w's doc"
        return 5

    @w.deleter
    def w(self):
        print("w deleter")


p = P()
print(P.x.fget is P.getx, P.x.fset is P.setx, P.x.fdel is P.delx)
print(P.x.__doc__, "|", P.y.__doc__, "|", P.z.__doc__, "|", P.w.__doc__)
print(P.y.fset, P.y.fdel, P.w.fdel is not None)
del p.x
print(hasattr(p, "_x"))
del p.w
for action in ("set y", "del y", "get z"):
    try:
        if action == "set y":
            p.y = 2
        elif action == "del y":
            del p.y
        else:
            p.z
    except AttributeError as e:
        print(action, "AttributeError", e)
print(P.x.__isabstractmethod__)


class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def size(self):
        ...


print(Base.size.__isabstractmethod__)
try:
    Base()
except TypeError as e:
    print("TypeError", e)
