import numpy as np

x = np.array([1.0, np.nan, np.inf, -np.inf, 0.0, -0.0])
print(repr(np.isnan(x)), repr(np.isinf(x)), repr(np.isfinite(x)))
print(repr(np.isposinf(x)), repr(np.isneginf(x)))
print(repr(np.isnan(np.array([1, 2]))), repr(np.isinf(np.array([1], dtype=np.uint8))), repr(np.isfinite(np.array([True]))))
f = np.array([np.nan, 1.5], dtype=np.float32)
print(repr(np.isnan(f)), repr(np.isnan(np.float32(np.nan))), repr(np.isnan(1.0)))
print(np.isnan(x).any(), np.isnan(x).sum(), np.isfinite(x).all())
print(repr(np.nan_to_num(x)))
print(repr(np.nan_to_num(x, nan=-1.0, posinf=9.0, neginf=-9.0)))
print(repr(np.isnan(np.array([[np.nan, 0.0], [1.0, np.nan]]))))
print(np.isnan(np.nan), np.isinf(np.inf), np.isnan(np.float16(np.nan)))
print(repr(np.isnan(np.float16(np.array([np.nan, 1.0])))))
