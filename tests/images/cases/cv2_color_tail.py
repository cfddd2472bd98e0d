# float32 cvtColor on rows whose width is not a multiple of 8: OpenCV's
# AVX2 loops take 8 pixels at a time and convert the rest of each row in
# scalar code, which rounds hue, HLS saturation and luma differently.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype, float(arr.sum()))


bgr = cv2.imread("../inputs/rgb.png")
y, x = np.mgrid[0:9, 0:13]
ramp = np.stack([(x * 0.07) % 1, (y * 0.11 + x * 0.013) % 1, ((x + y) * 0.05) % 1], axis=-1)
ramp = ramp.astype(np.float32)
for name, img in [("img", bgr[:, :37].astype(np.float32) / 255), ("ramp", ramp),
                  ("ramp_bgra", cv2.cvtColor(ramp, cv2.COLOR_BGR2BGRA))]:
    for code in ["BGR2HSV", "RGB2HSV", "BGR2HLS", "RGB2HLS", "BGR2YCrCb", "RGB2YCrCb",
                 "BGR2GRAY", "RGB2GRAY"]:
        if name == "ramp_bgra":
            code = code.replace("BGR2", "BGRA2").replace("RGB2", "RGBA2")
            if not hasattr(cv2, "COLOR_" + code):
                continue
        dump("%s_%s" % (name, code.lower()), cv2.cvtColor(img, getattr(cv2, "COLOR_" + code)))
# uint8 HLS goes through the same float loop
dump("u8_hls_53", cv2.cvtColor(np.ascontiguousarray(bgr[:, :29]), cv2.COLOR_BGR2HLS))
