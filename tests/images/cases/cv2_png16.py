# 16-bit PNGs (grey, BGR, BGRA) through every imread flag: uint16 for
# IMREAD_UNCHANGED and IMREAD_ANYDEPTH, the high bytes otherwise, and
# libpng's rounded 16-bit grey; Pillow opens 16-bit colour as 8-bit
# (taipan's PIL refuses 16-bit grey: docs/limitations.md).
import sys
import numpy as np
import cv2
from PIL import Image

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype, int(arr.astype(np.int64).sum()))


flags = [("unchanged", cv2.IMREAD_UNCHANGED), ("gray", cv2.IMREAD_GRAYSCALE), ("color", cv2.IMREAD_COLOR),
         ("anydepth", cv2.IMREAD_ANYDEPTH), ("color_anydepth", cv2.IMREAD_COLOR | cv2.IMREAD_ANYDEPTH),
         ("anycolor", cv2.IMREAD_ANYCOLOR), ("any", cv2.IMREAD_ANYCOLOR | cv2.IMREAD_ANYDEPTH),
         ("rgb", cv2.IMREAD_COLOR_RGB)]
for name in ["gray16", "rgb16", "rgba16"]:
    for fname, flag in flags:
        dump("%s_%s" % (name, fname), cv2.imread("../inputs/%s.png" % name, flag))
    data = np.fromfile("../inputs/%s.png" % name, dtype=np.uint8)
    dump(name + "_decoded", cv2.imdecode(data, cv2.IMREAD_UNCHANGED))
for name in ["rgb16", "rgba16"]:
    im = Image.open("../inputs/%s.png" % name)
    print(name, im.mode, im.size)
    dump(name + "_pil", np.asarray(im))
# uint16 images through cvtColor's channel shuffles (alpha 65535)
deep = cv2.imread("../inputs/rgba16.png", cv2.IMREAD_UNCHANGED)
grey = cv2.imread("../inputs/gray16.png", cv2.IMREAD_UNCHANGED)
for code in ["BGR2RGB", "BGR2BGRA", "BGR2RGBA", "BGRA2BGR", "BGRA2RGB", "BGRA2RGBA", "GRAY2BGR", "GRAY2BGRA"]:
    src = grey if code.startswith("GRAY") else (deep if code.startswith("BGRA") else deep[:, :, :3])
    dump("cvt_" + code.lower(), cv2.cvtColor(src, getattr(cv2, "COLOR_" + code)))
