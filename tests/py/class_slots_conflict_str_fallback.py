# Two CPython checks: a name both in __slots__ and assigned in the class
# body is a ValueError, and str() of an object whose __repr__ returns a
# non-str blames __str__ (object.__str__ calls repr).


def define(body_default):
    if body_default:
        class Cfg:
            __slots__ = ("lr", "epochs")
            lr = 0.1
    else:
        class Cfg:
            __slots__ = ("lr", "epochs", "__weakref__")

            def __init__(self):
                self.lr = 0.1
    return Cfg


for flag in (False, True):
    try:
        cls = define(flag)
        print("defined", cls.__slots__, cls().lr)
    except ValueError as e:
        print("ValueError:", e)
try:
    class One:
        __slots__ = "name"
        name = "x"
except ValueError as e:
    print("ValueError:", e)


class BadRepr:
    def __init__(self, code):
        self.code = code

    def __repr__(self):
        return self.code


class BadStr(BadRepr):
    def __str__(self):
        return self.code


for obj in (BadRepr(3), BadStr(4), BadRepr("ok")):
    for fn in (repr, str, "{}".format, lambda o: f"{o!r}", lambda o: "%s" % o):
        try:
            print(fn(obj))
        except TypeError as e:
            print("TypeError:", e)
