# cv2.countNonZero, findNonZero, mean (with masks) and minMaxLoc.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]

bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
bgra = cv2.imread("../inputs/rgba.png", cv2.IMREAD_UNCHANGED)
mask = (gray % 3 == 0).astype(np.uint8) * 7
for name, img in [("gray", gray), ("bgr", bgr[:21, :33]), ("bgra", bgra)]:
    m = mask[:img.shape[0], :img.shape[1]]
    print(name, cv2.mean(img), cv2.mean(img, mask=m), cv2.mean(img, np.zeros_like(m)))
    one = img if img.ndim == 2 else img[:, :, 1]
    print(name, cv2.countNonZero(one), cv2.countNonZero(one > 100) if False else cv2.countNonZero((one > 100).astype(np.uint8)))
    print(name, cv2.minMaxLoc(one), cv2.minMaxLoc(one, m), cv2.minMaxLoc(one, np.zeros_like(m)))
    nz = cv2.findNonZero((one > 150).astype(np.uint8))
    print(name, nz.shape, nz.dtype, nz[:5].tolist(), int(nz.sum()))
f = np.array([[1.5, -2, 7], [7, -2, 0.25]], np.float32)
print(cv2.minMaxLoc(f), cv2.mean(f), cv2.countNonZero(f), cv2.findNonZero(f).tolist())
print(cv2.findNonZero(np.zeros((3, 3), np.uint8)), cv2.minMaxLoc(np.full((2, 2), 5, np.uint8)))
print(cv2.mean(np.arange(12, dtype=np.int16).reshape(3, 4) - 6), cv2.mean(np.ones((2, 2, 1), np.uint8) * 3))
for bad in [lambda: cv2.countNonZero(bgr), lambda: cv2.minMaxLoc(bgr),
            lambda: cv2.findNonZero(bgr), lambda: cv2.mean(gray, mask=np.ones((3, 3), np.uint8))]:
    try:
        bad()
    except cv2.error as e:
        print("error", str(e).split("error: ")[-1].strip())
