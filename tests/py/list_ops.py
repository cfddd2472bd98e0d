print([1, 2] + [3], [0] * 5, [1, 2] * 0, 3 * ["a"], [] * 10)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0], [1, [2]] == [1, [2]])
a = [[0] * 3] * 3
a[0][0] = 1
print(a)
b = [[0] * 3 for _ in range(3)]
b[0][0] = 1
print(b)
x = [1, 2]
y = x
y.append(3)
print(x, x is y, x == x[:], x is x[:])
x += [4]
print(y)
x = x + [5]
print(x, y)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), nested)
print(list(), list("ab"), list(range(3)), list((1, 2)), list({1: 2}))
print(len([None] * 7), [1, 2, 3][-1], 2 in [1, 2], [1] in [[1], 2])
m = [1, 2, 3]
m *= 2
print(m)
s = [1, 2, 3]
s[1] = s
print(s)
print(max([3, 1, 4]), min([3, 1, 4]), sum([1, 2, 3]), sum([[1], [2]], []))
try:
    [1, 2][5]
except IndexError:
    print("IndexError")
