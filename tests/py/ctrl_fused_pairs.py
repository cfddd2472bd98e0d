# Instruction pairs that the peephole pass fuses (load/load, store/load,
# load/attr, for-iter/store, compare/jump, const/binary) and the jumps it
# threads, driven through their general paths and their error paths.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        print("eq called")
        return self.x == other.x

    def __lt__(self, other):
        # Not a bool: the jump must ask for its truth.
        return [1] if self.x < other.x else []


def pairs(a, b):
    c = a + b  # store then load
    d = c * 2
    return a, b, c, d


print(pairs(1, 2), pairs("x", "y"), pairs([1], [2]))

p, q = Point(1, 2), Point(3, 4)
print(p.x + q.y, p.y - q.x)
if p == q:
    print("equal")
else:
    print("not equal")
if p < q:
    print("less (list truth)")
if not (q < p):
    print("not less (empty list truth)")

# Compare/jump on mixed and odd types.
for a, b in [(1, 1.0), (2, 3), (1.5, 1), ("a", "b"), ((1, 2), (1, 3)), (None, None)]:
    if a == b:
        print(a, "==", b)
    if a != b:
        print(a, "!=", b)
try:
    if 1 < "x":
        print("unreachable")
except TypeError as e:
    print("TypeError:", e)


class Truthless:
    def __bool__(self):
        raise ValueError("no truth")

    def __eq__(self, other):
        return Truthless()


try:
    if Truthless() == 1:
        print("unreachable")
except ValueError as e:
    print("ValueError:", e)

# for-iter/store over iterators other than range, and the loop variable
# after the loop.
total = 0
for ch in "abc":
    total += ord(ch)
for k in {"one": 1, "two": 2}:
    total += len(k)
for v in (x * x for x in range(5)):
    total += v
print(total, ch, k, v)
for never in range(0):
    pass
try:
    print(never)
except NameError as e:
    print("NameError:", e)

# const/binary with ints that overflow 64 bits, floats, strings, lists.
big = 2**62
print(big + 2**62, big * 4, 7 % 3, -7 % 3, 7.5 % 2, "ab" * 3, [0] * 3)
n = 10
print(n - 3, n / 4, n // 3, n ** 2, n << 65, n & 6, n | 5, n ^ 3)

# Fast list/tuple indexing and assignment, in and out of range.
xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[0], xs[-1], t[1], t[-3])
xs[1] = 99
xs[-1] += 1
print(xs)
for bad in (3, -4, 2**70):
    try:
        print(xs[bad])
    except IndexError as e:
        print("IndexError:", e)
    try:
        xs[bad] = 0
    except IndexError as e:
        print("IndexError:", e)
try:
    print(t[5])
except IndexError as e:
    print("IndexError:", e)
print(xs[True], t[False])


def unbound_second():
    first = 1
    if first > 5:
        second = 2
    return first, second  # the second load of a fused pair raises


try:
    unbound_second()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# Threaded jumps: nested loops with break/continue and while/else.
out = []
i = 0
while i < 6:
    i += 1
    if i % 2:
        continue
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j == 2:
            continue
        out.append((i, j))
else:
    out.append("done")
print(out)
