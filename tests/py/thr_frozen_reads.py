# workers read frozen globals (big dict, list, tuple, helper functions, class, closures, lambdas, defaults); main mutates only unnamed globals
import math
from concurrent.futures import ThreadPoolExecutor

VOCAB = {}
for k in range(2000):
    VOCAB["w" + str(k)] = k * 7 % 1009
TABLE = [i * i for i in range(100)]
CONSTS = (3, 1.5, "pre", None, (1, 2))
LIMITS = {"low": 10, "high": 90, "names": ["a", "b"]}


def norm(v):
    return v % CONSTS[0]


def scaled(v):
    return norm(v) * CONSTS[1]


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


def lookup(words):
    return sum(VOCAB.get(w, -1) for w in words)


def table_stats(lo, hi):
    part = TABLE[lo:hi]
    return (len(part), sum(part), max(part), scaled(hi))


def point_work(n):
    p = Point(n, n + 1)
    return round(p.dist(), 6)


def with_default(x, base=CONSTS[2], extra=[1, 2, 3]):
    return base + str(x) + str(sum(extra))


def make_adder(n):
    def add(x):
        return x + n + len(LIMITS["names"])
    return add


def clamp(v):
    return min(max(v, LIMITS["low"]), LIMITS["high"])


log = []
counter = 0
with ThreadPoolExecutor(max_workers=4) as ex:
    batches = [["w" + str(j) for j in range(i, 2000, 37)] for i in range(8)]
    fs = [ex.submit(lookup, b) for b in batches]
    for i in range(8):
        log.append(i)
        counter += 1
    print([f.result() for f in fs], counter, len(log))
    print(ex.submit(lookup, ["w5", "nope", "w1999"]).result())
    print(list(ex.map(table_stats, [0, 10, 50], [5, 60, 100])))
    print(list(ex.map(point_work, range(5))))
    print(list(ex.map(with_default, [1, 2])), ex.submit(with_default, 3, "b:", (4,)).result())
    adders = [make_adder(n) for n in (10, 20, 30)]
    print([ex.submit(a, 1).result() for a in adders])
    print(ex.submit(lambda v: VOCAB["w10"] + v + CONSTS[0], 5).result())
    print(list(ex.map(clamp, [-5, 50, 500])))
    print(list(ex.map(scaled, [4, 5, 6])), ex.submit(norm, 10).result())
    log.append("done")
    counter = counter * 100
print(counter, log[-2:], len(VOCAB), TABLE[-1], CONSTS, LIMITS["names"])
print(Point(3, 4).dist(), lookup(["w1", "w2"]))
