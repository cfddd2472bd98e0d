def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(5, naturals()), take(3, naturals(10)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, f in enumerate(fib()):
    if f > 1000:
        print("first fib over 1000", i, f)
        break
g = fib()
print([next(g) for _ in range(15)])

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

p = primes()
print([next(p) for _ in range(20)])
print(list(zip(naturals(), "abc")))

def cycle(seq):
    while True:
        yield from seq

c = cycle([1, 2, 3])
print([next(c) for _ in range(7)])
