import numpy as np

a = np.array([5, 1, 7, 3, 9, 2])
a[a > 3] = 0
print(repr(a))
b = np.arange(-4, 5)
b[b < 0] = 0
print(repr(b))
c = np.arange(6)
c[c % 2 == 0] = np.array([10, 20, 30])
print(repr(c))
d = np.arange(12).reshape(3, 4)
d[d > 8] = -1
print(repr(d))
d[d < 0] += 100
print(repr(d))
e = np.array([1.5, np.nan, -2.0, np.nan])
e[np.isnan(e)] = 0
print(repr(e))
g = np.arange(5)
g[g > 2] = 9.7
print(repr(g))
h = np.zeros((3, 3), dtype=np.uint8)
h[np.eye(3, dtype=bool)] = 255
print(repr(h))
k = np.arange(8).reshape(2, 4)
k[:, np.array([True, False, True, False])] = 0
print(repr(k))
img = np.arange(12).reshape(2, 2, 3)
img[img[..., 0] > 4] = [1, 2, 3]
print(repr(img))
p = np.arange(5)
p[np.array([False] * 5)] = 99
print(repr(p))
