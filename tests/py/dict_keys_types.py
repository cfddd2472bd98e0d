d = {}
d[1] = "int"
d[2.5] = "float"
d["s"] = "str"
d[(1, 2)] = "tuple"
d[frozenset([1, 2])] = "frozenset"
d[None] = "none"
d[True] = "bool overwrites 1"
print(d)
print(d[1], d[frozenset({2, 1})], d[(1, 2)], d[None])
try:
    d[[1, 2]] = "list"
except TypeError:
    print("TypeError list key")
try:
    d[{}] = 1
except TypeError:
    print("TypeError dict key")
try:
    {1: 2}[{3}]
except TypeError:
    print("TypeError set key")
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
