import math
from fractions import Fraction as F

for s in ["1/2", " -1/2 ", "+1/2", "1.", ".5", "1.5e3", "1e3", "1_0/2_0", "1.5_0", "1e1_0",
          "1.e3", ".5e-3", "\t3\n", "0/5", "-0", "00012/0004", "1e-5", "-.25E+2", "3/4 ",
          "1._5", "1_.5", "1/-2", "1/+2", "- 1", "1 /2", ".", "e3", "1__0", "_1", "1_",
          "1.5/2", "1/2e3", "", "inf", "nan", "1.2.3", "1/2/3", "1/0"]:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
for args in [(), (7,), (6, 4), (-6, 4), (6, -4), (0, -5), (F(1, 2), F(1, 3)), (F(3), 6),
             (6, F(1, 3)), (True,), (1, True), (2**70, -6), (0.1,), (-2.5,), (F(5, 10),)]:
    print(args, repr(F(*args)))
for args in [(1.5, 2), ("1", 2), (None,), (1, 0), (float("nan"),), (float("inf"),), ([],)]:
    try:
        F(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
print(F.from_float(0.1), F.from_float(3), F.from_float(-0.0), F.from_float(1e-300).denominator)
try:
    F.from_float("x")
except TypeError as e:
    print("TypeError", e)
x = F(3, 4)
print(x.numerator, x.denominator, x.as_integer_ratio(), str(F(3)), repr(F(3)), str(F(-1, 3)))
for frac in [F(math.pi), F(1, 3), F(3, 4), F(1, 4), F(3, 8), F(5, 10), F(-13, 7), F(10**20 + 7, 10**20)]:
    print([str(frac.limit_denominator(n)) for n in (1, 2, 3, 4, 7, 10, 100, 1000)],
          frac.limit_denominator())
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
for v in [0, 1, -1, -2, 5, 2**64, 0.5, -0.25, 1e300, 0.1, 1.5, 2.0**-40]:
    print(repr(v), hash(F(v)) == hash(v), F(v) == v)
print(hash(F(1, 3)) == hash(F(2, 6)), {F(1, 2): "half"}[0.5], {2: "two"}[F(4, 2)])
print(hash(F(-1)), hash(F(1, 2**61 - 1)), hash(F(-1, 3)), hash(F(7, 12)), hash(F(10**30, 7)))
