import numpy as np

print(repr(np.array([1, 2, 7, -7]) / 3))
print(repr(np.array([7, -7]) / 2), repr(np.array([7, -7]) // 2))
print(repr(np.array([1, 3], dtype=np.uint8) / 2))
print(repr(np.array([1, 2], dtype=np.float32) / 3), repr(np.array([10], dtype=np.float32) / np.array([3], dtype=np.float32)))
print((np.arange(1, 8) / 7).tolist())
print((np.array([1, 2, 3]) / np.array([3.0, 3.0, 3.0])).tolist())
print(repr(np.array([1, 2, 3]).mean()), repr(np.array([1, 2]).mean()))
print(repr(np.array([10, 20, 30]) / np.array([4, 8, 16])))
print(repr(np.arange(3, dtype=np.int32) / np.arange(1, 4, dtype=np.int32)))
