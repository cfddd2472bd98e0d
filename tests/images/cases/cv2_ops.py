# cv2.cvtColor, flip and copyMakeBorder.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


bgr = cv2.imread("../inputs/rgb.png")
bgra = cv2.imread("../inputs/rgba.png", cv2.IMREAD_UNCHANGED)
gray = cv2.imread("../inputs/gray.png", cv2.IMREAD_GRAYSCALE)
for label, src, code in [("bgr2rgb", bgr, cv2.COLOR_BGR2RGB), ("rgb2bgr", bgr, cv2.COLOR_RGB2BGR),
                         ("bgr2gray", bgr, cv2.COLOR_BGR2GRAY), ("rgb2gray", bgr, cv2.COLOR_RGB2GRAY),
                         ("gray2bgr", gray, cv2.COLOR_GRAY2BGR), ("gray2bgra", gray, cv2.COLOR_GRAY2BGRA),
                         ("bgra2gray", bgra, cv2.COLOR_BGRA2GRAY), ("bgra2bgr", bgra, cv2.COLOR_BGRA2BGR),
                         ("bgra2rgb", bgra, cv2.COLOR_BGRA2RGB), ("bgr2bgra", bgr, cv2.COLOR_BGR2BGRA),
                         ("bgr2rgba", bgr, cv2.COLOR_BGR2RGBA), ("bgra2rgba", bgra, cv2.COLOR_BGRA2RGBA)]:
    dump(label, cv2.cvtColor(src, code))
v = np.array([0, 1, 2, 127, 128, 129, 254, 255], dtype=np.uint8)
grid = np.stack(np.meshgrid(v, v, v, indexing="ij"), axis=-1).reshape(64, 8, 3)
dump("gray_grid", cv2.cvtColor(grid, cv2.COLOR_BGR2GRAY))
for code in [1, 0, -1]:
    dump("flip_%d" % (code + 1), cv2.flip(bgr, code))
    dump("flip_gray_%d" % (code + 1), cv2.flip(gray, code))
for label, kind in [("const", cv2.BORDER_CONSTANT), ("replicate", cv2.BORDER_REPLICATE),
                    ("reflect", cv2.BORDER_REFLECT), ("reflect101", cv2.BORDER_REFLECT_101),
                    ("wrap", cv2.BORDER_WRAP), ("default", cv2.BORDER_DEFAULT)]:
    dump("border_" + label, cv2.copyMakeBorder(bgr, 3, 5, 2, 7, kind))
    dump("border_gray_" + label, cv2.copyMakeBorder(gray, 0, 4, 6, 1, kind))
dump("border_value", cv2.copyMakeBorder(bgr, 2, 2, 3, 3, cv2.BORDER_CONSTANT, value=(10, 20, 30)))
dump("border_value_gray", cv2.copyMakeBorder(gray, 2, 1, 1, 2, cv2.BORDER_CONSTANT, value=99))
dump("border_big", cv2.copyMakeBorder(gray[:3, :4], 7, 7, 9, 9, cv2.BORDER_REFLECT_101))
try:
    cv2.cvtColor(gray, cv2.COLOR_BGR2GRAY)
except cv2.error:
    print("cv2.error")
