# cvtColor's YUV codes: BGR/RGB <-> YUV, BGR/RGB(A) -> I420/YV12 and the
# 4:2:0 frames of video decoders (NV12, NV21, I420, YV12) -> BGR/RGB(A)
# and grey.
import sys
import numpy as np
import cv2

OUT = sys.argv[1]


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, int(arr.astype(np.int64).sum()))


bgr = cv2.imread("../inputs/rgb.png")
bgra = cv2.imread("../inputs/rgba.png", cv2.IMREAD_UNCHANGED)
for name in ["COLOR_BGR2YUV", "COLOR_RGB2YUV", "COLOR_YUV2BGR", "COLOR_YUV2RGB",
             "COLOR_BGR2YUV_I420", "COLOR_RGB2YUV_I420", "COLOR_BGR2YUV_YV12", "COLOR_RGB2YUV_YV12"]:
    dump(name, cv2.cvtColor(bgr, getattr(cv2, name)))
for name in ["COLOR_BGRA2YUV_I420", "COLOR_RGBA2YUV_YV12"]:
    dump(name, cv2.cvtColor(bgra, getattr(cv2, name)))
for name in ["COLOR_YUV2BGR_I420", "COLOR_YUV2RGBA_YV12"]:
    # 30 rows: each 15 x 20 chroma plane ends in the middle of a row
    dump("odd_" + name, cv2.cvtColor(cv2.cvtColor(bgr, cv2.COLOR_BGR2YUV_I420), getattr(cv2, name)))
even = bgr[:28]
h, w = even.shape[:2]
i420 = cv2.cvtColor(even, cv2.COLOR_BGR2YUV_I420)
yv12 = cv2.cvtColor(even, cv2.COLOR_BGR2YUV_YV12)
u = i420[h:h + h // 4].reshape(h // 2, w // 2)
v = i420[h + h // 4:].reshape(h // 2, w // 2)
uv = np.empty((h // 2, w), np.uint8)
uv[:, 0::2], uv[:, 1::2] = u, v
nv12 = np.vstack([i420[:h], uv])
vu = uv.copy()
vu[:, 0::2], vu[:, 1::2] = v, u
nv21 = np.vstack([i420[:h], vu])
frames = {"NV12": nv12, "NV21": nv21, "I420": i420, "YV12": yv12}
for layout, frame in frames.items():
    for target in ["BGR", "RGB", "BGRA", "RGBA"]:
        name = "COLOR_YUV2%s_%s" % (target, layout)
        dump(name, cv2.cvtColor(frame, getattr(cv2, name)))
    dump("gray_" + layout, cv2.cvtColor(frame, getattr(cv2, "COLOR_YUV2GRAY_" + layout)))
print("round trip error", float(np.abs(cv2.cvtColor(i420, cv2.COLOR_YUV2BGR_I420).astype(int) - even).mean()))
for bad in [lambda: cv2.cvtColor(bgr[:, :5], cv2.COLOR_BGR2YUV_I420),
            lambda: cv2.cvtColor(np.zeros((7, 4), np.uint8), cv2.COLOR_YUV2BGR_NV12),
            lambda: cv2.cvtColor(bgr, cv2.COLOR_YUV2BGR_NV12)]:
    try:
        bad()
    except cv2.error:
        print("cv2.error")
