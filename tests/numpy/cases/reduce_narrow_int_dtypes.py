import numpy as np

# Reductions of int8, int16, uint16 and uint32 loop in int64/uint64 and are
# cast back: the extremes, the wrapped sums and products must not change.
for dt in (np.int8, np.int16, np.uint16, np.uint32):
    info = np.iinfo(dt)
    a = np.array([[info.max, 3, info.min, 7], [info.max, info.max, 1, 2], [5, 0, 9, info.min]], dtype=dt)
    print(dt.__name__, a.max(), a.min(), a.max(axis=0), a.min(axis=1, keepdims=True))
    print(np.maximum.reduce(a, axis=1), np.minimum.reduce(a, axis=None), a.max().dtype)
    s = np.sum(a, dtype=dt)
    p = np.prod(a, axis=0, dtype=dt)
    print(s, s.dtype, p, p.dtype, np.add.reduce(a, axis=1, dtype=dt))
    print(np.max(a, axis=0, initial=4), np.min(a[:, 1:], axis=1, initial=2))
    print(np.max(a, where=a > 3, initial=0), np.cumsum(a[0], dtype=dt), np.multiply.reduce(a[1], dtype=dt))
    print(np.ptp(a, axis=1), np.amax(a[:, ::-2]), np.max(np.zeros((3, 0), dt), axis=0))
    print(np.maximum.reduce(a, axis=0, dtype=np.int64), np.minimum.reduce(a.T, dtype=np.float32))
    try:
        np.max(np.zeros((0,), dt))
    except ValueError as e:
        print("ValueError", e)
