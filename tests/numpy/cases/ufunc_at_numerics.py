import numpy as np

# ufunc.at: repeated indices accumulate
a = np.zeros(3, dtype=np.uint8); np.add.at(a, [0, 0, 2], 200); print(a)
a = np.zeros((2, 3)); np.add.at(a, (np.array([0, 0, 1]), np.array([1, 1, 2])), [1.0, 2.0, 3.0]); print(a)
a = np.array([1, 5, 2]); np.maximum.at(a, [0, 0, 1], [3, 7, 2]); print(a)
a = np.array([1, 5, 2]); np.minimum.at(a, [-1, -1], [0, 1]); print(a)
a = np.arange(4.0); np.negative.at(a, [0, 0, 3]); print(a)
a = np.arange(5); np.subtract.at(a, [1, 1, 4], 1); print(a)
a = np.ones(4, dtype=np.float32); np.add.at(a, [1, 1], 0.1); print(a, a.dtype)
a = np.ones(3); np.multiply.at(a, [0, 0, 1], 2); print(a)
cm = np.zeros((3, 3), dtype=np.int64)
np.add.at(cm, (np.array([0, 1, 2, 2]), np.array([0, 2, 2, 2])), 1); print(cm)
t = np.zeros((3, 2)).T; np.add.at(t, (0, [1, 1]), 5); print(t)
a = np.zeros(4); np.add.at(a, slice(1, 3), [1, 2]); np.add.at(a, np.array([], dtype=int), 1); print(a)
for f in [lambda: np.add.at(np.arange(3), [5], 1), lambda: np.add.at([1, 2], [0], 1), lambda: np.add.at(np.arange(3), [0])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__)

print(np.isscalar(3), np.isscalar(np.float32(1)), np.isscalar(np.array(1)), np.isscalar([1]), np.isscalar("s"), np.isscalar(None), np.isscalar(True))
print(np.trapezoid([1, 2, 3]), np.trapezoid([1, 2, 3], x=[0, 1, 3]), np.trapezoid([[1, 2], [3, 4]], axis=0), np.trapezoid([1, 2, 3], dx=0.5))
print(repr(np.trapezoid([])), repr(np.trapezoid(np.array([1, 2], dtype=np.float32))), np.trapezoid(np.ones((2, 3)), x=np.array([[0, 1, 2], [0, 2, 4]])))
print(np.trapz([1, 2, 3]))

x = np.array([[0, 2, 1.5], [1, 1, 0.5]])
print(np.cov(x), repr(np.cov([1, 2, 4])), np.cov(x, rowvar=False), np.cov(x, bias=True), np.cov(x, ddof=0), np.cov([1, 2], [3, 5]))
print(repr(np.cov(np.array([[1, 2, 3]], dtype=np.float32))), np.cov(np.arange(6).reshape(3, 2), rowvar=False))
print(np.corrcoef(x), repr(np.corrcoef([1, 2, 4], [2, 1, 0])), repr(np.corrcoef(np.array([1, 2, 4], dtype=np.float32))))
print(np.logspace(0, 2, 3), np.logspace(0, 3, 4, base=2, dtype=int), np.logspace(0, 1, 3, endpoint=False), np.logspace([0, 1], [2, 3], 3))
print(repr(np.logspace(0, 1, 0)), np.logspace(1, 0, 2, dtype=np.float32))
print(np.nanmedian([1, np.nan, 3]), np.nanmedian([[1, np.nan], [3, 4]], axis=0), np.nanmedian([[1, np.nan], [3, 4]], axis=1, keepdims=True))
print(repr(np.nanmedian(np.array([1, 2, 3]))), np.nanmedian([[np.nan, 1], [np.nan, 2]], axis=0), np.nanmedian(np.arange(8.0).reshape(2, 2, 2), axis=(0, -1)))
print(np.nanmedian(np.array([1, np.nan, 2, 7], dtype=np.float32)), np.nanmedian(np.ones((2, 3)), axis=-1))
print(np.tril_indices(3), np.triu_indices(3, 1), np.tril_indices(2, -1, 3), np.diag_indices(3), np.diag_indices(2, 3))
print(np.triu_indices_from(np.ones((2, 3))), np.tril_indices_from(np.ones((3, 3)), k=1), np.tril_indices(0), np.diag_indices_from(np.ones((2, 2))))
m = np.arange(9).reshape(3, 3); print(m[np.triu_indices(3)], np.tri(3, 2, -1), np.tri(2, dtype=int))
print(np.ix_([0, 1], [2, 4]), np.ix_(np.array([True, False, True])), m[np.ix_([0, 2], [1, 2])], np.ix_([]))
print(list(np.ndindex(2, 2)), list(np.ndindex((2,))), list(np.ndindex()), list(np.ndindex(2, 0)), next(np.ndindex(3, 1)))
print(list(np.ndenumerate(np.array([[1, 2], [3, 4]]))), list(np.ndenumerate(np.zeros(0))))
print(np.linspace([0, 1], [1, 3], 3), np.linspace(0, [1, 2], 3, axis=1), np.linspace([0, 1], 2, 3, endpoint=False, retstep=True))
print(np.linspace(np.array([0, 10]), [1, 20], 1), np.linspace([0, 0], [3, 5], 4, dtype=int), np.linspace([0], [1], 2, axis=-1))
print(repr(np.copysign(1, -0.0)), repr(np.copysign(np.array([1, 2]), -1)), repr(np.copysign(np.array([1, 2], dtype=np.int8), -1)))
print(repr(np.copysign(np.float32(2), -1)), repr(np.copysign(np.array([1, 2], dtype=np.uint8), -1.0)), repr(np.copysign(np.array([True]), -1)))
print(repr(np.clip(np.array([1, 2], dtype=np.uint8), 0, 300)), repr(np.clip(np.array([1, 200], dtype=np.uint8), -5, 100)))
print(repr(np.clip(np.array([1, 100], dtype=np.int8), -500, 1000)), repr(np.clip(np.uint8(3), 0, 300)), repr(np.array([1, 2], dtype=np.uint8).clip(0, 300)))
print(repr(np.clip(np.array([1, 2]))), repr(np.clip(np.array([1, 2]), min=2)), repr(np.clip(np.array([1., 2.]), 0, 300)))
for f in [lambda: np.clip(np.array([1, 2]), 5), lambda: np.clip(np.array([1, 2]), a_max=1),
          lambda: np.clip(np.array([1, 2]), 1, 2, min=1), lambda: np.clip(np.array([1, 2], dtype=np.uint8), 500, 600)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
