import numpy as np

img = ((np.arange(16 * 16) * 37 + (np.arange(16 * 16) // 16) * 11) % 256).astype(np.uint8).reshape(16, 16)
bins = img // 32
vals, counts = np.unique(bins, return_counts=True)
print(repr(vals), repr(counts), int(counts.sum()))
hist = np.zeros(8, dtype=np.int64)
hist[vals] = counts
print(repr(hist))
cdf = np.cumsum(hist)
print(repr(cdf), repr(np.round(cdf / cdf[-1], 4)))
median_bin = np.searchsorted(cdf, cdf[-1] / 2)
print(int(median_bin))
full_vals, full_counts = np.unique(img, return_counts=True)
print(len(full_vals), repr(full_vals[:8]), repr(full_counts[:8]), int(full_counts.max()))
lut_cdf = np.zeros(256, dtype=np.int64)
lut_cdf[full_vals] = full_counts
lut_cdf = np.cumsum(lut_cdf)
lut = np.round((lut_cdf - lut_cdf.min()) * 255 / (lut_cdf.max() - lut_cdf.min())).astype(np.uint8)
eq = lut[img]
print(eq.dtype, repr(eq[0, :8]), int(eq.min()), int(eq.max()))
dark = img < 64
print(int(dark.sum()), repr(np.round(dark.mean(), 4)))
print(repr(np.sort(img.ravel())[[63, 127, 191]]))
