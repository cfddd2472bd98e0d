# Sorting, argsort, unique, isin and intersect1d over every dtype, at the
# edges of each range: signed extremes, large uint64, -0.0 beside 0.0,
# NaNs and infinities, and ties (whose order shows stability).
import numpy as np

ints = [0, -1, 5, -128, 127, 5, 0, -1, 3]
for dt in (np.int8, np.int16, np.int32, np.int64):
    a = np.array(ints, dtype=dt)
    print(dt.__name__, np.sort(a).tolist(), np.argsort(a, kind="stable").tolist())

big = np.array([2**64 - 1, 0, 2**63, 1, 2**63 - 1, 0], dtype=np.uint64)
print("uint64", np.sort(big).tolist(), np.argsort(big, kind="stable").tolist())
for dt in (np.uint8, np.uint16, np.uint32):
    a = np.array([200, 0, 7, 255, 7, 1], dtype=dt)
    print(dt.__name__, np.sort(a).tolist(), np.argsort(a, kind="stable").tolist())

print("bool", np.argsort(np.array([True, False, True, False]), kind="stable").tolist())

for dt in (np.float16, np.float32, np.float64):
    f = np.array([0.0, -0.0, np.nan, -np.inf, 1.5, np.inf, -0.0, np.nan, -2.5, 0.0], dtype=dt)
    # np.sort's order of -0.0 and 0.0 depends on NumPy's SIMD sort (and so
    # on the CPU); the stable argsort's does not. unique and intersect1d
    # sort too, so which zero they keep varies the same way: adding 0.0
    # turns -0.0 into 0.0 before printing.
    print(dt.__name__, np.sort(np.abs(f)).tolist())
    print("  argsort", np.argsort(f, kind="stable").tolist())
    print("  unique", (np.unique(f) + 0.0).tolist(), (np.unique(f, equal_nan=False) + 0.0).tolist())
    print("  isin", np.isin(f, np.array([-0.0, np.nan, np.inf], dtype=dt)).tolist())
    print("  intersect", (np.intersect1d(f, np.array([0.0, 1.5, np.nan], dtype=dt)) + 0.0).tolist())

grid = np.array([[3, 1, 2], [1, 1, 1], [3, 0, 2], [1, 1, 1]], dtype=np.int16)
print("rows", np.unique(grid, axis=0).tolist())
vals, idx, inv, cnt = np.unique(grid, axis=0, return_index=True, return_inverse=True, return_counts=True)
print("  ", idx.tolist(), inv.tolist(), cnt.tolist())
print("sort axis 0", np.sort(grid, axis=0).tolist())
print("lexsort", np.lexsort((np.array([2, 1, 2, 1]), np.array([0.5, -0.0, 0.0, 0.5]))).tolist())
