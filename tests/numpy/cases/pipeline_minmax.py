import numpy as np

X = np.array([[1.0, 200.0, 5.0, 7.0],
              [2.0, 100.0, 5.0, -3.0],
              [4.0, 300.0, 5.0, 2.0],
              [3.0, 0.0, 5.0, 0.5]])
mn = X.min(axis=0)
mx = X.max(axis=0)
rng = mx - mn
print(repr(mn), repr(mx), repr(rng))
safe = np.where(rng == 0, 1.0, rng)
scaled = (X - mn) / safe
print(repr(scaled))
print(repr(scaled.min(axis=0)), repr(scaled.max(axis=0)))
lo, hi = -1.0, 1.0
scaled2 = scaled * (hi - lo) + lo
print(repr(scaled2))
inv = (scaled2 - lo) / (hi - lo) * safe + mn
print(np.allclose(inv, X))
img = (np.arange(12) * 20 + 10).astype(np.uint8).reshape(3, 4)
f = img.astype(np.float32)
norm = (f - f.min()) / (f.max() - f.min())
print(repr(norm), norm.dtype)
print(repr((norm * 255).round().astype(np.uint8)))
col = np.array([5.0, 5.0, 5.0])
print(repr((col - col.min()) / max(col.max() - col.min(), 1e-12)))
