# Tuple comparison and sorting with tuple keys: ints, floats (NaN, -0.0,
# inf), bools, big ints, strs (non-ASCII), nested tuples, mixed types and
# different lengths, against CPython's rule (the first items that are not
# == decide; identical objects count as equal).
nan = float("nan")
pairs = [
    ((1, 2), (1, 3)),
    ((1, 2), (1, 2, 0)),
    ((), ()),
    ((1,), ()),
    ((1, 2.5), (1, 2)),
    ((True, 1), (1, True)),
    ((0.0, 1), (-0.0, 2)),
    ((float("inf"), 0), (10**400 // 10**390, 0)),
    ((2**70, 1), (2**70, 0)),
    (("é", 1), ("z", 1)),
    (("ab", "c"), ("a", "bc")),
    (((1, 2), "x"), ((1, 2), "y")),
    (((1, (2, (3, (4, (5, 6)))))), ((1, (2, (3, (4, (5, 7))))))),
    ((nan, 1), (nan, 2)),
    ((1, nan), (1, nan)),
    ((None, 1), (None, 2)),
]
for x, y in pairs:
    print(x, y, x < y, x <= y, x == y, x != y, x > y, x >= y)

same = (nan, 1)
print(same == same, same < same, [same] == [same])

for bad in [((1, "a"), (1, 2)), ((None,), (None,)), (((1,), 2), ((1,), None))]:
    try:
        print(bad[0] < bad[1])
    except TypeError as e:
        print("TypeError:", e)

records = [("u%d" % (i % 7), i % 3, -(i % 5) * 0.5) for i in range(40)]
print(sorted(records)[:6])
print(sorted(records, key=lambda r: (r[1], r[2], r[0]), reverse=True)[:6])
print(min(records), max(records))
print(sorted([(1, "b"), (1.0, "a"), (True, "c"), (0.5, "d")]))
