import numpy as np

rs = np.random.RandomState(0)
print(repr(rs.randint(10)), type(rs.randint(10)).__name__)
print(repr(rs.randint(5, 10)), repr(rs.randint(-100, 100, size=6)))
print(repr(rs.randint(3, size=(2, 4))))
print(repr(rs.randint(0, 1, size=3)), repr(rs.randint(7, 8)))

# Every integer dtype, over small, full and odd ranges.
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, 'int32', 'u1']:
    a = rs.randint(0, 100, size=7, dtype=dt)
    s = rs.randint(3, dtype=dt)
    print(a.dtype, repr(a), repr(s))
print(repr(rs.randint(0, 256, size=6, dtype=np.uint8)), repr(rs.randint(-128, 128, size=6, dtype=np.int8)))
print(repr(rs.randint(0, 65536, size=4, dtype=np.uint16)), repr(rs.randint(-2**15, 2**15, size=4, dtype=np.int16)))
print(repr(rs.randint(0, 2**32, size=3, dtype=np.uint32)), repr(rs.randint(-2**31, 2**31, size=3, dtype=np.int32)))
print(repr(rs.randint(0, 2**64, size=3, dtype=np.uint64)), repr(rs.randint(-2**63, 2**63 - 1, size=3)))
print(repr(rs.randint(2**40, 2**41, size=3)), repr(rs.randint(-2**62, -2**61, size=2)))
print(repr(rs.randint(2**32 - 5, 2**32 + 5, size=4)), repr(rs.randint(0, 2**32 - 1, size=2, dtype=np.uint32)))
print(repr(rs.randint(0, 2, size=10, dtype=bool)), repr(rs.randint(2, dtype=bool)), type(rs.randint(2, dtype=bool)).__name__)
print(repr(rs.randint(1, 2, size=3, dtype=bool)), repr(rs.randint(0, 1, dtype=np.bool_)))
print(repr(rs.randint(5, dtype='int64')), repr(rs.randint(5, dtype=int)))

# Array bounds broadcast.
print(repr(rs.randint([0, 10, 100], [5, 20, 1000])))
print(repr(rs.randint(0, [[2], [200]], size=(2, 3))))
print(repr(rs.randint([1, 2, 3], 10, dtype=np.uint8)))
print(repr(rs.randint(np.array([-5, 5]), np.array([0, 50]), dtype=np.int16)))
print(repr(rs.randint(0, np.int64(7), size=2)), repr(rs.randint(np.uint8(3), 9)))

# Empty sizes take no checks and no draws.
print(repr(rs.randint(5, 2, size=0)), repr(rs.randint(0, 10, size=(0, 3), dtype=np.int8)))
print(repr(rs.randint(2.7)), repr(rs.randint(1.9, 4.2, size=3)))

# The global instance.
np.random.seed(99)
print(repr(np.random.randint(1000, size=10)), np.random.randint(6) + 1)
