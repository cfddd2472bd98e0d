# Generator.beta (mixup weights: both parameters at most 1), beta and
# gamma with parameters above 1, standard_gamma; NumPy's argument errors.
import numpy as np

rng = np.random.default_rng(2024)
lam = rng.beta(0.2, 0.2)
print(lam, type(lam))
print(rng.beta(0.4, 0.4, size=5), rng.beta([0.1, 1.0], 0.5))
print(repr(rng.beta(0.3, 0.7, size=3000).sum()))
print(rng.beta(2.0, 5.0, size=3), rng.gamma(2.5, 2.0, size=3), rng.standard_gamma(4.0, 2))
print(repr(rng.gamma(1.5, size=3000).sum()), repr(rng.standard_gamma([3.0, 9.0], size=(1000, 2)).sum(axis=0)))
print(rng.gamma(0.0, size=2), type(rng.gamma(3.0)))
for f in [lambda: rng.beta(0, 1), lambda: rng.gamma(-1), lambda: rng.beta([1, -1], 2),
          lambda: rng.gamma(2.0, -1.0), lambda: rng.standard_gamma(2.0, dtype=np.int32)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
