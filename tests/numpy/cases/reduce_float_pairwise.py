import numpy as np

a = np.arange(1000, dtype=np.float64) * 0.1
print(repr(a.sum()))
b = np.arange(1000, dtype=np.float32) * np.float32(0.1)
print(repr(b.sum()))
c = np.full(10001, 0.1)
print(repr(c.sum()), repr(c.mean()))
d = np.full(100000, 0.1, dtype=np.float32)
print(repr(d.sum()), repr(d.mean()))
e = np.arange(4000, dtype=np.float64).reshape(40, 100) / 7
print(repr(e.sum()), repr(e.sum(axis=1)[:3]), repr(e.sum(axis=0)[:3]))
print(repr(np.float32(0.1) * 3 + np.float32(0.2)))
print(repr(np.cumsum(np.full(5, 0.1))))
