"""Writes the inputs of examples/yolo_detect.py: a small synthetic street
scene (yolo_street.jpg) and a fake raw output of a 6-class YOLOv8-style
detector for it (yolo_raw_output.npy, float16, shape (1, 10, 8400): 4 box
rows cx, cy, w, h in 640x640 letterbox pixels, then one sigmoid score row
per class, one column per anchor of the stride 8/16/32 grids).

The output holds low-score noise everywhere plus a handful of planted
objects, each seen by several neighbouring anchors with jittered boxes (so
that NMS has work to do), one of the car's anchors scoring it as a truck
(per-class NMS keeps both), a motorcycle whose box leaves the frame (so
that clipping shows), and a weak false positive just above the confidence
threshold.  Everything is seeded: rerunning rewrites the same
bytes.  Run it with CPython, numpy and Pillow (the oracle venv):

    /tmp/exvenv/bin/python examples/data/make_yolo_inputs.py
"""

import numpy as np
from PIL import Image

HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
W, H = 480, 320
SIZE = 640
STRIDES = (8, 16, 32)
NAMES = ("person", "bicycle", "car", "motorcycle", "bus", "truck")
CONF = 0.25

# (class, x1, y1, x2, y2 in image pixels, best score)
OBJECTS = [
    (4, 25, 94, 206, 228, 0.91),    # bus
    (2, 250, 181, 350, 240, 0.87),  # car
    (0, 376, 145, 399, 238, 0.78),  # person
    (1, 406, 194, 457, 241, 0.64),  # bicycle
    (0, 426, 151, 443, 206, 0.55),  # person on the bicycle
    (3, 461, 214, 492, 262, 0.48),  # motorcycle leaving the frame
]


def scene():
    """An HxWx3 uint8 RGB street: sky, buildings, road and the objects."""
    img = np.zeros((H, W, 3), np.float64)
    rows = np.arange(H, dtype=np.float64)[:, None]
    img[:] = np.array([150.0, 190.0, 235.0]) - rows[..., None] * np.array([0.16, 0.16, 0.08])
    for x0, x1, top, colour in ((0, 125, 38, (150, 120, 110)), (138, 294, 62, (120, 125, 140)),
                                (306, 480, 25, (170, 160, 130))):
        img[top:188, x0:x1] = colour
    img[188:] = (90, 90, 95)
    for k in range(0, W - 19, 38):             # lane markings
        img[248:253, k:k + 19] = (230, 230, 230)
    img[94:225, 25:206] = (230, 190, 40)       # bus
    for k in range(34, 190, 28):               # its windows
        img[106:144, k:k + 22] = (60, 80, 110)
    img[181:238, 250:350] = (200, 40, 40)      # car
    img[188:206, 269:331] = (70, 90, 120)
    for cx, y0 in ((69, 216), (163, 216), (275, 228), (325, 228)):  # wheels
        img[y0:y0 + 12, cx - 9:cx + 9] = (25, 25, 25)
    img[162:238, 378:397] = (40, 50, 90)       # person
    img[145:162, 381:394] = (220, 180, 150)
    img[212:241, 407:430] = (30, 30, 30)       # bicycle wheels
    img[212:241, 434:456] = (30, 30, 30)
    img[164:206, 428:441] = (160, 40, 120)     # rider
    img[151:164, 429:440] = (220, 180, 150)
    img[238:262, 462:480] = (45, 45, 50)       # motorcycle
    img[214:238, 466:480] = (150, 150, 160)
    return np.clip(np.round(img), 0, 255).astype(np.uint8)


def letterbox_params():
    """The ratio and (left, top) padding yolo_detect.py's letterbox uses."""
    r = min(SIZE / H, SIZE / W)
    nw, nh = int(round(W * r)), int(round(H * r))
    return r, int(round((SIZE - nw) / 2 - 0.1)), int(round((SIZE - nh) / 2 - 0.1))


def anchors():
    """(cx, cy, stride) of every anchor, in the order YOLOv8 concatenates them."""
    out = []
    for s in STRIDES:
        n = SIZE // s
        ys, xs = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
        out.append(np.stack([(xs.ravel() + 0.5) * s, (ys.ravel() + 0.5) * s,
                             np.full(n * n, s)], axis=1))
    return np.concatenate(out).astype(np.float64)


def raw_output():
    """The (1, 4 + classes, anchors) float16 array."""
    rng = np.random.default_rng(7)
    a = anchors()
    n = len(a)
    out = np.zeros((4 + len(NAMES), n))
    out[0] = a[:, 0] + rng.normal(0.0, 0.3, n) * a[:, 2]
    out[1] = a[:, 1] + rng.normal(0.0, 0.3, n) * a[:, 2]
    out[2] = a[:, 2] * np.exp(rng.normal(0.7, 0.6, n))
    out[3] = a[:, 2] * np.exp(rng.normal(0.7, 0.6, n))
    out[4:] = rng.uniform(0.0, 0.03, (len(NAMES), n)) ** 2 * 30  # mostly < 0.03
    spots = rng.choice(n, 40, replace=False)                    # near misses
    out[4 + rng.integers(0, len(NAMES), 40), spots] = rng.uniform(0.1, 0.24, 40)

    r, left, top = letterbox_params()
    for obj, (cls, x1, y1, x2, y2, best) in enumerate(OBJECTS):
        bx1, by1, bx2, by2 = x1 * r + left, y1 * r + top, x2 * r + left, y2 * r + top
        cx, cy, bw, bh = (bx1 + bx2) / 2, (by1 + by2) / 2, bx2 - bx1, by2 - by1
        near = np.argsort(np.hypot(a[:, 0] - cx, a[:, 1] - cy) / a[:, 2], kind="stable")[:8]
        for rank, i in enumerate(near):
            out[4:, i] = rng.uniform(0.0, 0.02, len(NAMES))
            out[4 + cls, i] = best - 0.045 * rank - 0.003 * obj
            jit = rng.normal(0.0, 0.02 + 0.01 * rank, 4)
            out[0:4, i] = cx + jit[0] * bw, cy + jit[1] * bh, bw * (1 + jit[2]), bh * (1 + jit[3])
        if cls == 2:  # one anchor sees the car as a truck
            out[4 + cls, near[-1]] = 0.05
            out[4 + 5, near[-1]] = 0.41
    fx, fy = 330 * r + left, 50 * r + top                  # a patch of wall
    fp = np.argmin(np.hypot(a[:, 0] - fx, a[:, 1] - fy) + a[:, 2])
    out[:4, fp] = fx, fy, 22, 30
    out[4:, fp] = 0.01
    out[4 + 0, fp] = 0.27
    return out[None].astype(np.float16)


def check(raw):
    """Scores above the threshold are distinct: argsort ties cannot reorder them."""
    s = raw[0, 4:].astype(np.float32)
    top = np.sort(s.max(0)[s.max(0) > CONF])
    assert len(np.unique(top)) == len(top), "tied candidate scores"


img = scene()
Image.fromarray(img).save(HERE + "/yolo_street.jpg", quality=60)
raw = raw_output()
check(raw)
np.save(HERE + "/yolo_raw_output.npy", raw)
print("yolo_street.jpg", img.shape, "yolo_raw_output.npy", raw.shape, raw.dtype)
