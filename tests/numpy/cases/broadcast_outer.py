import numpy as np

pts = np.array([[0, 0], [3, 4], [6, 8]], dtype=np.float64)
centers = np.array([[0, 0], [3, 0]], dtype=np.float64)
diff = pts[:, None, :] - centers[None, :, :]
print(diff.shape)
d2 = (diff ** 2).sum(axis=-1)
print(repr(d2))
print(repr(np.sqrt(d2)))
print(repr(d2.argmin(axis=1)))
x = np.arange(1, 4)
print(repr(x[:, None] * x[None, :]))
print(repr(np.multiply.outer(x, x)))
print(repr(np.add.outer(np.arange(3), np.arange(2))))
mask = np.arange(4)[:, None] >= np.arange(4)[None, :]
print(repr(mask.astype(np.int8)))
