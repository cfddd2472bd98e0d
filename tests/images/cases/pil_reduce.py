# Image.reduce, resize(reducing_gap=...) and thumbnail shrinking far
# (Pillow averages whole blocks first), on L, RGB and RGBA images.
import sys
import numpy as np
from PIL import Image

OUT = sys.argv[1]


def dump(label, im):
    a = np.asarray(im)
    np.save("%s/%s.tol0.npy" % (OUT, label), a)
    print(label, im.mode, im.size, int(a.astype(np.int64).sum()))


y, x = np.mgrid[0:263, 0:397]
rgb = Image.fromarray(np.stack([(x * 3 + y) % 256, (y * 5 ^ x) % 256, (x * y // 7) % 256],
                               -1).astype(np.uint8))
rgba = Image.fromarray(np.dstack([np.asarray(rgb), (x % 256).astype(np.uint8)]))
gray = rgb.convert("L")
for f in [2, 3, (2, 3), (5, 1), (1, 4), 7]:
    for label, im in [("rgb", rgb), ("gray", gray), ("rgba", rgba)]:
        dump("reduce_%s_%s" % (label, str(f).replace(" ", "")), im.reduce(f))
dump("reduce_box", rgb.reduce(3, box=(10, 20, 300, 211)))
for size in [(128, 128), (50, 50), (33, 100), (150, 90)]:
    for resample in (Image.BICUBIC, Image.LANCZOS, Image.BILINEAR, Image.NEAREST):
        for label, im in [("rgb", rgb), ("rgba", rgba)]:
            t = im.copy()
            t.thumbnail(size, resample)
            dump("thumb_%s_%d_%d_%d" % (label, size[0], size[1], resample), t)
    t = gray.copy()
    t.thumbnail(size, reducing_gap=3.0)
    dump("thumb_gap3_%d" % size[0], t)
for gap in (1.0, 2.0, 3.0):
    dump("resize_gap_%s" % gap, rgb.resize((60, 40), Image.BICUBIC, reducing_gap=gap))
    dump("resize_gap_box_%s" % gap,
         rgb.resize((100, 80), Image.BILINEAR, box=(10.5, 3, 300, 250), reducing_gap=gap))
try:
    rgb.resize((10, 10), reducing_gap=0.5)
except ValueError as e:
    print("ValueError", e)
