for v in [0, -0, 7, -7, 2 ** 31, 2 ** 64 - 1, -(10 ** 25)]:
    print(repr(v), str(v), hash(v) == hash(v), format(v), f"{v}")
print(hash(1), hash(-1), hash(0), hash(42), hash(-42))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62), hash(-(2 ** 61)))
print(hash(1.0), hash(1.5), hash(-2.5), hash(0.0), hash(-0.0), hash(True))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)))
print(hash(1) == hash(1.0), hash((1, 2)) == hash((1.0, 2.0)))
print(str(10 ** 50))
print(int.__name__, type(5).__name__)
