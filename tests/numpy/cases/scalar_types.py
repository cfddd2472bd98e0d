import numpy as np

x = np.float32(1.0)
print(type(x).__name__, x.dtype, x.itemsize, x.shape, x.ndim, x.size, repr(x.item()))
y = np.arange(5)
s = y.sum()
print(type(s).__name__, s.dtype, type(y.mean()).__name__, type(y.max()).__name__, type(y[0]).__name__)
print(type(np.float32(1.5).sum()).__name__)
print(repr(np.float32(1.5).astype(np.int8)), repr(np.int64(3).astype(np.float32)))
print(repr(np.float64(2.5).round()), repr(np.float32(2.567).round(1)))
print(repr(np.int64(3).reshape(1)), repr(np.float64(1.5).tolist()))
print(np.float32(1).dtype == np.float32, np.dtype(type(np.int8(1))).name)
print(repr(np.float64(3.5).max()), repr(np.int32(5).min()))
print(repr(np.array([2.0], dtype=np.float32).view(np.uint32)))
