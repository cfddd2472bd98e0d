# DESIGN.md's boundary row: functools.lru_cache on a function shared with
# worker threads is a cache safe to share, not an error.
import functools
from concurrent.futures import ThreadPoolExecutor

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@functools.lru_cache(maxsize=4)
def square(x):
    return [x * x]

@functools.cache
def word(i):
    return "w%d" % i

def work(i):
    return fib(20 + i % 5), square(i % 6)[0], word(i % 3)

with ThreadPoolExecutor(4) as ex:
    results = list(ex.map(work, range(40)))
print(results[:6])
print(fib(25), square(3), word(1))
info = fib.cache_info()
print(info.maxsize, info.hits > 0, info.currsize > 0)
fib.cache_clear()
print(fib.cache_info().currsize)
print(fib(10), fib.cache_info().currsize)
r = square(2)
r.append(1)
print(square(2))
