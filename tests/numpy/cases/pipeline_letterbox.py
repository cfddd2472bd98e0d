import numpy as np

def letterbox(img, new_shape=(64, 64), color=114):
    h, w = img.shape[:2]
    r = min(new_shape[0] / h, new_shape[1] / w)
    nh, nw = int(round(h * r)), int(round(w * r))
    # nearest-neighbour resize with index arrays
    ys = np.minimum((np.arange(nh) / r).astype(np.int64), h - 1)
    xs = np.minimum((np.arange(nw) / r).astype(np.int64), w - 1)
    resized = img[ys[:, None], xs[None, :]]
    dh, dw = new_shape[0] - nh, new_shape[1] - nw
    top, left = dh // 2, dw // 2
    canvas = np.full((new_shape[0], new_shape[1], img.shape[2]), color, dtype=img.dtype)
    canvas[top:top + nh, left:left + nw] = resized
    return canvas, r, (left, top)

img = (np.arange(48 * 64 * 3) % 251).astype(np.uint8).reshape(48, 64, 3)
out, r, (dx, dy) = letterbox(img)
print(out.shape, out.dtype, r, dx, dy)
print(repr(out[:10, 0, 0]), repr(out[54:, 0, 0]))
print(int((out == 114).all(axis=2).sum()), int(out[8:56].sum() == img.sum()))
print(np.array_equal(out[8:56], img))

small = (np.arange(30 * 40 * 3) % 256).astype(np.uint8).reshape(30, 40, 3)
out2, r2, (dx2, dy2) = letterbox(small)
print(out2.shape, r2, dx2, dy2)
print(repr(out2[dy2:dy2 + 3, :6, 0]))
print(repr(out2[dy2 - 1, :4, 1]), repr(out2[63 - dy2 + 1, :4, 2]))
print(int(out2.sum()), repr(out2.mean(axis=(0, 1))))

tall = np.arange(20 * 10 * 3, dtype=np.uint8).reshape(20, 10, 3)
out3, r3, pad3 = letterbox(tall, (32, 32))
print(out3.shape, r3, pad3, repr(out3[0, :10, 0]))
