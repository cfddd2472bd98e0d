# collections.deque: both ends, maxlen, rotate, indexing, search, comparisons, repr, mutation during iteration, errors
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, repr(d), str(d), len(d), list(d), d[0], d[-1], d[2], 3 in d, 9 in d, bool(deque()))
print(d.pop(), d.popleft(), d, list(reversed(d)))
d.extend([5, 6])
d.extendleft("ab")
print(d, d.count(5), d.index(5), d.index(5, 2, 6))
for steps in [1, -3, len(d) * 5 + 2, 0]:
    d.rotate(steps)
    print(d)
d.reverse()
print(d)
d[1] = "X"
del d[0]
d.insert(2, "ins")
d.remove("ins")
print(d, d.copy(), d.copy() is d)

b = deque(range(5), maxlen=3)
print(b, b.maxlen, deque().maxlen, deque([1, 2], 5), deque(maxlen=0))
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b)
b.extendleft([100, 200])
print(b, b + deque([1]), b * 2, deque([1, 2], 2) * 2)
zero = deque(maxlen=0)
zero.append(1)
zero.appendleft(2)
print(zero, len(zero))

q = deque()
for i in range(1000):
    q.append(i)
total = 0
while len(q) > 1:
    total += q.popleft()
    if len(q) % 3 == 0:
        q.appendleft(q.pop())
print(total, q, len(q))
w = deque(range(6))
print([w.pop() if i % 2 else w.popleft() for i in range(6)], w)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque("ab") <= deque("ab"))
e = deque("xy")
e += "z"
e *= 2
print(e, 3 * deque([0]), deque([deque([1]), (2,)]), deque([d for d in "ab"], maxlen=4))
e.extend(e)
print(e, len(e))
e.clear()
print(e, len(e), e == deque())

attempt("pop empty:", lambda: deque().pop())
attempt("popleft empty:", lambda: deque().popleft())
attempt("index out of range:", lambda: deque([1])[1])
attempt("str index:", lambda: deque([1])["a"])
attempt("slice:", lambda: deque([1, 2])[0:1])
attempt("not found:", lambda: deque([1]).index(5))
attempt("remove missing:", lambda: deque([1]).remove(5))
attempt("insert full:", lambda: deque([1], 1).insert(0, 2))
attempt("negative maxlen:", lambda: deque([], -1))
attempt("float maxlen:", lambda: deque([], 2.5))
attempt("concat list:", lambda: deque([1]) + [2])
attempt("compare list:", lambda: deque([1]) < [2])
attempt("hash:", lambda: hash(deque()))
attempt("mutate while iterating:", lambda: [m.append(x) for m in [deque([1, 2])] for x in m])
