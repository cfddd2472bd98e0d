def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))
registry = {}

def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def one():
    return 1

@register
def two():
    return 2

print(sorted(registry), registry["two"]())
