import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def fit(x, y, deg):
    # Least squares: NumPy's LAPACK and taipan's solver agree to ~1e-14;
    # print the digits that matter.
    return np.round(np.polyfit(x, y, deg), 8) + 0.0


x = np.array([0.0, 1, 2, 3, 4, 5])
y = np.array([1.0, 2.9, 5.2, 7.1, 8.8, 11.3])
for d in range(4):
    show("deg %d" % d, lambda: fit(x, y, d))
show("line exact", lambda: fit(x, 2 * x + 1, 1))
show("quadratic exact", lambda: fit(x, 3 * x ** 2 - x + 0.5, 2))
show("cubic ints", lambda: fit(np.arange(10), np.arange(10) ** 3, 3))
show("cos", lambda: fit(np.linspace(0, 1, 20), np.round(np.cos(np.linspace(0, 1, 20) * 3), 6), 4))
show("2d y", lambda: fit([1, 2, 3], np.array([[1, 2], [2, 4], [3, 7]]), 1))
show("f32", lambda: fit(np.arange(5, dtype=np.float32), np.arange(5, dtype=np.float32) * 2, 1))
show("list input", lambda: fit([1, 2, 3, 4], [2, 4, 5, 8], 1))
show("dtype", lambda: np.polyfit([1, 2, 3], [1, 2, 3], 1).dtype)
show("shape", lambda: np.polyfit([1, 2, 3], np.ones((3, 4)), 2).shape)

show("polyval int", lambda: np.polyval([1, 2, 3], 2))
show("polyval list", lambda: np.polyval([1.0, 2, 3], [0, 1, 2]))
show("polyval const", lambda: np.polyval(np.array([3]), np.arange(3)))
show("polyval f32", lambda: np.polyval(np.array([0.5, 1], np.float32), np.arange(3, dtype=np.float32)))
show("polyval 2d", lambda: np.polyval([2, 0, -1], np.arange(6).reshape(2, 3)))
show("polyval empty p", lambda: np.polyval([], [1.0, 2.0]))
show("polyval 0d", lambda: np.polyval([1, 1], np.float64(0.5)))
show("roundtrip", lambda: np.round(np.polyval(np.polyfit(x, y, 2), x), 8) + 0.0)

show("err deg", lambda: np.polyfit(x, y, -1))
show("err x 2d", lambda: np.polyfit(np.ones((2, 2)), [1, 2], 1))
show("err x empty", lambda: np.polyfit([], [], 1))
show("err y 3d", lambda: np.polyfit([1, 2], np.ones((2, 1, 1)), 1))
show("err lengths", lambda: np.polyfit([1, 2, 3], [1, 2], 1))
