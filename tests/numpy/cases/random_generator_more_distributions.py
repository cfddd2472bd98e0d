# Generator's distributions built on its exponential ziggurat and gamma
# draws: chisquare, standard_t, weibull, rayleigh, pareto, power,
# geometric (inversion below p = 1/3), and their argument errors.
import numpy as np
rng = np.random.default_rng(77)
print(rng.chisquare(3, 4).tolist(), rng.chisquare(1.5, 3).tolist(), rng.chisquare([2.0, 0.5]).tolist())
print(rng.standard_t(5, 4).tolist(), rng.standard_t(1.0, 2).tolist(), rng.standard_cauchy(3).tolist())
print(rng.weibull(1.5, 4).tolist(), rng.weibull(0.0, 2).tolist(), rng.rayleigh(2.0, 3).tolist(), rng.rayleigh(size=2).tolist())
print(rng.pareto(3.0, 4).tolist(), rng.power(2.0, 4).tolist())
print(rng.geometric(0.5, 5).tolist(), rng.geometric(0.05, 6).tolist(), rng.geometric([0.9, 0.01]).tolist(), rng.geometric(0.2).__class__)
print(repr(rng.geometric(0.001, 10000).sum()), repr(rng.weibull(0.7, 10000).sum()), repr(rng.standard_t(3, 10000).sum()))
for f in [lambda: rng.chisquare(0), lambda: rng.weibull(-1), lambda: rng.geometric(0), lambda: rng.geometric(1.5), lambda: rng.pareto(0), lambda: rng.rayleigh(-1)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
r = np.random.RandomState(5)
print(r.geometric(0.1, 4).tolist(), r.weibull(2, 3).tolist(), r.chisquare(0.5, 3).tolist(), r.pareto(2, 2).tolist(), r.rayleigh(1, 2).tolist())
