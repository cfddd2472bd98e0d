# Image.point (functions and tables), merge, getbbox, getextrema, histogram.
import sys
import numpy as np
from PIL import Image

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ["rgb.png", "gray.png", "rgba.png", "palette.png"]:
    im = Image.open("../inputs/" + name)
    stem = name[:-4]
    dump(stem + "_pt_fn", np.asarray(im.point(lambda i: i * 1.7 - 40)))
    dump(stem + "_pt_half", np.asarray(im.point(lambda i: i / 2)))
    n = len(im.getbands())
    dump(stem + "_pt_lut", np.asarray(im.point([(i * 7 + 3 * b) % 256 for b in range(n) for i in range(256)])))
    print(stem, im.getbbox(), im.getextrema(), sum(im.histogram()), im.histogram()[::97])
    print(stem, im.crop((3, 2, 9, 7)).getbbox(), im.point(lambda i: 0).getbbox())
    bands = im.split()
    print(stem, [b.getextrema() for b in bands])
    mask = im.convert("L").point(lambda i: 255 if i > 100 else 0)
    print(stem, "masked", im.histogram(mask)[::61])
rgba = Image.open("../inputs/rgba.png")
print(rgba.getbbox(alpha_only=False), Image.new("RGBA", (5, 4), (9, 0, 0, 0)).getbbox(),
      Image.new("RGBA", (5, 4), (9, 0, 0, 0)).getbbox(alpha_only=False))
r, g, b = Image.open("../inputs/rgb.png").split()
dump("merge_bgr", np.asarray(Image.merge("RGB", (b, g, r))))
dump("merge_rgba", np.asarray(Image.merge("RGBA", [r, g, b, g])))
dump("merge_l", np.asarray(Image.merge("L", [g])))
attempt("merge few", lambda: Image.merge("RGB", (r, g)))
attempt("merge mode", lambda: Image.merge("RGB", (r, g, rgba)))
attempt("merge size", lambda: Image.merge("RGB", (r, g, b.crop((0, 0, 5, 5)))))
attempt("lut short", lambda: r.point([1, 2, 3]))
attempt("lut rgb 256", lambda: rgba.convert("RGB").point(list(range(256))))
attempt("hist mask", lambda: r.histogram(Image.new("L", (2, 2))))
print(Image.new("L", (3, 3)).getbbox(), Image.new("L", (3, 3), 7).getextrema())
