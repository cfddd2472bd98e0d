# cv2.getRotationMatrix2D and cv2.warpAffine: nearest and linear, inverse
# maps, every border mode, grey, BGR and BGRA images. taipan repeats
# OpenCV's fixed-point arithmetic, so every array must match exactly.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype)


for center, angle, scale in [((16, 10), 30, 1.0), ((10.1, 7.3), -45, 0.8), ((0, 0), 90, 1),
                             ((19.5, 14.5), 12.5, 1.3), ((3, 4), 180, 2), ((5.55, 0.1), 1e-3, 0.5)]:
    M = cv2.getRotationMatrix2D(center, angle, scale)
    print(M.dtype, M.shape, [repr(float(v)) for v in M.ravel()])
bgr = cv2.imread("../inputs/rgb.png")
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
bgra = cv2.imread("../inputs/rgba.png", cv2.IMREAD_UNCHANGED)
borders = [("const", cv2.BORDER_CONSTANT), ("replicate", cv2.BORDER_REPLICATE),
           ("reflect", cv2.BORDER_REFLECT), ("wrap", cv2.BORDER_WRAP),
           ("reflect101", cv2.BORDER_REFLECT_101)]
for name, src in [("gray", gray), ("bgr", bgr[4:20, 6:30]), ("bgra", bgra[2:16, 3:20])]:
    h, w = src.shape[:2]
    for i, (angle, scale) in enumerate([(30, 1.0), (-45, 0.8), (90, 1), (12.5, 1.7)]):
        M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
        for bname, b in borders:
            for iname, flags in [("nearest", cv2.INTER_NEAREST), ("linear", cv2.INTER_LINEAR),
                                 ("inv", cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP),
                                 ("invnearest", cv2.INTER_NEAREST | cv2.WARP_INVERSE_MAP)]:
                out = cv2.warpAffine(src, M, (w + 5, h - 3), flags=flags, borderMode=b,
                                     borderValue=(10, 200, 77, 5))
                dump("%s_%d_%s_%s" % (name, i, bname, iname), out)
shear = np.array([[1.0, 0.3, -4.25], [0.1, 0.9, 2.5]], dtype=np.float32)
dump("shear_f32", cv2.warpAffine(bgr, shear, (50, 25)))
dump("shear_default_value", cv2.warpAffine(bgr, shear, (50, 25), borderValue=99))
dump("shear_zero_size", cv2.warpAffine(gray, shear.astype(np.float64), (0, 0)))
dump("shear_area", cv2.warpAffine(gray, shear, (20, 30), flags=cv2.INTER_AREA))
dump("shift_exact", cv2.warpAffine(bgr, np.float64([[1, 0, 3], [0, 1, -2]]), (40, 30)))
dump("far_reflect", cv2.warpAffine(gray, np.float64([[1, 0, -500.3], [0, 1, 333.7]]), (33, 21),
                                   borderMode=cv2.BORDER_REFLECT_101))
dump("positional_dst", cv2.warpAffine(gray, shear, (15, 12), None, cv2.INTER_NEAREST,
                                      cv2.BORDER_REPLICATE))
dump("tiny", cv2.warpAffine(gray[:1, :1], cv2.getRotationMatrix2D((0, 0), 20, 2), (4, 3),
                            borderMode=cv2.BORDER_REFLECT_101))
dump("one_channel_3d", cv2.warpAffine(gray[:, :, None], shear, (9, 7)))
for bad in [lambda: cv2.warpAffine(gray, np.eye(3), (5, 5)),
            lambda: cv2.warpAffine(gray, np.eye(2, 3, dtype=np.int32), (5, 5)),
            lambda: cv2.warpAffine(gray[:0], shear, (5, 5))]:
    try:
        bad()
        print("no error")
    except cv2.error:
        print("cv2.error")
