# `x[i] op= v` on every kind of container: the load, the operation and the
# store happen in CPython's order, each once, and errors name the right step.
log = []


class Box:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        log.append(("get", key))
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        log.append(("set", key, value))
        self.data[key] = value


class Acc:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, other):
        log.append(("iadd", other))
        self.n += other
        return self

    def __repr__(self):
        return "Acc(%d)" % self.n


def key(k):
    log.append(("key", k))
    return k


b = Box()
b[key("a")] += 5
b[key("a")] *= 3
b[key(("t", 1))] -= 2
print(log, b.data)
log.clear()

hist = [0] * 4
for v in [0, 1, 1, 3, 3, 3, -1]:
    hist[v] += 1
print(hist)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0)
    counts[w] += 1
print(counts)
rows = [[1.0, 2.0], [3.0, 4.0]]
for i in range(2):
    for j in range(2):
        rows[i][j] *= 0.5
        rows[i][j] += i - j
        rows[i][j] **= 2
print(rows)
accs = [Acc(1), Acc(2)]
accs[key(1)] += 10
print(accs, log)
s = ["x"]
s[0] += "yz"
s[-1] *= 2
print(s)
m = [[1, 2], [3, 4]]
m[1][0] //= 2
m[0][1] <<= 3
m[0][0] |= 6
print(m)

t = (1, 2)
for bad in ("index", "key", "type", "tuple", "none"):
    try:
        if bad == "index":
            hist[10] += 1
        elif bad == "key":
            counts["zebra"] += 1
        elif bad == "type":
            hist[0] += "s"
        elif bad == "tuple":
            t[0] += 1
        else:
            hist[1] -= None
    except Exception as e:
        print(type(e).__name__, e)
print(hist, t)
