import numpy as np

data = np.array([[1, 50, 3], [4, 20, 6], [7, 80, 9], [10, 5, 12]])
keep = data[:, 1] > 10
print(repr(keep))
print(repr(data[keep]))
print(repr(data[keep, 0]))
print(repr(data[keep][:, [0, 2]]))
print(repr(data[:, data[0] > 2]))
data[keep, 2] = 0
print(repr(data))
cols = np.array([True, False, True])
print(repr(data[:, cols].sum(axis=0)))
print(repr(data[data[:, 0] % 2 == 0, 1:]))
