import math
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), math.sin(math.pi / 6))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(0.0, 1))
print(math.atan(1), math.asin(1), math.acos(1), math.acos(0))
print(round(math.sin(1), 12), round(math.cos(1), 12), round(math.tan(1), 12))
print(round(math.sinh(1), 12), round(math.cosh(1), 12), round(math.tanh(0.5), 12))
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-15))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3))
try:
    math.sqrt(-1)
except ValueError:
    print("ValueError sqrt")
try:
    math.log(0)
except ValueError:
    print("ValueError log")
try:
    math.exp(1000)
except OverflowError:
    print("OverflowError exp")
try:
    math.factorial(-1)
except ValueError:
    print("ValueError factorial")
