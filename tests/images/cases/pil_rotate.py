# rotate by any angle (expand, center, translate, fillcolor; nearest,
# bilinear and bicubic) and transform with AFFINE and PERSPECTIVE data.
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
    for i, (angle, kw) in enumerate([
            (30, {}), (-45, {"expand": True}), (90, {}), (180, {"center": (3, 5)}),
            (12.5, {"resample": Image.BILINEAR}), (77, {"resample": Image.BICUBIC, "expand": 1}),
            (200, {"resample": Image.BILINEAR, "center": (10.5, 4), "translate": (3, -2)}),
            (33, {"fillcolor": "red"}), (300, {"resample": Image.BICUBIC, "fillcolor": 99 if stem in ("gray", "palette") else (9, 80, 200, 100)}),
            (0, {"translate": (5, 2)}), (1e-9, {}), (45, {"expand": True, "resample": Image.BICUBIC})]):
        out = im.rotate(angle, **kw)
        print(stem, angle, sorted(kw), out.size, out.mode)
        dump("%s_rot%d" % (stem, i), np.asarray(out))
    out = im.transform((40, 30), Image.Transform.AFFINE, (0.8, 0.3, -2, -0.2, 1.1, 3), Image.BILINEAR)
    dump("%s_affine" % stem, np.asarray(out))
    out = im.transform((40, 30), Image.PERSPECTIVE, (0.9, 0.1, 1, 0.05, 1.2, -2, 0.004, 0.002),
                       Image.BICUBIC, fillcolor=7 if stem in ("gray", "palette") else (1, 2, 3))
    dump("%s_persp" % stem, np.asarray(out))
try:
    im.rotate(10, resample=Image.LANCZOS)
except ValueError as e:
    print("ValueError", e)
