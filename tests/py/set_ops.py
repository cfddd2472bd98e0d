a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.difference([1], [2]))
print(a <= b, a < a, a <= a, {1, 2} < a, a >= {1}, a > a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9, 10}))
c = set(a)
c |= {10}
print(c)
c &= {1, 2, 10, 11}
print(c)
c -= {2}
print(c)
c ^= {1, 99}
print(c)
c.update([5, 6], {7})
print(c)
c.intersection_update({5, 6, 7, 8})
print(c)
c.difference_update({5})
print(c)
c.symmetric_difference_update({6, 100})
print(c)
f = frozenset([1, 2, 3])
print(f | {4}, f & {2, 3, 9}, type(f | {4}).__name__, type({4} | f).__name__)
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)})
print(len(a), 3 in a, 30 in a, 2 not in b)
