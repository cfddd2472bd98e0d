import numpy as np

a = np.arange(6)
r = a.reshape(2, 3)
r[1, 1] = -4
print(repr(a))
t = r.T
u = t.reshape(6)
u[0] = 99
print(repr(a), repr(u))
s = a[::2].reshape(3, 1)
s[0, 0] = 77
print(repr(a))
b = np.arange(8).reshape(2, 4)
c = b[:, 1:3].reshape(4)
c[:] = 0
print(repr(b))
d = b.reshape(4, 2)
d += 1
print(repr(b))
e = a.reshape(3, 2)[::-1]
e[0, 0] = 50
print(repr(a))
