import numpy as np

np.random.seed(1)
print(repr(np.random.randn()), type(np.random.randn()).__name__)
print(repr(np.random.randn(5)))
print(repr(np.random.randn(2, 3)))
print(repr(np.random.standard_normal()), repr(np.random.standard_normal(3)))
print(repr(np.random.standard_normal(size=(2, 2))))
print(repr(np.random.normal()), repr(np.random.normal(10, 2)))
print(repr(np.random.normal(size=())), repr(np.random.normal(0, 0, 3)))

# The polar method makes pairs: the cached second value survives other
# draws and is dropped by reseeding.
rs = np.random.RandomState(3)
print(repr(rs.normal()), repr(rs.rand()), repr(rs.normal()), repr(rs.normal()))
st = rs.get_state()
print(st[3], repr(st[4]))
rs.seed(3)
print(repr(rs.normal()), rs.get_state()[3])
rs.seed(3)
print(repr(rs.randn(3)), rs.get_state()[3])

# loc/scale arrays broadcast, with and without size.
rs = np.random.RandomState(11)
print(repr(rs.normal([0, 100, 1000], 1)))
print(repr(rs.normal(0, [[1], [10]])))
print(repr(rs.normal([1, 2], [0.5, 2.0], size=(3, 2))))
print(repr(rs.normal(np.arange(4).reshape(2, 2), 0.1)))
big = rs.normal(5.0, 2.0, 10000)
print(round(float(big.mean()), 2), round(float(big.std()), 2), big.dtype, big.shape)
print(repr(rs.randn(3, 0)), repr(rs.standard_normal(0)))
