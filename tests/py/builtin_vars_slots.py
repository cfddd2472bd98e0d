# vars() of an object without a __dict__ (a class with __slots__) raises
# CPython's TypeError, so `vars(obj) if ... except TypeError` fallbacks work.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Loose:
    def __init__(self):
        self.a = 1


def as_dict(obj):
    try:
        return dict(vars(obj))
    except TypeError as e:
        print("TypeError:", e)
        return {name: getattr(obj, name) for name in type(obj).__slots__}


print(as_dict(Point(1, 2)), as_dict(Loose()))
for obj in (3, "s", [1]):
    try:
        vars(obj)
    except TypeError as e:
        print("TypeError:", e)
