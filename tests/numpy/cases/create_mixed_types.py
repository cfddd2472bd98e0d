import numpy as np

for vals in ([1, 2.5], [True, 2], [True, 1.5], [1, 2**40], [False, True], [0.5, True, 3]):
    a = np.array(vals)
    print(repr(a), a.dtype)
a = np.array([np.float32(1.5), np.float32(2.5)])
print(repr(a), a.dtype)
b = np.array([np.uint8(1), np.uint8(2)])
print(repr(b), b.dtype)
c = np.array([np.int32(1), 2])
print(repr(c), c.dtype)
d = np.array([np.float32(1), 2.5])
print(repr(d), d.dtype)
e = np.array([2**63 - 1])
print(repr(e), e.dtype)
f = np.array([-2**63])
print(repr(f), f.dtype)
g = np.array([[1, 2], [3.5, 4]])
print(repr(g), g.dtype)
