import numpy as np

labels = np.array([0, 2, 1, 2, 3, 0])
n = 4
oh1 = np.eye(n, dtype=np.float32)[labels]
print(repr(oh1))
oh2 = (labels[:, None] == np.arange(n)).astype(np.float32)
print(np.array_equal(oh1, oh2), oh2.dtype)
oh3 = np.zeros((labels.size, n), dtype=np.uint8)
oh3[np.arange(labels.size), labels] = 1
print(repr(oh3))
print(repr(oh1.argmax(axis=1)), np.array_equal(oh1.argmax(axis=1), labels))
print(repr(oh1.sum(axis=0)))
eps = 0.1
smooth = oh1 * (1 - eps) + eps / n
print(repr(smooth[:2]))
print(np.allclose(smooth.sum(axis=1), 1.0))
seg = np.array([[0, 1], [2, 1]])
oh_seg = np.eye(3, dtype=np.int64)[seg]
print(oh_seg.shape, repr(oh_seg.transpose(2, 0, 1)))
multi = np.zeros(5, dtype=bool)
multi[[0, 3, 3]] = True
print(repr(multi), repr(np.flatnonzero(multi)))
