import numpy as np

a = np.arange(16).reshape(2, 2, 2, 2)
print(repr(a))
print(a)
b = np.arange(24, dtype=np.float32).reshape(1, 2, 3, 4) / 2
print(repr(b))
print(b)
c = np.zeros((2, 1, 1, 3), dtype=np.uint8)
print(repr(c))
print(repr(np.ones((1, 1, 1, 1), dtype=bool)))
print(repr(np.arange(8).reshape(2, 2, 2, 1, 1)))
