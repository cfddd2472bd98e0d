import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__)
        print(repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


x = np.array([0.1, 0.5, 0.9, 0.5, 1.0, 0.3, 0.75])
y = np.array([0.2, 0.2, 0.8, 0.9, 1.0, 0.55, 0.4])
show("default bins", lambda: np.histogram2d(x, y))
show("bins 2", lambda: np.histogram2d(x, y, bins=2))
show("bins pair", lambda: np.histogram2d(x, y, bins=[2, 3], range=[[0, 1], [0, 2]]))
show("edges and int", lambda: np.histogram2d(x, y, bins=(np.array([0, 0.5, 1]), 3)))
show("density", lambda: np.histogram2d(x, y, bins=(np.array([0, 0.5, 1]), 3), density=True))
show("weights", lambda: np.histogram2d(x, y, bins=2, weights=[1, 2, 3, 4, 5, 6, 7]))
show("weights density", lambda: np.histogram2d(x, y, bins=2, weights=[1, 2, 3, 4, 5, 6, 7], density=True))
show("one edges array", lambda: np.histogram2d(x, y, bins=np.array([0, 0.5, 1])))
show("out of range dropped", lambda: np.histogram2d(x, y, bins=2, range=[[0.2, 0.8], [0.0, 0.6]]))
show("empty", lambda: np.histogram2d([], [], bins=2))
show("ints", lambda: np.histogram2d(np.array([1, 2, 3], np.int8), [1, 1, 1], bins=2))
show("same values", lambda: np.histogram2d([2.0, 2.0], [3.0, 3.0], bins=1))
show("length", lambda: np.histogram2d(x, y[:3]))
show("not monotonic", lambda: np.histogram2d(x, y, bins=[np.array([1, 0])] * 2))
show("negative bins", lambda: np.histogram2d(x, y, bins=-1))
show("float bins", lambda: np.histogram2d(x, y, bins=2.5))
show("bad range", lambda: np.histogram2d(x, y, range=[[1, 0], [0, 1]]))
show("dd 3 dims", lambda: np.histogramdd(np.stack([x, y, x * y], axis=1), bins=(2, 2, 3)))
show("dd 1 dim", lambda: np.histogramdd(x, bins=4))
show("dd dims mismatch", lambda: np.histogramdd(np.stack([x, y], axis=1), bins=(2, 2, 2)))
rng = np.random.default_rng(0)
px = rng.random(1000)
py = rng.random(1000)
H, xe, ye = np.histogram2d(px, py, bins=(4, 5), range=[[0, 1], [0, 1]])
print(H.sum(), H.shape, xe, ye)
print(H)
