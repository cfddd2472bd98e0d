def show(**kw):
    return list(kw.items())

print(show(b=1, a=2, c=3))
print(show(**{"z": 1, "y": 2}, x=3))

def f(a, b=2, *args, c=3, **kw):
    return f"a={a} b={b} args={args} c={c} kw={kw}"

print(f(1))
print(f(1, 5, 6, 7))
print(f(1, c=9, d=10, e=11))
print(f(*range(4), **{"c": 0, "zz": 1}))
print(f(b=0, a=1))

def collect(*args, sep=", "):
    return sep.join(map(str, args))

print(collect(1, 2, 3), collect(1, 2, sep="-"), collect())
opts = {"sep": "|"}
print(collect("x", "y", **opts))
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__)
try:
    show(1)
except TypeError as e:
    print(type(e).__name__)
