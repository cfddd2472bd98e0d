import numpy as np
# np.sum/np.mean of a complex array call its own method, as NumPy does
# for an array-like that is no ndarray.
rng = np.random.default_rng(3)
Y = np.fft.rfft(rng.standard_normal((6, 4)), axis=1)
s0 = np.sum(Y, axis=0)
print(s0.real.tolist(), s0.imag.tolist(), np.sum(Y, axis=1, keepdims=True).shape)
print(np.sum(Y[0]), np.sum(Y[:3, 1]), np.mean(Y, axis=1).round(6), np.mean(Y[0]).real)
print(type(np.sum(Y[0])).__name__, np.sum(Y, 0).dtype)
