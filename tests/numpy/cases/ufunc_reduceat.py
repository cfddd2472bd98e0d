# ufunc.reduceat: reductions over consecutive slices of one axis.
import numpy as np


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = np.arange(8, dtype=np.int32)
for u in (np.add, np.multiply, np.maximum, np.minimum, np.subtract):
    t(u.__name__, lambda: u.reduceat(a, [0, 4, 1, 5]))
t("bool", lambda: np.add.reduceat(np.array([True, False, True]), [0, 1]))
t("axis 1", lambda: np.add.reduceat(np.arange(6.0).reshape(2, 3), [0, 2], axis=1))
t("axis 0", lambda: np.add.reduceat(np.arange(6.0).reshape(3, 2), [0, 2, 2]))
t("axis -1", lambda: np.maximum.reduceat(np.arange(24).reshape(2, 3, 4), [0, 2], axis=-1))
t("dtype", lambda: np.add.reduceat(np.arange(6.0), [0, 2, 2], dtype=np.float32))
t("no indices", lambda: np.add.reduceat(np.arange(6.0), []))
t("no indices int", lambda: np.maximum.reduceat(np.arange(6), np.array([], dtype=int)))
t("list input", lambda: np.add.reduceat([1, 2, 3], [0, 1]))
t("tuple indices", lambda: np.add.reduceat(np.arange(6), (4, 1)))
t("uint8 indices", lambda: np.add.reduceat(np.arange(6), np.array([4, 1], dtype=np.uint8)))
t("nan", lambda: np.maximum.reduceat(np.array([1.0, np.nan, 3.0]), [0, 2]))
t("uint8 product", lambda: np.multiply.reduceat(np.arange(1, 7, dtype=np.uint8), [0, 3]))
t("float32", lambda: np.add.reduceat(np.arange(1, 7, dtype=np.float32), [0, 3]))
o = np.zeros(2)
t("out", lambda: (np.add.reduceat(np.arange(6), [0, 3], out=o), o))
# segment sums of a ragged batch
lengths = np.array([3, 1, 4])
values = np.arange(8.0) ** 2
starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
print(np.add.reduceat(values, starts) / lengths)
# float sums round as NumPy's: first element + pairwise sum of the rest
rng = np.random.default_rng(0)
x = rng.random(100000)
print(np.add.reduceat(x, [0, 3000, 3001, 50000, 50000, 99999]).tolist())
print(np.add.reduceat(x, [0, 500], dtype=np.float32).tolist())
y = rng.random((300, 7)).astype(np.float32)
print(np.add.reduceat(y, [0, 100, 250]).tolist())
print(np.add.reduceat(rng.random((5, 1000)).astype(np.float32), [0, 300], axis=1).tolist())
z = rng.random((4, 30, 3))
print(np.add.reduceat(z, [0, 7, 3], axis=1)[:, 2, :].tolist())
print(np.multiply.reduceat(1 + x[:1000] / 100, [0, 10, 900]).tolist())
print(np.add.reduceat(np.arange(1, 100, dtype=np.int8), [0, 60]).tolist())
t("index past end", lambda: np.add.reduceat(np.arange(6), [6]))
t("negative index", lambda: np.add.reduceat(np.arange(6), [-1, 2]))
t("2-d indices", lambda: np.add.reduceat(np.arange(6), [[0, 1]]))
t("0-d indices", lambda: np.add.reduceat(np.arange(6), 2))
t("bad axis", lambda: np.add.reduceat(np.arange(6), [0], axis=1))
t("scalar", lambda: np.add.reduceat(np.float64(1), [0]))
t("unary", lambda: np.sqrt.reduceat(np.arange(6.0), [0]))
