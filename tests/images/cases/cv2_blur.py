# cv2.getGaussianKernel and cv2.GaussianBlur: the small binomial tables,
# sampled kernels, sizes from sigma, separate sigmas, every border type,
# tiny images. taipan repeats OpenCV's fixed-point filter exactly.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype)


for n, sigma in [(1, 0), (3, 0), (5, 0), (7, 0), (9, 0), (11, 0), (5, 1.1), (7, 2.5), (4, 0),
                 (6, 1.0), (3, -1), (21, 3.3), (9, 0.2)]:
    k = cv2.getGaussianKernel(n, sigma)
    print(n, sigma, k.shape, k.dtype, [round(float(v), 12) for v in k.ravel()])
k32 = cv2.getGaussianKernel(5, 0.9, cv2.CV_32F)
print(k32.shape, k32.dtype, [round(float(v), 7) for v in k32.ravel()])
bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
bgra = cv2.imread("../inputs/rgba.png", cv2.IMREAD_UNCHANGED)
borders = [("reflect101", cv2.BORDER_REFLECT_101), ("replicate", cv2.BORDER_REPLICATE),
           ("const", cv2.BORDER_CONSTANT), ("reflect", cv2.BORDER_REFLECT),
           ("wrap", cv2.BORDER_WRAP)]
params = [((3, 3), 0, 0), ((5, 5), 0, 0), ((7, 7), 0, 0), ((9, 9), 0, 0), ((5, 3), 1.5, 0),
          ((0, 0), 1.2, 0), ((0, 0), 2.0, 0.7), ((15, 15), 0, 0), ((3, 7), 0.4, 3),
          ((31, 3), 0, 0), ((5, 5), 0.1, 0)]
for name, src in [("gray", gray), ("bgr", bgr[3:17, 5:25]), ("bgra", bgra[:12, :15]), ("row", gray[:1]),
                  ("col", gray[:, :1]), ("small", gray[:2, :3])]:
    for i, (ksize, sx, sy) in enumerate(params):
        for bname, b in borders:
            out = cv2.GaussianBlur(src, ksize, sx, sigmaY=sy, borderType=b)
            dump("%s_%d_%s" % (name, i, bname), out)
dump("default", cv2.GaussianBlur(bgr, (5, 5), 0))
dump("positional", cv2.GaussianBlur(gray, (3, 5), 1.0, None, 2.0, cv2.BORDER_REPLICATE))
dump("one_by_one", cv2.GaussianBlur(bgr, (1, 1), 5))
dump("one_channel_3d", cv2.GaussianBlur(gray[:, :, None], (3, 3), 0))
dump("isolated", cv2.GaussianBlur(gray, (5, 5), 0, borderType=cv2.BORDER_REFLECT_101 | cv2.BORDER_ISOLATED))
for bad in [lambda: cv2.GaussianBlur(gray, (4, 4), 0),
            lambda: cv2.GaussianBlur(gray, (0, 0), 0),
            lambda: cv2.GaussianBlur(gray, (-3, 3), 0),
            lambda: cv2.GaussianBlur(gray[:0], (3, 3), 0),
            lambda: cv2.GaussianBlur(gray, (3, 3), 0, borderType=cv2.BORDER_TRANSPARENT),
            lambda: cv2.getGaussianKernel(0, 1.0)]:
    try:
        bad()
        print("no error")
    except cv2.error:
        print("cv2.error")
