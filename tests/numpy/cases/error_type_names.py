# The messages of common mistakes name NumPy's types as NumPy does
# ('numpy.ndarray' object has no attribute 'append', unhashable type
# 'numpy.ndarray' ...); strings and None assigned into numeric arrays are
# converted as NumPy converts them; NumPy scalars are not sequences.
import numpy as np

a = np.zeros(3)
attempts = [
    lambda: a.append(1.0),
    lambda: np.float64(1.5).append(2),
    lambda: np.int64(1).shape2,
    lambda: np.generic.foo,
    lambda: np.zeros(2).flags.foo,
    lambda: np.random.default_rng(0).foo,
    lambda: np.random.RandomState(0).foo,
    lambda: {a: 1},
    lambda: a(1),
    lambda: len(np.float64(1)),
    lambda: iter(np.int32(2)),
    lambda: len(np.array(5)),
    lambda: np.float32(1)[0],
    lambda: np.array(1.0)[0],
]
for f in attempts:
    try:
        f()
    except (AttributeError, TypeError, IndexError) as e:
        print(type(e).__name__, "|", e)
print(type(np.random.default_rng(0)), type(np.random.RandomState(0)), type(a), type(np.float32(1)))
print(repr(np.float32(1.5)[()]), repr(np.float32(1.5)[...]))
b = np.zeros(4)
b[0] = "2.5"
b[1:3] = ["1e3", " 7 "]
b[3] = None
print(b)
c = np.zeros(2, dtype=np.int64)
c[:] = ["3", "-4"]
print(c, np.array([1.0, None, 3.0], dtype=float), np.array([None, 1], dtype=bool))
for bad in [lambda: b.__setitem__(0, "abc"), lambda: c.__setitem__(0, "1.5"),
            lambda: np.array([1, None], dtype=int)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "|", e)
