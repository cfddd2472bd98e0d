# Small lists of ints or floats (the ones taipan keeps inside the list
# object) behave like any other list through every way of growing, mixing,
# mutating and reading them.

# Growing past three items, one way after another.
a = []
for i in range(5):
    a.append(i * 7 - 3)
    print(len(a), a, a[-1], bool(a))
b = [1.5, -0.0, 2.25]
b.append(3.0)
print(b, sum(b), min(b), max(b))
c = [1, 2]
c.extend([3, 4])
print(c)
c = [1, 2]
c += [3]
print(c, c * 2, 2 * [0.5])
c.insert(0, 9)
print(c)

# Mixing kinds: ints with floats, bools, None, strings and big ints.
for extra in (2.5, True, None, "s", 2 ** 70, -(2 ** 63), 2 ** 63 - 1, [1]):
    m = [1, 2]
    m.append(extra)
    print(m, len(m), m.count(extra), m.index(extra))
f = [0.5]
f.append(1)
print(f, [type(x).__name__ for x in f])
e = []
e.append(1.0)
e.append(2)
print(e, 2 in e, 2.0 in e)
bools = [True, False]
bools.append(1)
print(bools, sum(bools))

# Item assignment of the same kind, another kind, and out of range.
p = [10, 20, 30]
p[0] = 11
p[-1] = p[-1] + 1
print(p)
p[1] = 2.5
print(p)
q = [1.0, 2.0]
q[0] = "x"
print(q)
r = [1, 2, 3]
try:
    r[3] = 0
except IndexError as exc:
    print("IndexError", exc)
try:
    print(r[-4])
except IndexError as exc:
    print("IndexError", exc)
r[0:2] = [7, 8, 9, 10]
print(r)
del r[1]
del r[::2]
print(r)

# Counters and accumulators updated in place.
counts = [0, 0, 0]
for ch in "abcabca":
    counts[ord(ch) - 97] += 1
print(counts)
acc = [0.0, 0.0, 0.0]
for px in ([1, 2, 3], [4, 5, 6], [7, 8, 9]):
    for k in range(3):
        acc[k] += px[k] / 3
print([round(v, 6) for v in acc])

# Every method on a three-item list.
s = [3, 1, 2]
s.sort()
print(s)
s.reverse()
print(s, s.pop(), s, s.pop(0), s)
s.clear()
print(s, len(s), not s)
s.append(4.5)
print(s)
t = [5, 4, 6]
print(sorted(t), list(reversed(t)), t.copy(), t[:], t[::-1], t[1:], t[5:])
t.remove(4)
print(t)
u = [2, 2.0, 2]
print(u.count(2), u.index(2.0), u == [2, 2, 2], u < [2, 3], u > [1])
print([1, 2, 3] == [1.0, 2.0, 3.0], [1, 2] != [1, 2, 3], [0.1] < [0.2])
print(hash(tuple([1, 2, 3])) == hash((1, 2, 3)), tuple([1.5, 2.5]))

# Reading: unpacking, iteration, star, conversion, formatting.
x, y, z = [1, 2, 3]
print(x, y, z)
first, *rest = [1.5, 2.5, 3.5]
print(first, rest)
print(*[4, 5, 6], sep="-")
print(list([7, 8]), str([1.0, -2.0]), repr([0, -1]), f"{[1, 2]}")
print(", ".join(str(v) for v in [9, 8, 7]), [v * 2 for v in [1, 2, 3]])
print(any([0, 0, 1]), all([1, 1, 0]), sorted([3.5, 1.5, 2.5], reverse=True))
print(dict(enumerate([5, 6])), list(zip([1, 2], [3.0, 4.0])), divmod(*[7, 2]))
print([float("inf"), -float("inf")])
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan].count(nan))

# Aliases see every change, before and after the list outgrows three items.
g = [1, 2]
h = g
h.append(3)
print(g, g is h)
h.append(4)
print(g)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid)
img = [[[r, c, r * c] for c in range(2)] for r in range(2)]
img[0][1][2] = 255.0
print(img, img[1][1])

# Iterating a list while it changes, as CPython does.
w = [1, 2]
for v in w:
    if len(w) < 5:
        w.append(v * 10)
print(w)
k = [1, 2, 3]
for v in k:
    k.remove(v)
print(k)
it = iter([1, 2])
print(next(it))
lst2 = [4]
print(list(it), lst2)

# Small lists shared with worker threads (frozen there) read the same.
from concurrent.futures import ThreadPoolExecutor

TABLE = [[i, i * 2, i * 3] for i in range(50)] + [[0.5, 1.5], []]


def total(i):
    row = TABLE[i % len(TABLE)]
    a, *more = row or [0]
    return sum(row) + len(row) + a + len(more) + (row[-1] if row else 0)


with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(total, range(120))))
