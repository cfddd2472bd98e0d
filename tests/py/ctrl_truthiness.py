values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy", not v)
truthy = [v for v in values if v]
falsy = [v for v in values if not v]
print(len(truthy), len(falsy))
print(truthy)
print(falsy)
