print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-2)))
for i, c in enumerate("hey", 10):
    print(i, c)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
print(list(zip(range(3), range(10, 100))))
names = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(names, vals)))
pairs = list(zip(names, vals))
ns, vs = zip(*pairs)
print(ns, vs)
e = enumerate(["p", "q"])
print(next(e), next(e))
z = zip(iter([1, 2]), iter("xyz"))
print(next(z), list(z))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError:
    print("ValueError strict")
