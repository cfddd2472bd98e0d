# Generator.dirichlet: gamma draws normalised, or stick breaking with
# beta draws when every weight is below 0.1; zero weights; errors.
import numpy as np
rng = np.random.default_rng(12)
print(rng.dirichlet([1.0, 2.0, 3.0]).tolist(), rng.dirichlet([0.5, 0.5], 3).tolist())
print(rng.dirichlet([0.05, 0.02, 0.09], 4).tolist())
print(rng.dirichlet([0.0, 0.05], 2).tolist(), rng.dirichlet([0.0, 0.0], 2).tolist(), rng.dirichlet([0.0, 1.0]).tolist())
print(rng.dirichlet(np.full(5, 0.3), size=(2, 2)).shape, repr(rng.dirichlet([0.01] * 4, 1000).sum()))
for f in [lambda: rng.dirichlet([-1.0, 1.0]), lambda: np.random.RandomState(0).dirichlet([0.0, 1.0])]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
print(np.random.RandomState(1).dirichlet([0.05, 0.5], 2).tolist())
for f in [lambda: np.random.RandomState(0).dirichlet(1.0), lambda: np.random.default_rng(0).dirichlet(np.float64(1.0)), lambda: np.random.default_rng(0).dirichlet([[1.0]]), lambda: np.random.RandomState(0).dirichlet([[1.0]]), lambda: np.random.RandomState(0).dirichlet(np.array(1.0)), lambda: np.random.dirichlet(3)]:
  try: f()
  except Exception as e: print(type(e).__name__, e)
