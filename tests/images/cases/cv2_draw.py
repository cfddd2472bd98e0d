# cv2.line, rectangle, circle, polylines and fillConvexPoly (LINE_8/LINE_4).
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


rng = np.random.default_rng(7)
for trial in range(24):
    ch = [None, 3, 4][trial % 3]
    img = np.zeros((37, 53) if ch is None else (37, 53, ch), np.uint8)
    for k in range(6):
        p1 = tuple(int(v) for v in rng.integers(-20, 70, 2))
        p2 = tuple(int(v) for v in rng.integers(-20, 70, 2))
        t = int(rng.choice([1, 2, 3, 4, 5, 7, -1]))
        col = tuple(int(v) for v in rng.integers(0, 256, 4))
        if k % 3 == 0:
            r = cv2.line(img, p1, p2, col, max(t, 1), cv2.LINE_4 if trial % 5 == 0 else cv2.LINE_8)
        elif k % 3 == 1:
            r = cv2.rectangle(img, p1, p2, col, t)
        else:
            r = cv2.circle(img, p1, int(rng.integers(0, 25)), col, t)
        assert r is img
    dump("random_%d" % trial, img)
img = np.zeros((40, 50, 3), np.uint8)
cv2.rectangle(img, (5, 5), (20, 15), (0, 255, 0), 2)
cv2.rectangle(img, (25, 20, 15, 12), (255, 0, 0), -1)
cv2.rectangle(img, (1, 30), (10, 38), (0, 0, 255), cv2.FILLED)
cv2.circle(img, (40, 10), 6, (9, 99, 199), 1)
cv2.line(img, (0, 39), (49, 0), (255, 255, 255), 3)
dump("boxes", img)
img = np.zeros((50, 60, 3), np.uint8)
cv2.polylines(img, [np.array([[5, 5], [40, 10], [30, 45], [2, 30]], np.int32)], True, (255, 0, 0), 2)
cv2.polylines(img, [np.array([[[50, 2]], [[58, 20]], [[45, 40]]], np.int32)], False, (0, 200, 0))
cv2.fillConvexPoly(img, np.array([[10, 10], [20, 12], [15, 25]], np.int32), (0, 0, 255))
dump("polys", img)
f = np.zeros((20, 30), np.float32)
cv2.circle(f, (15, 10), 7, 0.25, -1)
cv2.line(f, (0, 0), (29, 19), 1.5, 2)
dump("float", f)
g = np.zeros((10, 10, 3), np.uint8)
cv2.rectangle(g, (1, 1), (5, 5), 200, 1)
print(g[1, 1].tolist())
cv2.rectangle(g, (1, 1), (5, 5), (1.6, 2.5, 300))
print(g[1, 1].tolist())
