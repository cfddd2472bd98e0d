from fractions import Fraction as F

a, b = F(3, 4), F(-5, 6)
values = [F(1, 3), F(-7, 2), F(0), F(10, 4), 2, -3, True, 0.5, -0.25, F(2**70 + 1, 3)]
for x in values:
    for y in values:
        if not isinstance(x, F) and not isinstance(y, F):
            continue
        out = []
        for op in (lambda p, q: p + q, lambda p, q: p - q, lambda p, q: p * q,
                   lambda p, q: p / q, lambda p, q: p // q, lambda p, q: p % q, divmod):
            try:
                out.append(repr(op(x, y)))
            except ZeroDivisionError as e:
                out.append("ZeroDivisionError(%s)" % e)
        print(repr(x), repr(y), " ".join(out))
        print(x == y, x != y, x < y, x <= y, x > y, x >= y)
for x in [F(1, 2), F(-7, 3), F(0), F(9, 4)]:
    print([repr(x ** e) if x or e >= 0 else "ZDE" for e in (0, 1, 2, -1, -2, F(2), F(-1))])
    print(x ** 0.5 if x >= 0 else "", x ** F(1, 2) if x >= 0 else "", 2 ** x, 2.0 ** x)
print(2 ** F(2), type(2 ** F(2)).__name__, 2 ** F(-2), 4 ** F(1, 2))
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
for x in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(12345, 1000), F(1, 3), F(10**20 + 1, 10)]:
    print(x, repr(x), float(x), int(x), x.__floor__(), x.__ceil__(), x.__trunc__(), round(x),
          round(x, 2), round(x, -1), round(x, 0), bool(x), -x, +x, abs(x))
print(F(1, 2) == "x", F(1, 2) != "x")
for bad in [lambda: F(1, 2) + "a", lambda: F(1, 2) < "x", lambda: "x" * F(1)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
print(F(1, 2) < float("inf"), F(1, 2) > float("-inf"), F(1, 2) == float("nan"),
      F(1, 2) < float("nan"), F(1, 2) + float("inf"))
print(sorted([F(1, 2), 0.3, 1, F(1, 3), -2, F(-5, 2)]), max(F(1, 2), F(2, 3)), sum([F(1, 3)] * 3))
