# Augmentation helpers around warpAffine: getAffineTransform,
# invertAffineTransform, cv2.transform on float32 points,
# perspectiveTransform, meanStdDev (with a mask) and setNumThreads.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype)


cv2.setNumThreads(0)
bgr = cv2.imread("../inputs/rgb.png")
h, w = bgr.shape[:2]
src = np.float32([[0, 0], [w - 1, 0], [0, h - 1]])
for i, dst in enumerate([np.float32([[3, 2], [w - 5, 4], [1, h - 6]]),
                         np.float32([[0.5, 0.25], [30.125, 7.5], [-2, 20.75]]),
                         np.float32([[0, 0], [1, 1], [2, 2]])]):
    A = cv2.getAffineTransform(src, dst)
    print(A.dtype, A.shape, [repr(v) for v in A.ravel().tolist()])
    inv = cv2.invertAffineTransform(A)
    print("inverse", [repr(v) for v in inv.ravel().tolist()])
    inv32 = cv2.invertAffineTransform(A.astype(np.float32))
    print("inverse32", inv32.dtype, [repr(v) for v in inv32.ravel().tolist()])
    dump("warp_%d" % i, cv2.warpAffine(bgr, A, (w, h), borderValue=(114, 114, 114)))
M = cv2.getRotationMatrix2D((w / 2, h / 2), 33.3, 1.17)
t = np.arange(40, dtype=np.float32).reshape(-1, 1, 2) * np.float32(3.7) - np.float32(11.1)
dump("transform", cv2.transform(t, M))
dump("transform_2x2", cv2.transform(t, M[:, :2]))
P = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]),
                                np.float32([[3, 2], [w - 5, 4], [w - 2, h - 3], [1, h - 6]]))
dump("perspective32", cv2.perspectiveTransform(t, P))
dump("perspective64", cv2.perspectiveTransform(t.astype(np.float64), P))
dump("perspective_far", cv2.perspectiveTransform(t[:3], np.float64([[1, 0, 0], [0, 1, 0], [0, 0, 0]])))
gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
mask = (gray > 100).astype(np.uint8)
for label, img, m in [("bgr", bgr, None), ("gray", gray, None), ("masked", bgr, mask),
                      ("float", bgr.astype(np.float32) / 255, None)]:
    mean, std = cv2.meanStdDev(img, mask=m)
    print(label, mean.shape, mean.dtype, [round(v, 12) for v in mean.ravel().tolist()],
          [round(v, 12) for v in std.ravel().tolist()])
for bad in [lambda: cv2.getAffineTransform(src[:2], src)]:
    try:
        bad()
    except cv2.error:
        print("cv2.error")
