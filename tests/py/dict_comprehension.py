sq = {x: x * x for x in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({c: i for i, c in enumerate("hello")})
print({(i, j): i * j for i in range(3) for j in range(2)})
words = ["apple", "bob", "cat", "avocado", "banana"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({w[0]: len(w) for w in words})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, {**a, "x": 100}, {"x": 100, **a}, {**{}})
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items())), dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])))
