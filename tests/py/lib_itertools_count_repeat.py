import itertools
from itertools import count, repeat

ids = count(1000)
print(next(ids), next(ids), repr(ids), type(ids).__name__, isinstance(ids, itertools.count))
print(repr(count()), repr(count(2, 3)), repr(count(0.5, 0.25)), repr(count(5, 1.0)), repr(count(step=-1)))
c = count(10, -2.5)
print([next(c) for _ in range(4)], repr(c))
print(list(zip("abc", count(start=1))), list(itertools.islice(count(3, 2), 4)))
r = repeat("x", 3)
print(repr(r), next(r), repr(r), list(r), repr(r), list(r))
print(repr(repeat(None)), repr(repeat([1], 0)), list(repeat(1, -5)), repr(repeat(1, -5)), isinstance(r, repeat))
print(list(map(pow, range(5), repeat(2))), r.__length_hint__(), repeat(0, 4).__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: count("a"), lambda: count(1, "b"), lambda: repeat(1, 1.5), lambda: repeat()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(sum(itertools.islice(count(), 100)), list(itertools.islice(repeat("ab"), 3)))
batch_ids = dict(zip(["req-a", "req-b"], count()))
print(batch_ids)
