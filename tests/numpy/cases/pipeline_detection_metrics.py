import numpy as np

scores = np.array([0.95, 0.9, 0.85, 0.7, 0.6, 0.4, 0.3])
is_tp = np.array([1, 1, 0, 1, 0, 1, 0], dtype=bool)
n_gt = 5
order = np.argsort(-scores, kind='stable')
tp = np.cumsum(is_tp[order])
fp = np.cumsum(~is_tp[order])
recall = tp / n_gt
precision = tp / (tp + fp)
print(repr(tp), repr(fp))
print(repr(np.round(recall, 4)), repr(np.round(precision, 4)))
mrec = np.concatenate([[0.0], recall, [1.0]])
mpre = np.concatenate([[1.0], precision, [0.0]])
for i in range(len(mpre) - 2, -1, -1):
    mpre[i] = max(mpre[i], mpre[i + 1])
print(repr(np.round(mpre, 4)))
idx = np.flatnonzero(mrec[1:] != mrec[:-1])
ap = np.sum((mrec[idx + 1] - mrec[idx]) * mpre[idx + 1])
print(repr(np.round(ap, 6)))
pts = np.linspace(0, 1, 11)
interp = np.array([precision[recall >= t].max() if (recall >= t).any() else 0.0 for t in pts])
print(repr(np.round(interp, 4)), repr(np.round(interp.mean(), 6)))
f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
best = f1.argmax()
print(int(best), repr(np.round(f1[best], 6)), repr(scores[order][best]))
cm = np.zeros((3, 3), dtype=np.int64)
y_true = np.array([0, 1, 2, 2, 1, 0, 2])
y_pred = np.array([0, 2, 2, 2, 1, 1, 0])
pairs, counts = np.unique(y_true * 3 + y_pred, return_counts=True)
cm.reshape(-1)[pairs] = counts
print(repr(cm), repr(cm[np.arange(3), np.arange(3)] / cm.sum(axis=1)))
