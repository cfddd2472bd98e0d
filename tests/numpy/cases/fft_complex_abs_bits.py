import numpy as np

# |z| of complex values to the last bit: NumPy's loop computes
# larger * sqrt(1 + (smaller/larger)**2), which differs from hypot.
# Length-4 transforms are exact (X1 = (x0 - x2) - (x1 - x3)j), so only
# the magnitude is under test.
rng = np.random.default_rng(7)
x = rng.standard_normal((200, 4))
z = np.fft.rfft(x, axis=-1)
print(z.real[:3].tolist(), z.imag[:3].tolist())
mag = np.abs(z)
print(mag.dtype, mag[:8, 1].tolist())
print(mag.sum(), (mag ** 2).sum(), mag[:, 1].argmax())
z32 = np.fft.rfft(x.astype(np.float32), axis=-1)
m32 = np.abs(z32)
print(m32.dtype, m32[:8, 1].tolist())
power = m32 ** 2
print(power.sum(axis=0).tolist(), float(10 * np.log10(power[:, 1].max())))
print(np.abs(np.fft.rfft(np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 3.0, 0.0, -1.0]]))).tolist())
print(np.abs(np.fft.rfft(np.array([np.inf, 0.0, 0.0, 1.0]))).tolist())
