import numpy as np

a = np.zeros((3, 3), dtype=np.int64)
a[:, :] = [1, 2, 3]
print(repr(a))
a[...] = np.array([[7], [8], [9]])
print(repr(a))
a[1:3] = 0
print(repr(a))
b = np.zeros((2, 2, 3))
b[:] = np.array([0.5, 1.5, 2.5])
print(repr(b))
b[:, 0] = np.array([[9, 9, 9]])
print(repr(b))
try:
    a[:, :] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[0] = np.ones((2, 3))
except ValueError as e:
    print(type(e).__name__, e)
c = np.zeros(4)
c[:] = np.array([[1, 2, 3, 4]])
print(repr(c))
