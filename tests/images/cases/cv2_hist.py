# cv2.calcHist: one-channel, 2-D (hue/saturation) and 3-D colour
# histograms, masks, fractional ranges, float32 images and accumulation.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]

bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
mask = (bgr[:, :, 1] > 90).astype(np.uint8)
print(cv2.calcHist([gray], [0], None, [16], [0, 256]).ravel().tolist())
print(cv2.calcHist([gray], [0], None, [7], [10.5, 200.25]).ravel().tolist())
print(cv2.calcHist([bgr], [2], mask, [5], [0.1, 250.7]).ravel().tolist())
h = cv2.calcHist([hsv], [0, 1], None, [12, 8], [0, 180, 0, 256])
print(h.shape, h.dtype, h[:3].tolist())
h3 = cv2.calcHist([bgr], [0, 1, 2], mask, [3, 4, 5], [0, 256, 0, 256, 0, 256])
print(h3.shape, h3.ravel().tolist())
f = bgr.astype(np.float32) / 255
print(cv2.calcHist([f], [1], None, [6], [0, 1]).ravel().tolist())
print(cv2.calcHist([gray, bgr[:21, :33]], [0, 3], None, [4, 3], [0, 256, 0, 256]).ravel().tolist())
acc = cv2.calcHist([gray], [0], None, [8], [0, 256])
cv2.calcHist([bgr[:21, :33, 1].copy()], [0], None, [8], [0, 256], acc, True)
print(acc.ravel().tolist())
np.save(OUT + "/hsv.tol0.npy", h)
