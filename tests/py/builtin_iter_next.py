it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(iter(r) is r, list(r))
t = iter((1, 2))
for v in t:
    print("t", v)
calls = [0]

def counter():
    calls[0] += 1
    return calls[0]

print(list(iter(counter, 4)))
print(iter([]).__next__ is not None)
try:
    iter(5)
except TypeError:
    print("TypeError")
try:
    next([1, 2])
except TypeError:
    print("TypeError next list")
