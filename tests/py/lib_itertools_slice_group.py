# itertools: islice (arguments, errors, how far it reads), groupby (keys, invalidated groups, == calls) and tee
import sys
from itertools import islice, groupby, tee, count

for args in [(3,), (None,), (2, 5), (2, None), (None, 4), (1, 8, 3), (0, 10, 4), (None, None, 2),
             (True,), (5, 2), (20,), (0,), (-1,), (-5,), ("a",), (1.0,), (-1, 5), (1, -5),
             ("x", 5), ("x", "y"), (1, "x"), (0, 5, 0), (0, 5, -1), (0, 5, 1.5), (10 ** 30,),
             (sys.maxsize,), (sys.maxsize + 1,), (0, 5, None), (), (1, 2, 3, 4)]:
    try:
        print(args, list(islice(range(10), *args)))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    islice(5, 2)
except TypeError as e:
    print("islice not iterable:", e)

it = iter(range(20))
print(list(islice(it, 2, 7, 3)), next(it))
it = iter(range(20))
print(list(islice(it, 4, 4)), next(it))
it = iter(range(20))
print(list(islice(it, 0)), next(it))
it = iter(range(5))
print(list(islice(it, 3, None)), list(it))
it = iter(range(20))
s = islice(it, 1, None, 5)
print(next(s), next(it), next(s), next(it))
print(list(islice(count(), 10, 30, 7)))

for key, group in groupby("AAAABBBCCDAABBB"):
    print(key, "".join(group))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2.0, 2, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 3)])
print([(k, list(g)) for k, g in groupby(["ab", "cd", "e", "f", "ghi"], len)])
print(list(groupby([])))
groups = list(groupby("aabbbc"))
print([(k, list(g)) for k, g in groups])
g = groupby("xxyyz")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2), list(g1))
k3, g3 = next(g)
print(k3, list(g3), list(g), list(g3))

class Key:
    log = []
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        Key.log.append((self.v, other.v))
        return self.v == other.v
print([(k.v, list(g)) for k, g in groupby([1, 1, 2, 2, 1], key=Key)])
print(Key.log)
Key.log.clear()
gb = groupby("aabc", key=lambda c: Key(c))
print([k.v for k, g in gb], Key.log)

a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(iter("abcd"), 3)
print(list(islice(x, 2)), list(y), list(z), list(x))
print(tee([1], 0), len(tee("ab", 1)))
for bad in [(5, 2), ([1], -1), ([1], 1.0)]:
    try:
        tee(*bad)
    except Exception as e:
        print(type(e).__name__, e)
p, q = tee(count())
r, s = tee(p)
print(next(p), next(p), next(q), next(r), next(s), next(s), r is p)
src = iter(range(3))
m, n = tee(src)
print(next(m), next(src), list(n), list(m))
