pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1,)), ((), ()), ((2,), (1, 9, 9)), ((1, "a"), (1, "b")),
         ((1.5, 2), (1.5, 2.0)), ((0, (1, 2)), (0, (1, 3))), ((None,), (None,))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b if None not in a else "-", a >= b if None not in a else "-")
print(sorted([(2, "b"), (1, "c"), (2, "a"), (1, "a"), (0, "z")]))
print(max([(1, 2), (1, 3), (0, 9)]), min([(3,), (2, 5), (2,)]))
try:
    (1, "a") < (1, 2)
except TypeError:
    print("TypeError")
print((1, 2) < (1, 2, 3) < (1, 3), (0,) * 3 == (0, 0, 0))
