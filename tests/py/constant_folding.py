# Operators on number literals fold at compile time as CPython's AST
# optimizer folds them; the values must be the ones the operators give.
xs = [10, 20, 30]
print(xs[-1], xs[-2:], xs[:-1], -0, -0.0, +5, ~5, -True, ~True, +True)
print(2**8, 2**-1, 2**0.5, 10**20, -(2**63), 1 << 70, 5 // 2, 5 % 3, -7 // 2)
print(1 / 255.0, 1 / 3, 7 / 2, True / 2, 3 * 0.1, 0.1 + 0.2, 1 - 2.5, 1e308 * 10)
print(9007199254740993 / 1, 9007199254740993 + 0.0, -1e-05, 2.5 * -2)
print({-1, -2.5, 3 * 0.1}, (-1, 1 / 2))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError:", e)
