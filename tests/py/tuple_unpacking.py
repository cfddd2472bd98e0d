a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
[p, q] = "pq"
print(p, q)
(a, (b, (c, d))) = (1, (2, (3, 4)))
print(a, b, c, d)
h, *(i, j) = 1, 2, 3
print(h, i, j)
for k, (m, n) in [("a", (1, 2)), ("b", (3, 4))]:
    print(k, m, n)
for idx, (key, val) in enumerate({"x": 1, "y": 2}.items()):
    print(idx, key, val)
x = y = z = 0
print(x, y, z)
lst = [0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
try:
    a, b = [1, 2, 3]
except ValueError:
    print("ValueError too many")
try:
    a, b, c = [1, 2]
except ValueError:
    print("ValueError not enough")
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError star")
