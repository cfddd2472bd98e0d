# cv2.split/merge, rotate, transpose, threshold (Otsu, triangle), LUT,
# addWeighted, convertScaleAbs, inRange, equalizeHist and the bitwise and
# saturating array operations.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
b, g, r = cv2.split(bgr)
dump("split_b", b)
dump("merge", cv2.merge([r, g, b]))
dump("merge4", cv2.merge((b, g, r, np.full_like(b, 255))))
print(type(cv2.split(bgr)).__name__, len(cv2.split(gray)))
for code in (cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_180, cv2.ROTATE_90_COUNTERCLOCKWISE):
    dump("rotate_%d" % code, cv2.rotate(bgr, code))
dump("transpose", cv2.transpose(gray))
dump("hconcat", cv2.hconcat([bgr, bgr]))
for t in (cv2.THRESH_BINARY, cv2.THRESH_BINARY_INV, cv2.THRESH_TRUNC, cv2.THRESH_TOZERO,
          cv2.THRESH_TOZERO_INV):
    ret, th = cv2.threshold(gray, 127, 255, t)
    print("thresh", t, ret)
    dump("thresh_%d" % t, th)
    ret, th = cv2.threshold(bgr, 100.5, 200, t)
    print("thresh3", t, ret)
    dump("thresh3_%d" % t, th)
for flags in (cv2.THRESH_BINARY + cv2.THRESH_OTSU, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU,
              cv2.THRESH_BINARY + cv2.THRESH_TRIANGLE, cv2.THRESH_TOZERO | cv2.THRESH_TRIANGLE):
    ret, th = cv2.threshold(gray, 0, 255, flags)
    print("auto", flags, ret, int(th.sum()))
for src in (cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), gray[:, :20], gray[5:15]):
    print("otsu", cv2.threshold(src, 0, 255, cv2.THRESH_OTSU)[0],
          "triangle", cv2.threshold(src, 0, 255, cv2.THRESH_TRIANGLE)[0])
f = gray.astype(np.float32) / 255
ret, th = cv2.threshold(f, 0.5, 1.0, cv2.THRESH_BINARY)
print(ret)
dump("thresh_float", th)
lut = np.array([((i / 255.0) ** 0.5) * 255 for i in range(256)]).astype(np.uint8)
dump("lut", cv2.LUT(gray, lut))
dump("lut3", cv2.LUT(bgr, lut))
dump("lut_per_channel", cv2.LUT(bgr, np.stack([lut, 255 - lut, lut // 2], axis=-1).reshape(1, 256, 3)))
other = bgr[::-1].copy()
for i, (al, be, ga) in enumerate([(0.7, 0.3, 10), (1.5, -0.5, 0.5), (0.33, 0.71, 3.3)]):
    dump("weighted_%d" % i, cv2.addWeighted(bgr, al, other, be, ga))
for i, (al, be) in enumerate([(1.7, -20), (1.3, 0.5), (0.77, 3.1)]):
    dump("scale_abs_%d" % i, cv2.convertScaleAbs(bgr, alpha=al, beta=be))
dump("scale_abs_i16", cv2.convertScaleAbs(gray.astype(np.int16) * -3, alpha=0.5))
dump("scale_abs_f32", cv2.convertScaleAbs(gray.astype(np.float32) - 128))
dump("in_range", cv2.inRange(bgr, (0, 50, 50), (128, 255, 255)))
dump("in_range_arr", cv2.inRange(bgr, np.array([10, 20, 30]), np.array([200, 210, 220])))
dump("in_range_gray", cv2.inRange(gray, 50, 100))
dump("equalize", cv2.equalizeHist(gray))
dump("equalize_flat", cv2.equalizeHist(np.full((4, 5), 9, np.uint8)))
mask = (gray[:, :30] > 60).astype(np.uint8)
g30 = gray[:, :30]
dump("and_mask", cv2.bitwise_and(bgr[:21, :30], bgr[:21, :30], mask=mask))
dump("not", cv2.bitwise_not(gray))
dump("or", cv2.bitwise_or(g30, g30[::-1].copy()))
dump("add", cv2.add(g30, b[:21, :30]))
dump("subtract", cv2.subtract(g30, b[:21, :30]))
dump("absdiff", cv2.absdiff(g30, b[:21, :30]))
