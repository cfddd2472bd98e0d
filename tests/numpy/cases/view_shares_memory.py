import numpy as np

a = np.arange(12).reshape(3, 4)
print(np.shares_memory(a, a[1]), np.shares_memory(a, a[[1]]), np.shares_memory(a, a.T))
print(np.shares_memory(a, a.copy()), np.shares_memory(a[0], a[1]), np.shares_memory(a, a.reshape(4, 3)))
print(np.may_share_memory(a[:, 0], a[:, 1]))
x = np.arange(5)
y = x[1:4]
y[...] = y[::-1]
print(repr(x))
z = np.arange(5)
z[1:] = z[:-1]
print(repr(z))
w = np.arange(5)
w[:-1] += w[1:]
print(repr(w))
