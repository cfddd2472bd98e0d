# cv2.normalize: min-max, L1, L2 and max norms of uint8, float32 and float64
# arrays, into their own depth or CV_8U/CV_32F/CV_64F. uint8 results must
# match exactly; float results are saved rounded to 6 decimals and compared
# within a few units of the last place (OpenCV fuses src*scale+shift and
# sums float norms in its own order).
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    if arr.dtype == np.uint8:
        np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    else:
        tol = "0.0001" if arr.dtype == np.float32 else "1e-09"
        np.save("%s/%s.tol%s.npy" % (OUT, label, tol), np.round(arr, 6))
    print(label, arr.shape, arr.dtype)


bgr = cv2.imread("../inputs/rgb.png")[5:13, 8:17]
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)[3:12, 10:21]
f32 = ((bgr.astype(np.float32) - 100.5) / 7).astype(np.float32)
f64 = (gray.astype(np.float64) - 99.25) / 3
norms = [("minmax", cv2.NORM_MINMAX), ("l1", cv2.NORM_L1), ("l2", cv2.NORM_L2), ("inf", cv2.NORM_INF)]
ranges = [(0, 255), (255, 0), (1, 0), (-50, 300), (0.5, 0.25), (1000, 0)]
depths = [("same", -1), ("8u", cv2.CV_8U), ("32f", cv2.CV_32F), ("64f", cv2.CV_64F)]
for name, src in [("bgr", bgr), ("gray", gray), ("f32", f32), ("f64", f64)]:
    for nname, nt in norms:
        for i, (a, b) in enumerate(ranges):
            for dname, d in depths:
                dump("%s_%s_%d_%s" % (name, nname, i, dname), cv2.normalize(src, None, a, b, nt, d))
flat = np.full((3, 4), 7, np.uint8)
zero = np.zeros((2, 5), np.float32)
for nname, nt in norms:
    dump("flat_" + nname, cv2.normalize(flat, None, 10, 20, nt))
    dump("zero_" + nname, cv2.normalize(zero, None, 10, 20, nt))
dump("default", cv2.normalize(f32, None))
dump("keywords", cv2.normalize(gray, None, alpha=0, beta=1, norm_type=cv2.NORM_MINMAX, dtype=cv2.CV_32F))
dst = np.zeros_like(gray)
res = cv2.normalize(gray, dst, 0, 255, cv2.NORM_MINMAX)
print("same object", res is dst, int(dst.max()), int(dst.min()))
dump("into_dst", dst)
for bad in [lambda: cv2.normalize(gray, None, 0, 1, 3),
            lambda: cv2.normalize(gray, None, 0, 1, 64)]:
    try:
        bad()
        print("no error")
    except cv2.error:
        print("cv2.error")
