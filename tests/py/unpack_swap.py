a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i, j = 0, 1
lst[i], lst[j] = lst[j], lst[i]
print(lst)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib(i) for i in range(10)], fib(100))
(a, b), (c, d) = [(1, 2), (3, 4)]
print(a, b, c, d)
m = [[0, 1], [2, 3]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
