# cv2.pyrDown and cv2.pyrUp on odd and tiny sizes, 1 to 4 channels.
import cv2, numpy as np, zlib
rng = np.random.default_rng(2)
def d(a): return a.shape, int(a.astype(np.int64).sum()), zlib.crc32(np.ascontiguousarray(a).tobytes())
for shape in [(1, 1), (1, 5), (2, 2), (3, 3), (7, 10), (8, 9), (30, 40, 3), (31, 41, 3), (5, 6, 4), (2, 9, 1)]:
    a = rng.integers(0, 256, shape, dtype=np.uint8)
    print(shape, d(cv2.pyrDown(a)), d(cv2.pyrUp(a)))
img = cv2.imread("../inputs/rgb.png")
print(d(cv2.pyrDown(img)), d(cv2.pyrUp(img)), d(cv2.pyrDown(cv2.pyrDown(img))), d(cv2.pyrDown(img[:, :, 0], dstsize=(20, 15))))
