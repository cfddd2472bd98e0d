# cv2.createCLAHE(...).apply on uint8 images: clip limits, grids that do and
# do not divide the image, the setters and getters.
import cv2, numpy as np, zlib
img = cv2.imread("../inputs/rgb.png")
g = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
m = cv2.imread("../inputs/gray.png", 0)
def d(a): return a.shape, int(a.astype(np.int64).sum()), zlib.crc32(np.ascontiguousarray(a).tobytes())
for clip, grid in [(2.0, (8, 8)), (40.0, (8, 8)), (1.0, (4, 4)), (3.0, (7, 5)), (0.0, (8, 8)), (4.0, (16, 16)), (2.0, (3, 7))]:
    c = cv2.createCLAHE(clipLimit=clip, tileGridSize=grid)
    print(clip, grid, d(c.apply(g)), d(c.apply(m)), d(c.apply(g[:27, :33])))
c = cv2.createCLAHE()
print(c.getClipLimit(), c.getTilesGridSize(), d(c.apply(g)))
c.setClipLimit(3.5); c.setTilesGridSize((6, 4)); print(c.getClipLimit(), c.getTilesGridSize(), d(c.apply(g)))
lab = img.copy()
planes = list(cv2.split(lab)); planes[0] = cv2.createCLAHE(2.0, (8, 8)).apply(planes[0]); print(d(cv2.merge(planes)))
