data = [5, -3, 9, 0, -11, 7]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=abs), sorted(data, key=abs, reverse=True))
print(min(data), max(data), min(data, key=abs), max(data, key=abs), min(3, 1, 2), max(3, 1, 2), max("a", "b"))
print(min([], default="empty"), max([], default=None), min([4], default=0), max(1, 2, key=lambda x: -x))
print(max([(1, "b"), (1, "a"), (0, "z")]), min("hello"), max({3: 1, 5: 0}))
print(max([1, 5, 5, 2], key=lambda x: x), max([(5, "first"), (5, "second")], key=lambda p: p[0]))
print(min([(5, "first"), (5, "second")], key=lambda p: p[0]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.25]), sum([], 0), sum(range(10), -45), sum([[1], [2, 3]], []))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]))
print(any([]), all([]), any([0, "", 1]), all([1, "a", [0]]), all([1, 0]), any(x > 3 for x in range(5)))
try:
    min([])
except ValueError:
    print("ValueError")
try:
    max(1)
except TypeError:
    print("TypeError")
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError sum str")
