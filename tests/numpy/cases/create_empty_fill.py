import numpy as np

a = np.empty((2, 3))
print(a.shape, a.dtype, a.size)
a.fill(4)
print(repr(a))
b = np.empty(4, dtype=np.int16)
print(b.dtype, b.shape)
b[:] = [1, 2, 3, 4]
print(repr(b))
c = np.empty((2, 2), dtype=np.uint8)
c[...] = 9
print(repr(c))
d = np.empty((0,))
print(repr(d))
e = np.empty((3, 2), dtype=np.float32)
e[:, 0] = 1
e[:, 1] = -1
print(repr(e))
f = np.empty(3, dtype=bool)
f.fill(False)
print(repr(f))
