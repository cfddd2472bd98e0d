for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (2 ** 65, 3), (-(2 ** 65), 7), (7, 2.5), (-7.25, 2)]:
    print(a, b, divmod(a, b))
print(abs(-5), abs(5), abs(0), abs(-2 ** 100), abs(-3.5), abs(-0.0), abs(float("-inf")))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    divmod(1.0, 0.0)
except ZeroDivisionError:
    print("ZeroDivisionError float")
q, r = divmod(100, 7)
print(q * 7 + r)
