import numpy as np

def r6(x):
    return np.round(x, 6) + 0.0

x = np.array([1.0, 2.0, 3.0, 4.0, 0.0, -1.0, -2.0, -3.0])
X = np.fft.rfft(x)
print(X.shape, X.dtype)
print(repr(r6(X)))
print(repr(r6(X.real)), repr(r6(X.imag)))
print(repr(r6(np.abs(X))))
print(repr(r6(np.fft.rfft(np.ones(6)))))
print(repr(r6(np.fft.rfft(np.array([1.0, 0.0, 0.0, 0.0, 0.0])))))
print(np.fft.rfft(np.arange(7.0)).shape, np.fft.rfft(np.arange(4.0), n=8).shape, np.fft.rfft(np.arange(8.0), n=4).shape)
print(repr(r6(np.fft.rfft(np.arange(4.0), n=6))))
print(repr(r6(np.fft.rfft(np.arange(6, dtype=np.int64)))))
print(np.fft.rfft(np.ones(4, dtype=np.float32)).dtype)
print(repr(r6(np.fft.rfftfreq(8))), repr(r6(np.fft.rfftfreq(8, d=1 / 16000))))
