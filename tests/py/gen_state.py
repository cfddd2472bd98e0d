def gen():
    yield 1

g = gen()
print(list(g), list(g))
h = (x for x in [1, 2])
print(next(h), list(h), list(h))

def counter():
    n = 0
    while n < 3:
        n += 1
        yield n

a = counter()
b = counter()
print(next(a), next(a), next(b), next(a), next(b))
print(iter(a) is a)

def gen_with_args(x, *rest, k=0):
    yield x
    yield rest
    yield k

print(list(gen_with_args(1, 2, 3, k=4)))

def recursive(n):
    if n > 0:
        yield n
        yield from recursive(n - 1)
        yield -n

print(list(recursive(3)))
try:
    g2 = gen()
    next(g2)
    next(g2)
except StopIteration:
    print("StopIteration manual")
