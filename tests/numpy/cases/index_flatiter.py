# ndarray.flat: a flatiter reading and writing an array in C order.
import numpy as np


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = np.arange(12).reshape(3, 4)
f = a.flat
print(type(f).__name__, len(f), f.base is a, f.index, f.coords)
t("int", lambda: f[5])
t("neg", lambda: f[-1])
t("np int", lambda: f[np.int64(3)])
t("1-tuple", lambda: f[(2,)])
t("oob", lambda: f[12])
t("oob neg", lambda: f[-13])
t("slice", lambda: f[2:9:3])
t("slice rev", lambda: f[::-5])
t("ellipsis", lambda: f[...])
t("list", lambda: f[[1, 3, -1]])
t("2d index", lambda: f[np.array([[0, 1], [2, 3]])])
t("mask", lambda: f[a.ravel() > 8])
t("short mask", lambda: f[np.array([True, False, True])])
t("long mask", lambda: f[np.ones(13, bool)])
t("2d mask", lambda: f[np.ones((3, 4), bool)])
t("fancy oob", lambda: f[[1, 20]])
t("pair", lambda: f[1, 2])
t("float", lambda: f[1.0])
it = a.T.flat
print([int(next(it)) for _ in range(3)], it.index, it.coords)
print([int(v) for v in it], it.index, it.coords)
t("exhausted", lambda: next(it))
t("transposed", lambda: a.T.flat[1:4])
t("strided", lambda: a[:, ::2].flat[3])
t("copy", lambda: a.T.flat.copy())
t("np.array", lambda: np.array(a.T.flat))
t("asarray f32", lambda: np.asarray(a[1:].flat, dtype=np.float32))
t("sum", lambda: sum(a.flat))
t("compare", lambda: a[0].flat == 2)
for i, v in enumerate(a[1:, 1:].flat):
    print(i, v, type(v).__name__)

b = np.zeros((2, 3))
b.flat[4] = 7
b.flat[[0, 2]] = [1, 2]
b.flat[::5] = 9
print(repr(b))
b.flat = [1, 2]
print(repr(b))
b.flat = 3.5
print(repr(b))
c = np.zeros((2, 3), dtype=np.int32)
c.flat[:] = [1.7, 2.2]
print(repr(c))
c.T.flat[1:3] = 8
print(repr(c))
c.flat[np.array([True, False, True, False, False, False])] = -1
print(repr(c))
c.flat[[1, 1, 1]] = [5, 6, 7]
print(repr(c))
c.flat[np.array([[3, 4], [5, 0]])] = np.array([[9, 8], [7, 6]])
print(repr(c))
c.flat[:4] = np.array([[1], [2]])
print(repr(c))
c.flat[-1] = 30
c.flat[1:3] = [4, 5, 6, 7]
print(repr(c))
c.flat = []
print(repr(c))
v = np.zeros((3, 4))[::2, 1::2]
v.flat = np.arange(4)
print(repr(v))


def assign(target, key, value):
    target.flat[key] = value


t("set oob", lambda: assign(c, 10, 1))
t("set neg oob", lambda: assign(c, -7, 1))
t("set fancy oob", lambda: assign(c, [0, 6], 1))
t("set long mask", lambda: assign(c, np.ones(7, bool), 1))
t("set float", lambda: assign(c, 1.5, 1))
ro = np.arange(3)
ro.flags.writeable = False
t("read-only", lambda: assign(ro, 0, 5))
t("scalar", lambda: list(np.float64(2.5).flat))
z = np.array(7)
t("0-d", lambda: (len(z.flat), z.flat[0], list(z.flat)))
z.flat = 3
print(repr(z))
t("empty", lambda: (len(np.zeros((0, 3)).flat), list(np.zeros((0, 3)).flat)))
t("flatten", lambda: (a.T.flatten(), a.T.flatten("F"), np.ndarray.flatten(a)))
