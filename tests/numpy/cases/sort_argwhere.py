import numpy as np

a = np.array([0, 3, 0, 5])
print(repr(np.argwhere(a)))
m = np.array([[0, 1, 0], [2, 0, 3]])
print(repr(np.argwhere(m)), np.argwhere(m).shape)
print(repr(np.argwhere(m > 5)), np.argwhere(m > 5).shape)
print(repr(np.argwhere(np.arange(8).reshape(2, 2, 2) % 3 == 0)))
print(repr(np.argwhere(np.array(5))), repr(np.argwhere(np.array(0))))
print(repr(np.argwhere(np.array([True, False, True]))))
print(repr(np.transpose(np.nonzero(m))))
