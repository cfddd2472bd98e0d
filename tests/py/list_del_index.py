a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
b = [[1, 2], [3, 4]]
del b[0][1]
print(b)
c = [1, 2, 3]
try:
    del c[5]
except IndexError:
    print("IndexError")
print(a.index(2) if 2 in a else "absent", [1, 2, 3, 2].index(2, 2), [0] * 3)
x = [5, 6, 7]
print(x[-1], x[-3], x[len(x) - 1])
try:
    x[-4]
except IndexError:
    print("IndexError negative")
x[-1] = 70
x[0] += 1
print(x)
e = ["a", "b", "c", "d"]
print(e.pop(1), e, e.pop(-1), e)
