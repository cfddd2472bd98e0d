import numpy as np

def iou(box, boxes):
    x1 = np.maximum(box[0], boxes[:, 0])
    y1 = np.maximum(box[1], boxes[:, 1])
    x2 = np.minimum(box[2], boxes[:, 2])
    y2 = np.minimum(box[3], boxes[:, 3])
    inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    return inter / (area + areas - inter)

def nms(boxes, scores, thr):
    order = scores.argsort()[::-1]
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(int(i))
        if order.size == 1:
            break
        ious = iou(boxes[i], boxes[order[1:]])
        order = order[1:][ious <= thr]
    return np.array(keep, dtype=np.int64)

boxes = np.array([[10, 10, 50, 50], [12, 12, 48, 52], [100, 100, 150, 140], [105, 95, 148, 142],
                  [0, 0, 20, 20], [60, 10, 90, 40], [11, 9, 51, 49]], dtype=np.float32)
scores = np.array([0.9, 0.75, 0.8, 0.7, 0.3, 0.65, 0.85], dtype=np.float32)
print(repr(np.round(iou(boxes[0], boxes), 4)))
keep = nms(boxes, scores, 0.5)
print(repr(keep), repr(scores[keep]))
print(repr(boxes[keep]))
print(repr(nms(boxes, scores, 0.9)), repr(nms(boxes, scores, 0.0)))
mask = scores > 0.6
kept = nms(boxes[mask], scores[mask], 0.5)
print(repr(np.flatnonzero(mask)[kept]))
print(repr(nms(np.zeros((1, 4), dtype=np.float32) + [0, 0, 1, 1], np.array([0.5], dtype=np.float32), 0.5)))
