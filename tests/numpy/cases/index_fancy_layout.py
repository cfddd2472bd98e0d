# Advanced indexing lays its result out as NumPy does (index axes outermost,
# the rest in the source's memory order), so float32 sums over it add in
# NumPy's order: BGR->RGB with img[..., [2, 1, 0]] then a mean.
import numpy as np


def strides(r):
    # Axes of length 1 have no place in memory (NumPy's strides for them vary).
    return tuple(s for s, n in zip(r.strides, r.shape) if n > 1)


a = np.arange(2 * 4 * 5 * 3, dtype=np.float64).reshape(2, 4, 5, 3)
keys = [(slice(None), [1, 2]), (Ellipsis, [0, 1]), (slice(None), slice(None), [1, 2, 3]), ([0, 1],),
        (slice(None), [0, 1], slice(None), [0, 1]), (slice(None), [[0, 1]]), (slice(1, None), [0, 1], slice(2, None)),
        (slice(None), [2, 0], [1, 1]), (0, slice(None), [1, 2]), (slice(None), 1, [0, 2]), (slice(None, None, -1), [3, 1]),
        (None, slice(None), [0, 1]), (slice(None), [1, 2], None), (Ellipsis, [[2], [0]]), (1, [0, 1], [2, 3], 0)]
for src in (a, a.T, a.transpose(0, 2, 1, 3), a[:, ::2], np.asfortranarray(a)):
    for k in keys:
        try:
            r = src[k]
        except IndexError as e:
            print("IndexError", e)
            continue
        print(r.shape, strides(r), float(r.sum()), r.ravel(order="K")[:6].tolist())
m = a[..., 0] > 10
print(a[m].strides, a[:, m[0]].strides, a.transpose(3, 0, 1, 2)[:, m].strides)
img = (np.arange(6 * 7 * 3) % 251).astype(np.uint8).reshape(6, 7, 3)
x = img[..., [2, 1, 0]].astype(np.float32) / 255.0
print(x.strides, x.mean(axis=(0, 1)), x[:, :, 0].strides)
y = img[:, [0, 2, 4]]
y[0, 0, 0] = 99
print(y[0, 0], y.flags.c_contiguous, y.flags.f_contiguous, y.copy().strides)

# Out-of-bounds messages name the source's axis, past new axes.
a = np.zeros((2, 3, 4))
for k in [(None, slice(None), [5]), (None, None, 0, [7]), (np.array([True, False]), [9])]:
    try:
        a[k]
    except IndexError as e:
        print(e)
