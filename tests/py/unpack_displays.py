a = [1, 2]
b = (3, 4)
c = {5, 6}
d = {"k": 1}
e = {"j": 2, "k": 10}
print([*a, *b], [*a, 0, *b, *range(2)], (*a, *b), (*"xy",), [*d], [*e.values()])
print({*a, *b}, {*a, *a}, {*range(3), 9})
print({**d, **e}, {**e, **d}, {"z": 0, **d}, {**d, "k": 99}, dict(**d, z=1))
first, *mid, last = [*a, *b]
print(first, mid, last)
print(*a, *b, sep=",")
print(len([*"hello", *"world"]), sorted({*"abc"} | {*"bcd"}))
matrix = [[1, 2], [3, 4]]
print([*zip(*matrix)], [*map(sum, matrix)], [*enumerate("ab", 1)])
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, **d, **{"x": 1}))
