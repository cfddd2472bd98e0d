a = [3, 1, [2]]
b = a.copy()
c = a[:]
d = list(a)
e = [*a]
for x in (b, c, d, e):
    print(x == a, x is a, x[2] is a[2])
a[2].append(9)
print(b, c, d, e)
a.append(4)
print(len(a), len(b))
m = [1, 2, 3]
r = m.reverse()
s = m.sort()
print(r, s, m)
print(sorted(m, reverse=True), m)
lst = [5, 3, 8]
lst.sort(key=lambda v: -v)
print(lst)
lst.extend(lst)
print(lst, lst.count(8))
lst[:] = []
print(lst)
z = [0] * 3 + [1] * 2
print(z, z.index(1), z.count(0))
