import numpy as np

a = np.arange(3)
b = np.broadcast_to(a, (2, 3))
print(repr(b), b.shape, b.strides)
c = np.broadcast_to(np.array(7), (2, 2))
print(repr(c), c.strides)
d = np.broadcast_to(np.arange(3).reshape(3, 1), (3, 4))
print(repr(d), d.strides)
e = np.broadcast_to(a, (2, 1, 3))
print(e.shape, e.strides)
print(repr(np.broadcast_to(5, (3,))))
print(repr(np.broadcast_to(a, (0, 3))))
print(repr(np.broadcast_to(a, 3)))
f = np.broadcast_to(a, (4, 3)) + 1
print(repr(f), f.strides, f.flags['WRITEABLE'])
try:
    np.broadcast_to(a, (2, 4))
except ValueError as ex:
    print(type(ex).__name__, ex)
