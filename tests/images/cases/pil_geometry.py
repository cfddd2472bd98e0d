# crop (inside and beyond the edges) and every transpose.
import sys
import numpy as np
from PIL import Image

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


for name in ["rgb.png", "gray.png", "rgba.png", "palette.png"]:
    im = Image.open("../inputs/" + name)
    stem = name[:-4]
    for box in [(0, 0, 10, 10), (5, 3, 25, 19), (-4, -2, 12, 8), (20, 10, 60, 50), (3, 3, 3, 9), (2.4, 1.6, 9.5, 7.5)]:
        out = im.crop(box)
        print(stem, box, out.size, out.mode)
        dump("%s_crop_%d_%d" % (stem, int(box[0]), int(box[1])), np.asarray(out))
    for label, t in [("lr", Image.FLIP_LEFT_RIGHT), ("tb", Image.FLIP_TOP_BOTTOM),
                     ("r90", Image.ROTATE_90), ("r180", Image.ROTATE_180),
                     ("r270", Image.ROTATE_270), ("tp", Image.TRANSPOSE),
                     ("tv", Image.Transpose.TRANSVERSE)]:
        out = im.transpose(t)
        print(stem, label, out.size, out.mode)
        dump("%s_%s" % (stem, label), np.asarray(out))
    print(stem, "palette kept", im.crop((0, 0, 4, 4)).getpalette() == im.getpalette())
