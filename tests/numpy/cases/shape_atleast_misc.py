import numpy as np

print(np.atleast_1d(5).shape, np.atleast_2d(np.arange(3)).shape, np.atleast_3d(np.arange(3)).shape)
a = np.arange(12).reshape(3, 4)
print(repr(np.triu(a)), repr(np.tril(a, -1)))
print(repr(np.diag(np.array([1, 2, 3]))), repr(np.diag(a)), repr(np.trace(np.eye(3))))
print(repr(np.take(a, [0, 2])), repr(np.take(a, [0, 2], axis=1)), repr(a.take([1], axis=0)))
idx = np.array([[1], [0], [3]])
print(repr(np.take_along_axis(a, idx, axis=1)))
print(repr(np.take_along_axis(a, np.argsort(-a, axis=1)[:, :2], axis=1)))
