import numpy as np

a = np.array([1, 2, 3])
print(repr(np.repeat(a, 2)), repr(a.repeat(3)))
print(repr(np.repeat(a, [1, 0, 3])))
m = np.array([[1, 2], [3, 4]])
print(repr(np.repeat(m, 2)), repr(np.repeat(m, 2, axis=0)), repr(np.repeat(m, 2, axis=1)))
print(repr(np.repeat(m, [1, 3], axis=1)), repr(np.repeat(m, [2, 0], axis=0)))
print(repr(np.repeat(7, 4)), repr(np.repeat(np.array(2.5), 2)))
print(repr(np.repeat(a, 0)), repr(np.repeat(np.zeros(0), 3)))
img = np.arange(4).reshape(2, 2)
up = img.repeat(2, axis=0).repeat(2, axis=1)
print(repr(up))
print(repr(np.repeat(np.array([True, False]), 2)), repr(np.repeat(np.array([1, 2], dtype=np.uint8), 2, axis=-1)))
try:
    np.repeat(a, [1, 2])
except ValueError as e:
    print(type(e).__name__, e)
