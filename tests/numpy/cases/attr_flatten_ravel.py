import numpy as np

a = np.arange(6).reshape(2, 3)
f = a.flatten()
r = a.ravel()
print(repr(f), repr(r))
f[0] = 100
print(a[0, 0])
r[0] = 100
print(a[0, 0])
t = a.T.ravel()
print(repr(t))
t[1] = -1
print(repr(a))
print(repr(a.T.flatten()))
print(repr(np.ravel(a)))
print(repr(np.ravel(a[:, ::2])))
print(repr(np.array(5).flatten()), repr(np.array(5).ravel()))
print(repr(np.zeros((2, 0)).ravel()))
b = np.arange(8).reshape(2, 2, 2)
print(repr(b.flatten()), repr(b[:, ::-1].ravel()))
