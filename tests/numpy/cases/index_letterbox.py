import numpy as np

h, w = 4, 6
img = (np.arange(h * w * 3) % 256).astype(np.uint8).reshape(h, w, 3)
canvas = np.full((8, 8, 3), 114, dtype=np.uint8)
top = (8 - h) // 2
left = (8 - w) // 2
canvas[top:top + h, left:left + w] = img
print(top, left)
print(repr(canvas[..., 0]))
print(repr(canvas[..., 2]))
print(int(canvas.sum()), canvas.dtype, canvas.shape)
print((canvas == 114).all(axis=2).sum())
roi = canvas[top:top + h, left:left + w]
print(np.array_equal(roi, img))
roi[...] = 0
print(repr(canvas[:, :, 1]))
canvas[:top] = 1
canvas[top + h:] = 2
print(repr(canvas[:, 0, 0]))
small = np.zeros((3, 5), dtype=np.int16)
small[1:, 2:4] = [[1, 2], [3, 4]]
print(repr(small))
