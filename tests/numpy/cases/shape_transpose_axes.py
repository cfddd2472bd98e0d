import numpy as np

hwc = np.arange(2 * 3 * 4).reshape(2, 3, 4)
chw = hwc.transpose(2, 0, 1)
print(chw.shape, repr(chw[1]))
back = chw.transpose(1, 2, 0)
print(np.array_equal(back, hwc))
print(np.moveaxis(hwc, -1, 0).shape, np.array_equal(np.moveaxis(hwc, -1, 0), chw))
print(np.moveaxis(hwc, [0, 1], [-1, -2]).shape)
print(np.swapaxes(hwc, 0, 1).shape, repr(np.swapaxes(hwc, 0, 1)[0]))
nchw = chw[None]
print(nchw.shape, nchw.transpose(0, 2, 3, 1).shape)
print(repr(np.transpose(np.arange(4).reshape(1, 2, 2), (2, 1, 0))))
try:
    hwc.transpose(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hwc.transpose(0, 1, 1)
except ValueError as e:
    print(type(e).__name__, e)
