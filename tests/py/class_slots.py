class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError:
    print("AttributeError")
print(hasattr(p, "__dict__"))

class Point3(Point):
    __slots__ = ("z",)

q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError:
    print("AttributeError sub")
r = Point(0, 0)
del r.x
try:
    r.x
except AttributeError:
    print("AttributeError unset")
