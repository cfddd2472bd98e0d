# functools: lru_cache/cache (also shared with a pool), partial, reduce, wraps, cmp_to_key, total_ordering
import functools
from functools import lru_cache, partial, reduce, wraps, cmp_to_key, total_ordering, cache
from concurrent.futures import ThreadPoolExecutor

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@lru_cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq(3.0), sq.cache_info())
sq.cache_clear(); print(sq.cache_info())

@lru_cache(maxsize=2)
def ident(x):
    print("compute", x)
    return [x]
a = ident(1); b = ident(1); print(a is b)
ident(2); ident(3); ident(1)
print(ident.cache_info())

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named(5))

p = partial(pow, 2)
print(p(10), partial(p, 3)(), p.args)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))

class C:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x + 1
c = C()
print(c.m(1), c.m(1))

@cache
def slow(x):
    return x * 3

def work(x):
    return slow(x) + fib(30)

with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(work, [1, 2, 3, 1, 2, 3])))
print(slow.cache_info().misses >= 3)
