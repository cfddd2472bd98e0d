import numpy as np

# NumPy's npy_logaddexp: the larger plus log1p(exp(-|x - y|)), per dtype.
r = np.linspace(-30, 30, 20001)
y = np.logaddexp(r, r[::-1] * 0.37 + 0.1)
print(y.view(np.uint64).astype(np.int64) % 1000003 @ np.arange(r.size), repr(y[:3]))
r32 = r.astype(np.float32)
y32 = np.logaddexp(r32, r32[::-1] * np.float32(0.37))
print(y32.view(np.uint32).astype(np.int64).sum(), repr(y32[5000:5003]))
print(np.logaddexp(np.array([1.0, np.inf, -np.inf, np.inf, 5.0]), np.array([1.0, np.inf, -np.inf, -np.inf, -800.0])))
print(repr(np.logaddexp(np.float32(2), np.float32(2))), repr(np.logaddexp(1, 2)))
print(repr(np.logaddexp(np.float16(1), np.float16(3))), repr(np.logaddexp(0.1, [0.2, 0.3])))
