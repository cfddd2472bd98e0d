class Custom:
    pass

def fn():
    pass

def gen():
    yield

things = [1, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True, range(1), slice(1),
          Custom(), Custom, fn, lambda: 0, gen(), iter([]), len, type, object(), Exception(), ValueError()]
for t in things:
    print(type(t).__name__)
print(type(type(1)).__name__, type(Custom).__name__, Custom.__name__, fn.__name__)
print(type(1) is int, type("") is str, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
