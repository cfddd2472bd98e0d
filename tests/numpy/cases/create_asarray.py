import numpy as np

a = np.arange(4)
b = np.asarray(a)
print(b is a)
b[0] = 100
print(a)
c = np.asarray(a, dtype=np.int64)
print(c is a)
d = np.asarray(a, dtype=np.float32)
print(d is a, repr(d))
d[1] = -1
print(a)
print(repr(np.asarray([1, 2, 3])))
print(repr(np.asarray([[1.5, 2.5]])))
print(repr(np.asarray((1, 2), dtype=np.uint8)))
print(repr(np.asarray(5)))
e = np.asarray([True, False])
print(repr(e), e.dtype)
