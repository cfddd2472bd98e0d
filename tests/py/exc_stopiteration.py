it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(3)))
print(next(iter(()), "empty"))
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
print(issubclass(StopIteration, Exception), issubclass(StopIteration, BaseException))
