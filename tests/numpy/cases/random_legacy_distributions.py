# RandomState's gamma, beta, exponential, lognormal, Poisson and binomial draws
# (every algorithm branch: PTRS, BTPE, Johnk, Marsaglia-Tsang), array
# parameters, NumPy's constraint errors; Generator's Poisson/binomial/lognormal.
import numpy as np
np.random.seed(7)
for n, p in [(20, 0.5), (1000, 0.3), (5000, 0.9), (60, 0.6), (100, 0.25), (7, 0.99), (10**6, 0.4)]:
    a = np.random.binomial(n, p, size=4000)
    print(n, p, a.sum(), a[:5], a.min(), a.max())
for lam in [0.5, 3.0, 9.99, 10.0, 55.5, 1e4]:
    a = np.random.poisson(lam, size=4000)
    print(lam, a.sum(), a[:5])
for shape in [0.1, 0.5, 1.0, 1.5, 7.0]:
    a = np.random.standard_gamma(shape, size=3000)
    print(shape, repr(a.sum()), a[:3])
for ab in [(0.2, 0.3), (0.5, 2.0), (3.0, 4.0), (1.0, 1.0), (1e-3, 1e-3)]:
    a = np.random.beta(*ab, size=3000)
    print(ab, repr(a.sum()), a[:3])
print(repr(np.random.exponential(3.0, size=2000).sum()), repr(np.random.standard_exponential(2000).sum()))
print(np.random.lognormal(1.0, 0.3, size=(2, 2)))
print(np.random.gamma([1.0, 2.0], [[1.0], [3.0]]))
lam = np.random.rand(3, 4) * 20
print(np.random.poisson(lam))
print(np.random.binomial([[1], [50]], [0.1, 0.5, 0.9]))
bads = [lambda: np.random.poisson([1, -1]), lambda: np.random.poisson([1, np.nan]), lambda: np.random.poisson([1e20]), lambda: np.random.binomial([1, -2], 0.5), lambda: np.random.binomial(2, [0.5, np.nan]), lambda: np.random.beta([1, 0], 1), lambda: np.random.gamma([1.0], [-1.0]), lambda: np.random.poisson([1, 2], size=3), lambda: np.random.exponential(-0.0), lambda: np.random.exponential([-0.0])]
for i, bad in enumerate(bads):
    try:
        print(bad())
    except ValueError as e:
        print(i, "->", e)
rng = np.random.default_rng(11)
print(rng.poisson(4.0, size=6), rng.poisson(40.0, size=3), rng.binomial(30, 0.2, size=5), rng.binomial(500, 0.6, size=3))
print(rng.lognormal(size=2), rng.poisson([1.0, 20.0]), rng.binomial(10, 0.5), rng.poisson())
r = np.random.RandomState(3)
print(r.binomial(1, 0.5, size=10), r.poisson(2), r.beta(2, 2), r.exponential(), r.gamma(2.0))
print(type(r.exponential()), type(r.binomial(1, 0.5)), np.random.standard_gamma(2.0, size=(2,)).dtype)
