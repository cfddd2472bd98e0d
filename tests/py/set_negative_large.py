s = {-1, -2, 2 ** 40, 10 ** 20, 7, 64, 1000}
print(s)
print(sorted(s))
s.add(-(10 ** 20))
s.add(2 ** 63)
s.add(-(2 ** 63))
print(s)
s.discard(7)
s.discard(-1)
print(list(s))
neg = {-i for i in range(1, 20)}
print(neg)
big = {10 ** k for k in range(15, 25)}
print(big)
m = {i * (-1) ** i for i in range(16)}
print(m)
print({-1, -2} | {2 ** 61 - 1, 2 ** 61 + 1}, {-(2 ** 61)} ^ {-1})
print({2 ** 64, 2 ** 64 + 1, 2 ** 65}, {hash(2 ** 61) == 1})
