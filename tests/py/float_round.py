for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 0), round(v, 2))
print(round(2.675, 2), round(2.665, 2), round(1.25, 1), round(1.35, 1))
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(165.0, -1))
print(round(123.456, 1), round(123.456, 2), round(-123.456, 1))
print(round(1e20), round(1e20, 2), round(-0.0), round(0.1, 20))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(5e-324, 300), round(1.2345e300, -298))
try:
    round(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    round(float("nan"))
except ValueError:
    print("ValueError")
print(round(float("inf"), 2), round(float("nan"), 2))
