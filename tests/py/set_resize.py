s = set()
for i in range(0, 300, 7):
    s.add(i)
print(len(s))
print(list(s)[:20])
for i in range(0, 300, 14):
    s.discard(i)
print(s)
s.add(1000)
s.add(-5)
s.add(7 * 8)
print(list(s))
t = set(range(100))
for i in range(100):
    if i % 3:
        t.remove(i)
print(t)
t.update(range(200, 210))
print(t)
u = {i * 1000003 for i in range(40)}
print(list(u)[:12])
v = {2 ** k for k in range(0, 70, 5)}
print(v)
w = {-k for k in range(30)}
print(w)
x = set()
for i in range(1, 60):
    x.add(i * 37 % 101)
    if i % 4 == 0:
        x.discard(i * 37 % 101)
print(x)
