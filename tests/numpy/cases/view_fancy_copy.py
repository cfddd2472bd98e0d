import numpy as np

a = np.arange(6)
b = a[[0, 1]]
b[:] = -1
print(repr(a), repr(b))
c = a[a > 2]
c[:] = 0
print(repr(a), repr(c))
m = np.arange(12).reshape(3, 4)
d = m[:, [1, 2]]
d += 100
print(repr(m))
e = m[[0]]
e[0, 0] = 50
print(repr(m[0]))
m[[0]] = 50
print(repr(m[0]))
f = np.sort(a)
f[0] = 9
print(repr(a))
