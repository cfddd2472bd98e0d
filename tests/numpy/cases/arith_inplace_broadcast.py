import numpy as np

a = np.zeros((3, 4), dtype=np.int64)
a += np.arange(4)
print(repr(a))
a += np.array([[10], [20], [30]])
print(repr(a))
a *= np.array([1, -1, 1, -1])
print(repr(a))
s = np.arange(9).reshape(3, 3)
s += s.T
print(repr(s))
t = np.arange(5)
t[1:] += t[:-1]
print(repr(t))
x = np.ones((2, 3))
try:
    x += np.ones((3, 2))
except ValueError as e:
    print(type(e).__name__, e)
y = np.ones(3)
try:
    y += np.ones((2, 3))
except ValueError as e:
    print(type(e).__name__, e)
img = np.arange(12, dtype=np.float32).reshape(2, 2, 3)
img -= np.array([1.0, 2.0, 3.0], dtype=np.float32)
img /= np.array([2.0, 4.0, 8.0], dtype=np.float32)
print(repr(img))
