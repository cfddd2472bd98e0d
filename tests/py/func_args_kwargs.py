def f(*args, **kwargs):
    return args, kwargs

print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))

def g(a, b, *rest, key="k", **extra):
    return a, b, rest, key, extra

print(g(1, 2), g(1, 2, 3, 4), g(1, 2, key="x", z=9), g(*[1, 2, 3], **{"key": "y", "w": 0}))
args = (1, 2)
kw = {"c": 3}

def h(a, b, c):
    return a * 100 + b * 10 + c

print(h(*args, **kw), h(*[1], *[2], 3), h(**{"a": 1, "b": 2, "c": 3}), h(1, *(2,), **{"c": 9}))

def total(*nums):
    return sum(nums)

print(total(), total(1, 2, 3), total(*range(10)))

def show(**kw):
    return sorted(kw.items())

print(show(x=1, y=2), show(**{"a": 1}, b=2))
print(f(*"ab", *[1], **{"k": 1}, **{"j": 2}))
