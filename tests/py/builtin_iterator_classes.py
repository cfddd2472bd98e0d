# enumerate, zip, map, filter and reversed are classes: isinstance() and
# issubclass() accept them, and their repr and type are a class's.
import builtins

for name in ["enumerate", "zip", "map", "filter", "reversed"]:
    cls = getattr(builtins, name)
    print(name, repr(cls), type(cls).__name__, isinstance(cls, type), cls.__name__, cls.__module__)
pairs = enumerate("ab", start=1)
print(isinstance(pairs, enumerate), isinstance(zip([1], [2]), zip), isinstance(map(abs, [-1]), map),
      isinstance(filter(None, [0, 1]), filter), isinstance(reversed([1, 2]), reversed),
      isinstance(iter([]), (map, filter)), issubclass(enumerate, object), type(pairs) is enumerate)


def materialise(value):
    if isinstance(value, (map, filter, zip, enumerate)):
        return list(value)
    return value


print(materialise(map(str.upper, "ab")), materialise(filter(str.isdigit, "a1b2")),
      materialise(enumerate("xy")), materialise(zip("ab", "cd", strict=True)), materialise([3]))
print(list(enumerate(iterable="ab", start=5)), list(reversed(range(3))), list(map(pow, [2, 3], [2, 2])))
for bad in [lambda: enumerate(), lambda: zip([1], [], strict=True) and list(zip([1], [], strict=True)),
            lambda: map(abs), lambda: filter(None), lambda: reversed(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
