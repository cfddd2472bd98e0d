import numpy as np

a = np.arange(9)
print(np.split(a, 3))
print(np.split(a, [2, 5]))
print(np.split(a, [3, 3, 20]))
m = np.arange(12).reshape(3, 4)
print(np.split(m, 2, axis=1))
print(np.split(m, [1], axis=0))
parts = np.split(m, 4, axis=-1)
print(len(parts), parts[0].shape, repr(parts[-1]))
print(np.array_split(np.arange(7), 3))
print(np.hsplit(m, 2)[1].shape, np.vsplit(m, 3)[2].shape)
try:
    np.split(a, 4)
except ValueError as e:
    print(type(e).__name__, e)
x, y = np.split(np.arange(4), 2)
x[0] = 100
print(repr(x), repr(y))
