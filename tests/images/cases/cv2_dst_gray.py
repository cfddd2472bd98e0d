# OpenCV's dst= arguments (written in place, masked pixels only), the
# grey that imread gives for colour PNG and BMP files, and INTER_AREA /
# INTER_LINEAR halving (OpenCV rounds 2x2 block means half up).
import sys
import numpy as np
import cv2

OUT = sys.argv[1]

bgr = cv2.imread("../inputs/rgb.png")
for path in ["rgb.png", "rgb.bmp", "rgba.png", "rgb_key.png", "palette.png", "palette.bmp"]:
    g = cv2.imread("../inputs/" + path, cv2.IMREAD_GRAYSCALE)
    print(path, g.shape, int(g.sum()), g[3, :8].tolist())
    np.save("%s/gray_%s.tol0.npy" % (OUT, path.replace(".", "_")), g)
hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
back = np.zeros_like(bgr)
res = cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR, dst=back)
print(res is back, int(back.sum()))
wrong = np.zeros((2, 2), np.uint8)
res = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY, wrong)
print(res is wrong, res.shape, int(wrong.sum()))
mask = ((np.arange(30)[:, None] + np.arange(40)) % 3 == 0).astype(np.uint8)
for name, fn in [("and", lambda d: cv2.bitwise_and(bgr, bgr, dst=d, mask=mask)),
                 ("add", lambda d: cv2.add(bgr, bgr, d, mask)),
                 ("not", lambda d: cv2.bitwise_not(bgr, d, mask))]:
    d = np.full_like(bgr, 7)
    res = fn(d)
    print(name, res is d, int(d.sum()))
g = np.empty((30, 40), np.uint8)
ret, t = cv2.threshold(bgr[:, :, 1], 90, 255, cv2.THRESH_BINARY, g)
print(ret, t is g, int(g.sum()))
for name, fn in [("blur", lambda d: cv2.GaussianBlur(bgr, (5, 5), 0, d)),
                 ("box", lambda d: cv2.blur(bgr, (3, 3), d)),
                 ("flip", lambda d: cv2.flip(bgr, 1, d)),
                 ("merge", lambda d: cv2.merge(cv2.split(bgr), d)),
                 ("lut", lambda d: cv2.LUT(bgr, np.arange(256, dtype=np.uint8)[::-1], d))]:
    d = np.empty_like(bgr)
    res = fn(d)
    print(name, res is d, int(d.sum()))
img = bgr.copy()
cv2.flip(img, 0, img)
print(int(img[0].sum()), int(bgr[-1].sum()))
for c in (1, 2, 3, 4):
    src = np.ascontiguousarray(np.dstack([bgr, bgr[:, :, :1]])[:, :, :c]) if c > 1 else bgr[:, :, 0].copy()
    for m in (cv2.INTER_AREA, cv2.INTER_LINEAR):
        half = cv2.resize(src, (20, 15), interpolation=m)
        print(c, m, half.shape, int(half.sum()))
        np.save("%s/half_%d_%d.tol0.npy" % (OUT, c, m), half)
