for i in range(3):
    print("a", i)
for i in range(10, 0, -4):
    print("b", i)
for i in range(-3, 3, 2):
    print("c", i)
for i in range(5, 0):
    print("never")
r = range(0, 100, 7)
print(list(r[3:6]), r[-2], len(r), r.index(49), 49 in r, 50 in r, r.count(50))
print(list(range(0)), list(range(-1)), list(range(-5, -1)), list(range(-1, -5, -1)))
print(range(5) == range(0, 5, 1), range(1, 2, 5) == range(1, 3, 5), repr(range(-2, 2)))
print(sorted(range(3), reverse=True), [x * x for x in range(4)], dict.fromkeys(range(3)))
total = 0
for i in range(1, 1001):
    total += i if i % 2 else -i
print(total)
print(list(reversed(range(-10, 10, 3))), tuple(range(2)), set(range(4)))
