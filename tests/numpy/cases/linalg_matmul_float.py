import numpy as np

x = (np.arange(64 * 48, dtype=np.float64).reshape(64, 48) % 17) / 7.0
w = (np.arange(48 * 16, dtype=np.float64).reshape(48, 16) % 11) / 13.0 - 0.3
y = x @ w
ref = np.array([[sum(x[i, k] * w[k, j] for k in range(48)) for j in range(16)] for i in range(3)])
print(y.shape, y.dtype, np.allclose(y[:3], ref))
print(repr(np.round(y[:2, :4], 6)))
xf = x.astype(np.float32)
wf = w.astype(np.float32)
yf = xf @ wf
print(yf.dtype, np.allclose(yf, y, rtol=1e-5, atol=1e-4))
print(repr(np.round(yf[0, :4], 3)))
h = np.array([[0.5, 0.25], [1.0, 2.0]]) @ np.array([[4.0, 8.0], [2.0, 0.5]])
print(repr(h))
print(repr(np.round(np.dot(x[0], w[:, 0]), 6)))
