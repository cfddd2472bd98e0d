d = {i: chr(97 + i) for i in range(6)}
print(d.popitem(), d.popitem(), d)
d[10] = "new"
print(d.popitem(), d)
del d[0]
d[0] = "a again"
print(list(d.items()))
d.pop(2)
print(d, list(d.keys()), list(d.values()))
e = dict.fromkeys([3, 1, 2], 0)
e[1] = 5
print(e)
e.update({4: 4, 3: 3})
print(e)
g = {}
for i in range(100):
    g[i] = i
for i in range(95):
    del g[i]
print(g)
g[-1] = "neg"
print(list(g))
