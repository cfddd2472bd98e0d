import numpy as np

a = np.arange(6)
r = a.reshape(2, 3)
r[1] = -1
print(repr(a))
r2 = r.reshape(3, 2)
r2[:, 0] = 7
print(repr(a))
e = np.expand_dims(a, 0)
e[0, 0] = 100
print(repr(a))
s = e.squeeze()
s[-1] = 200
print(repr(a))
v = a[None, :, None]
v[0, 1, 0] = 300
print(repr(a), v.shape)
rv = a.ravel()
rv[2] = 400
print(repr(a))
