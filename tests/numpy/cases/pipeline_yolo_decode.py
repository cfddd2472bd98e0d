import numpy as np

# rows: cx, cy, w, h, objectness, 3 class scores (in letterboxed 64x64 input space)
pred = np.array([
    [32.0, 32.0, 16.0, 8.0, 0.9, 0.1, 0.8, 0.1],
    [10.0, 20.0, 4.0, 4.0, 0.2, 0.9, 0.05, 0.05],
    [50.0, 40.0, 20.0, 30.0, 0.8, 0.3, 0.3, 0.4],
    [5.0, 60.0, 12.0, 10.0, 0.95, 0.6, 0.2, 0.2],
    [33.0, 31.0, 15.0, 9.0, 0.85, 0.1, 0.7, 0.2],
], dtype=np.float32)
conf_thr = 0.25
scores_all = pred[:, 5:] * pred[:, 4:5]
cls = scores_all.argmax(axis=1)
conf = scores_all.max(axis=1)
print(repr(cls), repr(np.round(conf, 4)))
keep = conf > conf_thr
boxes = pred[keep, :4]
cls, conf = cls[keep], conf[keep]
print(int(keep.sum()), repr(np.flatnonzero(keep)))
xyxy = np.concatenate([boxes[:, :2] - boxes[:, 2:] / 2, boxes[:, :2] + boxes[:, 2:] / 2], axis=1)
print(repr(xyxy))
# undo a letterbox: original image 48x64 scaled by 1.0, padded 8 px top
ratio, pad = 1.0, (0.0, 8.0)
xyxy[:, [0, 2]] -= pad[0]
xyxy[:, [1, 3]] -= pad[1]
xyxy /= ratio
xyxy[:, [0, 2]] = xyxy[:, [0, 2]].clip(0, 64)
xyxy[:, [1, 3]] = xyxy[:, [1, 3]].clip(0, 48)
print(repr(xyxy))
order = np.argsort(-conf, kind='stable')
print(repr(order), repr(cls[order]))
for i in order:
    x1, y1, x2, y2 = xyxy[i].round().astype(int).tolist()
    print(int(cls[i]), f'{float(conf[i]):.3f}', (x1, y1, x2, y2))
