# cv2.blur, boxFilter, medianBlur, filter2D, getStructuringElement,
# erode, dilate and morphologyEx.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
f = bgr.astype(np.float32) / 7
for ks in [(3, 3), (5, 5), (5, 3), (1, 7)]:
    dump("blur_%d_%d" % ks, cv2.blur(bgr, ks))
    dump("blur_gray_%d_%d" % ks, cv2.blur(gray, ks))
for bt in [cv2.BORDER_CONSTANT, cv2.BORDER_REPLICATE, cv2.BORDER_REFLECT]:
    dump("blur_border%d" % bt, cv2.blur(bgr, (3, 5), borderType=bt))
dump("box_sum", cv2.boxFilter(gray, -1, (3, 3), normalize=False))
dump("box_anchor", cv2.boxFilter(gray, -1, (5, 5), anchor=(0, 1)))
dump("box_f32", np.rint(cv2.boxFilter(gray, cv2.CV_32F, (3, 3)).astype(np.float64) * 1000), 1)
for k in [3, 5, 7]:
    dump("median%d" % k, cv2.medianBlur(bgr, k))
    dump("median_gray%d" % k, cv2.medianBlur(gray, k))
dump("median_f32", cv2.medianBlur(f, 5))
kernels = [np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], np.float32), np.ones((3, 3), np.float32) / 9,
           np.array([[1, 2, 1], [0, 0, 0], [-1, -2, -1]], np.float64),
           (np.arange(25, dtype=np.float32).reshape(5, 5) % 7 - 2.5) / 10, np.array([[0.25, 0.5, 0.25]], np.float32)]
for i, k in enumerate(kernels):
    # a fractional kernel sums in float32: within 1 (OpenCV's order of sums)
    tol = 0 if (k == np.rint(k)).all() else 1
    dump("f2d_%d" % i, cv2.filter2D(bgr, -1, k), tol)
    dump("f2d_gray_%d" % i, cv2.filter2D(gray, -1, k, delta=3.3, borderType=cv2.BORDER_REPLICATE), tol)
    dump("f2d_const_%d" % i, cv2.filter2D(gray, -1, k, borderType=cv2.BORDER_CONSTANT), tol)
    dump("f2d_f32_%d" % i, np.rint(cv2.filter2D(f, -1, k).astype(np.float64) * 1000), 1)
for shape in [cv2.MORPH_RECT, cv2.MORPH_CROSS, cv2.MORPH_ELLIPSE]:
    for ks in [(3, 3), (5, 5), (7, 5), (4, 6), (9, 9)]:
        dump("se_%d_%d_%d" % ((shape,) + ks), cv2.getStructuringElement(shape, ks))
    k = cv2.getStructuringElement(shape, (5, 3))
    dump("erode_%d" % shape, cv2.erode(bgr, k))
    dump("dilate_%d" % shape, cv2.dilate(gray, k, iterations=2))
    dump("erode_f32_%d" % shape, cv2.erode(f, k))
    for op in range(7):
        dump("morph_%d_%d" % (shape, op), cv2.morphologyEx(bgr, op, k))
dump("se_anchor", cv2.getStructuringElement(cv2.MORPH_CROSS, (5, 5), (1, 3)))
dump("erode_default", cv2.erode(gray, None))
dump("erode_replicate", cv2.erode(gray, np.ones((3, 3), np.uint8), borderType=cv2.BORDER_REPLICATE))
dump("dilate_value", cv2.dilate(gray, np.ones((3, 3), np.uint8), borderType=cv2.BORDER_CONSTANT, borderValue=250))
for bad in [lambda: cv2.medianBlur(gray, 4), lambda: cv2.blur(gray, (3, 3), borderType=cv2.BORDER_WRAP),
            lambda: cv2.medianBlur(f, 7)]:
    try:
        bad()
    except cv2.error:
        print("cv2.error")
