# cv2.drawContours (all or one contour, outlines and fills, hierarchy and
# maxLevel, offset) and cv2.adaptiveThreshold (mean and Gaussian, both
# polarities), as document and mask post-processing use them.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, int(arr.astype(np.int64).sum()))


bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
mask = np.zeros((30, 40), np.uint8)
cv2.rectangle(mask, (2, 2), (25, 26), 255, -1)
cv2.rectangle(mask, (6, 6), (18, 20), 0, -1)
cv2.circle(mask, (12, 13), 3, 255, -1)
cv2.circle(mask, (33, 10), 5, 255, -1)
contours, hierarchy = cv2.findContours(mask, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE)
print(len(contours), hierarchy.tolist())
for idx in (-1, 0, 1):
    for thickness in (1, 3, cv2.FILLED):
        for level in (0, 1, 5):
            canvas = bgr.copy()
            cv2.drawContours(canvas, contours, idx, (0, 255, 0), thickness, cv2.LINE_8, hierarchy, level)
            dump("draw_%d_%d_%d" % (idx, thickness, level), canvas)
canvas = np.zeros((30, 40), np.uint8)
dump("offset", cv2.drawContours(canvas, contours, -1, 200, 1, cv2.LINE_4, offset=(2, -3)))
for method in (cv2.ADAPTIVE_THRESH_MEAN_C, cv2.ADAPTIVE_THRESH_GAUSSIAN_C):
    for kind in (cv2.THRESH_BINARY, cv2.THRESH_BINARY_INV):
        for block, c in [(3, 2), (5, -1.5), (11, 0), (15, 4.5)]:
            dump("adaptive_%d_%d_%d" % (method, kind, block),
                 cv2.adaptiveThreshold(gray, 255, method, kind, block, c))
try:
    cv2.adaptiveThreshold(gray, 255, 0, 0, 4, 2)
except cv2.error:
    print("cv2.error")
