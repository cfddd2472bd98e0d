import numpy as np

a = np.zeros((0, 3))
print(repr(a + np.arange(3)), (a + np.arange(3)).shape)
print(repr(np.zeros(0) + 1))
print((np.ones((1, 0)) + np.ones((3, 1))).shape)
print((np.ones((0, 1)) * np.ones((1, 4))).shape)
print(repr(np.zeros((2, 0)) * 5))
print((np.zeros((0,)) + np.zeros((5, 1))).shape)
print(repr(np.zeros((0, 3), dtype=np.int32) > 1))
try:
    np.zeros((0,)) + np.zeros((2,))
except ValueError as e:
    print(type(e).__name__, e)
print(repr(np.maximum(np.zeros((0, 2)), 1)))
print(repr(np.where(np.zeros(0, dtype=bool), 1, 2)))
