import numpy as np

def r6(x):
    return np.round(x, 6) + 0.0

x = np.array([1.0, 0.0, 0.0, 0.0])
print(repr(r6(np.fft.fft(x))))
print(repr(r6(np.fft.fft(np.array([1.0, 2.0, 3.0, 4.0])))))
print(repr(r6(np.fft.fft(np.ones(5)))))
c = np.fft.fft(np.array([0.0, 1.0, 0.0, -1.0]))
print(repr(r6(c)), repr(r6(np.abs(c))))
print(np.allclose(np.fft.ifft(np.fft.fft(np.arange(6.0))).real, np.arange(6.0)))
print(repr(r6(np.fft.ifft(np.array([4.0, 0.0, 0.0, 0.0])))))
print(repr(np.fft.fftfreq(8)), repr(np.fft.fftfreq(5, d=0.5)))
print(repr(np.fft.fftshift(np.arange(6))), repr(np.fft.ifftshift(np.fft.fftshift(np.arange(5)))))
print(np.fft.fft(np.arange(8.0)).dtype, np.fft.fft(np.arange(8.0), n=16).shape)
print(np.allclose(np.fft.fft(np.arange(8.0))[:5], np.fft.rfft(np.arange(8.0))))
