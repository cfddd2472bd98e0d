import numpy as np

a = np.array([1, 2, 3, 4])
b = np.array([4, 2, 1, 4])
print(repr(a == b), repr(a != b), repr(a < b), repr(a <= b), repr(a > b), repr(a >= b))
print(repr(a > 2), repr(2 < a), repr(a == 2.0), repr(a < 2.5))
f = np.array([1.0, np.nan, np.inf, -np.inf])
print(repr(f == f), repr(f != f), repr(f > 0), repr(f < np.inf))
print(repr(np.equal(a, b)), repr(np.greater(a, 2)), repr(np.less_equal(a, b)))
print(np.array_equal(a, a.copy()), np.array_equal(a, b), np.array_equal(a, a[:3]))
print(np.array_equal(f, f), np.array_equal(f, f, equal_nan=True))
u = np.array([0, 128, 255], dtype=np.uint8)
print(repr(u < -1), repr(u > -1), repr(u == 255), repr(u == 256), repr(u < 1000))
m = np.arange(6).reshape(2, 3)
print(repr(m > np.array([0, 3, 5])), repr(m == m.T.T))
print(repr(np.array([0.0]) == np.array([-0.0])))
print(repr(np.array([1, 2]) == np.array([1.0, 2.5])))
print(repr(np.array([True, False]) == 1))
print(np.allclose([1.0, 2.0], [1.0, 2.0 + 1e-9]), np.allclose([1.0], [1.1]), np.isclose(np.array([1.0, np.nan]), np.array([1.0, np.nan])).tolist())

# The array predicates return Python bools, not NumPy's.
_x = np.array([1.0, 2.0])
print(repr(np.array_equal(_x, _x)), repr(np.array_equal(_x, _x, equal_nan=True)))
print(repr(np.allclose(_x, _x + 1e-12)), repr(np.array_equiv(_x, _x[:1])))
