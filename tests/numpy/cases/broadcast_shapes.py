import numpy as np

print(np.broadcast_shapes((3, 1), (4,)))
print(np.broadcast_shapes((2, 1, 5), (4, 1), (5,)))
print(np.broadcast_shapes((), (3,)), np.broadcast_shapes((0,), (1,)))
x, y = np.broadcast_arrays(np.arange(3), np.arange(2)[:, None])
print(repr(x), repr(y))
print(x.shape, y.shape)
try:
    np.broadcast_shapes((3,), (4,))
except ValueError as e:
    print(type(e).__name__, e)
