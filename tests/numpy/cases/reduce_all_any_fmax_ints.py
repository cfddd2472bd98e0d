# all/any (logical_and/logical_or reductions, computed in bool) over bools,
# ints, floats, empty axes and a where mask; nanmax/nanmin/fmax on ints,
# which share the maximum/minimum loops, and on floats with NaN and -0.0.
import numpy as np

b = np.array([[True, False], [False, False]])
print(b.all(axis=1).tolist(), b.any(axis=0).tolist(), b.any(), b.all(), np.all(b, axis=0, keepdims=True).tolist())
print(np.logical_and.reduce(b, axis=1).tolist(), np.logical_or.reduce(b, axis=0).tolist())
i = np.array([[3, -1, 7], [0, 0, 0]])
print(np.all(i, axis=1).tolist(), np.any(i, axis=1).tolist(), np.any(i), np.all(i))
print(np.nanmax(i, axis=1).tolist(), np.nanmin(i, axis=0).tolist(), np.fmax.reduce(i, axis=1).tolist())
print(repr(np.nanmax(i.astype(np.uint8))), repr(np.nanmin(i.astype(np.int32), axis=1)))
f = np.array([[np.nan, 1.0, -0.0], [0.0, np.nan, np.nan]])
print(np.nanmax(f, axis=1).tolist(), np.max(f, axis=1).tolist(), np.nanmin(f[:, :2], axis=0).tolist())
print(np.all(np.zeros((0, 3)), axis=0).tolist(), np.any(np.ones((2, 0)), axis=1).tolist())
print(np.all(b, where=np.array([[True, False], [False, True]]), axis=1).tolist())
long = np.arange(100).reshape(4, 25) % 7 == 3
print(long.any(axis=1).tolist(), long.all(axis=0).sum(), (~long).all(axis=1).tolist())
