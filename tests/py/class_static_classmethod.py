class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @classmethod
    def today_ish(cls):
        return cls(2000, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), MyDate.today_ish())
print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024), Date(1, 1, 1).is_leap(2023))
print(Date.created)
f = Date.is_leap
print(f(4))
g = MyDate.from_string
print(g("1-2-3"))

class Counter:
    n = 0

    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n

class Sub(Counter):
    pass

print(Counter.bump(), Counter.bump(), Sub.bump(), Counter.n, Sub.n)
