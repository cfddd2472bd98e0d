import numpy as np

boxes = np.array([[10, 20, 30, 40], [5, 6, 7, 8]], dtype=np.float32)
boxes[:, [0, 2]] = boxes[:, [0, 2]] * 2
print(repr(boxes))
boxes[:, [1, 3]] = np.clip(boxes[:, [1, 3]], 0, 25)
print(repr(boxes))
a = np.zeros(4, dtype=np.int64)
a[[0, 0, 1]] = [1, 2, 3]
print(repr(a))
b = np.arange(5)
b[[1, 3]] += 10
print(repr(b))
c = np.zeros(3, dtype=np.int64)
c[[0, 0, 2]] += 1
print(repr(c))
d = np.arange(12).reshape(3, 4)
d[[0, 2], [1, 3]] = -1
print(repr(d))
d[[1]] = 0
print(repr(d))
d[:, [0]] = [[100], [200], [300]]
print(repr(d))
e = np.arange(6)
e[np.array([5, 4])] = np.array([0.5, 1.5])
print(repr(e))
f = np.zeros((2, 3))
f[[0, 1], 1:] = 1
print(repr(f))
g = np.arange(10)
g[[-1, -2]] = 0
print(repr(g))
