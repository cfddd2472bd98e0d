# enum: `_ignore_` keeps helper names of the class body from becoming
# members (and takes them off the class); extending an enum that has
# members fails with CPython 3.11's message, in the class and the
# functional form.
import enum


class Weekday(enum.Enum):
    _ignore_ = "i day"
    day = None
    for i, day in enumerate(["MON", "TUE"]):
        pass
    MON = 1
    TUE = 2


print(list(Weekday), [hasattr(Weekday, n) for n in ("_ignore_", "i", "day")])


class Units(enum.Enum):
    _ignore_ = ["scale"]
    scale = 1000
    KM = scale
    M = 1


print(list(Units), Units(1000))


class Shape(enum.Enum):
    SQUARE = 1


try:
    class Bigger(Shape):
        CUBE = 2
except TypeError as e:
    print(e)
try:
    Shape("More", "A B")
except TypeError as e:
    print(e)
