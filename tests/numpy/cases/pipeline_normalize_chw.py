import numpy as np

# A deterministic 6x8 RGB image in HWC uint8 layout.
h, w = 6, 8
yy, xx = np.meshgrid(np.arange(h), np.arange(w), indexing='ij')
r = (xx * 32) % 256
g = (yy * 40 + xx * 3) % 256
b = (255 - xx * yy * 5) % 256
img = np.stack([r, g, b], axis=-1).astype(np.uint8)
print(img.shape, img.dtype, int(img.sum()), repr(img[0, :4]))

mean = np.array([0.485, 0.456, 0.406], dtype=np.float32)
std = np.array([0.229, 0.224, 0.225], dtype=np.float32)

x = img.astype(np.float32) / np.float32(255.0)
x = (x - mean) / std
print(x.dtype, x.shape)
chw = np.ascontiguousarray(x.transpose(2, 0, 1))
print(chw.shape, chw.flags['C_CONTIGUOUS'], chw.strides)
batch = chw[np.newaxis]
print(batch.shape, batch.dtype)

print(repr(np.round(chw[:, 0, :3], 4)))
print(repr(np.round(chw.reshape(3, -1).min(axis=1), 4)))
print(repr(np.round(chw.reshape(3, -1).max(axis=1), 4)))
print(repr(np.round(chw.mean(axis=(1, 2)), 4)))
# invert the normalisation and check we get the original pixels back
back = (chw.transpose(1, 2, 0) * std + mean) * 255.0
restored = np.clip(np.round(back), 0, 255).astype(np.uint8)
print(np.array_equal(restored, img), restored.dtype)
