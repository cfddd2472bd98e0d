# ImageOps.autocontrast (cutoff, ignore, mask, preserve_tone), equalize,
# posterize and solarize.
import sys
import numpy as np
from PIL import Image, ImageOps

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


for name in ["rgb.png", "gray.png", "rgb.bmp", "smooth_gray.jpg"]:
    im = Image.open("../inputs/" + name)
    if name[-3:] in ("jpg", "bmp"):
        im = Image.fromarray(np.asarray(im) // 3 + 40)
    stem = name.replace(".", "_")
    mask = im.convert("L").point(lambda i: 255 if i % 3 else 0)
    for i, kw in enumerate([{}, {"cutoff": 2}, {"cutoff": (1, 7.5)}, {"ignore": 0},
                            {"ignore": [0, 255], "cutoff": 10}, {"mask": mask},
                            {"preserve_tone": True}, {"preserve_tone": True, "cutoff": 5}]):
        out = ImageOps.autocontrast(im, **kw)
        dump("%s_ac%d" % (stem, i), np.asarray(out))
    dump(stem + "_eq", np.asarray(ImageOps.equalize(im)))
    dump(stem + "_eq_mask", np.asarray(ImageOps.equalize(im, mask)))
    for bits in (1, 3, 8):
        dump("%s_post%d" % (stem, bits), np.asarray(ImageOps.posterize(im, bits)))
    for t in (0, 100, 128, 256):
        dump("%s_sol%d" % (stem, t), np.asarray(ImageOps.solarize(im, t)))
flat = Image.new("L", (4, 4), 9)
print(np.asarray(ImageOps.autocontrast(flat)).tolist(), np.asarray(ImageOps.equalize(flat)).tolist())
dump("pal_eq", np.asarray(ImageOps.equalize(Image.open("../inputs/palette.png"))))
for fn in (ImageOps.autocontrast, ImageOps.solarize):
    for name in ("rgba.png", "palette.png"):
        try:
            fn(Image.open("../inputs/" + name))
        except Exception as e:
            print(fn.__name__, name, type(e).__name__, e)
