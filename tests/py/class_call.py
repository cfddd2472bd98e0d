class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls, callable(add5))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(-10)))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def slow_sq(n):
    return n * n

print(slow_sq(4), slow_sq(4), len(slow_sq.cache), type(slow_sq).__name__)
