# cv2.findContours (every retrieval mode, NONE and SIMPLE chains, nested
# shapes), boundingRect, contourArea, arcLength, approxPolyDP and
# connectedComponents(WithStats), as segmentation post-processing uses them.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]

mask = np.zeros((60, 80), np.uint8)
cv2.rectangle(mask, (5, 5), (40, 45), 255, -1)
cv2.rectangle(mask, (12, 12), (30, 35), 0, -1)
cv2.circle(mask, (20, 22), 5, 255, -1)
cv2.circle(mask, (60, 20), 12, 200, -1)
cv2.fillPoly(mask, [np.array([[50, 40], [78, 45], [64, 58], [52, 55]], np.int32)], 90)
cv2.line(mask, (0, 59), (30, 50), 255, 1)
mask[0, 79] = mask[2, 70] = 1
y, x = np.mgrid[0:40, 0:50]
speckle = (((x * 7 + y * 13) % 11 < 4) | ((x - 25) ** 2 + (y - 20) ** 2 < 60)).astype(np.uint8)
names = {cv2.RETR_EXTERNAL: "external", cv2.RETR_LIST: "list", cv2.RETR_CCOMP: "ccomp",
         cv2.RETR_TREE: "tree"}
for label, img in [("mask", mask), ("speckle", speckle)]:
    for mode in names:
        for method in (cv2.CHAIN_APPROX_NONE, cv2.CHAIN_APPROX_SIMPLE):
            contours, hierarchy = cv2.findContours(img, mode, method)
            sizes = [len(c) for c in contours]
            print(label, names[mode], method, len(contours), sizes[:12], sum(sizes),
                  hierarchy.shape, hierarchy[0, :6].tolist())
            np.save("%s/%s_%s_%d.tol0.npy" % (OUT, label, names[mode], method),
                    np.concatenate(contours).reshape(-1, 2))
            np.save("%s/%s_%s_%d_h.tol0.npy" % (OUT, label, names[mode], method), hierarchy)
contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE, offset=(3, -2))
print("offset", [c[0, 0].tolist() for c in contours])
contours, _ = cv2.findContours(mask, cv2.RETR_TREE, cv2.CHAIN_APPROX_NONE)
for c in sorted(contours, key=cv2.contourArea, reverse=True):
    peri = cv2.arcLength(c, True)
    approx = cv2.approxPolyDP(c, 0.02 * peri, True)
    print(len(c), cv2.boundingRect(c), cv2.contourArea(c), cv2.contourArea(c, oriented=True),
          round(peri, 6), cv2.arcLength(c, False), approx.reshape(-1).tolist())
for c in contours[:5]:
    m = cv2.moments(c)
    print(list(m.items())[::3], m["m10"] / m["m00"] if m["m00"] else None)
m = cv2.moments(mask, binaryImage=True)
print(m["m00"], m["m10"], m["m01"], m["m20"], m["m03"], cv2.moments(speckle)["m11"])
poly = np.array([[[0.5, 0.25]], [[10.75, 1.5]], [[11.0, 9.5]], [[5.5, 12.25]], [[0.0, 8.0]]], np.float32)
print(cv2.moments(poly), cv2.moments(poly[:2]))
print(cv2.boundingRect(poly), cv2.contourArea(poly), cv2.arcLength(poly, True),
      cv2.approxPolyDP(poly, 1.5, True).tolist(), cv2.boundingRect(mask))
for c in contours[:4]:
    print(cv2.convexHull(c).reshape(-1).tolist(), cv2.convexHull(c, clockwise=True)[:3].tolist(),
          cv2.convexHull(np.unique(c.reshape(-1, 2), axis=0), returnPoints=False).ravel().tolist())
grid = np.array([[(i * 7) % 11, (i * 5) % 9] for i in range(20)], np.int32)
print(cv2.convexHull(grid).reshape(-1).tolist(), cv2.convexHull(poly, clockwise=True).reshape(-1).tolist())
print(cv2.boxPoints(((10.5, 20.25), (30, 12), 33.3)).tolist(), cv2.boxPoints(((3, 4), (5, 6), -90)).tolist())
print(cv2.findContours(np.zeros((4, 4), np.uint8), cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE))
for conn in (8, 4):
    n, labels, stats, centroids = cv2.connectedComponentsWithStats(speckle, connectivity=conn)
    print(conn, n, stats[:8].tolist(), centroids[:4].round(6).tolist())
    np.save("%s/cc%d.tol0.npy" % (OUT, conn), labels)
    n2, labels2 = cv2.connectedComponents(mask, connectivity=conn, ltype=cv2.CV_16U)
    print(n2, labels2.dtype, np.bincount(labels2.ravel()).tolist())
for bad in [lambda: cv2.findContours(mask.astype(np.float32), cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE),
            lambda: cv2.findContours(mask, 7, cv2.CHAIN_APPROX_SIMPLE),
            lambda: cv2.contourArea(np.zeros((3, 2), np.float64))]:
    try:
        bad()
    except cv2.error:
        print("cv2.error")
