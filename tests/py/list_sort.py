a = [5, 2, 9, -1, 0, 3, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
print(sorted([3.5, -1, 2, 1e10, -0.5]), sorted([]), sorted([[2, 1], [1, 2], [1]]))
print(sorted(range(10), key=lambda i: (i % 3, -i)))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
big = [(i * 7919) % 1000 for i in range(200)]
big.sort()
print(big[:10], big[-5:], big == sorted(big))
