import numpy as np

x = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
m = x.mean()
s = x.std()
print(m, s)
print(repr((x - m) / s))
print(repr(x * 2 + 1), repr((x + 1) * 2), repr(x - x / 2 * 2))
print(repr(-x ** 2), repr((-x) ** 2))
print(repr(x % 3 == 0), repr(x // 2 % 2))
y = np.arange(6).reshape(2, 3)
print(repr((y + 1) * (y - 1) - y ** 2))
print(repr(y * 2 > y + 2))
z = (y.astype(np.float32) - 2.5) / 2.5
print(repr(z), z.dtype)
print(repr(np.abs(z - z.mean()) <= z.std()))
