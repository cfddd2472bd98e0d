import numpy as np

def xywh_to_xyxy(b):
    out = b.copy()
    out[..., 2] = b[..., 0] + b[..., 2]
    out[..., 3] = b[..., 1] + b[..., 3]
    return out

def xyxy_to_xywh(b):
    out = b.copy()
    out[..., 2:] = b[..., 2:] - b[..., :2]
    return out

def cxcywh_to_xyxy(b):
    cx, cy, w, h = b[..., 0], b[..., 1], b[..., 2], b[..., 3]
    return np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], axis=-1)

def xyxy_to_cxcywh(b):
    return np.concatenate([(b[..., :2] + b[..., 2:]) / 2, b[..., 2:] - b[..., :2]], axis=-1)

xywh = np.array([[10, 20, 30, 40], [0, 0, 5, 5], [50, 60, 100, 10]], dtype=np.float32)
xyxy = xywh_to_xyxy(xywh)
print(repr(xyxy))
print(np.array_equal(xyxy_to_xywh(xyxy), xywh))
c = xyxy_to_cxcywh(xyxy)
print(repr(c))
print(np.array_equal(cxcywh_to_xyxy(c), xyxy), cxcywh_to_xyxy(c).dtype)
W, H = 64, 48
clipped = xyxy.copy()
clipped[:, [0, 2]] = clipped[:, [0, 2]].clip(0, W)
clipped[:, [1, 3]] = clipped[:, [1, 3]].clip(0, H)
print(repr(clipped))
area = (clipped[:, 2] - clipped[:, 0]) * (clipped[:, 3] - clipped[:, 1])
print(repr(area))
valid = (clipped[:, 2] - clipped[:, 0] > 2) & (clipped[:, 3] - clipped[:, 1] > 2)
print(repr(valid), repr(clipped[valid]))
norm = clipped / np.array([W, H, W, H], dtype=np.float32)
print(repr(np.round(norm, 4)))
ints = np.round(clipped).astype(np.int32)
print(repr(ints))
