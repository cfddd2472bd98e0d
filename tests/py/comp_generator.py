g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "bbb", "cc"]))
print(list(x + y for x in "ab" for y in "12"))
print(any(x > 100 for x in range(1000)), all(x < 10 for x in range(5)))
print(tuple(i for i in range(4) if i != 2), set(i % 3 for i in range(10)), dict((i, str(i)) for i in range(3)))
print(" ".join(str(i) for i in range(5)), sorted((-i for i in range(4))))
evens = (i for i in range(10) if i % 2 == 0)
for e in evens:
    if e > 4:
        break
print(next(evens), list(evens))
base = [1, 2, 3]
gen = (b * 10 for b in base)
base.append(4)
print(list(gen))
def outer():
    k = 5
    return list(x + k for x in range(3))
print(outer())
