import numpy as np

g = np.random.default_rng(0)
print(repr(g.random()), type(g.random()).__name__)
print(repr(g.random(4)), repr(g.random((2, 2))))
print(repr(g.random(3, dtype=np.float32)), repr(g.random(dtype='float32')))
print(str(g), type(g).__name__)

# Seeds: small, big, sequences, other generators.
for seed in [1, 2**64 + 7, 12345678901234567890, [1, 2, 3], (0,), [2**40, 5], np.uint32(3), np.int64(42), range(3)]:
    print(repr(np.random.default_rng(seed).random(2)))
g2 = np.random.default_rng(9)
print(np.random.default_rng(g2) is g2)

# integers: dtypes, endpoint, negative and large bounds.
g = np.random.default_rng(123)
print(repr(g.integers(10)), type(g.integers(10)).__name__, repr(g.integers(10, dtype=int)))
print(repr(g.integers(-50, 50, size=8)), repr(g.integers(5, size=(2, 3))))
print(repr(g.integers(0, 10, size=6, endpoint=True)), repr(g.integers(3, 3, endpoint=True)))
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64]:
    print(np.dtype(dt), repr(g.integers(0, 100, size=7, dtype=dt)), repr(g.integers(1, 4, dtype=dt)))
print(repr(g.integers(0, 256, size=6, dtype=np.uint8)), repr(g.integers(-128, 127, size=6, dtype=np.int8, endpoint=True)))
print(repr(g.integers(0, 2**32, size=3, dtype=np.uint32)), repr(g.integers(0, 2**64, size=2, dtype=np.uint64)))
print(repr(g.integers(-2**63, 2**63, size=2)), repr(g.integers(2**40, 2**50, size=3)))
print(repr(g.integers(0, 2, size=10, dtype=bool)), repr(g.integers(2, dtype=bool)), type(g.integers(2, dtype=bool)).__name__)
print(repr(g.integers([0, 10], [5, 1000])), repr(g.integers(0, [[3], [300]], size=(2, 2), dtype=np.int16)))

# normal and standard_normal (the ziggurat, tails included), uniform.
g = np.random.default_rng(2024)
print(repr(g.standard_normal()), repr(g.normal()), repr(g.normal(3, 0.5)))
print(repr(g.standard_normal(6)), repr(g.normal([0, 10], [1, 0.1])))
many = g.standard_normal(200000)
print(round(float(many.mean()), 2), round(float(many.std()), 2), float(np.abs(many).max()) > 3.7)
print(repr(many[:3]), repr(np.sort(many)[:3]), repr(np.sort(many)[-3:]))
print(repr(g.normal(0, [[1], [2]], size=(2, 3))))
print(repr(g.uniform()), repr(g.uniform(-1, 1, 4)), repr(g.uniform([0, 5], [1, 6])))
print(repr(g.uniform(2, 2, size=2)), repr(g.bytes(7)))
