d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it), len(k))
print("one" in k, 2 in v, ("two", 2) in it, ("two", 3) in it)
d["four"] = 4
print(list(k), list(v))
for key in d:
    print(key, d[key])
for key, val in d.items():
    print(key, "->", val)
print(sorted(d.values()), sorted(d), max(d, key=d.get))
print(k & {"one", "zzz"} == {"one"}, sorted(k - {"one"}), k == {"one", "two", "three", "four"})
print(list(reversed(d)), list(reversed(d.values())))
try:
    for key in d:
        d["new"] = 0
except RuntimeError:
    print("RuntimeError")
