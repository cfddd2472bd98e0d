for v in [0, 1, -1, -2, 100, 2 ** 31, 2 ** 60, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100)]:
    print(v, hash(v))
for v in [0.5, -0.5, 1.0, 2.0, 1e100, 0.1, float("inf"), float("-inf")]:
    print(repr(v), hash(v))
for v in [(), (1,), (1, 2), (2, 1), (1, (2, 3)), (-1, -2), (0.5, 1), (True, False)]:
    print(repr(v), hash(v))
print(hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
print(hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2)})))
