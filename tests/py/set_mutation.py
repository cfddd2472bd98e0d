s = set()
s.add(5)
s.add(3)
s.add(5)
print(s)
s.discard(5)
s.discard(42)
print(s)
s.remove(3)
print(s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", e)
try:
    s.pop()
except KeyError:
    print("KeyError pop empty")
t = {10, 20, 30, 1, 2}
popped = []
while t:
    popped.append(t.pop())
print(popped)
u = {1, 2, 3}
u.clear()
print(u, len(u))
v = {1, 2, 3}
w = v.copy()
w.add(4)
print(v, w)
try:
    frozenset([1]).add(2)
except AttributeError:
    print("AttributeError frozenset add")
try:
    {[1, 2]}
except TypeError:
    print("TypeError unhashable")
try:
    for x in v:
        v.add(x + 100)
except RuntimeError:
    print("RuntimeError")
