import numpy as np

a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(repr(np.concatenate([a, b])), repr(np.concatenate((a, b), axis=0)))
print(repr(np.concatenate([a, a], axis=1)), repr(np.concatenate([a, a.T], axis=-1)))
print(repr(np.concatenate([a, b], axis=None)))
print(repr(np.concatenate([np.array([1, 2]), np.array([3.5])])))
print(repr(np.concatenate([np.zeros(0), np.array([1.0])])), repr(np.concatenate([np.zeros((0, 2), dtype=int), a])))
print(repr(np.concatenate([np.arange(2), [7, 8], (9,)])))
print(repr(np.concatenate([np.arange(3)])))
c = np.arange(8).reshape(2, 2, 2)
print(np.concatenate([c, c], axis=2).shape, np.concatenate([c, c, c], axis=0).shape, np.concatenate([c, c], axis=-2).shape)
print(repr(np.concatenate([a[:, :1], a[:, 1:]], axis=1)))
