import numpy as np

def center_crop(img, size):
    h, w = img.shape[:2]
    th, tw = size
    top = (h - th) // 2
    left = (w - tw) // 2
    return img[top:top + th, left:left + tw], (top, left)

img = (np.arange(10 * 12 * 3) % 256).astype(np.uint8).reshape(10, 12, 3)
crop, (t, l) = center_crop(img, (4, 6))
print(crop.shape, t, l, crop.flags['C_CONTIGUOUS'])
print(repr(crop[..., 0]))
crop[0, 0] = 0
print(repr(img[t, l]))
crop2 = center_crop(img, (10, 12))[0]
print(crop2.shape, np.array_equal(crop2, img))
odd, pos = center_crop(img, (3, 5))
print(odd.shape, pos, repr(odd[:, :, 2]))
batch = np.stack([img, img[::-1]])
bc = batch[:, 3:7, 3:9]
print(bc.shape, repr(bc[1, :, :, 1]))
c = np.ascontiguousarray(crop)
print(c.flags['C_CONTIGUOUS'], c.strides, crop.strides)
