# cv2.imread with each flag, imwrite/imread round trips, imencode/imdecode.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


for name in ["rgb.png", "gray.png", "rgba.png", "palette.png", "rgb.bmp", "gray.bmp",
             "smooth.jpg", "smooth_gray.jpg"]:
    for flag_name, flag in [("color", cv2.IMREAD_COLOR), ("gray", cv2.IMREAD_GRAYSCALE),
                            ("unchanged", cv2.IMREAD_UNCHANGED)]:
        a = cv2.imread("../inputs/" + name, flag)
        tol = 8 if name.endswith(".jpg") else (1 if flag_name == "gray" else 0)
        dump("%s_%s" % (name.replace(".", "_"), flag_name), a, tol)
print(cv2.imread("../inputs/missing.png"), cv2.imread("../inputs/not_an_image.png"))
print(cv2.imread("../inputs/empty.png"))

bgr = cv2.imread("../inputs/rgb.png")
for ext in ["png", "bmp"]:
    path = "%s/out.%s" % (OUT, ext)
    print(ext, cv2.imwrite(path, bgr), np.array_equal(cv2.imread(path), bgr))
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    cv2.imwrite(path, gray)
    print(ext, "gray", np.array_equal(cv2.imread(path, cv2.IMREAD_UNCHANGED), gray))
bgra = cv2.imread("../inputs/rgba.png", cv2.IMREAD_UNCHANGED)
cv2.imwrite(OUT + "/bgra.png", bgra)
print("bgra", np.array_equal(cv2.imread(OUT + "/bgra.png", cv2.IMREAD_UNCHANGED), bgra))
print("jpg", cv2.imwrite(OUT + "/out.jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, 90]),
      cv2.imread(OUT + "/out.jpg").shape)
ok, buf = cv2.imencode(".png", bgr)
print(ok, buf.dtype, buf.ndim, np.array_equal(cv2.imdecode(buf, cv2.IMREAD_COLOR), bgr))
try:
    cv2.imwrite(OUT + "/out.xyz", bgr)
except cv2.error:
    print("cv2.error")
