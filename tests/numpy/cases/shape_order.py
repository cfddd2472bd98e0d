import numpy as np

b = np.arange(6).reshape(2, 3)
print(b.ravel(order="F"), b.flatten("F"), b.reshape(3, 2, order="F")[0], b.T.ravel("K"), b.T.ravel("A"))
print(b[:, ::-1].ravel("K"), b.T[::-1].ravel("K"), b.ravel("A"), b.ravel("f"), b.flatten("K"), b.T.flatten("A"))
print(np.reshape(b, (3, 2), order="F"), np.ravel(b, order="F"), b.reshape((-1,), order="F"))
print(np.arange(24).reshape(2, 3, 4).reshape(4, 6, order="F"))
print(b.T.reshape(6, order="A"), b.reshape(3, 2, order="C").strides)
e = np.zeros((0, 3)).ravel(order="F")
print(e.shape, np.zeros((2, 0), order="F").strides)

c = b.copy(order="F")
print(c.flags["F_CONTIGUOUS"], c.flags["C_CONTIGUOUS"], c.strides, c)
print(np.asarray(b, order="F").strides, np.zeros((2, 3), order="F").strides, b.astype(float, order="F").strides)
print(np.array([[1, 2], [3, 4]], order="F").strides, np.array(b.T).strides, np.array(b.T, order="C").strides)
print(np.array(b.T, order="A").strides, np.asarray(b.T, order="C").strides, np.asarray(b.T, order="A").strides)
print(b.T.copy().strides, np.copy(b.T).strides, b.T.astype(float).strides, b.T.astype(np.int8, order="C").strides)
print(np.ones_like(b, order="F").strides, np.full((2, 2), 7, order="F").strides, np.empty((2, 3, 2), order="F").strides)
print(np.zeros_like(b.T).strides, np.zeros_like(b.T, order="C").strides, np.ones((3,), order="F").strides)
f = np.ones((2, 3), dtype=np.int16, order="F")
f[0, 1] = 5
print(f, f.ravel(), f.ravel("K"), f.ravel("A"), f.T.flags["C_CONTIGUOUS"])
print(np.asarray(c) is c, np.asarray(c, order="F") is c, np.asarray(c, order="K") is c, np.asarray(b, order="C") is b)

print(np.unravel_index(22, (7, 6), order="F"), np.unravel_index([22, 41, 37], (7, 6), order="F"))
print(repr(np.ravel_multi_index((3, 1), (7, 6), order="F")), np.ravel_multi_index(([3, 6], [1, 5]), (7, 6), order="F"))
print(repr(np.ravel_multi_index((1, 1), (2, 3))), np.ravel_multi_index(([0, 5], [1, 9]), (2, 3), mode="clip"))
print(np.ravel_multi_index(([0, 5], [1, -1]), (2, 3), mode=("wrap", "clip")), np.unravel_index(np.array([], dtype=int), (2, 3)))

for fn in [lambda: b.ravel(order="X"), lambda: b.reshape(3, 2, order="K"), lambda: np.zeros(3, order="K"),
           lambda: np.zeros(3, order="A"), lambda: b.copy(order="X"), lambda: b.astype(float, order="X"),
           lambda: np.array(b, order="X"), lambda: b.flatten("X"), lambda: np.asarray([1], order="Q"),
           lambda: b.ravel(order=3), lambda: np.unravel_index(3, (2, 3), order="X"),
           lambda: np.ravel_multi_index((1, 1), (2, 3), order="X"), lambda: np.ravel_multi_index((2, 1), (2, 3)),
           lambda: np.ravel_multi_index((1,), (2, 3)), lambda: np.unravel_index(6, (2, 3))]:
    try:
        fn()
    except Exception as ex:
        print(type(ex).__name__, ex)
