import numpy as np

# One integer array into a 1-D array: strided and reversed sources, strided
# and reversed index arrays, negative indices, every dtype, errors.
x = (np.arange(12, dtype=np.float32) * 0.5) - 1.0
order = np.arange(12)[::-1]
print(repr(x[order[1:]]))
print(repr(x[::-2][np.array([0, -1, 2])]))
print(repr(x[1::3][order[8:]]))
print(repr(x[np.array([[1, -2], [0, 11]])]))
print(repr(x[np.array([-12, 11, 0], dtype=np.int32)]))
print(repr(x[np.array([3, 1], dtype=np.int16)]))
print(repr(x[np.arange(12)[::4]]))
for dt in (np.bool_, np.uint8, np.int8, np.int16, np.int32, np.int64, np.float16, np.float64):
    a = np.arange(6).astype(dt)[::-1]
    r = a[np.array([0, 5, -1, 2])]
    print(dt.__name__, repr(r), r.dtype, r.flags["C_CONTIGUOUS"], r.flags["OWNDATA"])
e = x[np.array([], dtype=np.int64)]
print(repr(e), e.shape)
r = x[order]
r[0] = 100.0
print(x[11], r[0])
for bad in (12, -13):
    try:
        x[np.array([0, bad])]
    except IndexError as err:
        print("IndexError", err)
try:
    x[::2][np.array([6])]
except IndexError as err:
    print("IndexError", err)
