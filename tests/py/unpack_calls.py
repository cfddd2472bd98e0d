def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, kw)

xs = [1, 2, 3, 4]
kw = {"x": 1, "y": 2}
print(f(*xs), f(*xs, **kw), f(0, *xs[:1]), f(*"ab"), f(*range(2), c=5))
print(f(*[1], *[2], *[3, 4], **{"p": 1}, **{"q": 2}))
print([*xs, *"ab"], [*range(3), 10], (*xs,), [*[], *[]])
print({*xs, *[1, 10]}, {**kw, "z": 3}, {**kw, **{"x": 100}})
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = c_list = [7, 8, 9]
print(a, b, c, c_list)
print(max(*xs), min(*xs, 0), print(*xs, sep=","))
data = {"k1": (1, 2), "k2": (3, 4)}
for k, (x, y) in data.items():
    print(k, x + y)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i, j, k)
head, *tail = "hello"
print(head, tail)
*_, last = range(5)
print(last)
first, second, *_ = (10, 20, 30, 40)
print(first, second)
