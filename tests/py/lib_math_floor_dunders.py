# math.floor/ceil/trunc defer to __floor__/__ceil__/__trunc__ (a Fraction
# stays exact even past float precision), else use the float value.
import math
from fractions import Fraction


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)

    def __float__(self):
        return self.cents / 100


class OnlyFloat:
    def __float__(self):
        return -2.5


for v in [Money(1999), Money(-250), Fraction(7, 2), Fraction(-7, 2), Fraction(10 ** 30 + 1, 10),
          OnlyFloat(), 2.5, -0.5, True, 10 ** 20]:
    print(type(v).__name__, math.floor(v), math.ceil(v),
          math.trunc(v) if not isinstance(v, OnlyFloat) else "-")
for bad in ["3", None, [1]]:
    for fn in (math.floor, math.ceil, math.trunc):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
print(round(Fraction(5, 2)), round(Fraction(7, 3), 2), int(Fraction(-9, 4)))
