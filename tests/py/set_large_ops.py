a = set(range(0, 200, 3))
b = set(range(0, 200, 5))
print(len(a), len(b), len(a & b), len(a | b), len(a - b), len(a ^ b))
print(sorted(a & b)[:8], list(a & b)[:8])
print(list(a ^ b)[:10])
c = a | b
for x in range(0, 200, 2):
    c.discard(x)
print(len(c), list(c)[:12])
d = {x for x in range(1000) if x % 97 == 0}
print(d)
e = set()
for i in range(500):
    e.add(i * i % 211)
print(len(e), list(e)[:15])
f = set(range(64))
g = {x for x in f if x % 8 != 0}
print(g.issubset(f), f.issuperset(g), f.isdisjoint(set(range(64, 80))), g < f, f - g)
