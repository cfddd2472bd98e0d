import numpy as np

a = np.array([0, 3, 0, 5, -1])
print(np.nonzero(a), a.nonzero())
m = np.array([[0, 1, 0], [2, 0, 3]])
print(np.nonzero(m))
rows, cols = np.nonzero(m)
print(repr(rows), repr(cols), repr(m[rows, cols]))
print(np.nonzero(np.array([True, False, True])))
print(np.nonzero(np.zeros(3)), np.nonzero(np.zeros((2, 2))))
print(np.nonzero(np.array([0.0, -0.0, np.nan, 0.5])))
print(repr(np.flatnonzero(m)), repr(np.count_nonzero(m)), repr(np.count_nonzero(m, axis=0)))
print(np.nonzero(np.arange(24).reshape(2, 3, 4) % 11 == 0))
print(repr(np.nonzero(a > 0)[0]))
