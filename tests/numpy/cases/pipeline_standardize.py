import numpy as np

X = np.array([[1.0, 10.0, 3.0],
              [2.0, 10.0, -1.0],
              [3.0, 10.0, 5.0],
              [4.0, 10.0, 1.0],
              [100.0, 10.0, 2.0]])
mu = X.mean(axis=0)
sd = X.std(axis=0)
print(repr(mu), repr(sd))
sd_safe = np.where(sd == 0, 1.0, sd)
Z = (X - mu) / sd_safe
print(repr(np.round(Z, 6) + 0.0))
print(repr(np.round(Z.mean(axis=0), 12) + 0.0), repr(np.round(Z.std(axis=0), 12)))
clipped = np.clip(Z, -1.5, 1.5)
print(repr(np.round(clipped[:, 0], 6) + 0.0))
outliers = np.abs(Z) > 1.5
print(repr(outliers), repr(np.argwhere(outliers)))
med = np.sort(X, axis=0)[len(X) // 2]
mad = np.sort(np.abs(X - med), axis=0)[len(X) // 2]
print(repr(med), repr(mad))
robust = (X - med) / np.where(mad == 0, 1.0, mad)
print(repr(robust[:, 0]))
f32 = X.astype(np.float32)
z32 = (f32 - f32.mean(axis=0)) / np.where(f32.std(axis=0) == 0, np.float32(1), f32.std(axis=0))
print(z32.dtype, np.allclose(z32, Z, atol=1e-5))
