import numpy as np

a = np.arange(6).reshape(2, 3)
t = a.T
t[0, 1] = 99
print(repr(a))
t[2] = [-1, -2]
print(repr(a))
b = np.arange(24).reshape(2, 3, 4)
c = b.transpose(2, 0, 1)
c[0] = 0
print(repr(b[:, :, 0]))
s = np.swapaxes(b, 1, 2)
s[1, 3, 2] = -7
print(b[1, 2, 3])
t *= 2
print(repr(a))
