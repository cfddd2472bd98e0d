import numpy as np

h, w = 4, 5
img = np.stack([(np.arange(h * w) * 13 % 256).reshape(h, w),
                (np.arange(h * w) * 7 % 256).reshape(h, w),
                (255 - np.arange(h * w) * 11 % 256).reshape(h, w)], axis=-1).astype(np.uint8)
print(img.shape, repr(img[0]))
weights = np.array([0.299, 0.587, 0.114])
gray = (img * weights).sum(axis=-1)
print(gray.dtype, repr(np.round(gray, 3)))
gray_u8 = np.round(gray).astype(np.uint8)
print(repr(gray_u8))
gray_mm = img @ weights
print(np.allclose(gray, gray_mm))
gray_int = ((img[..., 0].astype(np.uint32) * 299 + img[..., 1].astype(np.uint32) * 587 + img[..., 2].astype(np.uint32) * 114 + 500) // 1000).astype(np.uint8)
print(repr(gray_int))
print(int(np.abs(gray_int.astype(np.int16) - gray_u8.astype(np.int16)).max()))
bgr = img[..., ::-1]
print(repr(bgr[0, 0]), repr(img[0, 0]))
gray3 = np.repeat(gray_u8[..., None], 3, axis=-1)
print(gray3.shape, repr(gray3[1, 1]))
f32 = img.astype(np.float32) / 255
g32 = f32 @ weights.astype(np.float32)
print(g32.dtype, repr(np.round(g32[0], 4)))
