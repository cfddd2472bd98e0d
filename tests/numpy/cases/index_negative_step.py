import numpy as np

a = np.arange(8)
r = a[::-1]
print(repr(r), r.strides)
r[0] = 100
print(repr(a))
s = a[::-2]
print(repr(s), s.strides, repr(s[1:]))
s[1:] = 0
print(repr(a))
b = np.arange(12).reshape(3, 4)
f = b[::-1, :]
print(repr(f), f.strides)
f[0, 0] = -5
print(repr(b))
g = b[:, ::-1][::-1]
print(repr(g), g.strides)
print(repr(g.T), g.T.strides)
print(repr(np.arange(10)[7:2:-2][::-1]))
h = b[::-2, ::-3]
print(repr(h), h.shape, h.strides)
print(repr(h.copy()), h.copy().strides)
