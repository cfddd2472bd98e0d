# math.comb / perm / factorial: exact values (small, big and huge
# arguments), symmetry, bools, and the errors with their messages.
import math
for n in range(0, 40, 3):
    for k in range(0, 42, 5):
        print(n, k, math.comb(n, k), math.perm(n, k))
for n in [0, 1, 2, 5, 20, 21, 33, 64, 65, 100, 1000]:
    print(n, math.factorial(n) % 1000000007, math.factorial(n).bit_length())
print(math.perm(7), math.perm(0), math.perm(True), math.factorial(True), math.comb(True, False))
print(math.comb(10**19, 2), math.perm(10**19, 3), math.comb(10**30, 3))
print(math.comb(3000, 1500) % 1000000007, math.perm(3000, 1500) % 1000000007)
print(math.factorial(20000) % 1000000007)
for bad in [(-1,), (10**19,), (2.0,), ("3",)]:
    try:
        math.factorial(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(-1, 2), (5, -2), (5.0, 2), (5, 2.0), (10**40, 10**20)]:
    for f in (math.comb, math.perm):
        try:
            print(f(*bad))
        except Exception as e:
            print(type(e).__name__, e)
try:
    math.perm(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    math.perm(5, None)
    print(math.perm(5, None))
    math.comb(5)
except Exception as e:
    print(type(e).__name__, e)
print(math.factorial(3000) == math.perm(3000), math.comb(2000, 1999), math.comb(2000, 1))
print(math.perm(10**20, 2), math.comb(10**20 + 3, 10**20))
for f, a, kw in [(math.comb, (1,), {}), (math.comb, (1, 2, 3), {}), (math.comb, (), {"n": 1, "k": 2}),
                 (math.perm, (), {}), (math.perm, (1, 2, 3), {}), (math.perm, (1,), {"k": 1}),
                 (math.factorial, (), {}), (math.factorial, (1, 2), {}), (math.factorial, (), {"x": 1})]:
    try:
        f(*a, **kw)
    except TypeError as e:
        print("TypeError", e)
