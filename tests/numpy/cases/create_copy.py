import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.copy(a)
c = a.copy()
d = np.array(a)
b[0, 0] = 10
c[0, 1] = 20
d[0, 2] = 30
print(a)
print(b)
print(c)
print(d)
v = a[:, ::2]
cv = v.copy()
print(cv.flags['C_CONTIGUOUS'], cv.strides, repr(cv))
cv[:] = 0
print(a)
t = a.T.copy()
print(t.strides, repr(t))
z = np.array(5)
zc = z.copy()
zc[()] = 6
print(z, zc)
e = np.zeros((0, 2))
print(repr(e.copy()))
f = np.array([1.5, 2.5], dtype=np.float32)
print(repr(np.copy(f)), np.copy(f).dtype)
