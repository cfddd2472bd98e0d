import numpy as np

a = np.arange(6).reshape(2, 3)
print(repr(np.flip(a)), repr(np.flip(a, 0)), repr(np.flip(a, axis=1)), repr(np.flip(a, axis=(0, 1))))
print(repr(np.fliplr(a)), repr(np.flipud(a)))
print(np.array_equal(np.flip(a, 1), a[:, ::-1]), np.flip(a, 1).strides)
b = np.arange(24).reshape(2, 3, 4)
print(repr(np.flip(b, -1)[1]), repr(np.flip(b, axis=(0, 2))[0, 0]))
print(repr(np.flip(np.arange(5))), repr(np.flip(np.zeros(0))))
v = np.flip(a, 0)
v[0, 0] = 99
print(repr(a))
img = np.arange(2 * 3 * 3).reshape(2, 3, 3)
print(repr(img[:, ::-1, :]))
print(repr(img[..., ::-1][0]))
