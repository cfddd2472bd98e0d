points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x * y)
for i, (x, y) in enumerate(points):
    print(i, x, y)
for (a, b), c in zip(points, "abc"):
    print(a, b, c)
data = {"alice": (30, ["py", "rs"]), "bob": (25, ["go"])}
for name, (age, (first_lang, *others)) in data.items():
    print(name, age, first_lang, others)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for [p, q] in [[1, 2], [3, 4]]:
    print(p + q)
triples = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in triples])
print({k: v for k, (v, _) in data.items()})
