# Containers that contain themselves: repr with ..., comparisons that
# terminate, and those that recurse raise.
a = [1, 2]
a.append(a)
print(a)
d = {"k": 1}
d["self"] = d
print(d)
print(a == a, a in a)
b = [1, 2]
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)
s = {1}
t = (a, d)
print(len(repr(t)))
import copy
c = copy.deepcopy(a)
print(c[2] is c, c is a)
import json
try:
    json.dumps(a)
except ValueError as e:
    print(e)
