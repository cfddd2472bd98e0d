r = range(0, 50, 5)
print(r[2:5], r[::-1], r[1::3], r[-3:], r[:-7], r[5:100], r[::-2], r[100:])
print(list(r[2:5]), list(r[::-1])[:3], len(r[1::3]), r[::-1][0], r[1::3][-1])
n = range(10, -10, -3)
print(n, list(n), len(n), n[0], n[-1], n[2:4], list(n[::-1]), -8 in n, -7 in n)
e = range(0)
print(e[:], len(e[:]), list(e[::-1]), bool(e), bool(range(1)))
print(range(1, 10, 2)[1:3] == range(3, 7, 2), hash(range(3)) == hash(range(0, 3)))
print([range(5)[i] for i in range(-5, 5)])
try:
    range(3)[-4]
except IndexError:
    print("IndexError")
big = range(-(10 ** 18), 10 ** 18, 10 ** 17)
print(len(big), big[3], big[-1], 0 in big, 5 in big, big.index(0))
