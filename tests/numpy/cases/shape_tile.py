import numpy as np

a = np.array([1, 2, 3])
print(repr(np.tile(a, 2)), repr(np.tile(a, (2, 2))), repr(np.tile(a, (2, 1))))
m = np.array([[1, 2], [3, 4]])
print(repr(np.tile(m, 2)), repr(np.tile(m, (2, 1))), repr(np.tile(m, (1, 1, 2))))
print(np.tile(m, (2, 3, 1)).shape, np.tile(a, 0).shape, np.tile(a, (0, 2)).shape)
print(repr(np.tile(np.array(7), 3)), repr(np.tile(np.array(7), (2, 2))))
print(repr(np.tile(np.array([1.5], dtype=np.float32), 3)))
print(repr(np.tile(np.zeros((0, 2)), (3, 1))))
