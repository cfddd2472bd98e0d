"""Image preprocessing for a detector, in plain NumPy: letterbox an HWC uint8
frame into a square canvas, normalise it to float32 CHW with per-channel
mean/std, and post-process made-up detections with softmax and NMS.

    taipan run examples/normalize_image.py
    python3 examples/normalize_image.py      # the same output under NumPy
"""

import numpy as np

MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)


def make_frame(h, w):
    """A deterministic test frame: gradients and a bright square."""
    y = np.arange(h, dtype=np.int64)[:, None]
    x = np.arange(w, dtype=np.int64)[None, :]
    frame = np.zeros((h, w, 3), dtype=np.uint8)
    frame[..., 0] = (x * 255 // max(w - 1, 1)).astype(np.uint8)
    frame[..., 1] = (y * 255 // max(h - 1, 1)).astype(np.uint8)
    frame[..., 2] = ((x + y) % 256).astype(np.uint8)
    frame[h // 4:h // 2, w // 4:w // 2] = 250
    return frame


def letterbox(img, size, fill=114):
    """Resize (nearest neighbour) keeping the aspect ratio, pad to size×size."""
    h, w = img.shape[:2]
    scale = min(size / h, size / w)
    nh, nw = int(round(h * scale)), int(round(w * scale))
    rows = np.minimum((np.arange(nh) / scale).astype(np.int64), h - 1)
    cols = np.minimum((np.arange(nw) / scale).astype(np.int64), w - 1)
    resized = img[rows[:, None], cols[None, :]]
    canvas = np.full((size, size, 3), fill, dtype=np.uint8)
    top, left = (size - nh) // 2, (size - nw) // 2
    canvas[top:top + nh, left:left + nw] = resized
    return canvas, scale, (top, left)


def to_chw(img):
    x = img.astype(np.float32) / 255.0
    x = (x - MEAN) / STD
    return np.ascontiguousarray(x.transpose(2, 0, 1))[None]


def softmax(logits, axis=-1):
    e = np.exp(logits - logits.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def nms(boxes, scores, iou_threshold=0.5):
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(int(i))
        rest = order[1:]
        x1 = np.maximum(boxes[i, 0], boxes[rest, 0])
        y1 = np.maximum(boxes[i, 1], boxes[rest, 1])
        x2 = np.minimum(boxes[i, 2], boxes[rest, 2])
        y2 = np.minimum(boxes[i, 3], boxes[rest, 3])
        inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
        area_i = (boxes[i, 2] - boxes[i, 0]) * (boxes[i, 3] - boxes[i, 1])
        areas = (boxes[rest, 2] - boxes[rest, 0]) * (boxes[rest, 3] - boxes[rest, 1])
        iou = inter / (area_i + areas - inter)
        order = rest[iou <= iou_threshold]
    return np.array(keep, dtype=np.int64)


frame = make_frame(48, 64)
boxed, scale, (top, left) = letterbox(frame, 64)
batch = to_chw(boxed)
print("letterboxed", boxed.shape, boxed.dtype, "scale", scale, "offset", (top, left))
print("batch", batch.shape, batch.dtype, "contiguous", batch.flags["C_CONTIGUOUS"])
print("per-channel mean", np.round(batch.mean(axis=(0, 2, 3)), 4))
print("per-channel std ", np.round(batch.std(axis=(0, 2, 3)), 4))

k = np.arange(6 * 4, dtype=np.float32)
logits = np.sin(k * 0.7).reshape(6, 4) * 3
probs = softmax(logits)
scores = probs.max(axis=1)
labels = probs.argmax(axis=1)
boxes = np.array([[10, 10, 30, 30], [12, 12, 32, 32], [40, 40, 60, 60],
                  [41, 39, 61, 59], [0, 0, 8, 8], [11, 9, 29, 31]], dtype=np.float32)
keep = nms(boxes, scores)
print("labels", labels, "scores", np.round(scores, 3))
print("kept", keep)
print(np.round(boxes[keep] / scale, 1))
