# Image.new, Image.fromarray, numpy views of images, getpixel.
import sys
import numpy as np
from PIL import Image

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


for i, (mode, color) in enumerate([("L", 0), ("L", 200), ("RGB", (10, 20, 30)), ("RGB", 0x123456),
                    ("RGBA", (1, 2, 3, 4)), ("RGBA", (9, 8, 7)), ("RGB", "red"), ("L", "green"),
                    ("RGB", "#a0b1c2"), ("L", (77,))]):
    im = Image.new(mode, (5, 3), color)
    print(mode, color, im.mode, im.size, im.getpixel((4, 2)), im.format)
    dump("new_%d_%s" % (i, mode), np.asarray(im))
print(Image.new("RGB", (4, 2)).getpixel((0, 0)))

a = (np.arange(60).reshape(4, 5, 3) * 4).astype(np.uint8)
for arr in [a, a[:, :, 0], np.concatenate([a, a[:, :, :1]], axis=2), a[::-1, ::2]]:
    im = Image.fromarray(arr)
    b = np.asarray(im)
    print(im.mode, im.size, b.shape, b.dtype, np.array_equal(b, arr))
    dump("fromarray_%s_%d" % (im.mode, im.width), b)
for bad in [np.zeros((2, 2, 5), dtype=np.uint8), np.zeros((2, 2), dtype=np.int64)]:
    try:
        Image.fromarray(bad)
    except TypeError as e:
        print("TypeError", e)
im = Image.fromarray(a)
ro = np.asarray(im)
try:
    ro[0, 0, 0] = 1
except ValueError as e:
    print("ValueError", e)
rw = np.array(im)
rw[0, 0, 0] = 255
print(rw[0, 0, 0], np.asarray(im)[0, 0, 0], im.getpixel((0, 0)), im.getpixel((-1, -1)))
batch = np.stack([np.asarray(im), np.asarray(im.transpose(Image.FLIP_LEFT_RIGHT))])
print(batch.shape, batch.dtype, int(batch.sum()))
f = np.asarray(im, dtype=np.float32)
print(f.dtype, f.shape, float(f.max()))
print(im.copy().size, im.tobytes()[:6], len(im.tobytes()), [b.mode for b in im.split()])
