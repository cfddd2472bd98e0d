# Generator's exponential draws (NumPy's ziggurat, every layer and the
# tail), and the gamma and beta draws built on them: gamma shapes at most
# 1, beta with one parameter at most 1 and the other above.
import numpy as np

rng = np.random.default_rng(2024)
e = rng.exponential(size=200000)
print(e[:4], repr(e.sum()), e.max(), (e > 7.69711747013105).sum())
print(rng.standard_exponential(3), rng.standard_exponential((2, 2), method="inv"))
print(rng.exponential(2.5, 4), rng.exponential([1.0, 10.0]), type(rng.exponential()))
print(rng.gamma(0.5, size=5), rng.standard_gamma(1.0, 3), rng.gamma([0.2, 1.0, 3.0]))
print(rng.beta(0.5, 2.0, 4), rng.beta(3.0, 0.7, 3), rng.beta(0.4, 0.4, 3))
print(repr(rng.standard_gamma(0.3, 100000).sum()))
delays = rng.exponential(scale=0.05, size=(3, 4)).cumsum(axis=1)
print(delays.round(4))
for f in [lambda: rng.exponential(-1.0), lambda: rng.standard_exponential(dtype=np.int64)]:
    try:
        f()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
