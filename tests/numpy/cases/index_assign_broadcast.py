import numpy as np

a = np.zeros((3, 4), dtype=np.int64)
a[:] = 5
print(repr(a))
a[1] = [1, 2, 3, 4]
print(repr(a))
a[:, 0] = 9
print(repr(a))
a[:, 1:3] = [[7], [8], [6]]
print(repr(a))
a[...] = np.arange(4)
print(repr(a))
a[0, :] = 2.9
print(repr(a))
a[1:, 1:] = np.array([[10, 20, 30]])
print(repr(a))
a[-1] = -1
print(repr(a))
b = np.zeros((2, 2, 3), dtype=np.uint8)
b[...] = [255, 128, 0]
print(repr(b))
b[0, 1] = 7
print(repr(b))
c = np.zeros(5)
c[1:4] = np.array([1, 2, 3], dtype=np.uint8)
c[::2] = -0.5
print(repr(c))
d = np.zeros(3, dtype=np.float32)
d[0] = 1 / 3
print(repr(d))
e = np.zeros(4, dtype=np.int32)
e[::-1] = np.arange(4)
print(repr(e))
z = np.array(0.0)
z[...] = 2
print(repr(z))
