# More of RandomState's distributions, as augmentation and simulation
# scripts use them (AugMix's dirichlet weights, Laplace and Gumbel noise,
# geometric waits), drawn many times to reach every branch; Generator's
# laplace/gumbel/logistic/triangular; NumPy's argument errors.
import numpy as np

np.random.seed(11)
ws = np.float32(np.random.dirichlet([1.0] * 3))
m = np.float32(np.random.beta(1.0, 1.0))
print(ws, ws.dtype, m)
print(repr(np.random.dirichlet([0.1, 0.5, 2.0, 7.0], size=500).sum(axis=0)))
print(np.random.dirichlet([2, 3], size=(2, 2)))
for name, f in [("laplace", lambda: np.random.laplace(1.0, 2.0, 2000)),
                ("gumbel", lambda: np.random.gumbel(0.5, 1.5, 2000)),
                ("logistic", lambda: np.random.logistic(-1.0, 0.5, 2000)),
                ("rayleigh", lambda: np.random.rayleigh(3.0, 2000)),
                ("triangular", lambda: np.random.triangular(-1, 0, 2, 2000)),
                ("chisquare", lambda: np.random.chisquare(0.7, 2000)),
                ("standard_t", lambda: np.random.standard_t(3.5, 2000)),
                ("standard_cauchy", lambda: np.random.standard_cauchy(2000)),
                ("weibull", lambda: np.random.weibull(0.8, 2000)),
                ("pareto", lambda: np.random.pareto(2.5, 2000)),
                ("power", lambda: np.random.power(0.6, 2000))]:
    v = f()
    print(name, repr(v.sum()), v[:2])
print(np.random.geometric(0.05, 2000).sum(), np.random.geometric(0.5, 2000).sum(), np.random.geometric(1.0, 3))
print(np.random.laplace([0, 10], [[1], [0.1]]), np.random.triangular([0, 1], 1, [2, 3]))
print(type(np.random.gumbel()), type(np.random.geometric(0.2)), np.random.weibull(0.0, 2))
bad = [lambda: np.random.dirichlet([1, 0]), lambda: np.random.dirichlet([[1, 2]]),
       lambda: np.random.laplace(0, -1), lambda: np.random.triangular(2, 1, 3),
       lambda: np.random.triangular(0, 4, 3), lambda: np.random.triangular(1, 1, 1),
       lambda: np.random.chisquare(0), lambda: np.random.pareto([1, -1]),
       lambda: np.random.geometric(0), lambda: np.random.geometric([0.5, 1.5]),
       lambda: np.random.weibull(-1), lambda: np.random.rayleigh(-2)]
for i, f in enumerate(bad):
    try:
        print(f())
    except ValueError as e:
        print(i, "ValueError", e)
rng = np.random.default_rng(4)
print(rng.laplace(size=3), rng.gumbel(1, 2, 2), rng.logistic(size=2), rng.triangular(0, 0.5, 1, 2))
print(repr(rng.laplace(0.0, 1.0, 2000).sum()), repr(rng.gumbel(size=2000).sum()), repr(rng.logistic(size=2000).sum()))
