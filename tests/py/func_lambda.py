sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "nothing")(), (lambda *a, **k: (a, k))(1, z=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "max": max}
for k in ["+", "-", "*", "max"]:
    print(k, ops[k](6, 3))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print((lambda x: (lambda y: x + y))(10)(5))
print(list(map(lambda s: s[::-1], ["abc", "de"])))
print(sq.__name__, (lambda: 0).__name__)
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
