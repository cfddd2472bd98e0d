# warpAffine and warpPerspective with INTER_CUBIC: every border mode,
# inverse maps, 1, 3 and 4 channels, tiny sources.
import cv2, numpy as np, zlib
img = cv2.imread("../inputs/rgb.png")
g = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
import sys
OUT = sys.argv[1]
N = [0]


def d(a):
    N[0] += 1
    np.save("%s/w%d.tol0.npy" % (OUT, N[0]), a)
    return a.shape, int(a.astype(np.int64).sum()), zlib.crc32(np.ascontiguousarray(a).tobytes())
h, w = img.shape[:2]
for ang, sc in [(15, 1.0), (-30, 0.8), (90, 1.0), (45, 1.3), (7.3, 2.5)]:
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, sc)
    for bm in [cv2.BORDER_CONSTANT, cv2.BORDER_REPLICATE, cv2.BORDER_REFLECT, cv2.BORDER_REFLECT_101, cv2.BORDER_WRAP]:
        print(ang, bm, d(cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_CUBIC, borderMode=bm, borderValue=(10, 200, 30))),
              d(cv2.warpAffine(g, M, (w + 20, h - 10), flags=cv2.INTER_CUBIC, borderMode=bm)))
M = np.float32([[1, 0, 10.3], [0, 1, -7.7]])
print(d(cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP)))
src = np.float32([[0, 0], [39, 0], [39, 29], [0, 29]]); dst = np.float32([[3, 2], [37, 4], [35, 27], [1, 25]])
P = cv2.getPerspectiveTransform(src, dst)
print(d(cv2.warpPerspective(img, P, (w, h), flags=cv2.INTER_CUBIC)), d(cv2.warpPerspective(g, P, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)))
bgra = np.dstack([img, g])
print(d(cv2.warpAffine(bgra, cv2.getRotationMatrix2D((3, 4), 33, 0.5), (w, h), flags=cv2.INTER_CUBIC)))
small = img[:3, :3].copy()
print(d(cv2.warpAffine(small, cv2.getRotationMatrix2D((1, 1), 10, 1.7), (5, 5), flags=cv2.INTER_CUBIC)))
