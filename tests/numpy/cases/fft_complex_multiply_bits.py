# Complex products to the last bit: NumPy's array loops fuse them
# (fma(ar, br, -(ai*bi)), fma(ar, bi, ai*br)); two complex scalars
# multiply unfused. Length-4 transforms are exact, so only the products
# are under test.
import numpy as np
rng = np.random.default_rng(1)
a = np.fft.rfft(rng.standard_normal((50, 4)), axis=1)[:, 1]
b = np.fft.rfft(rng.standard_normal((50, 4)), axis=1)[:, 1]
for r in [a * b, a * a, a ** 2, np.square(a), a[::2] * b[::2], np.multiply(a, b), a * b.conj(), a * np.conj(a)]:
    print(r.real[:6].tolist(), r.imag[:6].tolist())
print((a[3] * b[5]).real, (a[3] * b[5]).imag, (a * 2.5)[:3], (a * 3)[:2])
print(a * a.conj())
