s = {40, 10, 30, 20, 50, 5, 15}
out = []
while s:
    out.append(s.pop())
print(out)
t = set(range(0, 100, 9))
print([t.pop() for _ in range(4)], t)
u = {3, 19, 35, 51}
print(u, u.pop(), u)
v = {1000, 2000, 3000}
v.add(8)
v.remove(2000)
v.add(2000)
print(v, list(v))
w = set()
for i in [9, 1, 17, 25, 33]:
    w.add(i)
print(w)
