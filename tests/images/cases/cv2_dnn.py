# cv2.dnn.blobFromImage(s) and NMSBoxes.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
dump("blob_plain", cv2.dnn.blobFromImage(bgr))
dump("blob_scale_swap", cv2.dnn.blobFromImage(bgr, 1 / 255.0, swapRB=True))
dump("blob_mean", cv2.dnn.blobFromImage(bgr, 0.017, mean=(103.53, 116.28, 123.675), swapRB=True))
dump("blob_resize", cv2.dnn.blobFromImage(bgr, 1 / 255.0, (32, 32), (0, 0, 0), True, False), 1)
dump("blob_crop", cv2.dnn.blobFromImage(bgr, 1.0, (24, 20), (104, 117, 123), False, True), 1)
dump("blob_gray", cv2.dnn.blobFromImage(gray, 2.0, (16, 12), 5), 2)
dump("blob_u8", cv2.dnn.blobFromImage(bgr, size=(20, 10), ddepth=cv2.CV_8U), 1)
dump("blobs", cv2.dnn.blobFromImages([bgr, bgr[::-1].copy()], 0.5, (16, 20), (10, 20, 30), True), 1)
boxes = [[10, 10, 50, 50], [12, 12, 50, 50], [100, 100, 30, 40], [105, 98, 30, 40],
         [200, 10, 20, 20], [0, 0, 5, 5], [11, 9, 48, 52]]
scores = [0.9, 0.8, 0.7, 0.75, 0.3, 0.6, 0.9]
for args in [(0.5, 0.45), (0.5, 0.45, 1.0, 2), (0.25, 0.5, 0.9), (0.2, 0.0), (0.95, 0.45)]:
    idx = cv2.dnn.NMSBoxes(boxes, scores, *args)
    print(args, type(idx).__name__, getattr(idx, "dtype", None), list(np.array(idx).ravel()))
fb = [[10.5, 10.2, 50.1, 50.3], [12.0, 11.0, 49.0, 50.0], [60.0, 60.0, 0.0, 0.0]]
print(list(cv2.dnn.NMSBoxes(fb, np.array([0.9, 0.95, 0.5], np.float32), 0.1, 0.5)))
rng = np.random.default_rng(3)
many = rng.integers(0, 200, (60, 4)).tolist()
conf = rng.random(60).round(3).tolist()
print(list(cv2.dnn.NMSBoxes(many, conf, 0.3, 0.3)))
