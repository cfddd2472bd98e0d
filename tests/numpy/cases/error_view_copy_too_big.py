# Copies of broadcast views that stand for more elements than memory holds:
# each operation refuses with MemoryError before copying (NumPy's is a
# subclass, `_ArrayMemoryError`), and the program goes on. Only operations
# NumPy refuses at once are here (not `v.sum()`, which NumPy iterates).
from concurrent.futures import ThreadPoolExecutor

import numpy as np

v = np.broadcast_to(np.zeros(1), (10**15,))
vi = np.broadcast_to(np.zeros(1, dtype=np.int8), (10**15,))
m = np.broadcast_to(np.arange(3.0), (10**14, 3))
rows = np.broadcast_to(np.arange(2.0).reshape(2, 1), (2, 10**15))

operations = [
    ("astype", lambda: v.astype(np.float32)),
    ("astype bool", lambda: v.astype(bool)),
    ("copy", lambda: v.copy()),
    ("np.copy", lambda: np.copy(v)),
    ("np.array", lambda: np.array(v)),
    ("ascontiguousarray", lambda: np.ascontiguousarray(v)),
    ("transposed copy", lambda: m.T.copy()),
    ("reshape", lambda: m.reshape(-1)),
    ("ravel", lambda: v.ravel()),
    ("flatten", lambda: v.flatten()),
    ("tolist", lambda: v.tolist()),
    ("tobytes", lambda: v.tobytes()),
    ("sort", lambda: np.sort(v)),
    ("argsort", lambda: np.argsort(v)),
    ("argsort axis 0", lambda: np.argsort(m, axis=0)),
    ("partition", lambda: np.partition(v, 3)),
    ("median", lambda: np.median(v)),
    ("unique", lambda: np.unique(v)),
    ("isin", lambda: np.isin(v, [0.0])),
    ("v + 1", lambda: v + 1),
    ("int8 v + v", lambda: vi + vi),
    ("-v", lambda: -v),
    ("np.sqrt", lambda: np.sqrt(v)),
    ("np.round", lambda: np.round(v)),
    ("np.clip", lambda: np.clip(v, 0, 1)),
    ("np.isnan", lambda: np.isnan(v)),
    ("v > 0", lambda: v > 0),
    ("v[v > 0]", lambda: v[v > 0]),
    ("np.where", lambda: np.where(v > 0)),
    ("rows[[0, 1]]", lambda: rows[np.array([0, 1])]),
    ("rows[mask]", lambda: rows[np.array([True, False])]),
    ("np.take", lambda: np.take(v, [0, 1])),
    ("np.concatenate", lambda: np.concatenate([v, v])),
    ("np.stack", lambda: np.stack([v])),
    ("np.roll", lambda: np.roll(v, 1)),
    ("np.pad", lambda: np.pad(v, 1)),
    ("np.diff", lambda: np.diff(v)),
    ("np.cumsum", lambda: np.cumsum(v)),
    ("sum axis 1", lambda: m.sum(axis=1)),
    ("max axis 1", lambda: m.max(axis=1)),
    ("var axis 1", lambda: m.var(axis=1)),
    ("argmax axis 1", lambda: m.argmax(axis=1)),
    ("m @ ones", lambda: m @ np.ones(3)),
    ("np.allclose", lambda: np.allclose(v, 0)),
    ("np.array_equal", lambda: np.array_equal(v, v)),
    ("np.fft.fft", lambda: np.fft.fft(v)),
    ("np.zeros_like", lambda: np.zeros_like(v)),
]
for name, op in operations:
    try:
        op()
        print(name, "copied?!")
    except MemoryError as e:
        print(name, isinstance(e, MemoryError))

# The message names the copy that could not be made, as NumPy's does.
for name, op in [
    ("astype", lambda: v.astype(np.float32)),
    ("copy", lambda: v.copy()),
    ("sort", lambda: np.sort(v)),
    ("v > 0", lambda: v > 0),
    ("sum axis 1", lambda: m.sum(axis=1)),
]:
    try:
        op()
    except MemoryError as e:
        print(name, "->", e)

# Nothing was lost: small copies of the same views still work.
print(v[:3].copy().tolist(), m[:2].astype(np.int64).tolist())


# A worker thread gets such a view whole (taipan copies the memory behind
# it, not the 10**14 rows), and its own copy fails there the same way.
def look(a):
    return a.shape, a.strides, a.flags.writeable, a[1234].tolist()


def copy_in_worker(a):
    try:
        a.copy()
    except MemoryError as e:
        return isinstance(e, MemoryError)


with ThreadPoolExecutor(2) as pool:
    print(pool.submit(look, m).result())
    print(pool.submit(look, np.broadcast_to(np.arange(10.0)[::2], (2000, 5))).result())
    print(pool.submit(copy_in_worker, m).result())
