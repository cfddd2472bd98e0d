# cv2.getPerspectiveTransform and cv2.warpPerspective: nearest and
# linear, inverse maps, border modes, grey, BGR and BGRA images.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype)


quads = [
    ([[0, 0], [31, 0], [31, 19], [0, 19]], [[3, 2], [28, 5], [30, 18], [1, 15]]),
    ([[1.5, 2.25], [20.1, 3.3], [25.7, 17.9], [4.4, 12.6]], [[0, 0], [39, 0], [39, 29], [0, 29]]),
    ([[10, 10], [200, 15], [190, 150], [5, 170]], [[0, 0], [99, 0], [99, 79], [0, 79]]),
    ([[0, 0], [1, 0], [1, 1], [0, 1]], [[0, 0], [2, 0], [2, 2], [0, 2]]),
]
mats = []
for src, dst in quads:
    M = cv2.getPerspectiveTransform(np.float32(src), np.float32(dst))
    print(M.dtype, M.shape, [repr(float(v)) for v in M.ravel()])
    mats.append(M)
bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
bgra = cv2.imread("../inputs/rgba.png", cv2.IMREAD_UNCHANGED)
borders = [("const", cv2.BORDER_CONSTANT), ("replicate", cv2.BORDER_REPLICATE),
           ("reflect101", cv2.BORDER_REFLECT_101)]
for name, src in [("gray", gray), ("bgr", bgr), ("bgra", bgra)]:
    for i, M in enumerate(mats[:2]):
        for bname, b in borders:
            for iname, interp in [("near", cv2.INTER_NEAREST), ("lin", cv2.INTER_LINEAR)]:
                out = cv2.warpPerspective(src, M, (37, 26), flags=interp, borderMode=b,
                                          borderValue=(10, 200, 30, 99))
                dump("%s_m%d_%s_%s" % (name, i, bname, iname), out)
        dump("%s_m%d_inv" % (name, i), cv2.warpPerspective(src, M, (30, 22), flags=cv2.WARP_INVERSE_MAP))
        dump("%s_m%d_f32" % (name, i), cv2.warpPerspective(src, M.astype(np.float32), (0, 0)))
big = np.dstack([np.arange(200 * 240).reshape(200, 240) * k % 251 for k in (3, 7, 11)]).astype(np.uint8)
dump("big_lin", cv2.warpPerspective(big, mats[2], (100, 80)))
dump("big_near", cv2.warpPerspective(big, mats[2], (150, 90), flags=cv2.INTER_NEAREST))
dump("big_wide", cv2.warpPerspective(big, np.linalg.inv(mats[2]), (300, 40)))
for bad in [lambda: cv2.warpPerspective(gray, np.eye(2, 3), (4, 4)),
            lambda: cv2.getPerspectiveTransform(np.zeros((4, 2)), np.zeros((4, 2)))]:
    try:
        bad()
    except cv2.error as e:
        print("error", str(e).split("error: ")[-1].strip())
