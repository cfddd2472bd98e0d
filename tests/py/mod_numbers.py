# numbers: the ABC tower and the builtin types registered with it.
import numbers
from fractions import Fraction

values = [0, 7, -3, True, 2.5, float("nan"), Fraction(1, 3), "7", None, [1], 10**30]
for v in values:
    print(repr(v), [isinstance(v, c) for c in
                    (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(int, numbers.Number))
print(numbers.Integral.__mro__[1].__name__, numbers.Real.__bases__[0].__name__)


def scale(x, factor=2):
    if not isinstance(x, numbers.Real):
        raise TypeError(f"expected a real number, got {type(x).__name__}")
    return x * factor


print(scale(3), scale(1.5), scale(Fraction(1, 4)))
try:
    scale("3")
except TypeError as e:
    print("TypeError:", e)


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = float(v)


try:
    Meters(3)
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])


class Celsius:
    pass


numbers.Real.register(Celsius)
print(isinstance(Celsius(), numbers.Real), isinstance(Celsius(), numbers.Integral), isinstance(Celsius(), numbers.Number))


class Count(numbers.Integral):
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n

    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = None
    __invert__ = __le__ = __lshift__ = __lt__ = __mod__ = __mul__ = __neg__ = None
    __or__ = __pos__ = __pow__ = __radd__ = __rand__ = __rfloordiv__ = __rlshift__ = None
    __rmod__ = __rmul__ = __ror__ = __round__ = __rpow__ = __rrshift__ = __rshift__ = None
    __rtruediv__ = __rxor__ = __truediv__ = __trunc__ = __xor__ = None


c = Count(5)
print(int(c), c.__index__(), float(c), c.denominator, [10, 20, 30, 40, 50, 60][c])
