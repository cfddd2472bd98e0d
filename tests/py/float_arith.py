print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.5 + 0.25)
print(1.0 - 0.9, 3 * 0.1, 0.1 * 0.1, 1.0 / 3.0)
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(5e-324 / 2, 5e-324 * 0.5, 5e-324 + 0)
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(1.5 + 2, 2 - 0.5, 3 * 1.5, 7 / 2.0, 7.0 // 2, 7.0 % 2)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
x = 1.0
for _ in range(10):
    x = x * 1.1
print(x)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1)
print(float(10 ** 20), float(-7), float("3.5"), float(" -2.25 "), float("1e3"), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("NaN"), float("+inf"))
try:
    float("abc")
except ValueError:
    print("ValueError")
print(1.0.hex() if hasattr(1.0, "hex") else "")
print((3.5).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.0).as_integer_ratio())
