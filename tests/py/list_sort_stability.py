records = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "LA"), ("frank", 30, "NY")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_city_then_age = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[2])
print([r[0] for r in by_city_then_age])
print([r[0] for r in sorted(records, key=lambda r: r[1], reverse=True)])
print([r[0] for r in sorted(records, key=lambda r: (r[2], -r[1]))])
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sorted(nums, key=lambda n: n % 3), sorted(nums, key=lambda n: n % 3, reverse=True))
pairs = [(i % 4, i) for i in range(20)]
pairs.sort(key=lambda p: p[0])
print(pairs)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
floats = [0.5, -0.0, 0.0, -1.5, 1e-9, 2.0, -0.0]
print(sorted(floats), [repr(x) for x in sorted(floats)])
