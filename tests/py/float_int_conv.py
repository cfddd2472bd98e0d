for v in [3.9, -3.9, 0.1, -0.1, 1e10, 2.5, -2.5, 1e18, 123456789.987]:
    print(v, int(v), float(int(v)))
for v in [1.0, 1.5, -2.0, 0.0, 1e300, float("inf"), float("nan"), 2 ** 53 + 0.0]:
    print(v, v.is_integer())
print(float(3), float(-0), float(2 ** 100), float(True))
print(int(-0.0), int(0.999999999), int(1e16 + 1))
print(int("7"), float("7"), float(".5"), float("5."), float("-.5e-3"))
