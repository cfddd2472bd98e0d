# partialmethod binds through the wrapped callable's own __get__: the
# partial it gives holds a bound method, as CPython's does.
import functools


class Counter:
    def __init__(self, start):
        self.start = start

    def step(self, by, times=1):
        return self.start + by * times

    @classmethod
    def named(cls, suffix):
        return cls.__name__ + suffix

    @staticmethod
    def plain(a, b):
        return a - b

    by_two = functools.partialmethod(step, 2)
    thrice = functools.partialmethod(step, times=3)
    tagged = functools.partialmethod(named, "!")
    minus = functools.partialmethod(plain, 10)


c = Counter(5)
print(c.by_two(), c.by_two(times=4), c.thrice(1))
p = c.by_two
print(type(p.func).__name__, p.func.__self__ is c, p.func.__func__ is Counter.step)
print(p.args, p.keywords)
print(p.__self__ is c)
t = c.tagged
print(t(), t.func.__self__ is Counter, t.args)
print(Counter.tagged())
m = c.minus
print(m(3), m.func is Counter.plain, m.args)
unbound = Counter.by_two
print(type(unbound).__name__, unbound(Counter(1)))


class Sub(Counter):
    pass


print(Sub(0).tagged(), Sub.tagged())
