# Instantiation of plain classes runs __init__ in the dispatch loop: the
# instance, defaults, errors raised inside __init__, and a non-None return.


class Point:
    def __init__(self, x, y=0, z=None):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.z})"


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y, z)
        self.kind = "3d"


class Counted:
    made = 0

    def __init__(self):
        Counted.made += 1


class Picky:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v


class ReturnsValue:
    def __init__(self):
        return 42


class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.from_new = True
        return obj

    def __init__(self, a):
        self.a = a


class Listish(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


def build(n):
    return [Point(i) for i in range(n)] + [Point(i, i * 2) for i in range(n)]


print(build(2))
print(Point3(1, 2, 3), Point3(1, 2, 3).kind)
for _ in range(5):
    Counted()
print(Counted.made)
for v in (3, -1):
    try:
        print(Picky(v).v)
    except ValueError as e:
        print("ValueError:", e)
w = WithNew(7)
print(w.a, w.from_new)
l = Listish([1, 2], "t")
print(l, l.tag, len(l))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)


def with_defaults(a, b=2, *, c=3):
    return a + b + c


def only_defaults(a=1, b=[]):
    b.append(a)
    return b


print(with_defaults(1), with_defaults(1, 5), with_defaults(1, c=0))
print(only_defaults(), only_defaults(), only_defaults(9))
ReturnsValue()
