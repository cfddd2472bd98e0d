import numpy as np

arrays = [
    np.arange(6),
    np.zeros((2, 3), dtype=np.float32),
    np.ones((2, 3, 4), dtype=np.uint8),
    np.array(5),
    np.array(2.5, dtype=np.float16),
    np.zeros((0, 4)),
    np.zeros((3, 0, 2), dtype=np.int16),
    np.array([True, False]),
    np.zeros((1, 1, 1, 1), dtype=np.int32),
]
for a in arrays:
    print(a.shape, a.ndim, a.size, a.dtype, a.itemsize, a.nbytes, len(a.shape))
print(type(np.arange(3).shape).__name__, type(np.arange(3).size).__name__)
v = np.arange(24).reshape(2, 3, 4)[:, 1:, ::2]
print(v.shape, v.ndim, v.size, v.nbytes)
