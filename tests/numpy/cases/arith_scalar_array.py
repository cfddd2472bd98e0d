import numpy as np

a = np.array([1, 2, 3], dtype=np.int32)
print(repr(np.int64(2) * a), repr(a * np.int8(2)), repr(np.float32(0.5) * a))
print(repr(np.float64(2) * a), repr(a / np.int64(2)))
z = np.array(3)
for r in (z + 1, z * 1.5, z + np.int32(1), z / 2, -z, z > 2, z + z):
    print(repr(r), type(r).__name__)
print(repr(np.array(2, dtype=np.uint8) + 1), repr(np.array(2, dtype=np.uint8) + np.array(1)))
print(repr(np.array([1.5]) + np.array(1.0, dtype=np.float32)))
print(repr(np.array([1.5], dtype=np.float32) + np.array(1.0)))
print(repr(np.float32(1.5) + np.array([1.0])))
print(repr(2 ** np.array([0.5], dtype=np.float32)))
print(repr(a.sum() / a.size), type(a.sum() / a.size).__name__)
print(repr(a.max() - a.min()), type(a.max() - a.min()).__name__)
