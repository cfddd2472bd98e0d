import numpy as np

a = np.arange(3).reshape(1, 3, 1)
print(a.squeeze().shape, repr(a.squeeze()))
print(a.squeeze(0).shape, a.squeeze(axis=2).shape, a.squeeze(axis=(0, 2)).shape)
print(np.squeeze(a).shape, np.squeeze(a, axis=-1).shape)
print(repr(np.array([[5]]).squeeze()), np.array([[5]]).squeeze().shape)
print(np.zeros((1, 0, 1)).squeeze().shape)
b = np.arange(4)
print(np.expand_dims(b, 0).shape, np.expand_dims(b, -1).shape, np.expand_dims(b, 1).shape)
print(np.expand_dims(b, (0, 2)).shape, np.expand_dims(b, axis=(0, 1)).shape)
print(repr(np.expand_dims(b, 0)))
print(np.expand_dims(np.array(3), 0).shape)
c = np.zeros((2, 3))
print(np.expand_dims(c, 1).shape, np.expand_dims(c, -2).shape, np.expand_dims(c, (-1, 0)).shape)
try:
    a.squeeze(1)
except ValueError as e:
    print(type(e).__name__, e)
s = a.squeeze()
s[0] = 42
print(a.ravel())
