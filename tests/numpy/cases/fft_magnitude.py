import numpy as np

n = 64
t = np.arange(n)
sig = np.sin(2 * np.pi * 5 * t / n) + 0.5 * np.sin(2 * np.pi * 12 * t / n)
spec = np.abs(np.fft.rfft(sig))
print(spec.shape, repr(np.argsort(spec)[::-1][:2]))
print(repr(np.round(spec[[5, 12]], 6)))
print(np.all(np.delete(spec, [5, 12]) < 1e-9))
power = spec ** 2 / n
print(repr(np.round(power[[5, 12]], 6)))
db = 10 * np.log10(np.maximum(power, 1e-10))
print(repr(np.round(db[[0, 5, 12]], 4)))
freqs = np.fft.rfftfreq(n, d=1 / 64)
print(repr(freqs[spec > 1.0]))
