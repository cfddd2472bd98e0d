import numpy as np

g = np.random.default_rng(31)
print(repr(g.choice(5)), type(g.choice(5)).__name__)
print(repr(g.choice(10, 6)), repr(g.choice(10, (2, 3))))
print(repr(g.choice([1.5, 2.5, 3.5])), repr(g.choice(np.arange(100, 110), 4)))
print(repr(g.choice(5, size=())), repr(g.choice([7, 8, 9], size=())))

# Without replacement: Floyd's algorithm, with and without the shuffle.
print(repr(g.choice(10, 10, replace=False)), repr(g.choice(10, 3, replace=False)))
print(repr(g.choice(1000, 5, replace=False)), repr(g.choice(1000, 5, replace=False, shuffle=False)))
print(repr(g.choice([10, 20, 30, 40], (2, 2), replace=False)), repr(g.choice(5, 0, replace=False)))
print(repr(g.choice(2**40, 3, replace=False)))
# ... and the tail shuffle of large samples of large populations.
big = g.choice(20000, 1000, replace=False)
print(big.shape, len(set(big.tolist())), repr(big[:6]), repr(big[-3:]))
big2 = g.choice(12000, 300, replace=False, shuffle=False)
print(repr(big2[:5]))

# With probabilities.
p = [0.1, 0.2, 0.3, 0.4]
print(repr(g.choice(4, 8, p=p)), repr(g.choice(4, p=p)))
print(repr(g.choice(4, 3, replace=False, p=p)), repr(g.choice(4, 4, replace=False, p=p)))
print(repr(g.choice([5.0, 6.0, 7.0, 8.0], (2, 3), p=p)))

# Axis.
m = np.arange(12).reshape(3, 4)
print(repr(g.choice(m)), repr(g.choice(m, 2)), repr(g.choice(m, 2, axis=1)))
print(repr(g.choice(m, 3, replace=False, axis=1)), repr(g.choice(m, size=(), axis=1)))
print(repr(g.choice(m, 2, axis=-1, p=[0.25, 0.25, 0.25, 0.25])))
