import numpy as np

a = np.arange(10)
a[1:][::2][0] = -1
print(repr(a))
a[2:8][::-1][1:3] = 0
print(repr(a))
b = np.zeros((2, 3, 4), dtype=np.int32)
b[1][2][3] = 5
b[0][1] = 1
b[:, 0][:, ::3] = 9
print(repr(b))
c = np.arange(16).reshape(4, 4)
c.T[::2].T[0] = 0
print(repr(c))
d = c[1:3]
d2 = d[:, 1:3]
d2[...] = d2 * 10
print(repr(c))
