import numpy as np

for shape in [3, (3,), (1, 3), (3, 1), (2, 1, 2), (), (0,), (2, 0)]:
    a = np.ones(shape, dtype=np.int16)
    print(shape, a.shape, a.ndim, a.size, repr(a))
n = np.int64(2)
print(np.zeros(n).shape, np.zeros((n, 3)).shape)
print(np.zeros([2, 3]).shape)
print(repr(np.full((2, 2), np.float32(0.5))))
print(np.full((2, 2), np.float32(0.5)).dtype)
print(np.full((2,), np.uint8(3)).dtype)
