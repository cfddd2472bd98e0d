import numpy as np

m = np.arange(12, dtype=np.float32).reshape(3, 4)
col_mean = m.mean(axis=0)
row_mean = m.mean(axis=1, keepdims=True)
print(repr(col_mean), repr(row_mean))
print(repr(m - col_mean))
print(repr(m - row_mean))
print(repr(m / m.max(axis=0)))
print(repr((m - m.min()) / (m.max() - m.min())))
v = np.array([1, 2, 3])
print(repr(v + np.zeros((2, 1, 3))), (v + np.zeros((2, 1, 3))).dtype)
print(repr(np.uint8(5) + np.zeros((2, 2), dtype=np.uint8)))
