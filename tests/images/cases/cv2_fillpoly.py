# cv2.fillPoly: one and several polygons (overlapping, concave,
# self-crossing, partly or wholly outside the image), LINE_4/LINE_8,
# shift and offset, on grey, BGR and BGRA images.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype)


star = np.int32([[20, 2], [25, 16], [39, 16], [28, 24], [32, 38], [20, 29], [8, 38], [12, 24], [1, 16], [15, 16]])
concave = np.int32([[3, 3], [36, 5], [18, 14], [34, 33], [4, 30]]).reshape(-1, 1, 2)
bowtie = np.int32([[2, 2], [37, 30], [37, 2], [2, 30]])
outside = np.int32([[-10, 5], [30, -8], [52, 20], [25, 45], [-5, 30]])
far = np.int32([[-50, -50], [-20, -50], [-30, -10]])
tiny = np.int32([[5, 5], [6, 5], [6, 6]])
flat = np.int32([[3, 10], [30, 10], [15, 10]])
cases = [("star", [star]), ("concave", [concave]), ("bowtie", [bowtie]), ("outside", [outside]),
         ("far", [far]), ("tiny", [tiny]), ("flat", [flat]),
         ("two", [star, concave]), ("nested", [np.int32([[2, 2], [37, 2], [37, 37], [2, 37]]),
                                              np.int32([[10, 10], [28, 10], [28, 28], [10, 28]])]),
         ("mixed", [star, outside, tiny])]
for name, shape, color in [("gray", (40, 40), 200), ("bgr", (40, 42, 3), (10, 120, 250)),
                           ("bgra", (41, 40, 4), (1, 2, 3, 4))]:
    for cname, polys in cases:
        for lt in (cv2.LINE_8, cv2.LINE_4):
            img = np.full(shape, 7, np.uint8)
            out = cv2.fillPoly(img, polys, color, lt)
            print(cname, lt, out is img)
            dump("%s_%s_%d" % (name, cname, lt), img)
img = np.zeros((40, 40), np.uint8)
cv2.fillPoly(img, [star * 4 + 1], 255, shift=2)
dump("shift2", img)
img = np.zeros((40, 40), np.uint8)
cv2.fillPoly(img, [concave], 255, offset=(5, -3))
dump("offset", img)
img = np.zeros((40, 40), np.uint8)
cv2.fillPoly(img, [star * 256 + 100], 99, cv2.LINE_8, 8, (2, 1))
dump("shift8_offset", img)
