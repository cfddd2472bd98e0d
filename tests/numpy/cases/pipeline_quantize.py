import numpy as np

x = (np.arange(-8, 8, dtype=np.float32) * np.float32(0.37)).reshape(4, 4)
print(repr(x))
amax = np.abs(x).max()
scale = amax / np.float32(127)
print(repr(amax), repr(scale), scale.dtype)
q = np.clip(np.round(x / scale), -128, 127).astype(np.int8)
print(repr(q))
deq = q.astype(np.float32) * scale
err = np.abs(deq - x)
print(repr(np.round(err.max(), 5)), bool(err.max() <= scale / 2 + 1e-7))
xmin, xmax = x.min(), x.max()
s_u8 = (xmax - xmin) / np.float32(255)
zp = np.round(-xmin / s_u8).astype(np.int64)
qu = np.clip(np.round(x / s_u8) + zp, 0, 255).astype(np.uint8)
print(int(zp), repr(qu))
du = (qu.astype(np.float32) - zp) * s_u8
print(bool(np.abs(du - x).max() <= s_u8))
per_ch = np.abs(x).max(axis=1, keepdims=True) / 127
qc = np.clip(np.round(x / per_ch), -127, 127).astype(np.int8)
print(repr(qc), repr(np.round(per_ch.ravel(), 6)))
acc = q.astype(np.int32) @ q.astype(np.int32).T
print(repr(acc), acc.dtype)
print(repr(np.round(acc.astype(np.float32) * scale * scale, 3)))
