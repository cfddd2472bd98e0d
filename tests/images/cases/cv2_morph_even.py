# morphologyEx with even-sized and anchor-less kernels: the opening can
# rise above the image and the erosion above the dilation, and OpenCV's
# top-hat, black-hat and gradient subtract with saturation.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype, int(arr.astype(np.int64).sum()))


bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
_, bw = cv2.threshold(gray, 120, 255, cv2.THRESH_BINARY)
ring = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], np.uint8)
kernels = [("rect4", cv2.getStructuringElement(cv2.MORPH_RECT, (4, 4))),
           ("ellipse6x4", cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (6, 4))),
           ("cross4", cv2.getStructuringElement(cv2.MORPH_CROSS, (4, 4))),
           ("ring", ring)]
for kname, k in kernels:
    for iname, img in [("gray", gray), ("bw", bw), ("bgr", bgr)]:
        for op in ["GRADIENT", "TOPHAT", "BLACKHAT"]:
            dump("%s_%s_%s" % (kname, iname, op.lower()),
                 cv2.morphologyEx(img, getattr(cv2, "MORPH_" + op), k))
dump("float_tophat", cv2.morphologyEx(gray.astype(np.float32), cv2.MORPH_TOPHAT, kernels[0][1]))
# iterations=0 copies the image (and the gradient is then 0); negative
# counts run once
for it in [0, -2]:
    for op in ["ERODE", "DILATE", "OPEN", "GRADIENT"]:
        dump("iter%d_%s" % (it, op.lower()),
             cv2.morphologyEx(bgr, getattr(cv2, "MORPH_" + op), kernels[0][1], iterations=it))
dump("iter0_erode_fn", cv2.erode(gray, None, iterations=0))
# uint16 (depth maps): borders at 0 / 65535, differences saturated at 0
deep = (np.arange(23 * 31).reshape(23, 31) * 977 % 65536).astype(np.uint16)
for op in ["ERODE", "DILATE", "GRADIENT", "TOPHAT", "BLACKHAT"]:
    dump("u16_%s" % op.lower(), cv2.morphologyEx(deep, getattr(cv2, "MORPH_" + op), kernels[0][1]))
dump("u16_erode_const", cv2.erode(deep, None, borderType=cv2.BORDER_CONSTANT, borderValue=7))
