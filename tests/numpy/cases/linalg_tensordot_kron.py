import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, getattr(r, "dtype", None))
        print(repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


a = np.arange(24).reshape(2, 3, 4)
b = np.arange(12).reshape(4, 3)
show("axes 1", lambda: np.tensordot(a, b, 1))
show("axes 2 default", lambda: np.tensordot(np.arange(6).reshape(2, 3), np.arange(6).reshape(2, 3)))
show("axes 2", lambda: np.tensordot(a, np.arange(12).reshape(3, 4), 2))
show("axes 0 outer", lambda: np.tensordot([1, 2], [3, 4, 5], 0))
show("pairs", lambda: np.tensordot(a, b, axes=([1, 2], [1, 0])))
show("pair of ints", lambda: np.tensordot(a, b, axes=(2, 0)))
show("negative axes", lambda: np.tensordot(a, b, axes=([-1], [-2])))
show("vectors", lambda: np.tensordot([1, 2], [3, 4], axes=([0], [0])))
show("bool", lambda: np.tensordot([True, False], [True, True], 1))
show("int8", lambda: np.tensordot(np.array([100, 100], np.int8), np.array([1, 1], np.int8), 1))
show("float32", lambda: np.tensordot(np.ones((2, 3), np.float32), np.ones(3, np.float32), 1))
show("mixed", lambda: np.tensordot(np.ones((2, 3), np.float32), np.arange(3), 1))
show("scalars", lambda: np.tensordot(3, 4, 0))
show("empty", lambda: np.tensordot(np.ones((2, 0)), np.ones((0, 3)), 1))
show("shape mismatch", lambda: np.tensordot(np.ones((2, 3)), np.ones((4, 4)), 1))
show("length mismatch", lambda: np.tensordot(np.ones((2, 3)), np.ones((3, 2)), ([0], [0, 1])))
show("swapped pairs", lambda: np.tensordot(np.ones((2, 3)), np.ones((3, 2)), ([0, 1], [1, 0])))
x = np.arange(1.0, 7.0).reshape(2, 3)
y = np.arange(1.0, 13.0).reshape(3, 4)
print("matches dot", np.array_equal(np.tensordot(x, y, 1), x @ y))

show("kron 1d", lambda: np.kron([1, 10, 100], [5, 6, 7]))
show("kron 2d", lambda: np.kron(np.eye(2, dtype=int), np.array([[1, 2], [3, 4]])))
show("kron mixed ndim", lambda: np.kron([1, 2], [[1], [10]]))
show("kron scalar", lambda: np.kron(np.int8(2), [1, 2]))
show("kron scalars", lambda: np.kron(2, 3))
show("kron float32", lambda: np.kron([[1, 2], [3, 4]], np.ones((2, 2), np.float32)))
show("kron 3d", lambda: np.kron(np.arange(4).reshape(2, 1, 2), np.ones((1, 2, 1), int)))
show("kron empty", lambda: np.kron(np.ones((2, 0)), np.ones((2, 2))))
show("kron bool", lambda: np.kron([True, False], [True, True]))
