# cv2.resize with INTER_LANCZOS4: shrinking, enlarging, 1, 3 and 4 channels,
# fx/fy factors.
import cv2, numpy as np, zlib
img = cv2.imread("../inputs/rgb.png")
rng = np.random.default_rng(4)
def d(a): return a.shape, int(a.astype(np.int64).sum()), zlib.crc32(np.ascontiguousarray(a).tobytes())
for size in [(20, 15), (64, 48), (33, 17), (80, 61), (7, 50), (1, 1)]:
    print(size, d(cv2.resize(img, size, interpolation=cv2.INTER_LANCZOS4)), d(cv2.resize(img[:, :, 1], size, interpolation=cv2.INTER_LANCZOS4)))
r = rng.integers(0, 256, (13, 17, 4), dtype=np.uint8)
print(d(cv2.resize(r, (40, 9), interpolation=cv2.INTER_LANCZOS4)), d(cv2.resize(r, None, fx=2.5, fy=0.7, interpolation=cv2.INTER_LANCZOS4)))
