# math.gamma and math.lgamma give CPython's values to the last bit (its
# Lanczos approximation, not the C library's), errors included: the
# log-likelihoods of Bayesian text models (Dirichlet smoothing, LDA) use
# lgamma near 1 and 2, where the two differ the most.
import math
import random

rng = random.Random(5)
xs = ([rng.uniform(-180, 180) for _ in range(300)] + [1 + rng.random() * 1e-5 for _ in range(50)]
      + [2 - rng.random() * 1e-6 for _ in range(50)] + [rng.random() * 10 ** rng.randint(-25, 300) for _ in range(100)]
      + [0.0, -0.0, 1.0, 2.0, 3.0, 23.0, 24.0, 171.5, 172.0, -1.0, -2.5, 0.5, 1e-21, -1e-21, float("inf"),
         float("-inf"), float("nan"), 1e308, 200.0, 200.5, -200.5, 140.0, 139.9, -170.5, -190.25])
for f in (math.gamma, math.lgamma):
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    for i in range(0, len(out), 8):
        print(f.__name__, " ".join(out[i:i + 8]))
alpha, counts = 0.1, [5, 0, 2, 13, 1]
loglik = (math.lgamma(len(counts) * alpha) - math.lgamma(sum(counts) + len(counts) * alpha)
          + sum(math.lgamma(c + alpha) - math.lgamma(alpha) for c in counts))
print(repr(loglik))
