t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t[::-1])
print((1,), (), tuple(), tuple("ab"), tuple([1, 2]), (1, "a", None, 2.5))
single = 5,
print(single, repr(single), str((None,)), ((1, 2),))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,), (1, "a") < (1, "b"))
t2 = (1, 2, 1, 3, 1)
print(t2.count(1), t2.index(3), t2.index(1, 1), 3 in t2, 9 not in t2)
try:
    t2.index(9)
except ValueError:
    print("ValueError")
try:
    t[0] = 5
except TypeError:
    print("TypeError")
d = {(1, 2): "a", (0,): "b", (): "empty", ((1, 2), 3): "nested"}
print(d[(1, 2)], d[1, 2], d[()], d[((1, 2), 3)])
print(max((1, 5), (2, 0), (1, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(hash((1, 2)) == hash((1, 2)), (1, 2) is not None)
try:
    hash(([1],))
except TypeError:
    print("TypeError unhashable")
