# cv2 arithmetic with numbers and Scalars as OpenCV 4.13's bindings
# treat them: add/subtract/absdiff/multiply/divide spread a number over
# every channel (rounded first for add/subtract/absdiff on uint8),
# max/min/bitwise use Scalar(v, 0, 0, 0); numbers may come first; and
# multiply/divide with scale, sumElems; copyMakeBorder's constant value
# (a number fills the first channel only).
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, int(arr.astype(np.int64).sum()))


bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
other = bgr[::-1].copy()
for v in (2, 0.5, 1.7, 255, -3):
    tag = str(v).replace(".", "_").replace("-", "m")
    for name, fn in [("add", cv2.add), ("subtract", cv2.subtract), ("absdiff", cv2.absdiff),
                     ("multiply", cv2.multiply), ("divide", cv2.divide), ("max", cv2.max),
                     ("min", cv2.min)]:
        dump("%s_%s" % (name, tag), fn(bgr, v))
    dump("rsub_%s" % tag, cv2.subtract(v, bgr))
    dump("rdiv_%s" % tag, cv2.divide(v, bgr))
    dump("gray_mul_%s" % tag, cv2.multiply(gray, v))
for scale in (1, 0.5, 2.3, 0.017):
    tag = str(scale).replace(".", "_")
    dump("mul_scale_%s" % tag, cv2.multiply(bgr, other, scale=scale))
    dump("div_scale_%s" % tag, cv2.divide(bgr, other, scale=scale))
dump("add_tuple", cv2.add(bgr, (10, 20, 30, 40)))
dump("mul_tuple", cv2.multiply(bgr, (0.5, 2, 1)))
dump("and_number", cv2.bitwise_and(bgr, 7))
dump("xor_tuple", cv2.bitwise_xor(bgr, (1, 2, 3)))
dump("add_float", cv2.add(bgr.astype(np.float32), 0.5))
for label, value in [("num", 128), ("frac", 127.6), ("tuple", (1.5, 2.5, 300)), ("list1", [9])]:
    dump("border_" + label, cv2.copyMakeBorder(bgr, 2, 1, 3, 0, cv2.BORDER_CONSTANT, value=value))
dump("border_gray", cv2.copyMakeBorder(gray, 1, 1, 1, 1, cv2.BORDER_CONSTANT, value=(200, 2, 3)))
dump("border_float", cv2.copyMakeBorder(bgr.astype(np.float32), 1, 0, 0, 0, cv2.BORDER_CONSTANT, value=0.25))
print(cv2.sumElems(bgr), cv2.sumElems(gray))
try:
    cv2.add(bgr, np.int64(3))
except cv2.error:
    print("cv2.error")
