# Assignment hooks wherever they come from, `in` over lists and tuples,
# and the argument errors of one-argument builtins and list methods.


class Logged:
    def __init__(self):
        self.log = []
        self.x = 1

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        object.__setattr__(self, name, value)


class Child(Logged):
    pass


c = Child()
c.y = 2
print(c.log, c.x, c.y)


class Plain:
    pass


class PlainChild(Plain):
    pass


early = PlainChild()
early.a = 1


def shout(self, name, value):
    object.__setattr__(self, name, str(value) + "!")


Plain.__setattr__ = shout
early.b = 2
print(early.a, early.b)


class LateChild(Plain):
    pass


late = LateChild()
late.c = 3
print(late.c)


class Other:
    pass


setattr(Other, "__setattr__", shout)
o = Other()
o.d = 4
print(o.d)


class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)


try:
    Frozen().z = 1
except AttributeError as e:
    print("refused", e)


class WithProperty:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 10


w = WithProperty()
w.v = 3
print(w.v, w._v)

# `in` over lists and tuples: identity first, then ==, left operand stored.
nan = float("nan")
print(nan in [nan], nan in (nan,), nan in [1.0, 2.0])
print(3 in (1, 2, 3), 3.0 in [1, 2, 3], "b" in ("a", "b"), None in [0, False])
print((1, 2) in [(1, 2)], [1] in ([1],), 4 in [], 4 in ())


class Shrinker:
    def __init__(self, items):
        self.items = items

    def __eq__(self, other):
        self.items.clear()
        return False


items = []
items.extend([Shrinker(items), 1, 2, 3])
print(2 in items, len(items))


class Grower:
    def __init__(self, items):
        self.items = items

    def __eq__(self, other):
        if len(self.items) < 5:
            self.items.append(other)
        return False


grow = []
grow.append(Grower(grow))
print("probe" in grow, len(grow))


class Loud:
    def __eq__(self, other):
        print("eq called with", other)
        return other == 7


print(7 in (Loud(),), 8 in [Loud()])
try:
    print(1 in (Loud, [1, 2]) and [] in [{}])
except TypeError as e:
    print("TypeError", e)

for bad in (lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: [].append(),
            lambda: [].append(1, 2), lambda: list.append([]),
            lambda: len(x=1), lambda: [].append(x=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
