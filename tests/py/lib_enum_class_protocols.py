import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


class P(enum.IntEnum):
    LOW = 1
    HIGH = 5


class Empty(enum.Enum):
    pass


print(list(Color), len(Color), Color.RED in Color, repr(Color), repr(P), list(reversed(Color)), str(Color))
print(list(P), P.HIGH in P, Color.RED in P, len(Empty), list(Empty), sorted(P, reverse=True))
print([c.name for c in Color], Color['GREEN'], Color(2), {c: c.value for c in P})
print(dict(enumerate(Color)), max(P), sum(P), [m.value for m in Color if m is not Color.GREEN])
try:
    print(1 in Color)  # CPython 3.11 also warns (DeprecationWarning, stderr)
except TypeError as e:
    print("TypeError:", e)
print(len(Color.__members__), type(Color).__name__ == "type" or True, str(int), repr(enum.Enum))
