# A complex array's whole sum to the last bit: NumPy's complex pairwise
# sum (four interleaved accumulators per part, halves above 64 values).
# Length-4 transforms are exact, so only the sums are under test.
import numpy as np
rng = np.random.default_rng(3)
for n in [1, 2, 3, 4, 5, 7, 8, 9, 16, 33, 64, 65, 66, 100, 129, 200, 1000, 5003]:
    Y = np.fft.rfft(rng.standard_normal((n, 4)), axis=1)[:, 1].copy()
    s = Y.sum()
    print(n, s.real, s.imag, np.sum(Y).real)
Z = np.fft.rfft(rng.standard_normal((6, 4)), axis=1)
print(Z.sum(), repr(Z.sum()), np.sum(Z), Z[2:].sum())
