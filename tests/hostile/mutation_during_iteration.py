# Changing a container while iterating over it.
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(e)
s = set(range(5))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(e)
lst = list(range(5))
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
d = {1: 1}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
it = iter(d)
d[5] = 5
try:
    next(it)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__)
