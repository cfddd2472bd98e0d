import numpy as np

a = np.arange(12).reshape(3, 4)
t = a.T
print(t.flags['C_CONTIGUOUS'], t.flags['F_CONTIGUOUS'], t.strides)
c = np.ascontiguousarray(t)
print(c.flags['C_CONTIGUOUS'], c.strides, c.shape)
print(repr(c))
c[0, 0] = 99
print(a[0, 0])
s = a[:, ::2]
print(s.flags['C_CONTIGUOUS'], s.strides)
cs = np.ascontiguousarray(s)
print(cs.flags['C_CONTIGUOUS'], cs.strides, repr(cs))
same = np.ascontiguousarray(a)
print(same is a)
f = np.ascontiguousarray(a, dtype=np.float32)
print(repr(f))
z = np.ascontiguousarray(np.array(5))
print(z.shape, repr(z))
r = np.ascontiguousarray(np.arange(6)[::-1])
print(r.strides, repr(r))
