import numpy as np

img = (np.arange(4 * 5 * 3) * 7 % 256).astype(np.uint8).reshape(4, 5, 3)
print(repr(img.sum(axis=(0, 1))), img.sum(axis=(0, 1)).dtype)
print(repr(img.mean(axis=(0, 1))))
print(repr(img.max(axis=(0, 1))), repr(img.min(axis=(1, 0))))
print(repr(img.astype(np.float64).std(axis=(0, 1))))
b = np.arange(24).reshape(2, 3, 4)
print(repr(b.sum(axis=(-1, -2))), repr(b.sum(axis=(0, -1))), repr(b.max(axis=(0, 2))))
print(repr(b.mean(axis=(1, 2))), repr(b.any(axis=(1, 2))), repr((b > 20).all(axis=(0,))))
print(repr(np.sum(b, axis=(2, 0), keepdims=True)), np.sum(b, axis=(2, 0), keepdims=True).shape)
print(repr(np.prod(b + 1, axis=(0, 1))[:2]))
print(repr(b.sum(axis=())), b.sum(axis=()).shape)
