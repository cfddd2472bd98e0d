import numpy as np

a = np.zeros((2, 3, 4))
h, w, c = a.shape
print(h, w, c, a.shape[0], a.shape[-1], a.shape[1:])
print(a.shape == (2, 3, 4), a.shape + (1,), len(a.shape))
n = 1
for d in a.shape:
    n *= d
print(n == a.size)
b = a.reshape(a.shape[0], -1)
print(b.shape)
print(np.shape(a), np.ndim(a), np.size(a), np.size(a, 1))
print(np.shape([1, 2, 3]), np.shape(5), np.ndim([[1], [2]]))
print(a[0].shape, a[0, 0].shape, a[0, 0, 0].shape)
x = np.arange(4)
x.shape = (2, 2)
print(repr(x))
