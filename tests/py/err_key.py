d = {"a": 1, (1, 2): "t"}
print(d["a"])
print(d[(1, 2)])
print(d.get("missing"))
for k in ["a", "missing"]:
    print(k, d[k])
