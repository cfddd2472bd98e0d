# cv2.Sobel, Scharr, Laplacian (every output depth, kernel sizes 1 to 7)
# and Canny (L1 and L2 gradients, apertures 3 and 5, colour input), as
# edge features and blur checks (the variance of the Laplacian) use them.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype, float(arr.astype(np.float64).sum()))


bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
smooth = cv2.cvtColor(cv2.imread("../inputs/smooth.jpg"), cv2.COLOR_BGR2GRAY) // 8 * 8
for ddepth, name in [(-1, "same"), (cv2.CV_16S, "16s"), (cv2.CV_32F, "32f"), (cv2.CV_64F, "64f")]:
    for dx, dy, k in [(1, 0, 3), (0, 1, 3), (1, 1, 3), (2, 0, 1), (0, 1, 5), (1, 2, 7), (1, 0, -1)]:
        dump("sobel_%s_%d%d_%d" % (name, dx, dy, k), cv2.Sobel(gray, ddepth, dx, dy, ksize=k))
    for k in (1, 3, 5):
        dump("lap_%s_%d" % (name, k), cv2.Laplacian(gray, ddepth, ksize=k))
dump("sobel_bgr", cv2.Sobel(bgr, cv2.CV_16S, 0, 1, borderType=cv2.BORDER_REPLICATE))
dump("scharr", cv2.Scharr(gray, cv2.CV_32F, 0, 1, scale=0.25, delta=2))
print("blur score", round(cv2.Laplacian(gray, cv2.CV_64F).var(), 6))
for label, img in [("gray", gray), ("bgr", bgr), ("smooth", smooth)]:
    for lo, hi in [(50, 150), (150, 60), (10, 30)]:
        for ap in (3, 5):
            for l2 in (False, True):
                dump("canny_%s_%d_%d_%d_%d" % (label, lo, hi, ap, l2),
                     cv2.Canny(img, lo, hi, apertureSize=ap, L2gradient=l2))
for bad in [lambda: cv2.Sobel(gray, cv2.CV_64F, 0, 0), lambda: cv2.Laplacian(gray, -1, ksize=2)]:
    try:
        bad()
    except cv2.error:
        print("cv2.error")
