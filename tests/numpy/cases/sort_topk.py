import numpy as np

scores = np.array([0.1, 0.7, 0.3, 0.9, 0.5, 0.05])
k = 3
idx = np.argsort(scores)[::-1][:k]
print(repr(idx), repr(scores[idx]))
idx2 = np.argsort(-scores, kind='stable')[:k]
print(repr(idx2))
batch = np.array([[5, 1, 9, 3], [2, 8, 4, 6], [7, 7, 1, 7]])
top = np.argsort(-batch, axis=1, kind='stable')[:, :2]
print(repr(top))
print(repr(np.take_along_axis(batch, top, axis=1)))
print(repr(batch[np.arange(3)[:, None], top]))
print(repr(np.sort(batch, axis=1)[:, ::-1][:, :2]))
