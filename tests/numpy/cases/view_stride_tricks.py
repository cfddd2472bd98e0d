import numpy as np
from numpy.lib.stride_tricks import sliding_window_view, as_strided

x = np.arange(10)
w = sliding_window_view(x, 3)
print(w, w.shape, w.strides, w.flags.writeable)
print(w.mean(axis=-1))
m = np.arange(12).reshape(3, 4)
print(sliding_window_view(m, (2, 2)).shape, sliding_window_view(m, 2, axis=-1)[1])
print(sliding_window_view(m, (2, 3), axis=(1, 0)).shape, sliding_window_view(m, (2, 2), axis=(1, 1)).shape)
print(sliding_window_view(np.array([]), 0).shape, sliding_window_view(np.arange(3), 3))
print(sliding_window_view(x[::-2], 2), sliding_window_view(m.T, 2, axis=0)[0])
print(sliding_window_view(np.arange(5, dtype=np.float32), 4, writeable=True).flags.writeable)

# audio framing with as_strided: frame_length 8, hop 4
sig = np.arange(16, dtype=np.float32)
frames = np.lib.stride_tricks.as_strided(sig, shape=(3, 8), strides=(sig.strides[0] * 4, sig.strides[0]))
print(frames, frames.dtype, frames.strides)
print(as_strided(sig[2:], shape=(2, 3), strides=(8, 4)))
v = as_strided(x, (2, 2), (16, 8))
v[0, 0] = 99
print(x[:3], as_strided(x).shape, as_strided(x, shape=(0, 5), strides=(8, 8)).shape)
r = as_strided(x, (3, 3), (8, 0), writeable=False)
print(r, r.flags.writeable)

for f in [lambda: sliding_window_view(x, 11), lambda: sliding_window_view(x, (2, 2)),
          lambda: sliding_window_view(x, -1), lambda: w.__setitem__((0, 0), 1),
          lambda: sliding_window_view(m, (2, 2), axis=0),
          lambda: sliding_window_view(m, 2, axis=2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
