import numpy as np

a = np.arange(12).reshape(3, 4)
v = a[:, 1]
v *= 2
print(repr(a))
print(v.strides, v.copy().strides)
w = a[::2, ::2]
w[...] = -1
print(repr(a))
print(repr(w + 1))
x = a[:, ::-1][1:, :2]
x[:] = 0
print(repr(a))
img = np.zeros((4, 4, 3), dtype=np.uint8)
red = img[..., 0]
red[1:3, 1:3] = 255
print(repr(img[..., 0]), repr(img[..., 1]))
print(red.strides, red.flags['C_CONTIGUOUS'])
