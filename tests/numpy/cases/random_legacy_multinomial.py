# RandomState.multinomial: counts per category (binomial draws on what is
# left), sizes, and NumPy's checks of n and pvals.
import numpy as np
np.random.seed(0)
print(np.random.multinomial(20, [0.2, 0.3, 0.5]), np.random.multinomial(10, [0.5, 0.5], size=3), np.random.multinomial(5, [0.1]*4, size=(2,1)).shape)
print(np.random.multinomial(1000, [1/6.]*6), np.random.multinomial(0, [0.5, 0.5]), np.random.multinomial(7, [0.0, 1.0]))
print(np.random.multinomial(100000, [0.01, 0.09, 0.4, 0.5], size=50).sum(axis=0), np.random.multinomial(3, [0.3, 0.3]), np.random.multinomial(5, []))
for f in [lambda: np.random.multinomial(5, [0.7, 0.7]), lambda: np.random.multinomial(-1, [0.5, 0.5]), lambda: np.random.multinomial(5, [[0.5, 0.5]]), lambda: np.random.multinomial(5, [1.5, -0.5]), lambda: np.random.multinomial(5, np.array([0.6, 0.5], dtype=np.float32)), lambda: np.random.multinomial(5, 0.5), lambda: np.random.multinomial(5, [0.9, 0.2, 0.1]), lambda: np.random.multinomial(5, np.array([0.9, 0.10001, 0.0], dtype=np.float32))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
