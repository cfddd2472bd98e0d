d = {}
for i in [5, 3, 9, 1, 7]:
    d[i] = str(i)
print(d)
del d[3]
del d[5]
d[3] = "three"
d[100] = "hundred"
print(d, list(d.keys()))
d[9] = "nine"
print(d)
e = {}
for i in range(50):
    e[i] = i
for i in range(0, 50, 2):
    del e[i]
e[0] = "back"
print(list(e)[:5], list(e)[-3:], len(e))
f = {1: "a", 1.0: "b", True: "c"}
print(f)
g = {-1: "m", -2: "n", 2 ** 70: "big", 0.5: "half", (1, 2): "tup", None: "none"}
print(g)
print({"nested": {"deep": [1, {"x": (2, 3)}]}, "s": "it's"})
print(repr({1: {2: {3: {}}}}), str({"a": None}))
