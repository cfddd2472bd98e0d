# heapq: exact heap layouts after heapify/push/pop/replace/pushpop, the comparisons made, errors
from heapq import heappush, heappop, heapify, heapreplace, heappushpop

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
h = list(data)
heapify(h)
print("heapify", h)
h2 = []
for x in data:
    heappush(h2, x)
print("pushed", h2)
print("pops", [heappop(h2) for _ in range(4)], h2)
print("replace", heapreplace(h, 5.5), h)
print("pushpop small", heappushpop(h, -1), h)
print("pushpop big", heappushpop(h, 6.5), h)
print("pushpop empty", heappushpop([], 3))
print("drain", [heappop(h) for _ in range(len(h))], h)
for seq in [[], [1], [2, 1], [3, 2, 1], [5, 5, 5, 1], list(range(20, 0, -1)), [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]]:
    s = list(seq)
    heapify(s)
    print(seq, "->", s)
lcg = 12345
big = []
for _ in range(300):
    lcg = (lcg * 1103515245 + 12345) % 2 ** 31
    big.append(lcg % 1000)
hb = list(big)
heapify(hb)
print("big", hb[:20], hb[-10:])
out = [heappop(hb) for _ in range(150)]
print("big pops", out == sorted(big)[:150], hb[:15])
for v in big[:40]:
    heappushpop(hb, v)
    heapreplace(hb, v + 1)
print("big mixed", hb[:15], len(hb))
t = []
for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y")]:
    heappush(t, item)
print("tuples", t, heappop(t), t)
show("pop empty", lambda: heappop([]))
show("replace empty", lambda: heapreplace([], 1))
show("push tuple", lambda: heappush((), 1))
show("heapify tuple", lambda: heapify((3, 1)))
show("pop str", lambda: heappop("abc"))
show("pushpop none", lambda: heappushpop(None, 1))
show("mixed", lambda: heapify([1, "a", 2]))
for bad in [lambda: heappush([]), lambda: heapify()]:
    try:
        bad()
    except TypeError as e:
        print("bad args", type(e).__name__)

class V:
    log = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        V.log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return "V%d" % self.v
vs = [V(x) for x in [5, 3, 8, 1, 9, 2]]
heapify(vs)
print(vs, V.log)
V.log.clear()
heappush(vs, V(0))
print(vs, V.log)
V.log.clear()
print(heappop(vs), vs, V.log)
V.log.clear()
print(heapreplace(vs, V(7)), vs, V.log)
V.log.clear()
print(heappushpop(vs, V(4)), vs, V.log)
