import numpy as np

a = np.arange(24).reshape(2, 3, 4)
b = np.arange(40).reshape(4, 10) % 3
r = a @ b
print(r.shape, repr(r[1]))
c = np.ones((1, 3, 4), dtype=np.int64)
d = np.arange(16).reshape(2, 4, 2)
print((c @ d).shape, repr(c @ d))
print(repr(np.matmul(a[0], a[1].T)))
q = np.arange(12).reshape(2, 2, 3)
print(repr(q @ q.transpose(0, 2, 1)))
v = np.array([1, 0, -1, 2])
print(repr(a @ v), (a @ v).shape)
print(repr(np.array([1, 2, 3]) @ a), (np.array([1, 2, 3]) @ a).shape)
