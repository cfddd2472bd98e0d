# cv2.cvtColor to and from HSV, HLS and YCrCb (uint8 and float32), and
# float32 images through the BGR/RGB/grey conversions.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


bgr = cv2.imread("../inputs/rgb.png")
v = np.array([0, 1, 2, 3, 29, 30, 31, 60, 90, 127, 128, 129, 170, 179, 180, 200, 254, 255], dtype=np.uint8)
grid = np.stack(np.meshgrid(v, v, v, indexing="ij"), axis=-1).reshape(-1, 36, 3)
rgba = np.concatenate([grid, np.full(grid.shape[:2] + (1,), 7, np.uint8)], axis=2)
names = ["BGR2HSV", "RGB2HSV", "BGR2HSV_FULL", "RGB2HSV_FULL", "BGR2HLS", "RGB2HLS",
         "BGR2YCrCb", "RGB2YCrCb", "YCrCb2BGR", "YCrCb2RGB", "HSV2BGR", "HSV2RGB"]
for name in names:
    code = getattr(cv2, "COLOR_" + name)
    dump(name.lower(), cv2.cvtColor(grid, code))
    dump(name.lower() + "_img", cv2.cvtColor(bgr, code))
dump("bgra2hsv", cv2.cvtColor(rgba, cv2.COLOR_BGR2HSV))
hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
dump("hsv_roundtrip", cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR))
dump("hsv_tail", cv2.cvtColor(hsv[:, :37], cv2.COLOR_HSV2BGR))
f = bgr.astype(np.float32) / 255
for name in ["BGR2HSV", "RGB2HSV", "BGR2HLS", "BGR2YCrCb", "YCrCb2BGR", "YCrCb2RGB", "BGR2RGB",
             "BGR2BGRA", "BGR2RGBA"]:
    out = cv2.cvtColor(f[:, :40], getattr(cv2, "COLOR_" + name))
    dump("f32_" + name.lower(), out)
dump("f32_hsv2bgr", cv2.cvtColor(cv2.cvtColor(f[:, :40], cv2.COLOR_BGR2HSV), cv2.COLOR_HSV2BGR))
for name in ["BGR2GRAY", "RGB2GRAY", "GRAY2BGR", "GRAY2BGRA"]:
    src = f[:, :, 0].copy() if name.startswith("GRAY") else f
    out = cv2.cvtColor(src, getattr(cv2, "COLOR_" + name))
    # OpenCV may sum float grey in another order: compare to 1e-5
    dump("f32_" + name.lower(), np.rint(out.astype(np.float64) * 100000), 1)
    print(name, out.dtype, out.shape)
for bad in [(grid[:, :, 0], cv2.COLOR_BGR2HSV), (rgba, cv2.COLOR_HSV2BGR),
            (grid.astype(np.int32), cv2.COLOR_BGR2HSV)]:
    try:
        cv2.cvtColor(*bad)
    except cv2.error:
        print("cv2.error")
