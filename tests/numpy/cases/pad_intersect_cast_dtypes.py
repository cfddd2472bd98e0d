# np.pad with constants, intersect1d and astype across every dtype: the
# rarer dtypes pad, intersect and cast through wider loops and come back
# exactly.
import numpy as np
for dt in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float16', 'float32', 'float64']:
    a = (np.arange(6).reshape(2, 3) * 41 - 50).astype(dt)
    print(dt, np.pad(a, 1).tolist(), np.pad(a, ((0, 1), (2, 0)), constant_values=7).dtype)
    print(np.pad(a, (1, 2), constant_values=(3, 100)).tolist())
    print(np.pad(a[:, ::2], 1, mode='constant', constant_values=1.75).tolist())
    if dt not in ('bool',):
        b = np.array([1, 2, 3], dtype=dt)
        c = np.array([3, 2, 9, 1], dtype=dt)
        print(np.intersect1d(b, c).tolist(), np.intersect1d(b, c).dtype, [x.tolist() for x in np.intersect1d(c, b, return_indices=True)])
    print(a.astype(np.float32).tolist(), a.T.astype(np.int16).tolist(), a[::-1].astype(np.uint8).tolist(), (a % 100).astype(np.float16)[0].tolist())
print(np.intersect1d(np.array([1.5, np.nan, 2.0], dtype=np.float16), np.array([2.0, 1.5], dtype=np.float32)).tolist())
print(np.intersect1d(np.array([1, 2], dtype=np.uint32), np.array([2, -1], dtype=np.int8)).dtype)
