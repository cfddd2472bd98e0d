# HWC -> CHW normalisation and the per-channel statistics a preprocessing
# script prints: NumPy lays the results of element-wise operations on a
# transposed image out in the image's memory order (order='K'), so the
# float32 sums run in that order; flags and strides show the layout.
import numpy as np

rng = np.random.default_rng(1)
img = (rng.random((64, 48, 3)) * 255).astype(np.uint8)
chw = img.transpose(2, 0, 1)
x = chw.astype(np.float32) / np.float32(255.0)
print(x.flags["C_CONTIGUOUS"], x.flags["F_CONTIGUOUS"], x.strides)
mean = np.array([0.485, 0.456, 0.406], dtype=np.float32)[:, None, None]
std = np.array([0.229, 0.224, 0.225], dtype=np.float32)[:, None, None]
norm = (x - mean) / std
print(norm.dtype, norm.strides, norm.flags["OWNDATA"])
print(repr(norm.sum()), repr(norm.mean(axis=(1, 2))), repr(norm.std(axis=(1, 2))))
print(repr(np.clip(norm, -2.0, 2.0).sum(axis=(1, 2))))
print(repr(np.where(norm > 0, norm, 0.0).mean(axis=(1, 2))))
print(repr(np.exp(-np.abs(norm)).sum(axis=(1, 2))))
ref = np.ascontiguousarray(norm)
print(ref.strides, np.array_equal(ref, norm), repr(ref.sum(axis=(1, 2))))
f = np.asarray(chw, dtype=np.float32)
print(f.strides, (f * 2).strides, (chw[:, ::2] + 1).strides, np.maximum(chw, chw).strides)
a = np.arange(6.0).reshape(2, 3)
for r in (a.T * 2, np.sqrt(a.T), a.T > 2, np.clip(a.T, 1, 3), np.where(a.T > 2, a.T, 0), a.T + a.T.copy()):
    print(r.flags["C_CONTIGUOUS"], r.flags["F_CONTIGUOUS"], r.strides)
m = a.T > 2
print(np.logical_and(m, m).strides, np.logical_or(m, True).flags["F_CONTIGUOUS"], np.logical_xor(m, m.copy()).strides)
