"""NumPy workload (b): letterbox a camera frame for a 640x640 detector.

A 480x640x3 uint8 frame (H x W x C) is scaled by r = min(640/h, 640/w),
resized with nearest-neighbour index arrays (source row/column of every
output row/column from np.arange and integer arithmetic, then one fancy-index
gather), and pasted centred into a 640x640x3 canvas filled with 114 (the
YOLO grey) by slice assignment. For this frame r = 1, so the gather copies
the frame unchanged, but it is done the general way, as letterbox code does
for every frame.

    python3 wl_letterbox.py REPS [WORKERS]
    taipan run wl_letterbox.py REPS [WORKERS]

Prints {"reps": R, "workers": W, "seconds": S, "checksum": C}; see driver.py.
"""

import numpy as np

SRC_H, SRC_W = 480, 640
SIZE = 640
PAD_VALUE = 114

_r = np.arange(SRC_H).reshape(SRC_H, 1, 1)
_c = np.arange(SRC_W).reshape(1, SRC_W, 1)
_ch = np.arange(3).reshape(1, 1, 3)
FRAME = ((_r * 7 + _c * 3 + _ch * 60 + (_r // 8 + _c // 8) % 2 * 90) % 256).astype(np.uint8)


def letterbox(img, size=SIZE, fill=PAD_VALUE):
    h, w = img.shape[:2]
    r = min(size / h, size / w)
    nh, nw = int(round(h * r)), int(round(w * r))
    # nearest neighbour: output row i samples source row i * h // nh
    ys = (np.arange(nh) * h) // nh
    xs = (np.arange(nw) * w) // nw
    resized = img[ys[:, None], xs[None, :]]
    canvas = np.full((size, size, 3), fill, dtype=np.uint8)
    top = (size - nh) // 2
    left = (size - nw) // 2
    canvas[top:top + nh, left:left + nw] = resized
    return canvas


def work():
    return letterbox(FRAME)


def checksum(out):
    assert out.shape == (SIZE, SIZE, 3) and out.dtype == np.uint8
    # the total, plus a position-weighted sum of every 7th row (catches a
    # misplaced paste that keeps the total)
    rows = out[::7].reshape(-1, SIZE * 3).astype(np.int64).sum(axis=1)
    return round(float(out.sum()) + float((rows * np.arange(rows.shape[0])).sum()) / 1e6, 3)


if __name__ == "__main__":
    import sys
    import driver
    sys.exit(driver.main(sys.argv[1:], work, checksum, "wl_letterbox.py"))
