import numpy as np

a = np.arange(8)
b = a[1:3]
b[:] = 0
print(repr(a))
c = a[::2]
c += 10
print(repr(a))
d = a[-3:]
d *= -1
print(repr(a))
e = a[5:2:-1]
e[0] = 55
print(repr(a), repr(e))
f = a[:]
f[:] = f[::-1].copy()
print(repr(a))
m = np.zeros((3, 3))
row = m[1]
row[:] = 1
col = m[:, 2]
col += 2
print(repr(m))
