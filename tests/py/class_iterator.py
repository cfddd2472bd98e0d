class CountDown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(CountDown(5)))
c = CountDown(3)
print(next(c), next(c), next(c), next(c, "end"))
for x in CountDown(2):
    print("loop", x)

class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

r = Range2(4)
print(list(r), list(r), sum(r), [a * b for a in r for b in r if a < b])

class Fib:
    def __init__(self):
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

f = Fib()
out = []
for v in f:
    if v > 100:
        break
    out.append(v)
print(out, next(f))
print(list(zip(CountDown(3), Range2(10))), max(CountDown(4)), sorted(CountDown(3)))
a, b, *c = CountDown(5)
print(a, b, c)
