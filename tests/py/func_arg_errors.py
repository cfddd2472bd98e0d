def f(a, b):
    return a + b

def g(a, *, k):
    return a

calls = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=3),
    lambda: f(1, 2, a=1),
    lambda: f(),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: g(1, k=2, z=3),
    lambda: len(),
    lambda: len(1, 2),
    lambda: (lambda: 0)(1),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1}),
    lambda: f(1, **{"b": 2, "c": 3}),
    lambda: int("5", 10, 3),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__)
print(f(1, 2), g(1, k=0))
