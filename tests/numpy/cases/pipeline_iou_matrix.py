import numpy as np

def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = np.maximum(a[:, None, :2], b[None, :, :2])
    rb = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = np.clip(rb - lt, 0, None)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (area_a[:, None] + area_b[None, :] - inter)

gt = np.array([[0, 0, 10, 10], [20, 20, 30, 40], [5, 5, 15, 15]], dtype=np.float64)
pred = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [20, 25, 30, 35], [50, 50, 60, 60]], dtype=np.float64)
m = box_iou(gt, pred)
print(m.shape, repr(np.round(m, 4)))
best_gt = m.argmax(axis=0)
best_iou = m.max(axis=0)
print(repr(best_gt), repr(np.round(best_iou, 4)))
matched = best_iou >= 0.5
print(repr(matched), int(matched.sum()))
tp = np.zeros(len(pred), dtype=bool)
used = np.zeros(len(gt), dtype=bool)
for j in np.argsort(-best_iou, kind='stable'):
    i = best_gt[j]
    if best_iou[j] >= 0.5 and not used[i]:
        tp[j] = True
        used[i] = True
print(repr(tp), repr(used))
precision = tp.sum() / len(pred)
recall = used.sum() / len(gt)
print(precision, recall)
print(repr(np.round(box_iou(gt, gt), 4)))
print(box_iou(gt[:0], pred).shape, box_iou(gt, pred[:0]).shape)
