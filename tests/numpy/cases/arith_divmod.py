import numpy as np

a = np.array([10, -10, 7, -7, 0])
q, r = divmod(a, 3)
print(repr(q), repr(r))
q, r = np.divmod(a, -3)
print(repr(q), repr(r))
q, r = np.divmod(np.array([5.5, -5.5]), 2.0)
print(repr(q), repr(r))
print(repr(np.remainder(a, 4)), repr(np.mod(a, 4)), repr(np.fmod(a, 4)))
print(repr(np.fmod(np.array([-5.5, 5.5]), 2)))
print(np.all(q * 2.0 + r == np.array([5.5, -5.5])))
t = np.arange(10)
print(repr(t // 4), repr(t % 4))
pix = np.array([0, 5, 11, 23])
row, col = pix // 6, pix % 6
print(repr(row), repr(col))
print(divmod(np.int64(17), 5), divmod(np.float64(7.5), 2))
