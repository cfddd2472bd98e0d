r = range(10)
print(r, range(1, 10), range(0, 10, 2), range(10, 0, -3), range(0), range(-5, 5, 1))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -2)), list(range(0, -10, -3)), list(range(5, 5)), list(range(5, 0)))
print(len(range(10)), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(0)), len(range(5, 0)), len(range(-10, 10, 7)))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], list(r[::-2]), r[10:])
print(7 in r, 8 in r, 31 in r, -1 in range(-5, 0), 2.0 in range(5))
print(r.index(11), r.count(11), r.start, r.stop, r.step)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == range(3))
print(sum(range(1, 101)), max(range(7)), min(range(4, 9)), sorted(range(5, 0, -1)))
print(range(10 ** 20)[-1], range(10 ** 20)[5:][0], 10 ** 19 in range(10 ** 20))
try:
    range(5)[5]
except IndexError:
    print("IndexError")
try:
    range(0, 5, 0)
except ValueError:
    print("ValueError")
try:
    range(1.5)
except TypeError:
    print("TypeError")
