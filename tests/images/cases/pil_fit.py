# resize(box=...) with every filter, and ImageOps.fit (bleed, centering).
import sys
import numpy as np
from PIL import Image, ImageOps

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


for name in ["rgb.png", "gray.png", "rgba.png", "palette.png"]:
    im = Image.open("../inputs/" + name)
    stem = name[:-4]
    for i, box in enumerate([(2, 3, 20, 17), (0.5, 1.25, 17.7, 19.1), (5, 5, 6, 9), (0, 0) + im.size]):
        for f in (Image.NEAREST, Image.BILINEAR, Image.BICUBIC, Image.LANCZOS, Image.BOX, Image.HAMMING):
            dump("%s_box%d_%d" % (stem, i, f), np.asarray(im.resize((23, 14), f, box)))
    dump(stem + "_same", np.asarray(im.resize(im.size, Image.BILINEAR, (1, 1, 19, 19))))
    for j, kw in enumerate([{}, {"bleed": 0.1}, {"centering": (0, 1)}, {"centering": (2, 0.3), "bleed": 0.7},
                            {"method": Image.NEAREST}, {"method": Image.BILINEAR, "bleed": 0.05}]):
        for size in ((16, 16), (30, 9), (9, 30), (40, 30)):
            dump("%s_fit%d_%dx%d" % (stem, j, size[0], size[1]), np.asarray(ImageOps.fit(im, size, **kw)))
im = Image.open("../inputs/gray.png")
for box in [(-1, 0, 5, 5), (0, 0, 41, 5), (5, 5, 4, 9)]:
    try:
        im.resize((4, 4), Image.BILINEAR, box)
    except ValueError as e:
        print(box, "ValueError", e)
