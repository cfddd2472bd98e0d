import numpy as np

a = np.arange(12).reshape(3, 4)
print(repr(a[(1, 2)]), repr(a[1, 2]))
print(repr(a[[1, 2]]))
idx = (slice(None), 1)
print(repr(a[idx]))
idx2 = (Ellipsis, slice(1, 3))
print(repr(a[idx2]))
key = [slice(0, 2), [0, 3]]
print(repr(a[tuple(key)]))
print(repr(a[(np.array([0, 2]), np.array([1, 1]))]))
r, c = np.nonzero(a % 5 == 0)
print(repr(r), repr(c), repr(a[r, c]))
print(repr(a[np.where(a > 9)]))
print(repr(a[np.array([1]), np.array([[0], [1]])]))
