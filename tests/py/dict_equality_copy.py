a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a is b, list(a) == list(b))
c = a.copy()
c["y"].append(3)
c["x"] = 100
print(a, c)
d = dict(a)
d["z"] = 0
print(a, d)
print({} == {}, {1: 1} == {1: 1.0}, {1: 2} == {2: 1}, {"a": 1} == [("a", 1)])
print(dict(a) == a, {**a} == a, dict(a.items()) == a)
e = {i: i * i for i in range(5)}
f = {i: i * i for i in reversed(range(5))}
print(e == f, list(e) == list(f), e, f)
try:
    {1: 2} < {1: 3}
except TypeError:
    print("TypeError")
