# statistics.NormalDist.inv_cdf (Wichura's AS241: all three branches, to the last digit), quantiles, samples
import random
from statistics import NormalDist

s = NormalDist()
n = NormalDist(100, 15)
central = [0.5, 0.5000001, 0.4, 0.3, 0.2, 0.1, 0.075, 0.07500001, 0.925, 0.924999, 0.6, 0.8, 0.9, 0.333]
print([repr(s.inv_cdf(p)) for p in central])
tails = [0.0749999, 0.05, 0.01, 1e-3, 1e-5, 1e-8, 1.3e-11, 1e-11, 1e-12, 1e-15, 1e-30, 1e-100, 5e-324, 2.2e-308]
print([repr(s.inv_cdf(p)) for p in tails])
print([repr(s.inv_cdf(1 - p)) for p in tails[:10]])
print([repr(n.inv_cdf(p)) for p in central + tails])
print([repr(NormalDist(-3.5, 0.125).inv_cdf(k / 97)) for k in range(1, 97, 4)])
rng = random.Random(20240601)
values = [rng.random() for _ in range(150)] + [rng.random() ** 12 for _ in range(60)]
print(len(values), [repr(s.inv_cdf(p)) for p in values if 0.0 < p < 1.0])
print([repr(NormalDist(7, 2.5).inv_cdf(p)) for p in values[:40] if 0.0 < p < 1.0])
print(n.quantiles(), s.quantiles(3), s.quantiles(n=10))
print(NormalDist(5, 2).quantiles(1), [repr(q) for q in NormalDist(-1, 0.1).quantiles(7)])
print(s.samples(3, seed=42), n.samples(2, seed="seed"), NormalDist(1, 0).samples(2, seed=1))
print(NormalDist(10, 3).samples(5, seed=12345), s.samples(0, seed=3), len(s.samples(4)))
rows = NormalDist(50, 10).samples(8, seed=2.5)
print(rows, NormalDist.from_samples(NormalDist(50, 10).samples(500, seed=7)))
random.seed(11)
a = s.samples(2)
random.seed(11)
print(a, a == [random.gauss(0.0, 1.0) for _ in range(2)])
