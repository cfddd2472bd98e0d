import numpy as np

def r6(x):
    return np.round(x, 6) + 0.0

x = np.array([0.5, -1.0, 2.0, 3.5, 0.0, 1.0, -2.5, 4.0])
X = np.fft.rfft(x)
y = np.fft.irfft(X)
print(y.shape, y.dtype, np.allclose(x, y))
print(repr(r6(y)))
z = np.fft.irfft(np.fft.rfft(x[:7]), n=7)
print(z.shape, np.allclose(z, x[:7]))
print(np.fft.irfft(np.fft.rfft(x[:7])).shape)
print(repr(r6(np.fft.irfft(np.array([4.0, 0.0, 0.0])))))
print(repr(r6(np.fft.irfft(np.fft.rfft(np.array([0.0, -0.5, 0.0, 0.5]))))))
m = np.arange(12.0).reshape(3, 4)
M = np.fft.rfft(m, axis=1)
print(M.shape, np.allclose(np.fft.irfft(M, n=4, axis=1), m))
