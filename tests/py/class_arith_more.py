class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __truediv__(self, k):
        return Money(self.cents / k)

    def __floordiv__(self, k):
        return Money(self.cents // k)

    def __mod__(self, k):
        return Money(self.cents % k)

    def __pow__(self, k):
        return Money(self.cents ** k)

    def __pos__(self):
        return Money(+self.cents)

    def __invert__(self):
        return Money(~self.cents)

    def __lt__(self, o):
        return self.cents < o.cents

    def __rtruediv__(self, k):
        return k / self.cents

m = Money(250)
print(m / 4, m // 4, m % 7, Money(3) ** 3, +m, ~m, 1000 / m)
print(Money(1) < Money(2), Money(5) > Money(2), sorted([Money(3), Money(1), Money(2)]))

class OnlyAdd:
    def __add__(self, o):
        return "OnlyAdd.__add__"

class OnlyRadd:
    def __radd__(self, o):
        return "OnlyRadd.__radd__"

print(OnlyAdd() + OnlyRadd(), 5 + OnlyRadd(), [1] + OnlyRadd())
try:
    OnlyRadd() + 5
except TypeError:
    print("TypeError")
