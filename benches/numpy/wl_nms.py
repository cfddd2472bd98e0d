"""NumPy workload (d): greedy non-maximum suppression over 1,000 boxes.

The classic NumPy NMS (as in Fast R-CNN's py_cpu_nms and most detector
post-processing): sort the scores with argsort, then, until no candidate is
left, keep the best box, compute its IoU with every remaining box with
np.maximum / np.minimum on the coordinate arrays, and keep only the boxes
whose IoU is at most the threshold (np.where on the mask). Boxes are float32
(x1, y1, x2, y2) jittered around 150 objects, so many overlap.

    python3 wl_nms.py REPS [WORKERS]
    taipan run wl_nms.py REPS [WORKERS]

Prints {"reps": R, "workers": W, "seconds": S, "checksum": C}; see driver.py.
"""

import numpy as np

N_BOXES = 1000
N_OBJECTS = 150
IOU_THRESHOLD = 0.5

# Deterministic detections: box k jitters around object k % 150.
_k = np.arange(N_BOXES, dtype=np.float64)
_obj = np.arange(N_BOXES) % N_OBJECTS
_cx = 20.0 + (_obj * 97) % 600 + 12.0 * np.sin(_k * 1.3)
_cy = 20.0 + (_obj * 61) % 600 + 12.0 * np.sin(_k * 0.7 + 2.0)
_w = 30.0 + (_obj * 37) % 120 + 10.0 * np.sin(_k * 2.1)
_h = 30.0 + (_obj * 53) % 120 + 10.0 * np.sin(_k * 1.7 + 1.0)
BOXES = np.stack([_cx - _w / 2, _cy - _h / 2, _cx + _w / 2, _cy + _h / 2], axis=1).astype(np.float32)
# distinct scores in (0, 1): a permutation of k / 1000 (7919 is prime)
SCORES = (((np.arange(N_BOXES) * 7919) % N_BOXES + 0.5) / N_BOXES).astype(np.float32)


def nms(boxes, scores, thresh):
    x1 = boxes[:, 0]
    y1 = boxes[:, 1]
    x2 = boxes[:, 2]
    y2 = boxes[:, 3]
    areas = (x2 - x1) * (y2 - y1)
    order = scores.argsort()[::-1]
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(i)
        xx1 = np.maximum(x1[i], x1[order[1:]])
        yy1 = np.maximum(y1[i], y1[order[1:]])
        xx2 = np.minimum(x2[i], x2[order[1:]])
        yy2 = np.minimum(y2[i], y2[order[1:]])
        w = np.maximum(0.0, xx2 - xx1)
        h = np.maximum(0.0, yy2 - yy1)
        inter = w * h
        iou = inter / (areas[i] + areas[order[1:]] - inter)
        inds = np.where(iou <= thresh)[0]
        order = order[inds + 1]
    return np.array(keep)


def work():
    return nms(BOXES, SCORES, IOU_THRESHOLD)


def checksum(keep):
    # which boxes survive, in order: count, index sum, order-weighted index
    # sum (mod 1000), packed into one integer-valued float
    n = keep.shape[0]
    idx = keep.astype(np.int64)
    weighted = int((idx * np.arange(1, n + 1)).sum()) % 1000
    return round(float(n * 10**9 + int(idx.sum()) * 1000 + weighted), 3)


if __name__ == "__main__":
    import sys
    import driver
    sys.exit(driver.main(sys.argv[1:], work, checksum, "wl_nms.py"))
