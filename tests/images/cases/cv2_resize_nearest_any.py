# cv2.resize with INTER_NEAREST on label masks, depth maps and float
# heat maps (uint16 to float64, any channel count), and INTER_NEAREST_EXACT
# (OpenCV's 16-bit fixed-point pixel centres) on every dtype.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype)


base = np.arange(19 * 23 * 3).reshape(19, 23, 3) * 7919 % 65536
sizes = [(9, 7), (17, 37), (41, 30), (23, 5), (46, 38)]
for dt in [np.uint8, np.uint16, np.int16, np.int32, np.float32, np.float64]:
    a = base.astype(dt)
    for iname, interp in [("nearest", cv2.INTER_NEAREST), ("exact", cv2.INTER_NEAREST_EXACT)]:
        for w, h in sizes:
            dump("%s_%s_%dx%d" % (dt.__name__, iname, w, h), cv2.resize(a, (w, h), interpolation=interp))
        dump("%s_%s_fx" % (dt.__name__, iname), cv2.resize(a[:, :, 0], None, fx=0.37, fy=1.9, interpolation=interp))
        dump("%s_%s_1ch" % (dt.__name__, iname), cv2.resize(a[:, :, :1], (30, 20), interpolation=interp))
