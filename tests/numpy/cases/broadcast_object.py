# np.broadcast: the common shape of several operands (to allocate an
# output before a loop), and iteration over their broadcast elements.
import numpy as np

x = np.arange(3)
y = np.array([[10], [20]])
b = np.broadcast(x, y)
print(b.shape, b.ndim, b.nd, b.size, b.numiter, b.index)
out = np.empty(b.shape)
out.flat = [u + v for (u, v) in b]
print(out, b.index)
b.reset()
print(b.index, next(b), [tuple(int(v) for v in t) for t in b][:3])
print(type(next(np.broadcast([1.5], 2))[0]), np.broadcast(np.ones(2)).shape, np.broadcast().shape)
try:
    np.broadcast(np.ones(3), np.ones(4))
except ValueError as e:
    print("ValueError", e)
