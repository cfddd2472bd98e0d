import numpy as np

z = np.array(3.5)
print(repr(z.sum()), repr(z.mean()), repr(z.max()), repr(z.argmax()), repr(z.cumsum()), repr(z.all()))
print(repr(z.sum(axis=None)), repr(z.sum(axis=0)))
e = np.zeros((0, 3))
print(repr(e.sum(axis=0)), repr(e.sum(axis=1)), repr(e.sum()))
print(repr(e.prod(axis=0)), repr(e.any(axis=0)), repr(e.all(axis=1)))
print(repr(e.max(axis=1)), e.max(axis=1).shape)
print(repr(np.zeros((2, 0), dtype=np.int32).sum(axis=1)), repr(np.zeros((2, 0), dtype=np.uint8).sum(axis=0)))
print(repr(np.zeros(0, dtype=bool).sum()), repr(np.zeros(0, dtype=np.float32).sum()))
print(repr(np.cumsum(np.zeros((0, 2)), axis=0)), repr(np.cumsum(np.zeros((3, 0)), axis=1)))
try:
    np.zeros((0, 3)).argmax(axis=0)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(repr(np.zeros((0, 3)).argmax(axis=1)))
