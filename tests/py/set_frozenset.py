f1 = frozenset([1, 2])
f2 = frozenset([2, 1])
d = {f1: "first"}
print(d[f2], f1 == f2, hash(f1) == hash(f2))
print({f1, f2, frozenset()})
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(len(nested), frozenset([1]) in nested)
s = {frozenset({1, 2}): 1, frozenset({3}): 2}
print(s)
print(frozenset("aab") == frozenset("ab"), sorted(frozenset("cab")))
print(frozenset(range(5)).union({9}), frozenset({1, 2}).issubset({1, 2, 3}))
print(repr(frozenset({5, 4})), str(frozenset()))
print(set(frozenset({7, 8})), frozenset(set({9})))
