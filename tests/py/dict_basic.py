d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
del d["b"]
d["b"] = 4
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" not in d, 2 in d)
print(d.setdefault("a", 99), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("missing", "default"), d)
print(d.popitem(), d)
d.update({"x": 1, "a": 100})
d.update(y=2)
d.update([("z", 3)])
print(d)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    d.pop("nope")
except KeyError:
    print("KeyError pop")
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"q": 1}, r=2))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
e = d.copy()
e.clear()
print(e, d == e, bool(e))
