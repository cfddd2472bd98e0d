import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(repr(np.vstack([a, b])), repr(np.hstack([a, b])))
m = np.arange(6).reshape(2, 3)
print(repr(np.vstack([m, a])), repr(np.hstack([m, m])))
print(repr(np.hstack([m, np.array([[9], [9]])])))
print(repr(np.vstack((a,))), repr(np.hstack([np.array(1), np.array(2)])))
print(repr(np.column_stack([a, b])))
print(repr(np.dstack([m, m])), np.dstack([m, m]).shape)
print(repr(np.hstack([np.zeros(0, dtype=int), a])), repr(np.vstack([np.zeros((0, 3), dtype=int), a])))
print(repr(np.vstack([np.array([1.5]), np.array([2])])))
