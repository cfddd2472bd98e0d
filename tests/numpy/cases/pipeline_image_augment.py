import numpy as np

img = (np.arange(6 * 6) * 7 % 256).astype(np.uint8).reshape(6, 6)
bright = np.clip(img.astype(np.int16) + 50, 0, 255).astype(np.uint8)
print(repr(bright))
wrapped = img + np.uint8(50)
print(repr(wrapped[-1]))
contrast = np.clip((img.astype(np.float32) - 128) * 1.5 + 128, 0, 255).astype(np.uint8)
print(repr(contrast[0]))
gamma = (255 * (img / 255.0) ** 2).round().astype(np.uint8)
print(repr(gamma[1]))
inverted = 255 - img
print(repr(inverted[0]), inverted.dtype)
lut = np.arange(256, dtype=np.uint8)[::-1]
print(np.array_equal(lut[img], inverted))
cut = img.copy()
cut[1:3, 2:5] = 0
print(repr(cut))
tr = np.zeros_like(img)
dy, dx = 1, 2
tr[dy:, dx:] = img[:-dy, :-dx]
print(repr(tr[:3]))
thr = (img > 128).astype(np.uint8) * 255
print(repr(thr[:2]), int(np.count_nonzero(thr)))
k = np.array([[0, 1, 0], [1, 4, 1], [0, 1, 0]], dtype=np.int32)
p = np.pad(img.astype(np.int32), 1, mode='edge')
blur = sum(k[i, j] * p[i:i + 6, j:j + 6] for i in range(3) for j in range(3)) // k.sum()
print(repr(blur.astype(np.uint8)[:2]))
