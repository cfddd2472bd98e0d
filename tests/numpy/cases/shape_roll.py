import numpy as np

a = np.arange(6)
print(repr(np.roll(a, 2)), repr(np.roll(a, -1)), repr(np.roll(a, 8)), repr(np.roll(a, 0)))
m = np.arange(12).reshape(3, 4)
print(repr(np.roll(m, 1)), repr(np.roll(m, 1, axis=0)), repr(np.roll(m, -1, axis=1)))
print(repr(np.roll(m, (1, 2), axis=(0, 1))))
print(repr(np.roll(np.zeros(0), 3)))
