for a, b in [(1, 2), (1, 3), (2, 3), (10, 4), (-10, 4), (7, -7), (0, 5), (10 ** 20, 10 ** 10), (1, 10 ** 20), (2 ** 100, 2 ** 50), (10 ** 400, 10 ** 399)]:
    print(a, b, a / b)
print(type(4 / 2).__name__)
x = 10
x /= 4
print(x)
try:
    1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError int")
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError float")
try:
    print(10 ** 400 / 3)
except OverflowError:
    print("OverflowError")
