import numpy as np

rs = np.random.RandomState(21)
print(repr(rs.choice(5)), type(rs.choice(5)).__name__)
print(repr(rs.choice(10, 6)), repr(rs.choice(10, (2, 3))))
print(repr(rs.choice([1.5, 2.5, 3.5])), repr(rs.choice(np.arange(100, 110), 4)))
print(repr(rs.choice(np.int64(4), 3)), repr(rs.choice([True, False], 5)))
print(repr(rs.choice(5, size=())), repr(rs.choice([7, 8, 9], size=())))
print(repr(rs.choice(np.array([3, 1, 4], dtype=np.uint8), 5)))

# Without replacement: a permutation's head.
print(repr(rs.choice(10, 10, replace=False)), repr(rs.choice(10, 3, replace=False)))
print(repr(rs.choice([10, 20, 30, 40], (2, 2), replace=False)), repr(rs.choice(5, 0, replace=False)))

# With probabilities.
p = [0.1, 0.2, 0.3, 0.4]
print(repr(rs.choice(4, 8, p=p)), repr(rs.choice(4, p=p)))
print(repr(rs.choice([5.0, 6.0, 7.0, 8.0], (2, 3), p=p)))
print(repr(rs.choice(4, 3, replace=False, p=p)), repr(rs.choice(4, 4, replace=False, p=p)))
print(repr(rs.choice(3, 2, p=np.array([0.5, 0.5, 0.0], dtype=np.float32))))
print(repr(rs.choice(6, 3, replace=False, p=[0.0, 0.5, 0.0, 0.25, 0.25, 0.0])))
print(repr(rs.choice(3, 5, p=[1 / 3, 1 / 3, 1 / 3])), repr(rs.choice(2, size=(), p=[0.9, 0.1])))
counts = np.bincount(rs.choice(3, 3000, p=[0.2, 0.3, 0.5]), minlength=3)
print(repr(counts))

np.random.seed(4)
print(repr(np.random.choice(100, 5)), repr(np.random.choice([2, 4, 6, 8], 2, replace=False)))
print(repr(np.random.choice(0, 0)), repr(np.random.choice([], size=0)))
