# cv2.resize with nearest, linear, cubic and area, shrinking and enlarging.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
bgra = cv2.imread("../inputs/rgba.png", cv2.IMREAD_UNCHANGED)
methods = [("nearest", cv2.INTER_NEAREST), ("linear", cv2.INTER_LINEAR),
           ("cubic", cv2.INTER_CUBIC), ("area", cv2.INTER_AREA)]
sizes = [(20, 15), (13, 9), (47, 37), (7, 45), (40, 3), (1, 1)]
bgra = bgra[:, :12]
for name, src in [("bgr", bgr), ("gray", gray), ("bgra", bgra)]:
    for mname, m in methods:
        for w, h in sizes:
            out = cv2.resize(src, (w, h), interpolation=m)
            dump("%s_%s_%dx%d" % (name, mname, w, h), out, 0 if m == cv2.INTER_NEAREST else 1)
for i, (fx, fy) in enumerate([(0.5, 0.75), (2, 1.5), (1 / 3, 0.3), (0.5, 0.5)]):
    for mname, m in methods:
        dump("fxfy_%d_%s" % (i, mname), cv2.resize(bgr, None, fx=fx, fy=fy, interpolation=m), 1)
dump("default", cv2.resize(gray, (16, 10)), 1)
