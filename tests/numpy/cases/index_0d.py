import numpy as np

a = np.array(5)
print(repr(a[()]), type(a[()]).__name__)
print(repr(a[...]), type(a[...]).__name__)
a[()] = 7
print(repr(a))
a[...] = 8
print(repr(a))
print(a.item(), a.shape, a.ndim, a.size)
b = a + 1
print(repr(b), type(b).__name__)
c = np.array(2.5, dtype=np.float32) * 2
print(repr(c), type(c).__name__)
d = np.arange(5).sum()
print(repr(d), type(d).__name__)
e = np.array(3)
print(repr(e * np.arange(3)))
print(int(np.array(4)), float(np.array(2.5)))
try:
    a[0]
except IndexError as ex:
    print(type(ex).__name__, ex)
print(repr(np.array(1.5)[None]), repr(np.array(True)[()]))
f = np.arange(6).reshape(2, 3)[1, 2, ...]
print(repr(f), type(f).__name__)
