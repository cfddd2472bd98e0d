import numpy as np

scores = np.array([[0.1, 0.9, 0.5], [0.7, 0.2, 0.8]])
thr = np.array([0.5, 0.6, 0.4])
print(repr(scores > thr))
print(repr(scores >= scores.max(axis=1, keepdims=True)))
print(repr(np.where(scores > thr, scores, 0.0)))
print(repr(np.where(scores > 0.5, 1, np.array([[-1], [-2]]))))
labels = np.array([0, 2, 1, 2])
print(repr(labels[:, None] == np.arange(3)))
print(repr((labels[:, None] == labels[None, :]).sum(axis=1)))
print(repr(np.maximum(scores, thr)), repr(np.minimum(scores, np.array([[0.3], [0.75]]))))
